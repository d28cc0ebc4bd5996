import type { CauseId } from '../causes.ts';

/**
 * What a reporter's words or a tool's log add that the message alone cannot: each row ranks its
 * cause first, never marks it likely. Which tool printed an error is told by the catalogue
 * (stacks/tools.ts); this is only what threads add. Checked December 2026.
 */
/** "works from my terminal", "在终端里运行正常". */
const TERMINAL_WORKS = [
  /\b(?:from|in) (?:my |the |a )?(?:terminal|shell|command line)\b[^\n.]{0,40}?\b(?:works?|worked|is fine|runs? fine|succeeds?)\b/,
  /\b(?:works?|worked|runs? fine|succeeds?)\b[^\n.]{0,40}?\b(?:from|in) (?:my |the |a )?(?:terminal|shell|command line)\b/,
  /(?:终端|命令行)(?:里|中|下)?[^\n，。]{0,16}?(?:可以|正常|没问题|成功|能(?:用|跑))/,
]
  .map((part) => part.source)
  .join('|');
/** An IDE's run, or a desktop app started from the Dock, Finder or the Start menu. */
const GUI_RUN =
  /\b(?:IntelliJ|IDEA|PyCharm|WebStorm|GoLand|Rider|Android Studio|VS ?Code|Visual Studio|Eclipse|Xcode|Run (?:button|arrow)|Dock|Finder|Start menu|(?:Mac|desktop|GUI) app)\b/
    .source;

export const ERROR_TRAPS = [
  {
    id: 'shadowed-key',
    // Reasonix: the key saved in its settings is shadowed by an environment variable or a
    // project .env ("credential location, not a bad key"; fixed in #4630).
    pattern: /\breasonix setup\b/i,
    leans: 'not-passed',
    source: 'esengine/DeepSeek-Reasonix#4168, #4608',
  },
  {
    id: 'stale-key',
    // The tool keeps sending the key it had before: "会一直使用旧的key" (it keeps using the old
    // key, Karben233/bili-hardcore#47); a new key passes the settings' check while lookups still
    // fail (tisfeng/Easydict#1098). A key deleted while the app "still uses it" is the same.
    pattern:
      /旧的? ?(?:api ?)?(?:key|密钥|秘钥)(?![^\n。，]{0,6}(?:删|作废)(?![^\n。]{0,20}新))|\b(?:old|previous|stale|cached) (?:api[ _-]?)?key\b|\b(?:still|keeps?) (?:using|sending|uses|sends) (?:the |my |an? )?(?:old|previous|same|expired|deleted|revoked)\b|\b(?:deleted|revoked|removed) (?:that|the|my|this) (?:api[ _-]?)?key\b[^\n.]{0,60}\bstill (?:uses|sends|using|sending)\b/i,
    leans: 'not-passed',
    source: 'Karben233/bili-hardcore#47; tisfeng/Easydict#1098',
  },
  {
    id: 'lost-key',
    // The tool lost the key it had saved, often with an update: "说是我的key没有了" (it says my
    // key is gone, DeepLifeStudio/DeepSeekAI#8: an update rewrote how the key is read); "每更新
    // 一次都要重新配置deepseek的api" (esengine/DeepSeek-Reasonix#4420).
    pattern:
      /(?:key|密钥|秘钥)(?:没有了|不见了|丢失了?|消失了?|丢了|没了)|(?:更新|升级|重启)[^\n。，]{0,8}(?:重新(?:配置|设置|填写?|输入)|(?:key|密钥)[^\n。]{0,4}(?:没了|丢))|\b(?:api )?key (?:is |was |got )?(?:gone|lost|wiped|cleared|forgotten)\b|\b(?:forgets?|loses?|lost|drops?) (?:my |the )?(?:api )?key\b/i,
    leans: 'not-passed',
    source: 'DeepLifeStudio/DeepSeekAI#8; esengine/DeepSeek-Reasonix#4420',
  },
  {
    id: 'works-elsewhere',
    // The key passes somewhere else (the tool's own check, curl, another app) while this call
    // fails: DeepSeek accepts it, and the failing request differs (Lakr233/FlowDown#101: "验证
    // 模型能过" with a doubled header; zhangrenyang/deepseek#2: "使用curl方式验证ok";
    // CherryHQ/cherry-studio#815: "可以测试链接成功" with another provider's model name).
    // A check named by what it checks (key, connection, model): "tests passed" in a CI log is not.
    pattern: new RegExp(
      [
        /(?:(?:api ?)?key|密钥|秘钥)\s*(?:测试|验证|检查|校验)[^\n，。,.?？]{0,6}?(?:成功|通过|能过|没问题|\bok\b)/,
        /(?:测试|验证|检查|校验)(?:连接|链接|模型|key|密钥|秘钥|API)[^\n，。,.?？]{0,8}?(?:成功|通过|能过|没问题|\bok\b)/,
        /curl[^\n，。]{0,20}?(?:\bok\b|成功|正常|可以|没问题|\bworks?\b|\bworked\b)/,
        /\b(?:works?|worked|working|succeeds?|succeeded|passe[sd]) (?:fine |ok |well )?(?:in|with|from|using|via) (?:curl|postman|python|the playground|the terminal|(?:an)?other (?:apps?|tools?|clients?))\b/,
        /\b(?:(?:api )?key|connection) (?:(?:verification|validation|check|test) )+(?:is |was )?(?:works?|worked|succeeds?|succeeded|successful|passe[sd]|ok)\b/,
        /\b(?:test connection|verify|verification) (?:is |was )?(?:works?|worked|succeeds?|succeeded|successful|passe[sd]|ok)\b/,
      ]
        .map((part) => part.source)
        .join('|'),
      'i',
    ),
    leans: 'not-passed',
    source: 'Lakr233/FlowDown#101; zhangrenyang/deepseek#2; CherryHQ/cherry-studio#815',
  },
  {
    id: 'sent-as-key',
    // Something else goes out as the key: "It is passing my access password as api key to
    // deepseek!" (ChatGPTNextWeb/NextChat#6020); "the WebUI access code is mistreated as API key"
    // (#6621, fixed by tying the model to the DeepSeek provider); "把访问密码当作 key".
    pattern: new RegExp(
      [
        /\b(?:pass(?:es|ing)?|send(?:s|ing)?|us(?:es|ing))\s+(?:my|the|an?|its)\s+(?:[\w-]+\s+){0,2}?(?:password|passcode|code|token|url|name)\s+as\s+(?:the\s+|my\s+|an?\s+)?(?:api[ _-]?)?key\b/,
        /\b(?:password|passcode|code|token)\s+(?:is|was|gets?|got|being)\s+(?:mistreated|mistaken|misused|treated|wrongly (?:used|sent|passed))\s+as\s+(?:the\s+|my\s+|an?\s+)?(?:api[ _-]?)?key\b/,
        /(?:访问密码|访问码|密码)[^\n。，]{0,8}(?:当作|当成|作为)[^\n。，]{0,4}(?:api ?)?(?:key|密钥|秘钥)/,
      ]
        .map((part) => part.source)
        .join('|'),
      'i',
    ),
    leans: 'not-passed',
    source: 'ChatGPTNextWeb/NextChat#6020, #6621',
  },
  {
    id: 'other-variable-sent',
    // Another variable's key goes to DeepSeek: "the gateway sends the user's `OPENAI_API_KEY` (or
    // `OPENROUTER_API_KEY`) to that endpoint" (NousResearch/hermes-agent#28660). Names in
    // capitals only: "passing api_key to the client" is the SDK's own advice.
    pattern:
      /\b(?:sends?|sending|sent|leaks?|leaking|passes|passing)\s+(?:the user's\s+|my\s+|your\s+|the\s+)?`?(?!DEEPSEEK_)[A-Z][A-Z0-9_]*_(?:API_)?KEY`?(?:\s+\([^)\n]{0,60}\))?\s+to\b/,
    leans: 'not-passed',
    source: 'NousResearch/hermes-agent#28660',
  },
  {
    id: 'ignored-variable',
    // The reporter found the code path that never reads the variable: "`create_llm("deepseek")`
    // … ignore `DEEPSEEK_API_KEY` when no explicit `api_key=` is passed" (yifanfeng97/Hyper-Extract#76,
    // fixed by reading it in #79).
    pattern:
      /(?:(?<!\b(?:[Pp]lease|[Jj]ust|[Tt]o|[Cc]an|[Yy]ou|[Ww]e|I|[Dd]on't) )\bignore|\bignores|\bignored|\bignoring|\b(?:doesn'?t|does not|never) (?:reads?|uses?|picks? up|honou?rs?|pass(?:es)?))\s+(?:the\s+)?`?[A-Z][A-Z0-9]*_(?:API_)?(?:KEY|TOKEN)\b|\b[A-Z][A-Z0-9]*_API_KEY`?\s+(?:is\s+|was\s+)?(?:ignored|never (?:read|used|passed))\b/,
    leans: 'not-passed',
    source: 'yifanfeng97/Hyper-Extract#76',
  },
  {
    id: 'option-ignored',
    // The reporter found the base URL option ignored: "The parameter base_url in the
    // init_chat_model API of DeepSeek does not work; instead, api_base is the one that works"
    // (langchain-ai/langchain#30053, fixed by an alias in langchain-deepseek 1.1.0).
    pattern:
      /\b(?:base_?url|baseURL|api_?base)\b[^\n.;]{0,60}?\b(?:does(?:n'?t| not) (?:work|take effect)|(?:is |was |gets? )?ignored|has no effect|(?:is |was )?not (?:used|respected|honou?red|applied))\b|(?:base_?url|baseURL|api_?base)[^\n。]{0,20}?(?:不生效|没有生效|无效|不起作用)/i,
    leans: 'not-passed',
    source: 'langchain-ai/langchain#30053',
  },
  {
    id: 'quotes-sent',
    // Quotes around a key in a .env file, read as part of it: "a common 401 error where quoted
    // API keys were used literally" (repowise-dev/repowise#159, its .env parser fixed to strip
    // them).
    pattern:
      /\bquot(?:ed|es)\b[^\n.]{0,40}?\b(?:used|sent|kept|read|taken|passed) (?:literally|as part of (?:the|it)|as-is|as is|verbatim)\b|(?:引号|双引号)[^\n。]{0,16}?(?:也被|被当作|一起)(?:发|读|传|当)/i,
    leans: 'mistyped',
    source: 'repowise-dev/repowise#159',
  },
  {
    id: 'revoked-key',
    // The reporter says the key was revoked ("I revoked my DeepSeek API key on purpose to get a
    // failure", mnfst/llm-gateway#1180) or banned ("key 被封"). Not a key deleted to make a new
    // one, a question ("Is my key revoked?"), a field ("disabled: false") or a denial ("没有被封").
    // Or deleted on the platform while the app still holds it: "今天在 DeepSeek 平台把几个旧的 API
    // key 删掉了" (a blind round, 2026-12-07, modelled on MaxKB's credential check); "removed a few
    // old keys I thought were unused", "a cleanup of "unused" DeepSeek API keys" (round I); "把几个
    // “不用的”key 清理了" (round L).
    pattern:
      /(?:key|密钥|秘钥)[^\n。，]{0,12}清理|清理[^\n。，]{0,16}(?:key|密钥|秘钥)|\b(?:removed|deleted|revoked|disabled)(?:\s+(?:a|the|my|our|some|several|few|all|old|older|unused|stale|those|these|of|deepseek|\d+|["'“”‘’]unused["'“”‘’]))*\s+(?:api[ _-]?)?keys?\b(?![^\n.?]{0,60}\b(?:new|from)\b)|\bclean(?:ed)?[ -]?up (?:of )?(?:(?:the|our|some|old|unused|["'“”‘’]unused["'“”‘’]|deepseek|api) )*(?:api[ _-]?)?keys\b|(?:把|将)[^\n。，]{0,16}(?:key|密钥|秘钥)[^\n。，]{0,4}(?:删掉|删除|删了|作废)(?![^\n。]{0,20}新)|\b(?:I|we)(?:'ve| have)? (?:revoked|disabled)\s+(?:my |our |the |this )?(?:deepseek\s+)?(?:api[ _-]?)?key\b(?![^\n.?]{0,60}\bnew\b)|(?<!\b(?:is|was|if|whether) (?:my |the |this )?(?:api[ _-]?)?)\b(?:api[ _-]?)?key (?:was |has been |got )(?:revoked|banned|suspended|disabled)\b(?![^\n.]{0,40}\?)|(?:key|密钥|秘钥)[^\n。，]{0,4}(?<!没有?|并?未|不|是否|有没有)(?:被(?:封|禁用|删除|吊销)|已(?:被)?(?:删除|禁用|吊销|封禁))(?![^\n。]{0,10}[吗？?])/i,
    leans: 'revoked',
    source: 'mnfst/llm-gateway#1180',
  },
  {
    id: 'some-requests-pass',
    // Some requests pass and others are refused: the tool sends more than one key (a rotation,
    // a pool, a second provider entry) and one of them is refused. A banned key beside a working
    // one ("one of the responses looked correct and the other 401", langgenius/dify-plugin-daemon#101);
    // a rotation of shared keys, some unusable ("为同一个供应商添加多个api后，在对话中大概率出现
    // 身份验证失败", CherryHQ/cherry-studio#4373).
    pattern:
      /\bone of the (?:responses|requests|calls)\b[^\n]{0,60}\bthe other\b|\b(?:intermittent(?:ly)?|sporadic(?:ally)?|randomly) (?:fails?|failing|(?:returns?|gets?|gives?) (?:an? )?(?:401|unauthori[sz]ed))|\bsome (?:requests|calls|of the requests) (?:work|succeed|pass)|时好时坏|(?:有时(?:候)?|偶尔)(?:能用|正常|成功)[^\n。]{0,20}(?:有时|偶尔)|多个\s*(?:api|key|密钥|秘钥)[^\n。]{0,30}(?:大概率|有时|偶尔|部分)/i,
    leans: 'revoked',
    source: 'langgenius/dify-plugin-daemon#101; CherryHQ/cherry-studio#4373',
  },
  {
    id: 'flag-holds-key',
    // The key went into a tool's switch, not its key variable: aider's "Unexpected value for
    // AIDER_DEEPSEEK: 'sk-95…'. Expecting 'true', 'false'…" (AIDER_DEEPSEEK only picks the model;
    // the key goes in DEEPSEEK_API_KEY: Aider-AI/aider#1614).
    pattern: /\bUnexpected value for [A-Z][A-Z0-9_]*: ['"]?sk-/,
    leans: 'not-passed',
    source: 'Aider-AI/aider#1614',
  },
  {
    id: 'auth-conflict',
    // Claude Code holds two credentials and may send the other one: a token set for DeepSeek and
    // a key from /login or ANTHROPIC_API_KEY ("Auth conflict: Both a token (ANTHROPIC_AUTH_TOKEN)
    // and an API key (/login managed key) are set"; /logout fixed it,
    // Alishahryar1/free-claude-code#350; remove one of the two, UfoMiao/zcf#254); later worded
    // "Both ANTHROPIC_AUTH_TOKEN and /login managed key set · auth may not work as expected · to
    // use ANTHROPIC_AUTH_TOKEN: claude /logout" (Alishahryar1/free-claude-code#741).
    pattern:
      /\bAuth conflict: Both a token \(ANTHROPIC_AUTH_TOKEN\) and an API key\b|\bBoth ANTHROPIC_AUTH_TOKEN and \/login managed key set\b/,
    leans: 'not-passed',
    source: 'Alishahryar1/free-claude-code#350, #741; UfoMiao/zcf#254',
  },
  {
    id: 'login-asked',
    // The tool asks to log in although a key was given to it: it does not use that key. Claude
    // Code with its "Use custom API key" setting off ("需要我登录账号"; the reporter: "/config 里的
    // Use custom API设置为了flase，设置回true就可以了", farion1231/cc-switch#4117), or shown its
    // "Select login method" screen with the key in the environment (anthropics/claude-code#1084).
    pattern:
      /\b(?:asks?|asking|prompts?|prompting|wants?|requires?) (?:me )?(?:to )?(?:log ?in|sign in|re-?login|re-?authenticate)\b|\bSelect login method\b|需要(?:我)?(?:重新)?登录|(?:要求|提示|让我)(?:重新)?登录/i,
    leans: 'not-passed',
    source: 'farion1231/cc-switch#4117; anthropics/claude-code#1084',
  },
  {
    id: 'llm-check-failed',
    // browser-use checks the model with a first call before the agent runs, and asserts on it:
    // "Failed to connect to LLM API or LLM API is not responding correctly" (its agent/service.py,
    // `assert self.llm._verified_api_keys`). Any failure of that call says so, a key missing where
    // it reads it first (browser-use/browser-use#1450: the key was only in .env.example).
    pattern: /\bFailed\s+to\s+connect\s+to\s+LLM\s+API\s+or\s+LLM\s+API\s+is\s+not\s+responding\b/,
    leans: 'not-set',
    source: 'browser-use/browser-use#1450; its agent/service.py',
  },
  {
    id: 'reached-openai',
    // The reporter saw the request go to OpenAI: the DeepSeek settings were ignored and the client
    // kept its default host, cause 4 by SPEC §1 ("nextweb still request the apis of openai instead
    // of deepseek", ChatGPTNextWeb/NextChat#6048; "it prompts an error from OpenAI", #6205).
    pattern:
      /\b(?:an? )?errors? (?:from|by) OpenAI\b|\brequests? (?:the )?(?:apis? of |to )(?:the )?openai\b[^\n.]{0,30}\binstead of deepseek\b/i,
    leans: 'not-passed',
    source: 'ChatGPTNextWeb/NextChat#6048, #6205',
  },
  {
    id: 'pm2-env',
    // PM2 keeps the environment a process was first started with: `pm2 restart app` after a new
    // key in the shell still runs with the old one, unless `--update-env` (PM2 docs, "Environment
    // variables": "pm2 restart app --update-env"; checked December 2026).
    pattern: /\bpm2 (?:restart|reload)\b(?![^\n]*--update-env)/,
    leans: 'not-passed',
    source: 'PM2 documentation, process environment (pm2.keymetrics.io/docs/usage/environment)',
  },
  {
    id: 'no-auth-header',
    // The reporter saw the request go out without its Authorization header: the client holds the
    // key and never puts it on the request ("After #199 DeepSeek api call doesn't bear the auth
    // header", 0xPlaygrounds/rig#274, fixed by adding the header when the client is built).
    pattern:
      /\b(?:doesn'?t|does not|did not|didn'?t|never|not|no longer) (?:bears?|sends?|sending|includes?|attach(?:es)?|adds?|sets?|carr(?:y|ies)|pass(?:es)?) (?:the |an? |any )?(?:auth(?:orization)?|bearer) header\b|\b(?:missing|without (?:an? |the )?|lacks? (?:an? |the )?|no )(?:auth(?:orization)?|bearer) header\b|(?:没有|缺少|缺失|未)(?:携带|带上?|发送|添加|设置)?\s*(?:Authorization|auth|鉴权|认证)\s*(?:header|头|请求头)/i,
    leans: 'not-passed',
    source: '0xPlaygrounds/rig#274',
  },
  {
    id: 'placeholder-not-read',
    // A `${NAME}` in a tool's config that the tool does not expand: the variable is set (echo
    // shows it), the text "${NAME}" is what goes out ("在~/.nanobot/config.json中设置…但是
    // ${DEEPSEEK_API_KEY}无法读取。如果…填入key码（即明文）那么就行了", HKUDS/nanobot#2849, closed
    // as a feature request: no interpolation in config.json).
    pattern:
      /\$\{(?:env:)?[A-Z][A-Z0-9_]*\}[^\n。]{0,24}?(?:无法读取|读不到|读取不到|不生效|没有生效|不起作用|无效|isn'?t (?:read|expanded|resolved|substituted|working)|is not (?:read|expanded|resolved|substituted|working)|(?:does ?n[o']t|won'?t|never) (?:work|get (?:read|expanded|resolved))|(?:is )?(?:sent|passed|used) (?:literally|as is|as-is)|not (?:being )?(?:expanded|resolved|substituted))/i,
    leans: 'not-passed',
    source: 'HKUDS/nanobot#2849',
  },
  {
    id: 'gui-env',
    // It works from a terminal and fails from an IDE's Run button or a desktop app: a program
    // started from the Dock, Finder or the Start menu does not get what the shell profile exports
    // (Soju06/codex-lb#454, its maintainer: "a macOS GUI app limitation"; robinebers/openusage#788;
    // zhukunpenglinyutong/jetbrains-cc-gui#1310; anthropics/claude-code#3596).
    pattern: new RegExp(
      `(?:${TERMINAL_WORKS})[^]{0,200}?(?:${GUI_RUN})|(?:${GUI_RUN})[^]{0,200}?(?:${TERMINAL_WORKS})`,
      'i',
    ),
    leans: 'not-set',
    source:
      'Soju06/codex-lb#454; robinebers/openusage#788; zhukunpenglinyutong/jetbrains-cc-gui#1310; anthropics/claude-code#3596',
  },
  {
    id: 'env-key-gone',
    // The key's line gone from the .env file the program reads (a branch switched, the file
    // rewritten): "发现.env里DEEPSEEK_API_KEY的这个api会从原来有的状态变得消失" (AuroraBot-Dev/AuroraBot#39;
    // its maintainer: "我有理由怀疑你在此期间切换过分支"). Not set where the program reads it.
    pattern:
      /\.env[^\n。]{0,80}?(?:key|密钥|秘钥)[^\n。]{0,40}?(?:消失|不见了?|没了|丢失|被删)|\.env\b[^\n.]{0,60}(?:key|variable|line)\b[^\n.]{0,40}\b(?:disappear(?:s|ed)?|vanish(?:es|ed)?|(?:is|was|got) (?:gone|removed|wiped))\b|(?:key|variable|line)\b[^\n.]{0,40}\b(?:disappear(?:s|ed)?|vanish(?:es|ed)?|(?:is|was|got) (?:gone|removed|wiped))\b[^\n.]{0,20}\bfrom (?:the |my |our )?\.env\b/i,
    leans: 'not-set',
    source: 'AuroraBot-Dev/AuroraBot#39',
  },
  {
    id: 'double-header',
    // "Authorization: Bearer ,Bearer sk-xxx": the tool's own (empty) key field and a custom
    // Authorization header, joined into one value (Lakr233/FlowDown#101).
    pattern: /\bBearer\s*,\s*Bearer\b/i,
    leans: 'not-passed',
    source: 'Lakr233/FlowDown#101',
  },
] as const satisfies readonly { id: string; pattern: RegExp; leans: CauseId; source: string }[];

export type ErrorTrapId = (typeof ERROR_TRAPS)[number]['id'];

/** Every row whose wording the text has. */
export function errorTrapsOf(text: string): ErrorTrapId[] {
  return ERROR_TRAPS.filter((trap) => trap.pattern.test(text)).map((trap) => trap.id);
}
