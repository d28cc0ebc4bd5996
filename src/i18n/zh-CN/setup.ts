import type { setup as en } from '../en/setup.ts';

/**
 * Simplified Chinese: setting DEEPSEEK_API_KEY in each environment.
 * Typed against ../en/setup.ts: an unknown key is a type error; a missing one falls back to
 * English at run time and fails tests/unit/i18n.test.ts.
 */
export const setup = {
  'setup.heading': '在代码运行的地方设置密钥',
  'setup.intro':
    '选择你的代码在哪里运行。每种设置方式读取密钥时都不会显示它，检查命令只输出是否已设置、长度和最后四个字符。',
  'setup.environment': '环境',
  'setup.verify': '检查是否生效',
  'setup.newTerminal':
    '此更改只对从现在起启动的终端和程序生效：检查前请打开一个新终端（并重启 IDE）。',
  'setup.inFile': '在 {file} 中：',
  'setup.shell': '命令适用于',
  'setup.group.terminal': '终端',
  'setup.group.project': '项目 .env 文件',
  'setup.group.container': '容器',
  'setup.group.service': '服务',
  'setup.group.tool': 'Notebook、IDE 与 CI',

  'setup.env.bash-session.label': 'bash / zsh（当前终端）',
  'setup.env.bash-session.note':
    'read -rs 读取密钥时不显示它；由于你是在提示符下输入密钥，而不是写在命令里，它也不会进入 shell 历史记录。该变量在此终端关闭前一直有效，且只有从此终端启动的程序才能看到它。',

  'setup.env.bash-profile.label': 'bash / zsh（所有新终端）',
  'setup.env.bash-profile.note':
    '在 ~/.zshrc（zsh，macOS 默认）或 ~/.bashrc（bash）末尾追加一行 export。此后密钥以明文保存在该文件中：请设为仅自己可读（chmod 600）。在 macOS 上，bash 登录 shell 读取的是 ~/.bash_profile。检查前请打开新终端，或运行 "source ~/.zshrc"。',

  'setup.env.fish.label': 'fish',
  'setup.env.fish.note':
    'read -s 隐藏你输入的内容，-x 把变量导出给从此 shell 启动的程序。加上 -U（read -sUx）后，fish 还会为之后的每个新会话保留它，以明文保存在 ~/.config/fish/fish_variables 中。',

  'setup.env.powershell-session.label': 'PowerShell（当前窗口）',
  'setup.env.powershell-session.note':
    'Read-Host -AsSecureString 会遮盖你输入的内容，适用于 Windows PowerShell 5.1 和 PowerShell 7；NetworkCredential 这一步再把它转回明文，存入 $env:DEEPSEEK_API_KEY。在 PowerShell 7.1 或更高版本中，Read-Host -MaskInput 一步即可完成。该变量在此窗口关闭前一直有效。',

  'setup.env.powershell-persistent.label': 'PowerShell（所有新终端）',
  'setup.env.powershell-persistent.note':
    '先为当前窗口设置密钥，再用 [Environment]::SetEnvironmentVariable(…, "User") 把它保存到你的 Windows 用户环境中。仅限 Windows。已经打开的终端、IDE 和其他程序看不到保存的值：检查前请打开一个新终端（并重启 IDE）。在 macOS 或 Linux 上，请改为把第一行添加到你的 $PROFILE 中。',

  'setup.env.cmd-session.label': 'cmd（当前窗口）',
  'setup.env.cmd-session.note':
    'set /p 会提示你输入值。cmd 无法隐藏输入内容，因此输入时密钥会显示在屏幕上：之后请运行 cls，或改用可以遮盖输入的 PowerShell。该变量在此窗口关闭前一直有效。',

  'setup.env.cmd-persistent.label': 'cmd（所有新终端）',
  'setup.env.cmd-persistent.note':
    'setx 为你的 Windows 用户保存该值，但只对之后打开的窗口生效：setx 不会修改它所在的窗口（由 set /p 那一行负责当前窗口）。检查前请打开一个新终端，并重启 IDE。cmd 会在你输入时显示密钥：之后请运行 cls。最后一行只在你输入了密钥时才运行 setx：什么都没输入时，它会把变量名当作文本保存下来。',

  'setup.env.dotenv-python.label': '.env 文件（Python，python-dotenv）',
  'setup.env.dotenv-python.note':
    '密钥放在代码旁边的 .env 文件中，并把 .env 加入 .gitignore，确保它永远不会被提交。在读取密钥之前、程序开头处调用 load_dotenv()：之后才加载 .env 文件就太晚了。环境中已设置的 DEEPSEEK_API_KEY 优先于文件中的值。这一行写成 DEEPSEEK_API_KEY= 后面紧跟密钥，= 两边不要有空格。在 Windows PowerShell 5.1 中，不要用 > 或 >> 写 .env：它们写出的是 UTF-16，.env 读取器无法读取。',

  'setup.env.dotenv-node.label': '.env 文件（Node.js --env-file）',
  'setup.env.dotenv-node.note':
    'Node.js 20.6 及更高版本可通过 --env-file=.env 自行加载 .env 文件，无需 dotenv 包。请把 .env 加入 .gitignore。环境中已设置的 DEEPSEEK_API_KEY 优先于文件中的值。对于更早的 Node.js，请使用 dotenv 包，并首先 import "dotenv/config"。在 Windows PowerShell 5.1 中，不要用 > 或 >> 写 .env：它们写出的是 UTF-16，Node.js 无法读取。',

  'setup.env.docker.label': 'Docker',
  'setup.env.docker.note':
    '容器不会继承你 shell 中的变量。不带 "=value" 的 -e DEEPSEEK_API_KEY 会把运行 docker 的 shell 中的值传进去，这样密钥不会写在命令或其历史记录里。--env-file .env 读取 KEY=value 格式的行；值不要加引号。检查命令会用同样的 -e 或 --env-file 选项启动一个小型 alpine 容器：运行与你的设置方式对应的那一行。',

  'setup.env.docker-compose.label': 'Docker Compose',
  'setup.env.docker-compose.note':
    '在 environment: 下只写 DEEPSEEK_API_KEY，会把运行 docker compose 的 shell 中的值传进去；env_file: .env 则改为加载该文件。检查命令读取 "docker compose config" 的结果（两种方式它都会解析），只输出该值的长度和最后四个字符。单独运行 "docker compose config" 会打印出密钥：绝不要把它的输出粘贴到任何地方。在 PowerShell 检查命令中，请把 app 换成你的服务名。',

  'setup.env.systemd.label': 'systemd 服务',
  'setup.env.systemd.note':
    '由 systemd 启动的服务既拿不到你 shell 的变量，也不会读取 .env，而且在重启之前看不到任何改动。把 myapp.service 换成你的服务名。密钥写入只有 root 可读的 /etc/deepseek.env，再用一个 drop-in 以 EnvironmentFile= 让服务读取它。检查命令读取正在运行的服务自己的环境，只打印形状，从不打印密钥。',
  'setup.env.jupyter.label': 'Jupyter notebook',
  'setup.env.jupyter.note':
    'getpass 以隐藏输入的方式索要密钥，因此它不会进入 notebook 文件、输出或历史记录。不要写 %env DEEPSEEK_API_KEY=…（会保存在 notebook 中），也不要单独运行 %env DEEPSEEK_API_KEY（会打印出值）。在终端中设置变量之前就已启动的内核看不到它：请重启内核，或从该终端启动 Jupyter。',

  'setup.env.vscode.label': 'VS Code（launch.json）',
  'setup.env.vscode.note':
    '从 VS Code 运行或调试时不会使用终端中的变量。envFile 加载项目的 .env 文件；"env" 中的 ${env:DEEPSEEK_API_KEY} 会传入 VS Code 自身启动时的变量，所以设置后请重启 VS Code。"type": "node" 配置也使用同样的 envFile 行。检查命令是一个表达式，在断点处暂停时于调试控制台（Debug Console）中运行。',

  'setup.env.github-actions.label': 'GitHub Actions',
  'setup.env.github-actions.note':
    '把密钥存为名为 DEEPSEEK_API_KEY 的仓库 secret（gh secret set 会以不显示的方式索要它），再通过 env: 映射到 job 中。GitHub 会在日志中遮盖 secret。由 fork 仓库的 pull request 触发的工作流拿不到 secret：那里该变量为空。',
  'setup.env.vercel.label': 'Vercel',
  'setup.env.vercel.note':
    '在项目的 Environment Variables 中添加密钥，或用 vercel env add（它会以不显示的方式索要值），每个需要它的环境都要添加。改动只对新的部署生效：请重新部署。检查只记录长度和最后四个字符；用 vercel logs 查看那一行。',
  'setup.env.cloudflare-workers.label': 'Cloudflare Workers',
  'setup.env.cloudflare-workers.note':
    'wrangler secret put 会以不显示的方式索要值。每个命名环境（--env）都有自己的 secret。Worker 通过 fetch 的 env 参数读取 env.DEEPSEEK_API_KEY，而不是 process.env；wrangler dev 时请写进 .dev.vars。用 wrangler tail 查看检查输出的那一行。',
} satisfies { readonly [K in keyof typeof en]?: string };
