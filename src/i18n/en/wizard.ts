/** English strings: the four-cause wizard and the code views. Keys start with "wizard." or "code.". */
export const wizard = {
  'wizard.heading': 'The four causes',
  'wizard.intro':
    'DeepSeek answers 401 for one of four reasons. Walk them in order, or jump to the one the evidence points at.',
  'wizard.nav': 'Causes',
  'wizard.stepOf': 'Cause {n} of 4',
  'wizard.markedThis': 'this was it',
  'wizard.markedNot': 'ruled out',
  'wizard.likely': 'likely',
  'wizard.meaning': 'What it means',
  'wizard.check': 'How to check',
  'wizard.checkWhere.after-client':
    'Add this line right after the client is built, and run the code.',
  'wizard.checkWhere.before-call':
    'Add these lines just before your litellm.completion call, with the same model and api_base, and run the code.',
  'wizard.checkWhere.after-request':
    'Add this line after $request is built, before Invoke-RestMethod, and run the script.',
  'wizard.checkWhere.before-command':
    'Paste this into the terminal first, then run your curl command as it is: this once, curl prints the URL and the end of the Authorization header instead of sending the request.',
  'wizard.checkWhere.before-send':
    'Add these lines where the request is built, just before it is sent, and run the program.',
  'wizard.fix': 'How to fix',
  'wizard.code': 'Broken and fixed code',
  'wizard.thisWasIt': 'This was it',
  'wizard.notThis': 'Not this — next cause',
  'wizard.solved':
    'Good: copy the fixed code above, run it again, and keep the start-up check from "Prevention" so this error names itself next time.',
  'wizard.noneMatched':
    'None of the four? Test the key above, paste the full error text, then copy the diagnosis into a ticket to DeepSeek support.',
  'wizard.start': 'Start with cause 1',
  'wizard.openLikely': 'Open the likely cause',
  'wizard.shell': 'Where you run it',
  'wizard.language': 'Code language',
  'wizard.modelFromKey': 'The code names {model}, a model your key listed in the live test.',

  'wizard.cause.not-set.title': 'Key not set',
  'wizard.cause.not-set.summary':
    'DEEPSEEK_API_KEY is missing or empty in the process that runs the code.',
  'wizard.cause.not-set.meaning':
    'Your code reads the key from DEEPSEEK_API_KEY, but that variable does not exist, or is empty, in the process that runs it. A variable exported in one terminal is not seen in another, in your IDE, in a notebook kernel started earlier, in cron, Docker or CI. With an empty key DeepSeek answers "auth header format should be Bearer sk-..."; with no key at all the SDK falls back to OPENAI_API_KEY and sends that instead.',
  'wizard.cause.not-set.check':
    'Run this in the same terminal or environment that runs your code. It prints whether the variable is set, its length and its last four characters, never the key.',
  'wizard.cause.not-set.expect':
    '"NOT SET" means this is the cause. A length other than 35, or an ending you do not recognise, points at cause 2.',
  'wizard.cause.not-set.fix':
    "Set DEEPSEEK_API_KEY where the code runs, then start the program again from that environment (an IDE or notebook must be restarted to see it). For a project, keep it in a .env file that git ignores and load it: python-dotenv's load_dotenv(), or node --env-file=.env. In CI and Docker, pass it as a secret or with -e DEEPSEEK_API_KEY.",

  'wizard.cause.mistyped.title': 'Key mistyped',
  'wizard.cause.mistyped.summary':
    'The value is wrong: a typo, missing characters, stray whitespace or quotes.',
  'wizard.cause.mistyped.meaning':
    'The variable is set, but its value is not exactly the key DeepSeek issued: a character lost in copying, a space or newline at the end, quotes kept from a .env file or a shell export, a "Bearer " prefix, or a placeholder such as sk-xxxx. A DeepSeek key is sk- followed by 32 lowercase hex characters: 35 characters in all.',
  'wizard.cause.mistyped.check':
    'Check the shape of the value where the code runs. It prints "shape OK" or the length, never the key. Or paste the key into the test above: the lint shows each problem with its position.',
  'wizard.cause.mistyped.expect':
    'Anything other than "shape OK" means the value is not a DeepSeek key as typed: copy it again, or create a new one.',
  'wizard.cause.mistyped.fix':
    'Copy the key again from the DeepSeek platform (API keys are shown only once: if you no longer have it, create a new one). Set it without quotes or spaces; in a .env file write DEEPSEEK_API_KEY=sk-… with nothing around it. Strip whitespace in code as a guard, and check the shape at start-up.',

  'wizard.cause.revoked.title': 'Key revoked or expired',
  'wizard.cause.revoked.summary':
    'The key was deleted or rotated, or the account behind it is gone.',
  'wizard.cause.revoked.meaning':
    'The value is well-formed and reaches DeepSeek, but DeepSeek no longer accepts it: someone deleted the key on the platform, it was rotated after a leak, or the account was closed. "Authentication Fails (no such user)" says the account behind the key is unknown (rarely, a DeepSeek outage says the same: check status.deepseek.com before you rotate).',
  'wizard.cause.revoked.check':
    'Ask DeepSeek directly with the free, read-only GET /models. It prints only the HTTP status.',
  'wizard.cause.revoked.expect':
    '200 means the key works: your 401 comes from how the code sends it (cause 4). 401 means DeepSeek rejects this value: if cause 2 is ruled out, the key is revoked.',
  'wizard.cause.revoked.fix':
    'Create a new key at platform.deepseek.com → API keys, set it everywhere the old one was (shell profile, .env, CI secrets, the deployment), and delete the old one. If the key was ever committed to git, treat it as leaked: never put the new one in code.',

  'wizard.cause.not-passed.title': 'Key not passed to the client',
  'wizard.cause.not-passed.summary':
    'The client is built without the key, reads the wrong variable, or sends it to the wrong place.',
  'wizard.cause.not-passed.meaning':
    'The key is fine and set, but your code does not hand it to the client that calls DeepSeek. OpenAI() without api_key (apiKey in Node) reads OPENAI_API_KEY instead; without base_url (baseURL in Node) it sends the request to OpenAI, which answers "Incorrect API key provided". A different variable name (DEEPSEEK_KEY, DEEPSEEK_API_TOKEN), a config that is never read, or a template such as ${DEEPSEEK_API_KEY} that was never filled do the same.',
  'wizard.cause.not-passed.check':
    'Check what your code hands over, for the stack you use: the check prints where the requests go and the last four characters of the key they carry, never the key.',
  'wizard.cause.not-passed.expect':
    "The address must be DeepSeek's, and the four characters must match the end of your key. Compare them with the tail DeepSeek echoes in the error (****abcd).",
  'wizard.cause.not-passed.fix':
    "Pass both explicitly: api_key from DEEPSEEK_API_KEY and base_url https://api.deepseek.com (apiKey and baseURL in Node). Do not rely on the SDK's fallback to OPENAI_API_KEY.",

  'code.broken': 'Broken code',
  'code.fixed': 'Fixed code',
  'code.copyFixed': 'Copy fixed code',
  'code.copyCommand': 'Copy command',
  'code.expect': 'Expected output:',
  'code.expectTail': 'Expected output (the last four characters will be those of your key):',
  'code.copied': 'Copied to the clipboard.',
  'code.copyFailed': 'Could not copy: select the text and press Ctrl+C (⌘C on a Mac).',
  'code.changed': '(changed)',
  'code.removed': '(removed)',
  'code.yourCode':
    'You pasted your code: it is shown repaired, with the changed lines marked, beside what you pasted.',
  'code.yourCodeLink': 'See your code repaired',
  'code.language.python': 'Python',
  'code.language.node': 'Node.js / TypeScript',
  'code.language.curl': 'curl',
  'code.language.powershell': 'PowerShell',
  'code.language.langchain': 'LangChain',
  'code.language.litellm': 'LiteLLM',
  'code.language.java': 'Java',
  'code.language.go': 'Go',
  'code.language.csharp': 'C#',
  'code.language.php': 'PHP',
  'code.language.rust': 'Rust',
  'code.needs': 'Needs:',
  'code.needs.curl': 'curl 7.76 or later (for --fail-with-body).',
  'code.needs.powershell': 'Windows PowerShell 5.1 or PowerShell 7.',
  'code.needs.java': 'Java 11 or later, nothing to install: run it with java DeepSeekChat.java.',
  'code.needs.go': 'Go 1.18 or later, nothing to install (net/http and encoding/json).',
  'code.needs.csharp': '.NET 6 or later, nothing to install (HttpClient and System.Text.Json).',
  'code.needs.php': 'PHP 8 with the curl extension (php-curl on Debian and Ubuntu).',
  'code.sdk':
    'Using {library} instead? Hand it the key and the base URL just as explicitly, or it reads OPENAI_API_KEY and calls OpenAI:',
  'code.copySetup': 'Copy the set-up',
  'code.copySetupFile': 'Copy the set-up for {file}',
  'code.shell.bash': 'bash / zsh',
  'code.shell.fish': 'fish',
  'code.shell.powershell': 'PowerShell',
  'code.shell.cmd': 'cmd',
  'code.shell.python': 'Python',
  'code.shell.node': 'Node.js',
  'code.shell.langchain': 'LangChain',
  'code.shell.litellm': 'LiteLLM',
  'code.shell.curl': 'curl (bash / zsh)',
  'code.shell.java': 'Java',
  'code.shell.go': 'Go',
  'code.shell.csharp': 'C#',
  'code.shell.php': 'PHP',
  'code.shell.rust': 'Rust',
};
