import type { answer as en } from '../en/answer.ts';

/** Simplified Chinese: the Answer. Typed against ../en/answer.ts. */
export const answer = {
  'answer.heading': '结论',
  'answer.cause.not-set':
    '最可能的原因是密钥未设置：运行代码的进程中没有 {variable}，或它的值为空。',
  'answer.cause.mistyped':
    '最可能的原因是密钥输入有误：这个值与 DeepSeek 发给你的密钥不完全一致（打错、少了字符、多了引号或空白）。',
  'answer.cause.revoked': '最可能的原因是密钥已被吊销或过期：DeepSeek 不再接受它。',
  'answer.cause.not-passed':
    '最可能的原因是密钥没有传给客户端：你的代码没有把 DEEPSEEK_API_KEY（或 DeepSeek 的 base URL）交给发起调用的客户端。',
  'answer.cause.not-set.browser':
    '最可能的原因是密钥在代码运行的地方未设置：在浏览器中，{bundler} 让 {name} 保持 undefined。',
  'answer.cause.not-set.tool': '最可能的原因是密钥没有设置：{tool} 没有可发送的密钥。',
  'answer.cause.mistyped.tool': '最可能的原因是密钥输错了：{tool} 保存的密钥有错字或多余字符。',
  'answer.cause.not-passed.tool':
    '最可能的原因是密钥没有传给 DeepSeek：{tool} 没有发送你的 DeepSeek 密钥，或者没有发到 DeepSeek 的地址。',
  'answer.cause.not-passed.givenCode':
    '最可能的原因是密钥没有传到 DeepSeek：你的代码已经正确地把它交给客户端，但请求到达 DeepSeek 时没有带密钥。',
  'answer.cause.not-passed.givenConfig':
    '最可能的原因是密钥没有传到 DeepSeek：你的 {tool} 文件已经正确地给出了它，但 DeepSeek 没有收到它。',
  'answer.cause.not-passed.givenConfigOpenAi':
    '最可能的原因是密钥没有传到 DeepSeek：你粘贴的 {tool} 文件本身没有问题，但请求发到了 OpenAI，而不是 DeepSeek。',
  'answer.cause.not-passed.givenConfigSent':
    '最可能的原因是密钥没有传到 DeepSeek：DeepSeek 收到的值以“{tail}”结尾，不是你的密钥，尽管你的 {tool} 文件看起来没有问题。',
  'answer.cause.not-set.givenConfig':
    '最可能的原因是工具运行的地方没有设置密钥：你粘贴的 {tool} 文件本身没有问题，但没有任何密钥到达 DeepSeek。',
  'answer.cause.not-set.config':
    '最可能的原因是密钥没有设置：你的 {tool} 文件把它留空了，或者没有被读取。',
  'answer.cause.not-passed.keptOld':
    '最可能的情况是 .env 中的密钥根本没有到达客户端：环境中已经设置的旧密钥覆盖了它。',
  'answer.cause.not-passed.anyStack':
    '最可能的原因是密钥没有传到 DeepSeek：发起调用的一方（你代码里的客户端，或某个工具的设置）没有同时拿到你的密钥和 DeepSeek 的 base URL。',
  'answer.cause.not-passed.yours':
    '最可能的原因是密钥没有传到 DeepSeek：你的代码没有按应有的方式发送 DeepSeek 密钥，或者没有发到 DeepSeek 的地址。',
  'answer.cause.not-set.anyStack':
    '最可能的原因是密钥没有设置：发起调用的程序在它读取密钥的地方找不到密钥。',
  'answer.cause.not-passed.config':
    '最可能的原因是密钥没有传给 DeepSeek：你的 {tool} 文件没有在工具读取的位置给出密钥或 DeepSeek 的地址。',
  'answer.none': '目前还没有哪个原因可以确定。请先从“{cause}”查起：下面的检查可以确认或排除它。',
  'answer.noneLeft':
    '四种原因没有一种能同时解释你粘贴和测试的全部内容：这些信息互相矛盾。请重新运行你的程序并粘贴最新的报错，或者测试它实际发送的那个密钥。',
  'answer.fixHeading': '修复方法',
  'answer.noneByReports':
    '目前还没有哪个原因可以确定，你粘贴的内容也没有更指向其中某一个。请先从“{cause}”查起，它在类似的报告中最常见：下面的检查可以确认或排除它。',
  'answer.noneFirst':
    '目前还没有哪个原因可以确定，你粘贴的内容也没有指向任何一个。下面的检查可以判断是不是“{cause}”。',
  'answer.noneTail':
    '目前还没有哪个原因可以确定：DeepSeek 拒绝了一个以“{tail}”结尾的密钥。请先和你的密钥结尾比对，再在本页测试密钥：这能区分这几种原因。',
  'answer.noneSplit':
    '还不能确定是哪个原因：你粘贴的内容指向不止一个原因。请先测试密钥：测试结果能把它们区分开。',
  'answer.noneSplitFirst':
    '还不能确定是哪个原因：你粘贴的内容指向不止一个原因。下面的检查可以判断是不是“{cause}”。',
  'answer.noneKeyTest':
    '目前还没有哪个原因可以确定，你粘贴的内容也没有指向任何一个。请先测试你的密钥：它能区分这几种原因。',
  'answer.checkPasteSource':
    '你粘贴的内容看不出密钥从哪里来。请把给出密钥的那部分（程序读取的配置文件，如 application.yml、config.yaml 或 .env，或者创建客户端的那几行代码）粘贴到“粘贴代码”框：页面只在你的浏览器里读取它，并告诉你密钥是否已设置、是否传了过去。',
  'answer.checkHeading': '用来确认的检查',
  'answer.checkApartHeading': '用来区分的检查',
  'answer.checkKeyTest':
    '在本页测试你的密钥：把它粘贴到 “DeepSeek API 密钥” 并点击 “测试密钥”。被拒绝的密钥（输错或已撤销）、余额为空（402）和可用的密钥（那就是工具没有把它发出去）各有各的答案。',
  'answer.copyCheck': '复制检查命令',
  'answer.copySetup': '复制设置代码',
  'answer.theChange': '你的代码中的改动（只列出改动的行）：',
  'answer.theChangeExample': '按你所用技术栈的示例，需要做的改动（只列出改动的行）：',
  'answer.codeStays':
    '你的代码读取 DEEPSEEK_API_KEY 的方式是正确的：要修的是它运行的地方，不是代码。',

  'answer.codeReadsPrefixed':
    '你的代码从 {name} 读取密钥，所以上面的设置设定的是 {name}（正是这个前缀把它交给页面）。',
  'answer.codeReadsOther':
    '你的代码从 {name} 读取密钥，而不是 DEEPSEEK_API_KEY，所以上面的设置设的是 {name}。也可以把代码改为读取 DEEPSEEK_API_KEY。',
  'answer.fix.not-set.notebook':
    '你的代码运行在 notebook 中：在第一个单元格里用 load_dotenv() 加载 .env 文件，然后重启内核（Kernel → Restart），让变量进入内核。',
  'answer.fix.not-set.restarted-app':
    '用 setx 永久设置密钥，然后关闭并重新打开运行代码的终端或 IDE（VS Code、PyCharm）：在 setx 之前就已打开的程序看不到新变量。',
  'answer.fix.not-set.container':
    '你的代码运行在容器中，容器不会继承你 shell 中的变量：用 docker run -e {variable} 传入密钥，或在 compose.yaml 中写 env_file: .env。',
  'answer.fix.not-set.service':
    '你的代码作为 systemd 服务运行，它既拿不到你 shell 的变量，也不会读取 .env：在 drop-in 中用 EnvironmentFile= 把密钥交给服务，然后重启它（systemctl restart）。',
  'answer.fix.not-set.vercel':
    '你的代码运行在 Vercel 上，它只拿得到项目设置里的变量，而且只对添加之后的新部署生效：请在那里添加 {variable}（或用 vercel env add），然后重新部署。',
  'answer.fix.not-set.workers':
    '你的代码作为 Cloudflare Worker 运行，它从 env 绑定读取 secret，而不是从你的 shell 或 process.env：请用 wrangler secret put {variable} 保存（命名环境加 --env），并在 fetch 中读取 env.{variable}。',
  'answer.fix.not-set.ci':
    '你的代码运行在 CI 中：把 {variable} 添加为仓库密钥（secret），并在任务中映射：env: {variable}: ${{ secrets.{variable} }}。',
  'answer.fix.not-set.anyStack':
    '把密钥设置在发起调用的程序读取它的地方（它的设置、它的 .env 文件、它的环境变量，或你的 CI 密钥），然后重新启动它。',
  'answer.fix.not-set.dotenv':
    '在代码读取 {variable} 之前加载 .env 文件，如下面的修改所示：Python 和 Node 都不会自行读取 .env。',
  'answer.fix.not-set.dotenvEmpty':
    '把你的密钥填在 .env 中那一行的 “=” 后面（它现在是空的），如下面的改动所示，然后重新启动程序。',
  'answer.fix.not-set.terminal':
    '在启动程序的终端中设置 {variable}，然后在同一个终端中重新启动程序。',
  'answer.fix.not-set.orTool':
    '如果发出请求的是某个应用或工具（编辑器扩展、聊天应用、智能体），密钥应填在它自己的设置里：把密钥粘贴到它的 DeepSeek 服务商的密钥栏，然后重启它。',
  'answer.fix.mistyped':
    '到 platform.deepseek.com 的 API keys 页面重新复制密钥，前后不要带引号或空白，然后在原来设置它的地方重新设置（.env 或 shell 配置文件中的 DEEPSEEK_API_KEY、工具的设置、CI 密钥）。',
  'answer.fix.mistyped.inFile':
    '到 platform.deepseek.com 的 API keys 页面重新复制密钥，把它填入你的 {file} 文件中 PASTE_YOUR_DEEPSEEK_KEY_HERE 的位置，除文件格式本身要求的以外，前后不要带引号或空白，然后重启{app}。',
  'answer.fix.revoked':
    '在 platform.deepseek.com 的 API keys 页面创建一个新密钥，在所有用过旧密钥的地方换上它，然后删除旧密钥。',
  'answer.fix.not-passed':
    '把两样都交给客户端：从 DEEPSEEK_API_KEY 读取的 {apiKey}，以及 {baseUrl} https://api.deepseek.com（参见 api-docs.deepseek.com）。',
  'answer.fix.not-passed.anyStack':
    '把你的 DeepSeek 密钥和 DeepSeek 的 base URL（https://api.deepseek.com）都交给发起调用的一方（代码里：客户端的密钥和 base URL 参数；工具里：它的提供商设置）。',
  'answer.fix.not-passed.yours': '你的代码已修复：只改了发现中指出的那些行，其余保持你写的样子。',
  'answer.fix.config':
    '你的 {tool} 文件已修复：只改了发现中指出的那些行。文件能从环境变量读取密钥的地方现在会去读取；其他地方请用你的密钥替换 PASTE_YOUR_DEEPSEEK_KEY_HERE。然后重启工具，让它重新读取这个文件。',
  'answer.fix.tool.not-passed':
    '{tool} 用它自己的设置发起调用，而不是你的代码：请把 DeepSeek 密钥和 DeepSeek 的地址填到 {tool} 读取它们的地方，然后重启它。',
  'answer.fix.tool.not-set':
    '{tool} 没有找到密钥：请把 DeepSeek 密钥填到 {tool} 读取它的地方，然后重启它。',
  'answer.fix.tool.mistyped':
    '{tool} 保存的密钥有错字或多余字符：请在 {tool} 读取密钥的地方重新粘贴（不要带引号、空格或换行），然后重启它。',
  'answer.fix.tool.keyField': '它从 {field} 读取密钥。',
  'answer.fix.tool.baseUrl': '它要用的 DeepSeek 地址：{url}（填在 {field}）。',
  'answer.theToolSetup': '它针对 DeepSeek 的配置，在 {file} 中：',
  'answer.fix.configPlaceholder':
    '你的 {tool} 文件已修复：只改了发现中指出的那些行。这个文件直接保存密钥：请用你的密钥替换 PASTE_YOUR_DEEPSEEK_KEY_HERE，然后重启工具，让它重新读取这个文件。',
  'answer.fix.configAddress':
    '你的 {tool} 文件已修复：只改了发现中指出的那些行。然后重启工具，让它重新读取这个文件。',
  'answer.fix.givenCode':
    '代码里没有任何地方挡住密钥，所以它是在客户端之后丢失的：实际运行的代码不是你粘贴的这份，或者中间的某个库或代理（agent）丢掉了 Authorization 请求头。请在代码运行的地方执行下面的检查：如果它打印出你的密钥结尾，就去查客户端和 DeepSeek 之间的环节。',
  'answer.fix.givenConfig':
    '在这个文件里，本页面看不到任何会挡住密钥的地方：密钥是在 {tool} 读取文件之后丢失的。请重启 {tool}，让它重新读取这个文件，然后在本页面测试密钥：如果密钥可用，就是 {tool} 在途中丢掉了它；请检查它的 DeepSeek 提供商设置和已知问题。',
  'answer.fix.givenOpenAi':
    '回答的是 OpenAI，说明 {tool} 把请求发到了 OpenAI 的地址：它没有从这个文件放置的位置读取 DeepSeek 的 base URL（或密钥）。请在 {tool} 的文档里查清它读取哪些字段、从哪里读取（有的工具要求把 base_url 放在客户端参数里，而不是顶层），然后重启 {tool}。',
  'answer.fix.givenSent':
    '{tool} 发送的不是密钥本身：可能是它没有展开的变量引用、模板里的值，或密钥周围多出的文字。请把密钥以 {tool} 能展开的形式（或直接写密钥）填到它读取的地方，重启 {tool}，然后在本页面测试密钥。',
  'answer.fix.givenNotSet':
    '{tool} 没有从这个文件读取密钥：它运行时用的是别的设置（另一个文件、配置档或环境），或者改动之后还没有重启。请重启 {tool}，确认它读取的是这个文件，然后在本页面测试密钥。',
  'answer.fix.givenVariable':
    '这个文件从 {variable} 读取密钥：如果 {tool} 查找它的地方没有设置它，就没有密钥可发送。下面的检查可以确认。',
  'answer.fix.givenPrefix':
    '一个已知情况：基于 LiteLLM 的工具在模型写成 deepseek/…、而密钥只来自工具自身设置时，不发送密钥请求头。当时有效的做法：在工具运行的地方同时设置 DEEPSEEK_API_KEY，或者把模型名里的 deepseek/ 换成 openai/，并把 base URL 设为 https://api.deepseek.com。',
  'answer.theTool': '该工具',
  'answer.configTool': '配置',
  'answer.theChangeConfig': '你的文件中的改动（只列出改动的行）：',

  'answer.why': '判断依据',
  'answer.others': '其他原因',
} satisfies { readonly [K in keyof typeof en]?: string };
