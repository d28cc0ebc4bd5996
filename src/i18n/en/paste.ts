/**
 * English strings: the "Paste your error" / "Paste your code" panel. Keys start with "paste.".
 * One message per ParsedError kind, SDK, sign and network problem, and per code finding
 * (`paste.code.finding.<code>`, filled with the finding's vars).
 */
export const paste = {
  'paste.heading': 'Paste your error or your code',
  'paste.intro':
    'No key needed and nothing is sent anywhere: the error and the code are read in this page. Either one is enough.',
  'paste.errorLabel': 'Paste your error',
  'paste.errorHint':
    'A Python traceback, a Node error, a curl response, a log line, or what a test or check on this page printed in your terminal.',
  'paste.codeLabel': 'Paste your code',
  'paste.codeHint':
    'Python or JavaScript/TypeScript code, or your tool’s config file (JSON, YAML, TOML, .env, .properties). A key written in it stays in this page.',
  'paste.diagnose': 'Diagnose',

  'paste.config.heading': 'Your config file',
  'paste.config.readAs': 'Read as {format}, for {tool}.',
  'paste.config.readAsFormat': 'Read as {format}.',
  'paste.config.brokenParse':
    'This file does not parse as {format} as pasted; what could be read is below.',
  'paste.config.repaired':
    'Repaired in its own format (changed lines: {lines}), with your comments and other settings kept. The fixed file was read again with a {format} parser.',
  'paste.config.format.json': 'JSON',
  'paste.config.format.yaml': 'YAML',
  'paste.config.format.toml': 'TOML',
  'paste.config.format.dotenv': '.env',
  'paste.config.format.properties': '.properties',
  'paste.config.owner.compose': 'Docker Compose',
  'paste.config.owner.env-file': '.env',
  'paste.config.owner.claude-code-router': 'Claude Code Router',
  'paste.nothing': 'Paste an error, some code, or both, then choose Diagnose.',
  'paste.resultHeading': 'What the paste says',
  'paste.readerFailed':
    'The code reader could not be loaded, so nothing was read. Check your connection and reload the page, then press Diagnose again.',
  'paste.cleared':
    'The forgotten key was also in what you pasted: those boxes, and what was read from them, were emptied.',
  'paste.standing': '({standing})',

  'paste.error.heading': 'Your error',
  'paste.error.notRecognised':
    'This does not look like an error this page knows. What it found is below; if the text is long, paste just the last lines of the traceback.',
  'paste.error.status': 'HTTP status',
  'paste.error.message': 'Message',
  'paste.error.variant': '401 variant',
  'paste.error.tail': 'End of the key the server received',
  'paste.error.sdk': 'Printed by',
  'paste.error.exception': 'Exception',
  'paste.error.requestId': 'Request id',
  'paste.error.signs': 'Signs',
  'paste.error.models': 'Models',
  'paste.error.checks': 'What the checks say',

  'paste.error.otherHostWords':
    '{host} answered, in its own words, not DeepSeek: your DeepSeek key was not what it judged.',
  'paste.error.kind.unauthorized.other-host':
    '{host} answered 401, not DeepSeek: it did not accept the key it received.',
  'paste.error.kind.unauthorized.other-words':
    'A 401, but not in DeepSeek’s words: whatever answered (a proxy, a gateway or another provider) did not accept the key it received.',
  'paste.error.kind.unauthorized': 'DeepSeek answered 401: it did not accept the key it received.',
  'paste.error.kind.openai-key-rejected':
    'OpenAI, not DeepSeek, rejected the key: the client has no DeepSeek base URL, so the key went to api.openai.com.',
  'paste.error.kind.no-key':
    'No key reached the client, so no request was sent: the SDK found neither an api_key argument nor OPENAI_API_KEY.',
  'paste.error.kind.no-key.named':
    'No key reached the program, so no request was sent: it found no value for {name}.',
  'paste.error.kind.no-key.words':
    'No key reached the program, so no request was sent: it says it has no key.',
  'paste.error.kind.invalid-header':
    'The key could not even be put in a request header: it contains a line break, an invisible or a non-ASCII character.',
  'paste.error.kind.invalid-header.empty':
    'The key was empty: the header “Bearer ” was refused before any request was sent.',
  'paste.error.kind.unknown-provider':
    'The tool does not know the provider it was told to use; nothing was sent',
  'paste.error.kind.local-error':
    'The code stopped on your machine before it sent anything: no key was checked',
  'paste.error.kind.insufficient-balance':
    'DeepSeek answered 402 Insufficient Balance: the key works, the account needs a top-up.',
  'paste.error.kind.rate-limited':
    'DeepSeek answered 429: too many requests. The key works; slow down and retry.',
  'paste.error.kind.server-error':
    'The server failed on its side (5xx). This says nothing about the key: retry later.',
  'paste.error.kind.server-error.empty-body':
    'The answer was empty or cut off where JSON was expected: a failure on the server’s side, not the key.',
  'paste.error.kind.server-error.empty-answer':
    'No answer came back at all: a failure on the server’s side or the tool’s, not the key.',
  'paste.error.kind.server-error.intermittent':
    'It fails only at times: a key that works at times works, so this points to the server’s side or the way to it, not the key.',
  'paste.error.kind.rate-limited.elsewhere':
    '{who} answered 429 (too many requests, or a quota used up there): this says nothing of your DeepSeek key.',
  'paste.error.kind.insufficient-balance.elsewhere':
    '{who} answered 402 (no balance on that account): this says nothing of your DeepSeek key.',
  'paste.error.kind.bad-request.elsewhere':
    '{who} refused a setting of the request, not the key: the request never reached DeepSeek.',
  'paste.error.kind.bad-request.relayed':
    '{who} passed on a refusal of a setting of the request, in DeepSeek’s words: the key is not in question.',
  'paste.error.kind.model.elsewhere':
    '{who} does not serve the model name it was sent (its own ids differ from DeepSeek’s): the request never reached DeepSeek.',
  'paste.error.who.openai': 'OpenAI',
  'paste.error.wordsOnly':
    'Only words that it fails: no error message to read. If the app showed one (in a dialog, a log or a screenshot), paste its text here.',
  'paste.error.who.unknown': 'a server that does not use DeepSeek’s words',
  'paste.error.kind.model.unnamed':
    'A model name the server that answered does not serve: the model id is wrong there, not the key.',
  'paste.error.kind.model':
    'A model name DeepSeek does not serve: the key works, the model id is wrong.',
  'paste.error.kind.bad-request':
    'DeepSeek refused a setting of the request (400 or 422), not the key.',
  'paste.error.kind.http-error': 'An HTTP error that is not an authentication problem.',
  'paste.error.kind.network':
    'The request never got an HTTP answer: a network, DNS, TLS or proxy problem, not the key.',
  'paste.error.kind.unrecognised': 'Not recognised.',
  'paste.error.kind.key-accepted':
    'DeepSeek accepted the key (HTTP 200): the key in DEEPSEEK_API_KEY works where the command ran.',
  'paste.error.kind.key-accepted.completion':
    'DeepSeek answered the chat request (HTTP 200): it accepted the key the tool sent.',
  'paste.error.kind.key-check':
    'Not an error: what one of this page’s checks printed. It says the following.',

  'paste.error.variant.invalid-key':
    '“Your api key: ****… is invalid”: a key arrived and was rejected',
  'paste.error.variant.invalid-key.empty':
    '“Your api key:  is invalid”, with nothing between: the key that arrived was empty',
  'paste.error.variant.bad-format':
    '“auth header format should be Bearer sk-…”: an empty key, or one without sk-',
  'paste.error.variant.no-such-user': '“no such user”: the account is gone, or an outage',
  'paste.error.variant.governor': '“governor”: no Authorization header reached DeepSeek',
  'paste.error.variant.unknown': 'no message to read',

  'paste.error.network.dns': 'The host name could not be resolved (DNS).',
  'paste.error.network.refused': 'The connection was refused.',
  'paste.error.network.reset': 'The connection was closed or reset.',
  'paste.error.network.timeout': 'The request timed out.',
  'paste.error.network.tls': 'The TLS (SSL) certificate check failed: often a corporate proxy.',
  'paste.error.network.blocked': 'The browser blocked the request (CORS, an extension, offline).',
  'paste.error.network.proxy':
    'A proxy between you and DeepSeek refused the request (407): it wants its own credentials, not your DeepSeek key. Give them in the proxy URL (HTTPS_PROXY=http://user:password@host:port) or ask whoever runs the proxy.',
  'paste.error.network.other': 'A connection error.',

  'paste.error.sdk.python-openai': 'openai for Python',
  'paste.error.sdk.node-openai': 'openai for Node.js',
  'paste.error.sdk.ai-sdk': 'the Vercel AI SDK',
  'paste.error.sdk.langchain': 'LangChain (over the openai SDK)',
  'paste.error.sdk.litellm': 'LiteLLM',
  'paste.error.sdk.curl': 'curl',
  'paste.error.sdk.powershell': 'PowerShell',
  'paste.error.sdk.unknown': 'not known',

  'paste.error.sign.unofficial-deepseek-package':
    'A “deepseek” package: DeepSeek has no official SDK, its documentation uses the openai package.',
  'paste.error.sign.openai-incorrect-key':
    '“Incorrect API key provided” is OpenAI’s message: the key was sent to OpenAI.',
  'paste.error.sign.openai-host':
    'OpenAI’s servers answered (api.openai.com or platform.openai.com).',
  'paste.error.sign.deepseek-host': 'api.deepseek.com is named: the call is addressed to DeepSeek.',
  'paste.error.sign.deepseek-server-words':
    'DeepSeek’s own words for a failure on its side (“Service is too busy”, “Server overloaded”), or a relay passing on DeepSeek’s answer.',
  'paste.error.sign.no-key-python':
    'openai for Python found no key: api_key was not passed and OPENAI_API_KEY is not set.',
  'paste.error.sign.no-key-node':
    'openai for Node.js found no key: apiKey was not passed (or was undefined) and OPENAI_API_KEY is not set.',
  'paste.error.sign.missing-credentials': '“Missing credentials”: the client got no key.',
  'paste.error.sign.langchain-no-key': 'LangChain found no key for its OpenAI client.',
  'paste.error.sign.env-keyerror':
    'A KeyError from os.environ[…]: the variable is not set in the process that ran the code.',
  'paste.error.sign.worked-before': 'You say it worked before.',
  'paste.error.sign.key-in-dotenv': 'You say the key is in a .env file.',
  'paste.error.sign.models-listed':
    'DeepSeek’s list of models is here too: a key you sent from elsewhere (curl) works.',
  'paste.error.sign.compose-blank-key':
    'Docker Compose left the key’s variable blank: it was not set where docker compose ran.',
  'paste.error.sign.ci-secret-blank':
    'GitHub Actions shows the key’s variable blank in the step’s environment: no secret reached this run.',
  'paste.error.sign.anthropic-key-tail':
    'The end of the key DeepSeek received ends in AA, as Anthropic’s keys do: an Anthropic key was sent.',
  'paste.error.sign.env-file-passed':
    'The .env file is passed by what starts the program (--env-file or env_file:): the code need not load it.',
  'paste.error.sign.env-file-quotes-kept':
    'docker run --env-file with a quoted key: docker run keeps the quotes in the value.',
  'paste.error.sign.secret-key-missing':
    'Kubernetes found no such key in the Secret, so the container did not start.',
  'paste.error.sign.sudo-run':
    'The program was started with sudo, which gives it none of your shell’s variables (unless -E).',
  'paste.error.sign.env-read-shown':
    'The traceback shows the key read from an environment variable.',
  'paste.error.sign.env-named-unset':
    'The program names a variable it found unset: it is not set in the process that ran it.',
  'paste.error.sign.openai-env-fallback':
    'OPENAI_API_KEY is named: the SDK looked there because no key was passed to the client.',
  'paste.error.sign.invalid-header':
    'The HTTP library refused the Authorization header: the key has a line break, an invisible or a non-ASCII character.',
  'paste.error.sign.browser-console':
    'A browser’s console printed it: the code ran in a web page, which sees only the variables its bundler puts in it.',
  'paste.error.sign.terminal-test':
    'This page’s terminal test printed it: the request carried the key from DEEPSEEK_API_KEY in that terminal.',
  'paste.error.sign.empty-bearer':
    'The header was “Bearer ” with no key after it: the key was empty where the code ran.',
  'paste.error.sign.doubled-path':
    '“/chat/completions” twice in the URL: the base URL must be just https://api.deepseek.com.',
  'paste.error.sign.empty-body': 'the answer was empty or cut off where JSON was expected',
  'paste.error.sign.empty-answer': 'no answer came back at all',
  'paste.error.sign.completion-ok': 'the chat request itself was answered 200 OK',
  'paste.error.sign.json-schema': 'structured output (json_schema), which DeepSeek does not take',
  'paste.error.sign.unknown-provider': 'an unknown provider name',
  'paste.error.sign.intermittent': 'it fails only at times',
  'paste.error.sign.object-printed':
    '“[object Object]”: the tool printed an error object as text, so its message is lost. The tool’s log, or its developer console (Ctrl+Shift+I in most desktop apps built on Electron), shows it: paste that here.',
  'paste.error.sign.truncated':
    'The text was long: only its first 40 KB and its last 160 KB were read, where the error usually is.',

  'paste.check.not-set': 'NOT SET: DEEPSEEK_API_KEY is missing or empty where the check ran.',
  'paste.check.set':
    'DEEPSEEK_API_KEY is set where the check ran: {length} characters, ending in “{tail}”.',
  'paste.check.setLength': 'DEEPSEEK_API_KEY is set where the check ran: {length} characters.',
  'paste.check.setTail': 'DEEPSEEK_API_KEY is set where the check ran, ending in “{tail}”.',
  'paste.check.problem.quote':
    'It ends in a quote: quotes from a .env file or the shell became part of the key.',
  'paste.check.problem.whitespace':
    'It ends in a space or a line break, which is sent as part of the key.',
  'paste.check.problem.length': 'A DeepSeek key has 35 characters: some are missing or extra.',
  'paste.check.problem.not-hex':
    'A DeepSeek key ends in four lowercase hex characters: this value is something else.',
  'paste.check.fits': 'Its length and its end fit a DeepSeek key.',
  'paste.check.shape-ok': 'shape OK: DEEPSEEK_API_KEY has the shape of a DeepSeek key.',
  'paste.check.bad-shape':
    'BAD SHAPE: DEEPSEEK_API_KEY has {length} characters and is not a DeepSeek key (sk- and 32 hex characters).',
  'paste.check.clientUrl': 'The client sends its requests to {url}.',
  'paste.check.clientNoBaseUrl': 'The client has no base URL (None): its requests go to OpenAI.',
  'paste.check.clientTail': 'The client holds a key ending in “{tail}”.',
  'paste.check.clientNoKey': 'The client holds no key.',

  'paste.code.heading': 'Your code',
  'paste.code.language.python': 'Python',
  'paste.code.language.node': 'JavaScript or TypeScript',
  'paste.code.language.langchain': 'Python with LangChain',
  'paste.code.language.litellm': 'Python with LiteLLM',
  'paste.code.language.java': 'Java',
  'paste.code.language.go': 'Go',
  'paste.code.language.csharp': 'C#',
  'paste.code.language.php': 'PHP',
  'paste.code.language.rust': 'Rust',
  'paste.code.language.ruby': 'Ruby',
  'paste.code.readUntabbed':
    'This is {language}: the page reads where it gets the key and where it sends the request, and rewrites what one change mends (a key written in the code, an Authorization header without “Bearer ”, a client with no base URL). The steps below have no {language} example: the fixed code is yours, repaired.',
  'paste.code.readOnly':
    'This is {language}: the page reads where it gets the key and where it sends the request. It rewrites a key written in the code (into a read of DEEPSEEK_API_KEY), an Authorization header without “Bearer ”, and a client with no base URL where one change can; the {language} example in the steps below is the working version.',
  'paste.code.language.other':
    'Not Python or JavaScript: only the key and the Authorization header written in it were checked.',
  'paste.code.languageIs': 'Read as {language}.',
  'paste.code.noFindings': 'No problems found in this code.',
  'paste.code.unchanged': 'Nothing to repair: the code below is what you pasted.',
  'paste.code.atLine': 'Line {line}: {text}',
  'paste.code.severity.error': 'Problem',
  'paste.code.severity.warning': 'Warning',
  'paste.code.severity.info': 'Note',
  'paste.code.changedLines': 'Changed lines in the fixed code: {lines}.',
  'paste.code.truncated':
    'Your code is long: only its first {lines} lines were read and are shown below, but the copy button under the fixed code copies the whole file, the rest unchanged. If the client is built further down, paste that part on its own.',
  'paste.code.otherSdk':
    'Line {line}: this code calls another provider through {module}, not DeepSeek, so there is nothing here to repair. DeepSeek speaks the OpenAI API: use the openai package with DeepSeek’s base URL, https://api.deepseek.com, and a DeepSeek key. The fixed code below is the standard DeepSeek client, not your code repaired.',
  'paste.code.otherProviderKey':
    'A key from {provider} (by its shape) is written in the code ({shape}). It is not a DeepSeek key, so DeepSeek rejects it, and anyone who sees this file can use it: rotate it at {provider}. DeepSeek needs its own key, created on platform.deepseek.com and read from DEEPSEEK_API_KEY.',

  'paste.code.finding.no-api-key':
    'The client is built without api_key, so the SDK reads OPENAI_API_KEY instead of your DeepSeek key.',
  'paste.code.finding.no-base-url':
    'The client has no {option}, so the key goes to OpenAI (api.openai.com), which rejects it. Add {option} https://api.deepseek.com.',
  'paste.code.finding.foreign-base-url':
    'The base URL {url} is not DeepSeek’s API: the key goes there instead. Use https://api.deepseek.com.',
  'paste.code.finding.base-url-path':
    'The base URL {url} has a path DeepSeek does not serve as a base (one the SDK adds itself, or a typo): requests go to a URL that does not exist. Use https://api.deepseek.com.',
  'paste.code.finding.wrong-argument-name':
    'The client takes no argument “{name}”, so it does not get this value (openai for Python refuses it: “unexpected keyword argument”). The argument is {expected}.',
  'paste.code.finding.wrong-option-name':
    'openai for Node.js has no option “{name}” and silently ignores it: the option is {expected}.',
  'paste.code.browserKey':
    'A key is written in code that runs in a web page ({shape}): anyone who opens the page can read it there. Delete it on platform.deepseek.com and create a new one. Make the call from your server, where the key stays; the fixed copy keeps a slot for the key, fit only for a page that you alone open.',
  'paste.code.finding.hard-coded-key':
    'A key is written in the code ({shape}). Anyone who sees this file can use it: delete it on platform.deepseek.com, create a new one, and read it from the environment.',
  'paste.code.finding.env-line-key':
    'This .env or shell line sets {name} to a key ({shape}): that is where the key belongs, outside the code (keep the file out of version control). The fixed copy shows a slot for it instead.',
  'paste.code.envLineOtherProviderKey':
    'This .env or shell line sets {name} to a key from {provider} (by its shape, {shape}). It is not a DeepSeek key, so DeepSeek rejects it: put a key created on platform.deepseek.com there.',
  'paste.code.finding.tool-key-stored':
    '{tool} keeps the key here in its own store. If {tool} still says it has no key, it does not read that store for DeepSeek: set the variable it names as well, and update {tool}.',
  'paste.code.finding.powershell-not-env':
    'PowerShell reads an environment variable as $env:{name}; ${name} is a variable of this script, empty here, so the header goes out as “Bearer ” with no key. Use $env:{name}.',
  'paste.code.finding.dotenv-esm-order':
    'ES imports run before this line: a module imported above that builds its client when it loads reads process.env before dotenv.config() has filled it. Put import "dotenv/config" first instead.',
  'paste.code.finding.secret-str-sent':
    'str({name}) of a pydantic SecretStr is its mask, "**********", not the key: the client sends the stars. Use {name}.get_secret_value().',
  'paste.code.finding.aider-openai-option':
    '{name} is OpenAI’s key in aider: a deepseek/ model does not read it. Set DEEPSEEK_API_KEY instead (or api-key: deepseek=<your key>).',
  'paste.code.finding.empty-key':
    'The key is an empty string: DeepSeek answers 401. Read it from the environment.',
  'paste.code.finding.masked-key':
    'The key here is masked ({shape}), as people hide it before posting: the page reads the rest as if your key were there. Test the key itself above; the fixed copy shows where it goes.',
  'paste.code.finding.placeholder-key':
    '“{value}” is a placeholder, not a key: the fixed copy shows where your key goes.',
  'paste.code.finding.key-is-variable-name':
    'The key is the text “{name}”, the variable’s name in quotes, not its value. Read the variable instead.',
  'paste.code.finding.env-var-other-provider':
    'The code reads the key from {read}, another provider’s variable, for a client not pointed at DeepSeek: it holds that provider’s key, which DeepSeek does not accept. For DeepSeek, read {expected} and use DeepSeek’s base URL.',
  'paste.code.finding.named-env-key':
    'The tool reads the key from the variable named {name}, and sends the text “{name}” itself when no such variable is set in the environment it starts from.',
  'paste.code.finding.set-name-differs':
    'This sets {name}, but DeepSeek’s tools and SDK examples read {expected}: the program finds {expected} unset. Set {expected} instead.',
  'paste.code.finding.env-var-name':
    'The code reads the key from {read}, not {expected}: make sure {read} holds your DeepSeek key where the code runs, or read {expected}.',
  'paste.code.finding.getenv-none':
    'os.getenv("{name}") gives {value} when the variable is unset, and the SDK then quietly uses OPENAI_API_KEY. os.environ["{name}"] fails at once with a KeyError instead.',
  'paste.code.finding.environ-fails-loudly':
    'os.environ["{name}"] raises a KeyError when the variable is unset: good, a missing key fails loudly.',
  'paste.code.finding.dotenv-not-loaded':
    'dotenv is imported but never called, so the .env file is not read: call load_dotenv() (Python) or dotenv.config() (Node) before building the client.',
  'paste.code.finding.dotenv-too-late':
    'load_dotenv() runs after the client is built, so the client saw no key: call it first.',
  'paste.code.finding.dotenv-missing':
    'The code mentions a .env file, but Python does not read .env by itself: pip install python-dotenv and call load_dotenv() first.',
  'paste.code.finding.config-reference-sent':
    'LibreChat reads the key from {name}, and sends the text “{sent}” itself where {name} is not set in its environment (its .env).',
  'paste.code.finding.dotenv-no-override':
    'load_dotenv() keeps a {name} that is already set: if your shell exports an older one, that one wins over this .env (load_dotenv(override=True) turns this round).',
  'paste.code.finding.env-empty-key':
    '{name} is set to nothing here, and the code reads it: the key is empty. Put your key after the “=”.',
  'paste.code.finding.env-name-mismatch':
    'This line sets {defined}, but the code (or its library) reads {read}: {read} stays unset. Set {read} instead, or read {defined}.',
  'paste.code.finding.secret-key-newline':
    'This Secret’s value decodes to your key ({shape}) followed by a line break (base64 of echo’s output): the pod’s variable holds both, and DeepSeek refuses it. Encode it with printf %s "$DEEPSEEK_API_KEY" | base64, or give the key under stringData:, which takes it as text.',
  'paste.code.finding.shell-single-quoted':
    'In single quotes the shell expands nothing: the header sends the text {name} itself, not its value (DeepSeek then quotes the end of that text). Put the header in double quotes.',
  'paste.code.finding.setx-same-window':
    'setx saves {name} for windows opened from now on, not for this one: the program started below it in the same window does not see {name}. Open a new terminal (and restart the editor that runs your code), or set it for this window too.',
  'paste.code.finding.cmd-set-spaces':
    'In cmd, set keeps every space: this sets a variable named “{name} ” (with a space), to a value that starts with a space, and {name} itself stays unset. Write set {name}=… with no spaces around =.',
  'paste.code.finding.browser-env-hidden':
    'In the browser, {bundler} gives code only the variables whose names start with {prefix}: {name} is undefined there, whatever your shell or .env holds. Make the call from your server, where the key stays; a {prefix} name would work, but puts your key in the JavaScript every visitor downloads.',
  'paste.code.finding.node-env-not-loaded':
    'Node does not read .env by itself: run node --env-file=.env (Node 20.6+), or import "dotenv/config", unless the variable is set in the shell.',
  'paste.code.finding.unofficial-package':
    '“{module}” is not an official package: DeepSeek has no SDK of its own. Use the openai package with DeepSeek’s base URL.',
  'paste.code.finding.openai-model':
    '{model} is an OpenAI model; DeepSeek answers 400 for it. Use {suggested}.',
  'paste.code.finding.retired-model':
    '{model} is retired; DeepSeek answers 400 for it. Use {suggested}. It thinks before it answers by default, as deepseek-reasoner did; to keep deepseek-chat’s behaviour (temperature read, no reasoning_content to send back after a tool call), send {off} with each request.',
  'paste.code.finding.azure-client':
    'AzureOpenAI builds Azure’s URLs (deployments, api-version), which DeepSeek does not have: the fixed code uses the standard OpenAI client with DeepSeek’s base URL, without {args}.',
  'paste.code.finding.no-client':
    'No OpenAI client was found in this code: paste the part that builds the client.',
  'paste.code.finding.key-in-getenv-default':
    'A key is written in the code as the default of os.getenv("{name}") ({shape}): it is used whenever {name} is unset, and anyone who sees this file can use it. Delete it on platform.deepseek.com, create a new one, and read the variable alone: os.environ["{name}"].',
  'paste.code.finding.key-in-comment':
    'A key sits in a comment or docstring ({shape}). It does not cause the 401, but anyone who sees this file can use it: the fixed code shows it only as {shape}. If the file was shared or committed, delete the key where it was created and make a new one.',
  'paste.code.finding.auth-header-double-bearer':
    'The header gets “Bearer ” twice: this helper adds it, and the value given to it starts with it, so DeepSeek receives “Bearer Bearer sk-…” and answers 401. Give the helper the key alone.',
  'paste.code.finding.auth-header-no-bearer':
    'The Authorization header carries the bare key. DeepSeek expects “Bearer ” before it and answers 401 “Authentication Fails (auth header format should be Bearer sk-...)”: put “Bearer ” before the key in this header.',
  'paste.code.finding.getenv-none-library':
    'os.getenv("{name}") gives {value} when the variable is unset, and the library then looks for DEEPSEEK_API_KEY itself: with that unset too, it has no key. os.environ["{name}"] fails at once with a KeyError instead.',
  'paste.code.finding.getenv-none-http':
    'os.getenv("{name}") gives {value} when the variable is unset, and the request then goes out without your key, so DeepSeek answers 401. os.environ["{name}"] fails at once with a KeyError instead.',
  'paste.code.finding.openai-client-kept':
    'This client is meant for OpenAI (its comment, name or base URL says so), so it was left as it is: it reads OPENAI_API_KEY and talks to OpenAI. Only the DeepSeek client needs your DeepSeek key.',

  'paste.code.finding.other-client-kept':
    'This client is meant for another provider ({host}): its base URL and its key say so, so it was left as it is. Only the DeepSeek client needs your DeepSeek key.',
  // Config files.
  'paste.code.finding.config-key-placeholder':
    'Your key ({shape}) is written in this file, and this format can only hold the key itself. The fixed file shows {placeholder} instead: this page never hands out a key. Put your key there yourself (a new one if this file was ever shared or committed).',
  'paste.code.finding.config-wire-api':
    'wire_api = "chat": current Codex refuses it (“wire_api = "chat" is no longer supported”). DeepSeek has served the Responses API since 31 July 2026: use "responses", as DeepSeek’s Codex guide does.',
  'paste.code.finding.compose-env-missing':
    'The service “{service}” passes its container only the variables listed here, and {name} is not among them: the tool inside reads {name} and finds it unset, whatever your shell holds. Add {name} to its environment (or an env_file).',
  'paste.code.finding.config-base-url-spelling':
    'The tool reads DeepSeek’s address from {expected}, spelled exactly so: it ignores {name}, and sends your key to its default host.',
  'paste.code.finding.ci-fork-secrets':
    'This workflow runs for pull requests: for one from a fork, GitHub passes no secrets, and ${{ secrets.{name} }} is empty, as it is when no secret has exactly the name {name} (Settings → Secrets and variables → Actions).',
  'paste.code.finding.config-no-key':
    'This model has no {name}: the tool sends no key with its requests (DeepSeek then quotes “null”). Add {name}, read from your secret.',
  'paste.code.finding.config-var-not-expanded':
    '“{value}” is not expanded here: the tool sends these very characters as the key, and DeepSeek answers 401. Use {expected}.',
  'paste.code.finding.config-wrong-field':
    '{name} is not where this tool takes a DeepSeek key: use {expected} (DeepSeek’s Claude Code guide sets ANTHROPIC_AUTH_TOKEN; with both set, both headers go out).',
  'paste.code.finding.config-key-spelling':
    'The tool reads the key from {expected}, spelled exactly so: it ignores {name}, and sends no key.',
  'paste.code.finding.config-key-reference':
    '“{value}” stands for a variable. Some tools read the variable (LibreChat expands ${…}; some take a bare name); others send the text itself, and DeepSeek then answers 401 echoing its end (“****_KEY”, “****KEY}”). If your error shows such an end, put the key there or the reference this tool’s docs give; otherwise this line is fine.',
  'paste.code.finding.config-key-in-variable-field':
    '{name} names the environment variable that holds the key; it is not the key. With the key written there, the tool looks up a variable called “sk-…”, finds none, and sends no key. Write {expected} there, and set {expected} to your key.',
  'paste.code.finding.config-key-extra':
    'The key’s value holds more than the key (a stray quote, “Bearer ”, a space or an invisible character): the tool sends all of it, and DeepSeek answers 401. Put the key alone in its place.',
  'paste.code.finding.config-full-endpoint':
    'Claude Code Router posts to api_base_url exactly as written, so it must be the full endpoint: {expected}. {url} is not an address DeepSeek answers at. Run ccr restart after saving.',
  'paste.code.finding.config-anthropic-path':
    'The base URL {url} is DeepSeek’s OpenAI-format address. Claude Code speaks Anthropic’s format: use {expected}.',
  'paste.code.finding.other-provider-endpoint':
    '{url} belongs to {provider}, not DeepSeek: a DeepSeek key is rejected there. If you meant DeepSeek’s own API, use https://api.deepseek.com; if you meant {provider}, use a {provider} key. The page leaves this line as it is.',
  'paste.code.finding.env-spaces':
    '{name} has spaces around “=”. docker --env-file and some loaders then read a different name or a value with a space, so the key is not set: write KEY=value.',
  'paste.code.finding.env-export':
    '“export {name}=…” works in a shell, but docker --env-file reads “export {name}” as the name: the variable the tool reads stays unset. Remove export.',
  'paste.code.finding.env-crlf':
    'This file has Windows line ends (CRLF): on Linux and in Docker each value ends with an invisible carriage return, so the key sent is not your key. The fixed file uses LF.',
  'paste.code.finding.compose-quotes':
    'In a Compose list entry, - {name}="…" keeps the quotes as part of the value: the key sent starts and ends with a quote. Write - {name}=value, or use the map form.',
};
