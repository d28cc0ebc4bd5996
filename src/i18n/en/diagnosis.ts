/**
 * English strings: the diagnosis (one sentence per DiagnosisReasonCode, `diagnosis.reason.<code>`)
 * and the Markdown report. Keys start with "diagnosis.".
 */
export const diagnosis = {
  'diagnosis.keyWorks': 'DeepSeek accepted a key: the key itself is fine.',
  'diagnosis.openCause': 'Open this step',
  'diagnosis.openCauseNamed': 'Open this step: {cause}',
  'diagnosis.copy': 'Copy diagnosis',
  'diagnosis.copyHint': 'A Markdown report for a support ticket, without your key.',

  'diagnosis.standing.likely': 'likely',
  'diagnosis.standing.possible': 'possible',
  'diagnosis.standing.ruled-out': 'ruled out',
  'diagnosis.standing.unknown': 'cannot tell yet',

  'diagnosis.notAuth.insufficient-balance':
    'Not an authentication problem: the account has no balance left (402). Top up on platform.deepseek.com/top_up.',
  'diagnosis.notAuth.rate-limited':
    'Not an authentication problem: too many requests (429). Wait, then retry more slowly.',
  'diagnosis.notAuth.insufficient-balance.host':
    'Not one of the four causes: {host} answered 402, no balance. It is the balance of your account there, or, where a plan of theirs carries DeepSeek’s models, of their own DeepSeek account: then only they can fix it, so wait or tell them. A top-up on DeepSeek’s platform reaches neither.',
  'diagnosis.notAuth.rate-limited.host':
    'Not one of the four causes: {host} answered 429, its own limit (a free model’s share, a plan’s quota, or a provider behind it that is busy). The request never reached DeepSeek and no key is wrong. Wait and retry, or choose another model or plan there.',
  'diagnosis.notAuth.server.host':
    'Not one of the four causes: {host} answered with a server error (a 5xx), not DeepSeek, and no key is wrong. Where it says it is busy or down, retry later or choose another model or provider there; where it fails every time, check the model or deployment name set for it there.',
  'diagnosis.notAuth.server.relay':
    'Not an authentication problem: {host}, a relay or proxy on your own machine or network, answered with a gateway error (502 or 504): it got no valid answer, or none in time, from the server behind it. The fault lies between the two: its network, a system proxy in the way, or that server down. Its log shows which; fix that, then retry.',
  'diagnosis.notAuth.server':
    'Not an authentication problem: the server failed on its side (a 5xx, an empty answer, or none at all). Retry later; if the call goes to DeepSeek, check status.deepseek.com.',
  'diagnosis.notAuth.model':
    'Not an authentication problem: the model name is wrong. Use a model id DeepSeek serves.',
  'diagnosis.notAuth.bad-request':
    'Not an authentication problem: DeepSeek refused a setting of the request, not the key. Change the setting its message names, such as a max_tokens above what the model allows.',
  'diagnosis.notAuth.bad-request.message':
    'Not an authentication problem: DeepSeek refused a setting of the request, not the key: “{message}”. Change that setting in your tool or code.',
  'diagnosis.notAuth.bad-request.relayed':
    'Not an authentication problem: {host} answered, passing on a refusal in DeepSeek’s words of a setting of the request, not of the key: “{message}”. Change that setting in your tool or code; if it is already right, ask the relay whether it takes it.',
  'diagnosis.notAuth.not-found':
    'Not one of the four causes: the address the request went to has no API endpoint (404), so no key was judged there. Fix the URL: SDKs and most tools take https://api.deepseek.com and add /chat/completions; code that builds the request, and Claude Code Router, post to https://api.deepseek.com/chat/completions.',
  'diagnosis.notAuth.network':
    'Not an authentication problem: the request never reached DeepSeek (network, DNS, TLS or proxy).',
  'diagnosis.notAuth.timeout':
    'Not an authentication problem: no answer came in time. DeepSeek may be slow or overloaded (see status.deepseek.com), or the network to it is slow; a refused key is answered at once with a 401, never with a timeout.',
  'diagnosis.notAuth.other-http':
    'Not an authentication problem: DeepSeek answered with another HTTP error.',
  'diagnosis.notAuth.embeddings':
    'Not one of the four causes: the failing call asks for embeddings, and DeepSeek’s API has none. Use another provider for embeddings (with that provider’s own key), and DeepSeek for chat.',
  'diagnosis.notAuth.responses-api':
    'Not one of the four causes: DeepSeek answered 404 to a call to /responses, OpenAI’s Responses API, which DeepSeek has served only since 31 July 2026 (deepseek-v4-pro since early August); before then, every such call got this 404. The call works today with base URL https://api.deepseek.com and a current model ({models}): check both in the tool’s settings, and update the tool.',
  'diagnosis.notAuth.images':
    'Not one of the four causes: the call sends an image to a model that reads text only (DeepSeek answers such a call with 400 “unknown variant `image_url`, expected `text`”). Of DeepSeek’s models, {imagesModel} has read images since 10 September 2026: call it for images, or send text only.',
  'diagnosis.notAuth.other-host':
    'Not one of the four causes: {host} answered, not DeepSeek, so your DeepSeek key was never checked.{note} Fix the key or setting there, or, if you meant DeepSeek, point the tool’s provider and base URL at DeepSeek.',
  'diagnosis.notAuth.other-key':
    'Not one of the four causes: you say the key comes from {host}, and DeepSeek never issued it, so no DeepSeek key was checked. Use it with the base URL of {host}, or use a DeepSeek key with DeepSeek’s base URL.',
  'diagnosis.notAuth.unknown-provider':
    'Not one of the four causes: the tool does not know the provider name it was given, so nothing was sent to DeepSeek. Use the name its docs give for DeepSeek (LiteLLM: a model id with the deepseek/ prefix, such as deepseek/deepseek-flash; goose: custom_deepseek).',
  'diagnosis.notAuth.local-error':
    'Not one of the four causes: the code stopped on your machine before it sent anything, so DeepSeek never saw a key. {fix} Then run it again, and paste the next error if there is one.',
  'diagnosis.notAuth.anthropic-models':
    'Not one of the four causes: DeepSeek’s Anthropic-compatible endpoint (https://api.deepseek.com/anthropic) has no model list, so a tool that fetches one there finds none, whatever the key. Type the model name yourself ({models}), or choose the tool’s OpenAI format with https://api.deepseek.com, which lists them.',
  'diagnosis.notAuth.local-model':
    'Not one of the four causes: you run the model on your own machine (Ollama, LM Studio, vLLM), which needs no DeepSeek key, but the tool sent the request to DeepSeek’s cloud API. Choose the tool’s Ollama (or local) provider, or an OpenAI-compatible one with the local base URL (Ollama: http://localhost:11434/v1), and your local model’s name, such as deepseek-r1:7b: a name such as deepseek-chat or deepseek-flash picks DeepSeek’s cloud.',
  'diagnosis.notAuth.answered':
    'Not an authentication problem: DeepSeek answered the call (200 OK), so it accepted the key. What failed came after, in the tool’s handling of the answer: look at the tool’s log and its issues.',
  'diagnosis.notAuth.plain-exception':
    'The error is a program’s own exception, with no failed request or refused key in it, and in reports like this it was seldom the key. The key test below reads your key and your balance; if both are fine, the key is not the problem: the line the exception names, or the tool’s maintainers, are the next step.',
  'diagnosis.notAuth.words-only':
    'Nothing you pasted names the failure, and in reports like this it was seldom the key. The key test below reads your key and your balance; if both are fine, the key is not the problem: look at the tool’s own log and at status.deepseek.com.',
  'diagnosis.notAuth.private-base-url':
    'Not one of the four causes: Cursor sends each chat from its own servers, and they cannot reach localhost or a private address, so the request never arrives (its key check can still pass). Give Cursor a public HTTPS address for your proxy (a tunnel such as Cloudflare Tunnel or ngrok), or DeepSeek’s own https://api.deepseek.com/v1.',
  'diagnosis.host.anthropic': 'Anthropic',
  'diagnosis.host.openai-tracing': 'OpenAI (the Agents SDK’s tracing)',
  'diagnosis.host.hosted-model': 'another host of DeepSeek’s models (such as SiliconFlow)',
  'diagnosis.host.azure': 'Azure (AI Foundry or Azure OpenAI, with its own keys or Entra ID token)',
  'diagnosis.host.gemini': 'Google’s Gemini API',
  'diagnosis.host.dashscope': 'Alibaba Cloud DashScope (Bailian)',
  'diagnosis.host.volcengine-ark': 'Volcengine Ark (or a gateway using its wording)',
  'diagnosis.host.openrouter': 'OpenRouter',
  'diagnosis.host.zhipu': 'Zhipu AI (BigModel, Z.ai)',
  'diagnosis.host.minimax': 'MiniMax',
  'diagnosis.host.moonshot': 'Moonshot (Kimi)',
  'diagnosis.host.github': 'GitHub',
  'diagnosis.host.bedrock': 'AWS Bedrock (with AWS credentials of its own)',
  'diagnosis.host.cline': 'Cline’s own service',
  'diagnosis.host.opencode-go': 'OpenCode’s relay (OpenCode Zen or Go, with keys of its own)',
  'diagnosis.host.codex-chatgpt': 'OpenAI’s backend for Codex signed in with ChatGPT',
  'diagnosis.host.iflow': 'iFlow’s gateway',
  'diagnosis.host.proxy-gate': 'a proxy or gateway between your tool and the provider',
  'diagnosis.host.api-relay': 'an API relay (one-api or new-api)',
  'diagnosis.host.deepseek-web':
    'an unofficial relay of DeepSeek’s web chat (such as deepseek-free-api)',
  'diagnosis.hostNote.proxy-gate': ' It asks for an access key of its own.',
  'diagnosis.hostNote.api-relay':
    ' A relay checks a token it issued itself, not your DeepSeek key.',
  'diagnosis.host.litellm-proxy': 'the LiteLLM proxy',
  'diagnosis.hostNote.litellm-proxy':
    ' The proxy checks a key it issued itself (its master key or a virtual key), not your DeepSeek key: send the proxy’s key, and keep your DeepSeek key in the proxy’s config (api_key: os.environ/DEEPSEEK_API_KEY).',
  'diagnosis.hostNote.deepseek-web':
    ' It takes chat.deepseek.com’s login token (userToken), not an API key; DeepSeek’s API takes a key from platform.deepseek.com at https://api.deepseek.com.',
  'diagnosis.host.mimo': 'Xiaomi MiMo',
  'diagnosis.host.ollama': 'Ollama',
  'diagnosis.host.self-hosted': 'a self-hosted model server (vLLM, SGLang or the like)',
  'diagnosis.host.firecrawl': 'Firecrawl (a crawl tool with a key of its own)',
  'diagnosis.host.freebuff': 'Freebuff (Codebuff’s free service, with its own hours and limits)',
  'diagnosis.host.openai-words':
    'a server speaking OpenAI’s error format (OpenAI itself, or a host that copies it, such as DashScope)',
  'diagnosis.host.named-endpoint': 'the endpoint your error names',
  'diagnosis.host.other-words': 'another server',
  'diagnosis.hostNote.freebuff':
    ' Its free sessions run in set hours and regions: outside them, wait or choose another model there.',
  'diagnosis.hostNote.other-words':
    ' Its 401 is not in DeepSeek’s words: a gateway, a proxy or another provider answered.',

  // The live key test.
  'diagnosis.reason.test-key-works': 'The live test passed: DeepSeek accepts the key you pasted.',
  'diagnosis.reason.test-key-works-code':
    'Your key works, so if your code still gets a 401, the code does not send this key to DeepSeek.',
  'diagnosis.reason.test-cleaned-key-works':
    'DeepSeek accepts the key once the quotes or spaces are cleaned off: where {variable} is set (.env, shell profile, CI secret), the value probably still has them.',
  'diagnosis.reason.test-key-works-env':
    'Your key works; check that {variable} is set in the process that runs the code, not only in this page.',
  'diagnosis.reason.test-rejected-well-formed':
    'DeepSeek rejected the key you pasted although it has the right shape: it was deleted, rotated or its account closed.',
  'diagnosis.reason.test-rejected-malformed':
    'DeepSeek rejected the key you pasted, and it is not shaped like a DeepSeek key: a typo or an incomplete copy.',
  'diagnosis.reason.test-other-provider':
    'The key you pasted looks like a key from {provider}, and DeepSeek rejected it.',
  'diagnosis.reason.test-bad-format':
    'DeepSeek says the Authorization header was not “Bearer sk-…”: the key was empty or does not start with sk-.',
  'diagnosis.reason.test-no-such-user':
    'DeepSeek knows no account for the key you pasted (“no such user”).',
  'diagnosis.reason.test-governor':
    'DeepSeek answered “governor” to this page’s test: no Authorization header reached it, so something on the way removed the header.',
  'diagnosis.reason.test-not-auth':
    'The live test got {status}, which comes after authentication: DeepSeek accepted the key.',
  'diagnosis.reason.test-wrong-base-url':
    'The live test got 404: the base URL set in this page is not where DeepSeek’s API is.',
  'diagnosis.reason.test-not-sendable':
    'The key you pasted contains characters that cannot be sent in a header (invisible or non-ASCII).',
  'diagnosis.reason.test-unreachable':
    'The live test did not get an answer about the key; the pasted error and code still count.',

  // What DeepSeek's echoed tail says.
  'diagnosis.reason.tail-variable-name':
    'DeepSeek received a value ending in “{tail}”, the end of a variable’s name: the code or the tool sends the name, not its value.',
  'diagnosis.reason.tail-template':
    'DeepSeek received a value ending in “{tail}”, an unfilled ${…} or {{…}} template: the key was never substituted.',
  'diagnosis.reason.tail-quote':
    'DeepSeek received a value ending in a quote (“{tail}”): quotes from a .env file or the shell became part of the key.',
  'diagnosis.reason.tail-no-value':
    'DeepSeek received “{tail}” where the key should be: the code or the tool had no value at all.',
  'diagnosis.reason.tail-not-provided':
    'DeepSeek received “not-provided”, which Cline, Roo Code and Kilo Code send when their DeepSeek API key field is empty: enter your key under API Provider: DeepSeek → DeepSeek API Key, in the tool on this machine.',
  'diagnosis.reason.tail-placeholder':
    'DeepSeek received a placeholder ending in “{tail}”, not a real key: a template’s value (a .env example, a config default) was left where the key belongs, or typed in as one.',
  'diagnosis.reason.tail-different-key':
    'DeepSeek received a key ending in “{tail}”, but yours ends in “{lastFour}”: the code or the tool sends another key.',
  'diagnosis.reason.tail-empty':
    'DeepSeek received an empty key: the code or the tool had no value to send.',
  'diagnosis.reason.tail-short':
    'DeepSeek received a value ending in “{tail}”, shorter than four characters: not a key.',
  'diagnosis.reason.tail-not-a-key':
    'DeepSeek received a value ending in “{tail}”, which no DeepSeek key ends with: another provider’s key, a relay’s token or other text.',

  // The pasted error.
  'diagnosis.reason.error-key-received':
    'DeepSeek received a key (ending in “{tail}”), so one is set where the call is made.',
  'diagnosis.reason.error-key-received-untold':
    'DeepSeek received a key and found no account for it, so one is set where the call is made.',
  'diagnosis.reason.error-tail-matches':
    'DeepSeek echoed “{tail}”, the end of the key you pasted: the code passes this very key.',
  'diagnosis.reason.error-rejected-well-formed':
    'DeepSeek rejected the key your code sent, and your key has the right shape: it was deleted, rotated or its account closed.',
  'diagnosis.reason.error-rejected-malformed':
    'DeepSeek rejected the key your code sent, and the key you pasted is not shaped like a DeepSeek key.',
  'diagnosis.reason.error-other-provider':
    'The key you pasted looks like a key from {provider}, not a DeepSeek key.',
  'diagnosis.reason.error-rejected-unverified':
    'DeepSeek rejected a key ending in “{tail}”. Compare it with the end of your key, or test your key here, to tell which cause it is.',
  'diagnosis.reason.error-bad-format':
    'DeepSeek says the Authorization header was not “Bearer sk-…”: the code or the tool sent an empty key or one without sk-.',
  'diagnosis.reason.error-bad-format-not-revoked':
    'A revoked key still starts with sk-, so a header-format error does not come from a revoked key.',
  'diagnosis.reason.error-no-such-user':
    'DeepSeek knows no account for the key it received (“no such user”): most often a key that was never DeepSeek’s (another provider’s, or a placeholder), else a closed account, or an outage on DeepSeek’s side.',
  'diagnosis.reason.error-no-such-user-status':
    'DeepSeek has also answered “no such user” to working keys during incidents: if your key worked until now, check status.deepseek.com before you make a new one.',
  'diagnosis.reason.error-governor':
    'DeepSeek answered “governor”: no Authorization header reached it. The code or the tool did not put the key in the request (a known trap: LiteLLM’s deepseek/ provider with litellm.api_key).',
  'diagnosis.reason.error-endpoint-embeddings':
    'The failing call is for embeddings; DeepSeek has no embeddings endpoint, so no DeepSeek key can make it work.',
  'diagnosis.reason.error-endpoint-responses':
    'The failing call to /responses, OpenAI’s Responses API, got a 404: DeepSeek has served it only since 31 July 2026.',
  'diagnosis.reason.error-endpoint-images':
    'The failing call sends an image (a vision call) to a model that reads text only: no key can make it work.',
  'diagnosis.reason.error-endpoint-anthropic-models':
    'The tool asks DeepSeek’s Anthropic-compatible endpoint for its models; that endpoint has no model list.',
  'diagnosis.reason.error-default-host':
    '{host} answered: the client has no DeepSeek base URL, so it sent the key to its default host.',
  'diagnosis.reason.error-named-endpoint':
    'Your error says the request went to {host}, which is not DeepSeek’s address (api.deepseek.com): {host} answered, and your DeepSeek key was never checked there.',
  'diagnosis.reason.error-other-host':
    'The wording comes from {host}, not from DeepSeek: the request went there and never reached DeepSeek.',
  'diagnosis.reason.code-other-host-chosen':
    'Line {line}: the request goes to {host}, not to DeepSeek: {host} answered, and your DeepSeek key was never checked there.',
  'diagnosis.reason.words-other-key':
    'You say the key comes from {host}: DeepSeek knows only keys made at platform.deepseek.com, so it refuses that one. Use a DeepSeek key here, or the base URL of {host} with its key.',
  'diagnosis.reason.error-other-key':
    'You say the key comes from {host}: it works only at that provider’s address, and DeepSeek knows no such key.',
  'diagnosis.reason.error-other-host-meant':
    'If you meant to call DeepSeek, the provider or base URL in the tool points at {host} instead.',
  'diagnosis.reason.error-openai-tracing':
    'The OpenAI Agents SDK sends its traces to OpenAI with the key it has, here your DeepSeek key; the DeepSeek call itself is not affected. Turn tracing off with set_tracing_disabled(True) or OPENAI_AGENTS_DISABLE_TRACING=1, or give tracing an OpenAI key with set_tracing_export_api_key().',
  'diagnosis.reason.error-unknown-401':
    'A 401 without DeepSeek’s message: any of the four causes fits until there is more evidence.',
  'diagnosis.reason.error-openai':
    'OpenAI answered “Incorrect API key provided”: the client has no DeepSeek base URL, so the key went to OpenAI.',
  'diagnosis.reason.error-openai-key-sent':
    'A key ending in “{tail}” was sent (to OpenAI): the client had a key, so this 401 is not about a missing one.',
  'diagnosis.reason.error-openai-cannot-judge':
    'OpenAI cannot judge a DeepSeek key: whether yours is right shows only once it goes to DeepSeek.',
  'diagnosis.reason.error-openai-unreached':
    'The request was sent to OpenAI’s address (api.openai.com), not DeepSeek’s, and did not get through: the client probably has no DeepSeek base URL. Set it to https://api.deepseek.com.',
  'diagnosis.reason.error-openai-host':
    'OpenAI’s servers answered: the client has no DeepSeek base URL.',
  'diagnosis.reason.error-no-key':
    'The SDK found no key: if the code reads {variable}, it is unset or empty where the code runs (the SDK then looks for OPENAI_API_KEY).',
  'diagnosis.reason.error-no-key-client':
    'If the client is built without api_key, the SDK looked for OPENAI_API_KEY, not for your DeepSeek key.',
  'diagnosis.reason.error-no-key-words':
    'The program says it has no key: the key is unset or empty where it reads it (its settings, its .env or your environment).',
  'diagnosis.reason.error-no-key-words-elsewhere':
    'Or the key is set, but not where this program reads it: another variable, file or settings field.',
  'diagnosis.reason.error-nothing-sent':
    'No key was sent, so DeepSeek never checked one: its value cannot be the problem yet.',
  'diagnosis.reason.error-keyerror':
    'Python raised KeyError for {variable}: that variable is not set in the process that ran the code.',
  'diagnosis.reason.error-read-unset':
    'The traceback shows the client given the key from {variable}, and the SDK found none: {variable} is missing or empty in the process that ran it.',
  'diagnosis.reason.error-named-unset':
    'The program says {variable} is not set: it is missing or empty in the process that ran it.',
  'diagnosis.reason.error-keyerror-name':
    'The code reads {variable}; the usual name is {expected}. Check that it is the name you set.',
  'diagnosis.reason.error-invalid-header':
    'The key could not be put in a header: it contains a line break, an invisible or a non-ASCII character.',
  'diagnosis.reason.error-empty-bearer':
    'The Authorization header was “Bearer ” with nothing after it: the key was empty where the code ran, and the HTTP library refused the header before sending (openai-python then says “Connection error.”).',
  'diagnosis.reason.error-empty-bearer-name':
    'Or the key is set under another name than the one the code reads, so the code read an empty value.',
  'diagnosis.reason.error-header-has-value':
    'The key had a value — just not a clean one — so it is set.',
  'diagnosis.reason.error-not-auth':
    'This error comes after authentication: DeepSeek accepted the key.',
  'diagnosis.reason.error-not-auth-elsewhere':
    'This error comes after authentication: the server that answered accepted the key.',
  'diagnosis.reason.error-relay-server':
    'The relay at {host} answered {status}, a gateway’s error: it got no valid answer from the server it forwards to, so the failure is on that way, not at the key.',
  'diagnosis.reason.error-server':
    'The server failed on its side ({status}): this says nothing about the key.',
  'diagnosis.reason.error-server-words':
    'The server reported a failure on its side: this says nothing about the key.',
  'diagnosis.reason.error-intermittent':
    'It fails only at times. DeepSeek checks the key the same way on every request, so a key that works at times works: in public reports worded so, it was DeepSeek busy or down. Check status.deepseek.com, and retry.',
  'diagnosis.reason.error-empty-body':
    'The answer was empty or cut off where JSON was expected: real reports trace this to requests that timed out while DeepSeek was under load, not to the key; retry, with a longer timeout. If it fails every time, check the base URL too: it should be https://api.deepseek.com.',
  'diagnosis.reason.error-print-body':
    'Your client printed the 401 without DeepSeek’s message, which names the cause. Print the response body ({how}), or test the key on this page.',
  'diagnosis.reason.error-deepseek-no-detail':
    'DeepSeek refused the request (“Authentication Fails”), but the message shows no more: no key ending, no reason. Any of the four causes fits; testing the key on this page tells them apart.',
  'diagnosis.reason.error-print-body-tool':
    'The 401 came without DeepSeek’s message, which names the cause: the tool’s log, output panel or developer console usually shows the response body. Paste that, or test the key on this page.',
  'diagnosis.reason.error-shadowed-key':
    'In this tool’s own threads, this error came from where the key is kept: a key in an environment variable or a .env file overrides the one saved in its settings. Look for an older DEEPSEEK_API_KEY there.',
  'diagnosis.reason.error-stale-key':
    'You describe the tool sending an old key after you entered a new one: it still holds the old key somewhere (its saved settings, an environment variable, a .env file, a cache). Find and replace it there, then restart the tool.',
  'diagnosis.reason.error-lost-key':
    'You describe the tool losing the key it had saved (after an update or a restart): enter it again in the tool’s settings; if it keeps losing it, set DEEPSEEK_API_KEY where the tool reads it at start, or report it to the tool.',
  'diagnosis.reason.error-env-key-gone':
    'You describe the key’s line gone from the .env file: then the program finds no key where it reads it. Put the line back (a branch switch or a rewritten file can drop it), and keep the .env out of version control so that it stays.',
  'diagnosis.reason.error-works-elsewhere':
    'You say the key passes elsewhere (a check in the tool, curl, another app): then DeepSeek accepts it, and the request that fails differs from the one that works. Compare them: the key it carries (an old or another one), its Authorization header, its base URL, its model (another provider’s model name, such as deepseek-ai/DeepSeek-V2.5).',
  'diagnosis.reason.error-other-variable-sent':
    'You describe another variable’s key (such as OPENAI_API_KEY) going out to DeepSeek: the tool reads that one where it should read DeepSeek’s. Set the DeepSeek key where the tool reads it for this provider (its config’s api_key field), or unset the other variable for this run.',
  'diagnosis.reason.error-ignored-variable':
    'You describe the code path that never reads the key’s variable: that client is built without the key. Pass the key to it explicitly (api_key=…), or use the path that reads the variable.',
  'diagnosis.reason.error-revoked-key':
    'You describe the key as revoked or banned: DeepSeek refuses it for good. Create a new key on your API keys page on platform.deepseek.com and put it where the tool reads it.',
  'diagnosis.reason.error-some-requests-pass':
    'You describe some requests passing and others refused. Most often the tool sends more than one key (a rotation, a pool, a second provider entry) and one of them is refused; during a DeepSeek incident refusals can also come and go (status.deepseek.com). Test each key on its own with the key test above, and remove the one that fails.',
  'diagnosis.reason.error-sent-as-key':
    'You describe another value going out as the key (a password, a code, a name): the tool puts the wrong field in the Authorization header. Put the DeepSeek key in the field the tool sends to DeepSeek, or set it where the tool reads it for this provider.',
  'diagnosis.reason.error-gui-env':
    'You say it works from a terminal and fails from an IDE or a desktop app: a program started by the IDE’s Run button, the Dock, Finder or the Start menu does not get what your shell profile exports. Set the key in the run configuration (or the app’s own settings), or start the IDE from that terminal.',
  'diagnosis.reason.error-compose-blank-key':
    'Docker Compose says the key’s variable is not set where you ran docker compose, and used a blank string: the container gets an empty key, even if an env_file holds it, since environment: wins over env_file:. Set it in that shell (or the .env beside compose.yaml), or remove the environment: line and keep env_file.',
  'diagnosis.reason.error-ci-secret-blank':
    'GitHub Actions printed the step’s environment with the key’s variable blank (a secret that is set shows as ***): the secret is not there for this run. Add it under Settings → Secrets and variables → Actions with the name the workflow uses; a pull request from a fork gets no secrets, so skip the step there or run it only on your own branches.',
  'diagnosis.reason.error-env-file-quotes-kept':
    'docker run --env-file keeps the quotes around a value (source and Compose drop them): the key arrives as "sk-…" with its quotes. Write the .env line without quotes, or start it with Compose’s env_file.',
  'diagnosis.reason.error-secret-key-missing':
    "Kubernetes did not start the container: the Secret holds no key by the name secretKeyRef asks for. List its keys with kubectl get secret <name> -o jsonpath='{.data}' and use one of them in secretKeyRef (or create the Secret with that key).",
  'diagnosis.reason.error-pm2-env':
    'PM2 runs the process with the environment it was first started with: after you change the key in your shell, pm2 restart keeps the old one. Restart it with pm2 restart <name> --update-env (or pm2 delete, then start it again).',
  'diagnosis.reason.error-no-auth-header':
    'You describe the request going out without its Authorization header: the client holds the key and never puts it on the request (DeepSeek then answers “governor”, or another 401). Pass the key where that client sends it, or update the library if it dropped the header.',
  'diagnosis.reason.error-placeholder-not-read':
    'You describe a ${NAME} reference that the tool does not read: it sends the text as written, not the variable’s value. Put the key itself in that field, or use the way the tool reads environment variables (its docs name it).',
  'diagnosis.reason.error-double-header':
    'The Authorization header carries two values (“Bearer ,Bearer sk-…”): the tool adds its own from an empty key field, and a custom header adds yours. Put the key in the tool’s key field and remove the custom Authorization header.',
  'diagnosis.reason.error-flag-holds-key':
    'The key is in a variable the tool reads as a switch (true or false), such as aider’s AIDER_DEEPSEEK, which only picks DeepSeek’s model: the tool has no key. Put the key in DEEPSEEK_API_KEY and set the switch to true, or leave it out.',
  'diagnosis.reason.error-auth-conflict':
    'Claude Code holds two credentials: your token for DeepSeek (ANTHROPIC_AUTH_TOKEN) and a key from /login or ANTHROPIC_API_KEY, and it may send the other one. Run /logout in Claude Code, or remove ANTHROPIC_API_KEY, so that only the token is left.',
  'diagnosis.reason.error-login-asked':
    'The tool asks you to log in although you gave it a key: it is not using that key. In Claude Code, open /config and turn “Use custom API key” on (or run /logout), so that the key you set is the one sent.',
  'diagnosis.reason.error-llm-check-failed':
    'browser-use’s first call to the model failed, before the agent ran: a key missing where it reads it (DEEPSEEK_API_KEY, in .env beside the script, not .env.example), a key refused, or no connection. Check that the key is set, then test it here.',
  'diagnosis.reason.error-option-ignored':
    'You describe the base URL option being ignored: the client keeps its default address, so the key goes elsewhere. Use the option’s name that this library reads (its docs name it, such as api_base), or update the library.',
  'diagnosis.reason.error-quotes-sent':
    'You describe the key’s quotes being sent with it: the value DeepSeek gets is not the key. Remove the quotes around the key in the .env file, or use a loader that strips them.',
  'diagnosis.reason.error-reached-openai':
    'You describe the request reaching OpenAI: the tool ignored its DeepSeek settings and kept its default host, so your key went to OpenAI. Give the tool DeepSeek’s base URL where it reads one (often OPENAI_BASE_URL beside OPENAI_API_KEY, or the provider’s own variables), then restart it.',
  'diagnosis.reason.said-key-refused':
    'You describe the key being refused, but not DeepSeek’s message, which names the cause: paste the error as the tool prints it (its log or its developer console), or test the key on this page.',
  'diagnosis.reason.error-local-model':
    'The text speaks of a local model (Ollama, LM Studio, vLLM), yet the answer is a key error: a local model asks for no key, so the request went to a cloud API.',
  'diagnosis.reason.error-not-deepseek-wording':
    'The 401 says “{message}”, which is not DeepSeek’s wording (every DeepSeek 401 begins “Authentication Fails”): a proxy, a gateway or another provider may have answered. Check the base URL your tool sends to.',
  'diagnosis.reason.error-network':
    'The request never reached DeepSeek, so the key was not checked.',
  'diagnosis.reason.error-network-timeout':
    'The request timed out before any answer came, so the page cannot see whether the key was checked: a wrong key would have been answered at once.',
  'diagnosis.reason.error-empty-answer':
    'No answer came back at all. A refused key is answered at once with a 401, so this is not one of the four: in public reports it was DeepSeek down or overloaded (see status.deepseek.com), now and then the tool’s own bug. Retry later, or update the tool.',
  'diagnosis.reason.error-thinking-tool-choice':
    'This is DeepSeek’s thinking mode, on by default for its V4 models: it does not take a tool_choice that forces a tool (“required”, or a function named). The tool sends one: update it, look for the fix in its issues, or turn thinking off for this model.',
  'diagnosis.reason.error-broken-character':
    'DeepSeek could not read the request as JSON: the conversation holds half a character (a lone surrogate, most often an emoji or other character cut in two when the tool shortened a text). Start a new conversation, or delete the message that holds it; the tool’s fix is to cut text only at whole characters.',
  'diagnosis.reason.error-thinking-mode':
    'This is DeepSeek’s thinking mode: after a tool call, the reasoning_content of the assistant’s turn must go back with the next request, and at no other time (the Thinking Mode guide on api-docs.deepseek.com). The tool handles it wrongly: update it, look for the fix in its issues, or turn thinking off for this model.',
  'diagnosis.reason.error-content-risk':
    'This is DeepSeek’s content filter: it refuses inputs it judges harmful, and now and then a normal one (a DeepSeek staff reply, deepseek-ai/awesome-deepseek-integration#13). Reword or shorten the input, or leave out the part that trips it.',
  'diagnosis.reason.error-content-parts':
    'The model called takes a message’s content as a string; the tool or the code sent it as a list of parts, the way images and attachments are sent (a vision or attachment option). Turn that option off for this model, or send text only.',
  'diagnosis.reason.error-answered':
    'The log shows the chat request answered 200 OK by DeepSeek: the key was accepted there, and nothing in it was refused.',
  'diagnosis.reason.error-no-tools':
    'The model refused tools (function calling): the app or the code sent tool definitions, plugins or MCP servers to a model that takes none. Turn the tools off for this model, or pick a model that takes them.',
  'diagnosis.reason.error-json-schema':
    'DeepSeek does not take structured outputs (response_format of type json_schema): its JSON Output takes {"type": "json_object"}, with the word “json” in the prompt (the JSON Output guide on api-docs.deepseek.com). Set the framework’s structured output to JSON mode or to tool calling for DeepSeek.',
  'diagnosis.reason.error-doubled-path':
    'The URL holds its path twice (/chat/completions/chat/completions or /v1/v1): the base URL was given with the path the client adds itself.',
  'diagnosis.reason.error-not-found':
    'A 404: nothing answers at that URL. Compare it, path included, with DeepSeek’s: threads show a base URL with a path the client adds again, a path missing or misspelt, and a tool’s own bug.',
  'diagnosis.reason.error-bad-request': 'DeepSeek’s message: “{message}”.',
  'diagnosis.reason.error-words-only':
    'Nothing in the text names the failure. In 74 public reports worded like this (words about DeepSeek in an app, with the error only in a screenshot or not given), 5 were about the key; the rest were the tool’s own bug or setting (57), an empty balance (6), DeepSeek down or failing (2), another host (2) and an embeddings call (2). The key test reads the key and the balance; the error’s own text, from the tool’s log or its dialog, names the rest.',
  'diagnosis.reason.error-plain-exception':
    'A language’s own exception (such as an AttributeError or a KeyError for the tool’s own data), not an SDK’s or an HTTP client’s, and no status: in the public reports that showed one, it was the tool’s bug, not the key.',
  'diagnosis.reason.error-unrecognised':
    'The pasted error was not recognised as one of DeepSeek’s authentication errors.',
  'diagnosis.reason.error-local-httpx-proxies':
    'The openai package is older than 1.55.3: it passes httpx a “proxies” argument that httpx 0.28 removed. Upgrade it where the code runs: python -m pip install -U openai.',
  'diagnosis.reason.error-local-sdk-version':
    'The code and the installed openai package are of different majors. Code written for openai 0.x (openai.ChatCompletion) needs the 1.x form, client = OpenAI(api_key=…, base_url="https://api.deepseek.com"); an openai older than 1.0 has no OpenAI class: python -m pip install -U openai.',
  'diagnosis.reason.error-local-module-missing':
    'The module “{module}” is not installed where the code runs. Install it in that same environment (for openai: python -m pip install openai, or npm install openai), then run again.',
  'diagnosis.reason.error-local-chatluna-model':
    'ChatLuna’s error code in the 300s says a model, preset or adapter plugin it needs was not found or did not start. Check the model chosen in ChatLuna, and that its DeepSeek adapter plugin (deepseek-adapter) is installed from a working market source and enabled; its log above this line names what failed.',
  'diagnosis.reason.error-local-code':
    'The error is in the code itself (a syntax error, a name not defined, or a module without what the code asks of it): fix the line the traceback names. DeepSeek’s own example uses the openai package with base_url https://api.deepseek.com.',
  'diagnosis.reason.error-local-codex-wire-api':
    'Codex no longer takes wire_api = "chat". Set wire_api = "responses" in the provider’s section of config.toml: DeepSeek has served the Responses API since 31 July 2026, with base_url https://api.deepseek.com (DeepSeek’s Codex guide).',
  'diagnosis.reason.error-unofficial-package':
    'The error comes from a “deepseek” package: DeepSeek has no official SDK, and such wrappers may read other variables or hosts.',

  // The page's terminal test, pasted back.
  'diagnosis.reason.terminal-key-works':
    'Your terminal test got 200: DeepSeek accepts the key in {variable}, so it is neither mistyped nor revoked.',
  'diagnosis.reason.terminal-key-works-env':
    'The key works in that terminal; check that the process that runs your code sees {variable} too (an IDE, a service or a container started elsewhere may not).',

  // The page's own checks, pasted back.
  'diagnosis.reason.check-not-set':
    'A check printed NOT SET: {variable} is missing or empty where it ran.',
  'diagnosis.reason.check-set':
    'A check found {variable} set where it ran. If your code runs elsewhere (an IDE, a container, a service), check there too.',
  'diagnosis.reason.check-quote':
    'The key ends in a quote (“{tail}”): quotes from a .env file or the shell became part of it.',
  'diagnosis.reason.check-whitespace':
    'The key ends in a space or a line break, which is sent as part of it.',
  'diagnosis.reason.check-length':
    '{variable} holds {length} characters, but a DeepSeek key has 35: characters are missing or extra.',
  'diagnosis.reason.check-not-hex':
    'The key ends in “{tail}”, but a DeepSeek key ends in four lowercase hex characters: the variable holds something else.',
  'diagnosis.reason.check-fits':
    'The length and the end of {variable} fit a DeepSeek key, so a typo is less likely.',
  'diagnosis.reason.check-other-key':
    '{variable} ends in “{tail}”, but the key you pasted ends in “{lastFour}”: the variable holds another key. Set it to the key you pasted.',
  'diagnosis.reason.check-shape-ok':
    'A check found {variable} shaped like a DeepSeek key, so a typo is less likely (one wrong hex character would still pass).',
  'diagnosis.reason.check-bad-shape':
    'A check found {variable} not shaped like a DeepSeek key ({length} characters; sk- and 32 hex characters make 35).',
  'diagnosis.reason.check-client-no-base-url':
    'The client has no base URL, so its requests, and your key, go to OpenAI.',
  'diagnosis.reason.check-client-base-url':
    'The client sends to {url}, not to https://api.deepseek.com: the key goes there.',
  'diagnosis.reason.check-client-no-key':
    'The client holds no key: the variable was empty where the code read it, or the code never passed it.',
  'diagnosis.reason.check-client-has-key':
    'The client holds a key (ending in “{tail}”), so the code got a value.',
  'diagnosis.reason.check-client-not-key':
    'The client holds “…{tail}”, the end of a variable’s name or of an unfilled template, not of a key.',
  'diagnosis.reason.check-client-other-key':
    'The client holds a key ending in “{tail}”, but yours ends in “{lastFour}”: the code passes another key.',
  'diagnosis.reason.check-client-ok':
    'The client holds a key ending in “{tail}”, like yours, and sends it to DeepSeek: the code passes the key.',

  // The pasted key.
  'diagnosis.reason.lint-errors':
    'The key you pasted has {count} problem(s) in its shape or characters.',
  'diagnosis.reason.lint-other-provider': 'The key you pasted looks like a key from {provider}.',
  'diagnosis.reason.lint-shape-ok':
    'The key you pasted has DeepSeek’s shape (sk- and 32 hex characters), so a typo is less likely.',

  // The pasted code.
  'diagnosis.reason.code-no-api-key':
    'Line {line}: the client gets no api_key, so the SDK reads OPENAI_API_KEY.',
  'diagnosis.reason.code-other-host-unused':
    'Line {line} names {provider} ({url}), yet DeepSeek answered in its own words: the request did not go there. The tool reads its address from another field, or none: look up in its docs where it takes the base URL.',
  'diagnosis.reason.code-base-url-elsewhere':
    'Line {line}: the client names no base URL, yet DeepSeek answered: it took DeepSeek’s address from elsewhere (an environment variable such as OPENAI_BASE_URL, or OPENAI_API_BASE for LangChain).',
  'diagnosis.reason.code-relay-passed-key':
    'Line {line}: the base URL {url} is not DeepSeek’s, yet DeepSeek echoed the end of the key written in the code (“{tail}”): the key reached DeepSeek (passed on from that address, or sent to DeepSeek’s after all), and DeepSeek refused the key itself.',
  'diagnosis.reason.code-api-key-elsewhere':
    'Line {line}: the client gets no api_key, yet the key written in the code reached DeepSeek: the SDK read it from the environment (OPENAI_API_KEY).',
  'diagnosis.reason.code-no-base-url':
    'Line {line}: the client has no base URL, so the key goes to OpenAI.',
  'diagnosis.reason.code-foreign-base-url':
    'Line {line}: the base URL {url} is not DeepSeek’s API, so the key goes there.',
  'diagnosis.reason.code-base-url-path': 'Line {line}: the base URL {url} has an extra path.',
  'diagnosis.reason.code-wrong-argument-name':
    'Line {line}: the client takes no argument “{name}”; the argument is {expected}.',
  'diagnosis.reason.code-wrong-option-name':
    'Line {line}: “{name}” is ignored by openai for Node.js; the option is {expected}.',
  'diagnosis.reason.code-env-line-key':
    'Line {line}: a .env or shell line sets {name} to a key ({shape}).',
  'diagnosis.reason.code-tool-key-stored':
    'Line {line}: the key was given to {tool} through its own store, yet {tool} did not use it: it does not read that store for DeepSeek.',
  'diagnosis.reason.code-auth-header-no-bearer-format':
    'Line {line} sends the key without “Bearer ” in front: that is what DeepSeek’s “auth header format should be Bearer sk-...” says.',
  'diagnosis.reason.code-powershell-not-env':
    'Line {line}: ${name} is a PowerShell script variable, not the environment variable $env:{name}: it is empty, so no key is sent.',
  'diagnosis.reason.code-no-api-key-format':
    'Line {line} gives the client no key, so it sends what OPENAI_API_KEY holds, not your DeepSeek key: DeepSeek’s “auth header format should be Bearer sk-...” says that value was empty or not a key.',
  'diagnosis.reason.code-dotenv-esm-order':
    'Line {line}: dotenv.config() runs after the modules imported above have loaded, so a client built in one of them read the key before it was set.',
  'diagnosis.reason.code-secret-str-sent':
    'Line {line}: str() of a pydantic SecretStr gives "**********", so the client sends the mask instead of the key.',
  'diagnosis.reason.code-aider-openai-option':
    'Line {line}: the key is under aider’s {name}, which only OpenAI’s models read; a deepseek/ model reads DEEPSEEK_API_KEY.',
  'diagnosis.reason.code-hard-coded-key':
    'Line {line}: a key is written here ({shape}); old keys written into code or files are often revoked ones.',
  'diagnosis.reason.code-key-in-getenv-default':
    'Line {line}: a key is written as the default of os.getenv("{name}") ({shape}); it is used whenever {name} is unset.',
  'diagnosis.reason.code-empty-key': 'Line {line}: the key is an empty string.',
  'diagnosis.reason.code-masked-key':
    'Line {line}: the key is masked as pasted ({shape}), which says nothing of the cause.',
  'diagnosis.reason.code-placeholder-key':
    'Line {line}: the key is a placeholder (“{value}”), not your key.',
  'diagnosis.reason.code-env-var-other-provider':
    'Line {line}: the code reads {read}, another provider’s variable, which holds that provider’s key.',
  'diagnosis.reason.code-key-is-variable-name':
    'Line {line}: the key is the text “{name}”, not the variable’s value.',
  'diagnosis.reason.error-default-key-sent':
    'DeepSeek refused a key ending in “{tail}”: the key written on line {line} as the default of os.getenv("{name}"). So {name} is not set where the code runs, and the default went out in its place. Set {name} to your own key there.',
  'diagnosis.reason.error-worked-before':
    'It worked before with the same code, so the code did pass a key then: now the variable holds nothing where the program runs (a new terminal, a restart, a service or container started without it, a .env no longer loaded).',
  'diagnosis.reason.error-worked-before-refused':
    'It worked before, and DeepSeek now refuses a key ending in “{tail}”: if that is your key and nothing changed on your side, the key itself changed at DeepSeek (deleted or disabled). Check it is still listed on your API keys page.',
  'diagnosis.reason.error-anthropic-key-sent':
    'DeepSeek received a key ending in “{tail}”: Anthropic’s keys end in AA, so an Anthropic key went out instead of your DeepSeek key. Claude Code can hold a second credential beside ANTHROPIC_AUTH_TOKEN (ANTHROPIC_API_KEY, or a key saved by /login) and send that one: unset ANTHROPIC_API_KEY or run /logout, and keep the DeepSeek key in ANTHROPIC_AUTH_TOKEN.',
  'diagnosis.reason.words-stated-tail-refused':
    'You say the key ends in “{lastFour}”, and DeepSeek refused that very key: if it is the one you mean to use, it was deleted or disabled (make a new one); if it is an old one, put the current key where the tool reads it.',
  'diagnosis.reason.words-stated-tail-cut':
    'DeepSeek received a key ending in “{tail}”; you say yours ends in “{lastFour}”: the key sent lacks its last character. Copy the whole key again.',
  'diagnosis.reason.words-stated-tail-other':
    'DeepSeek received a key ending in “{tail}”, but you say yours ends in “{lastFour}”: the code or the tool sends another key than the one you mean.',
  'diagnosis.reason.error-worked-before-401':
    'It worked before, and now the key is refused: if nothing changed on your side, the key itself may have changed at DeepSeek (deleted or disabled). Check it is still listed on your API keys page.',
  'diagnosis.reason.config-key-variable-none-arrived':
    'Your config reads the key from {variable}, and DeepSeek received no key: where the tool ran, that variable may have been unset or empty (not exported in that shell, or the tool started from elsewhere).',
  'diagnosis.reason.code-key-given-none-arrived':
    'The file you pasted holds a key, yet DeepSeek received none: it is lost between the file and the request.',
  'diagnosis.reason.error-terminal-test-bad-format':
    'The terminal test sends “Bearer $DEEPSEEK_API_KEY”, and DeepSeek found no sk- key after Bearer: DEEPSEEK_API_KEY is empty in that terminal (or holds something other than the key).',
  'diagnosis.reason.error-key-in-dotenv':
    'The key is in a .env file, yet the SDK found none: the file’s variables did not reach the program (nothing loads the .env, it is not in the folder the program starts from, or it names the key otherwise than the program reads).',
  'diagnosis.reason.error-models-listed':
    'The same paste shows DeepSeek listing its models for a key you sent (curl): that key works. The program that fails sends something else: another value, another variable, or a setting it never reads.',
  'diagnosis.reason.error-sudo-env':
    'sudo started the program without your shell’s variables (sudo resets the environment): a key set in your shell is not set there. Run it with sudo -E (or sudo --preserve-env=DEEPSEEK_API_KEY), or keep the key in a file the program reads, such as the .env beside compose.yaml.',
  'diagnosis.reason.error-name-sent-unset':
    'DeepSeek received the name {name} in place of its value: the tool sends the name itself when no variable of that name is set where it runs. Set {name} where the tool starts (its .env, or the shell profile of the editor that runs it), then restart it; or, if you typed the name in place of the key, put the variable’s name you did set.',
  'diagnosis.reason.code-named-env-key':
    'Line {line}: the key is read from the variable {name}; if that variable is unset, the tool sends the text “{name}”.',
  'diagnosis.reason.code-set-name-differs':
    'Line {line}: this sets {name}; the program reads {expected}, which stays unset.',
  'diagnosis.reason.code-env-var-name':
    'Line {line}: the code reads the key from {read}, not {expected}; that is fine if {read} holds your DeepSeek key where the code runs.',
  'diagnosis.reason.code-key-malformed':
    'Line {line}: the key written here is not DeepSeek’s shape (sk- and 32 lowercase hex characters): part of it is missing or extra, so no key of yours ever had this value.',
  'diagnosis.reason.code-getenv-none':
    'Line {line}: os.getenv gives {value} when {name} is unset, and the SDK falls back to OPENAI_API_KEY.',
  'diagnosis.reason.code-environ-fails-loudly':
    'Line {line}: os.environ["{name}"] fails loudly when unset.',
  'diagnosis.reason.code-dotenv-not-loaded':
    'Line {line}: dotenv is imported but never called, so .env is not read.',
  'diagnosis.reason.code-dotenv-too-late':
    'Line {line}: load_dotenv() runs after the client is built.',
  'diagnosis.reason.code-dotenv-missing':
    'Line {line}: a .env file is mentioned, but nothing loads it.',
  'diagnosis.reason.code-config-reference-sent':
    'Line {line}: LibreChat sends “{sent}” itself where {name} is unset.',
  'diagnosis.reason.code-env-empty-key':
    'Line {line}: {name} is set to nothing in the .env, so the code reads an empty key.',
  'diagnosis.reason.code-env-empty-key-connection':
    'Line {line}: {name} is set to nothing in the .env. An empty key makes the header “Bearer ”, which the HTTP library refuses before sending: openai-python reports that as “Connection error.”, not as a 401.',
  'diagnosis.reason.code-empty-key-connection':
    'Line {line}: the key given to the client is empty. An empty key makes the header “Bearer ”, which the HTTP library refuses before sending: openai-python reports that as “Connection error.”, not as a 401.',
  'diagnosis.reason.code-env-name-mismatch':
    'Line {line}: the paste sets {defined}, but {read} is what is read.',
  'diagnosis.reason.code-secret-key-newline':
    'Line {line}: the Secret’s base64 value holds the key and a line break.',
  'diagnosis.reason.code-shell-single-quoted':
    'Line {line}: in single quotes, {name} is sent as its name, not its value.',
  'diagnosis.reason.code-setx-same-window':
    'Line {line}: setx saved {name} for new windows only; the program was started in the same window, which does not have it.',
  'diagnosis.reason.code-cmd-set-spaces':
    'Line {line}: cmd’s set with spaces around = sets “{name} ”, not {name}.',
  'diagnosis.reason.code-browser-env-hidden':
    'Line {line}: in the browser, {bundler} leaves {name} undefined (only {prefix} names are given to it).',
  'diagnosis.reason.code-node-env-not-loaded':
    'Line {line}: Node reads .env only with --env-file or dotenv.',
  'diagnosis.reason.code-unofficial-package':
    'Line {line}: “{module}” is not an official DeepSeek package.',
  'diagnosis.reason.code-openai-model':
    'Line {line}: {model} is an OpenAI model; after the key is fixed, DeepSeek would answer 400. Use {suggested}.',
  'diagnosis.reason.code-retired-model':
    'Line {line}: {model} is retired; after the key is fixed, DeepSeek would answer 400. Use {suggested}. It thinks before it answers by default, as deepseek-reasoner did; to keep deepseek-chat’s behaviour (temperature read, no reasoning_content to send back after a tool call), send {off} with each request.',
  'diagnosis.reason.code-openai-model-now':
    'Line {line}: {model} is an OpenAI model; DeepSeek answers 400 for it. Use {suggested}.',
  'diagnosis.reason.code-retired-model-now':
    'Line {line}: {model} is retired; DeepSeek answers 400 for it. Use {suggested}. It thinks before it answers by default, as deepseek-reasoner did; to keep deepseek-chat’s behaviour (temperature read, no reasoning_content to send back after a tool call), send {off} with each request.',
  'diagnosis.reason.code-azure-client':
    'Line {line}: AzureOpenAI sends the request to Azure’s URLs, not to DeepSeek.',
  'diagnosis.reason.code-no-client': 'No OpenAI client was found in the pasted code.',
  'diagnosis.reason.code-dotenv-no-override':
    'Line {line}: load_dotenv() keeps a {name} that is already set in the environment.',
  'diagnosis.reason.code-dotenv-kept-old':
    'The .env holds a key ending in “{own}”, but DeepSeek received one ending in “{tail}”: line {line}’s load_dotenv() keeps a {name} that is already set, such as an older key exported in your shell profile. Remove that export and open a new terminal, or call load_dotenv(override=True).',
  'diagnosis.reason.code-key-not-sent':
    'Line {line}: the key in the code ends in “{own}”, but DeepSeek received one ending in “{tail}”: the code sends another key (an environment variable, a config or a default wins over this one).',
  'diagnosis.reason.code-key-refused':
    'Line {line}: DeepSeek echoed “{tail}”, the end of the key written here: this very key reached DeepSeek and was refused (revoked, or mistyped).',
  'diagnosis.reason.code-passes-key':
    'The code reads {variable} and passes it to a client with DeepSeek’s base URL.',
  'diagnosis.reason.code-environ-set':
    'The code reads os.environ["{variable}"], which would have raised a KeyError if it were unset, yet the request went out and was answered: the variable is set.',

  // Two pieces of evidence together.
  'diagnosis.reason.key-works-same-tail':
    'DeepSeek accepts the key you tested, yet your error shows it refused a key ending in ****{tail}, the same ending. Run your program again: if the error is older than a fix (a new key, a top-up), it is gone. If it comes back, your program sends another key that ends the same way: compare its length with the check in step 4.',
  'diagnosis.reason.key-works-code-fails':
    'The key you tested works, yet your error is a 401: the code does not send this key.',

  // The Markdown report.
  'diagnosis.report.title': 'DeepSeek 401 diagnosis',
  'diagnosis.report.date': 'Made on',
  'diagnosis.report.factsDate': 'Facts about DeepSeek checked on',
  'diagnosis.report.app': 'Made with',
  'diagnosis.report.likely': 'Most likely cause',
  'diagnosis.report.noLikely': 'none singled out',
  'diagnosis.report.notAuth': 'What it is instead',
  'diagnosis.report.keyWorks': 'DeepSeek accepted a key',
  'diagnosis.report.yes': 'yes',
  'diagnosis.report.no': 'no',
  'diagnosis.report.none': 'none',
  'diagnosis.report.causes': 'The four causes',
  'diagnosis.report.notes': 'Notes',
  'diagnosis.report.test': 'Live key test',
  'diagnosis.report.outcome': 'Outcome',
  'diagnosis.report.status': 'HTTP status',
  'diagnosis.report.message': 'Message',
  'diagnosis.report.variant': '401 variant',
  'diagnosis.report.tail': 'Echoed end of key',
  'diagnosis.report.requestId': 'Request id',
  'diagnosis.report.models': 'Models',
  'diagnosis.report.latency': 'Time',
  'diagnosis.report.relay': 'Through the page’s own server',
  'diagnosis.report.error': 'Pasted error',
  'diagnosis.report.recognised': 'Recognised as',
  'diagnosis.report.sdk': 'Printed by',
  'diagnosis.report.exception': 'Exception',
  'diagnosis.report.sign': 'Sign',
  'diagnosis.report.check': 'Check output',
  'diagnosis.report.key': 'Key (shape only, never the key)',
  'diagnosis.report.shape': 'Shape',
  'diagnosis.report.shortKey': '{length} characters (too short to show any of it)',
  'diagnosis.report.provider': 'Looks like',
  'diagnosis.report.lint': 'Lint findings',
  'diagnosis.report.code': 'Pasted code',
  'diagnosis.report.language': 'Language',
  'diagnosis.report.findings': 'Findings',
  'diagnosis.report.footer':
    'Keys are shown by prefix and last four characters only; the pasted code itself is not included.',
  'diagnosis.reason.code-key-in-comment':
    'Line {line}: a key sits in a comment ({shape}); if the file was shared, revoke it.',
  'diagnosis.reason.code-auth-header-double-bearer':
    'Line {line}: “Bearer ” is added twice to the Authorization header, so DeepSeek does not receive “Bearer sk-…”.',
  'diagnosis.reason.code-auth-header-no-bearer':
    'Line {line}: the Authorization header has no “Bearer ” before the key, so DeepSeek answers 401.',
  'diagnosis.reason.code-getenv-none-library':
    'Line {line}: os.getenv gives {value} when {name} is unset, and the library then looks for DEEPSEEK_API_KEY itself.',
  'diagnosis.reason.code-getenv-none-http':
    'Line {line}: os.getenv gives {value} when {name} is unset, and the request goes out without a key.',
  'diagnosis.reason.code-openai-client-kept':
    'Line {line}: a second client is meant for OpenAI and was left as it is.',

  'diagnosis.reason.code-other-client-kept':
    'Line {line}: another client is meant for {host} and was left as it is.',
  'diagnosis.reason.code-config-key-placeholder': 'Line {line}: the key is written in the file.',
  'diagnosis.reason.code-config-wire-api':
    'Line {line}: wire_api = "chat", which current Codex refuses; DeepSeek’s Codex guide sets "responses".',
  'diagnosis.reason.code-compose-env-missing':
    'Line {line}: the service “{service}” does not pass {name} into its container.',
  'diagnosis.reason.code-config-base-url-spelling':
    'Line {line}: the tool reads {expected}, not {name}, so it sends to its default host.',
  'diagnosis.reason.code-ci-fork-secrets':
    'Line {line}: secrets.{name} is empty in runs for pull requests from forks, and where no secret has that exact name.',
  'diagnosis.reason.code-config-no-key':
    'Line {line}: the model has no {name}, so no key goes out with its requests.',
  'diagnosis.reason.code-config-var-not-expanded':
    'Line {line}: “{value}” is sent as it is, not replaced by the variable’s value.',
  'diagnosis.reason.code-config-wrong-field': 'Line {line}: the key is in {name}, not {expected}.',
  'diagnosis.reason.code-config-key-spelling':
    'Line {line}: the key is in {name}; the tool reads {expected} only, so it sends no key.',
  'diagnosis.reason.code-config-key-reference':
    'Line {line}: the key field holds “{value}”, which this tool may read as a variable or send as text.',
  'diagnosis.reason.code-config-key-in-variable-field':
    'Line {line}: the key is written in {name}, which names a variable; the tool sends no key.',
  'diagnosis.reason.code-config-key-extra':
    'Line {line}: the key’s value holds characters that are not the key, and they are sent with it.',
  'diagnosis.reason.code-config-full-endpoint':
    'Line {line}: api_base_url is {url}; Claude Code Router needs the full endpoint, {expected}.',
  'diagnosis.reason.code-config-anthropic-path':
    'Line {line}: Claude Code is pointed at {url}, not DeepSeek’s Anthropic endpoint.',
  'diagnosis.reason.code-other-provider-endpoint':
    'Line {line}: the key goes to {provider} ({url}), not to DeepSeek.',
  'diagnosis.reason.code-env-spaces': 'Line {line}: spaces around “=” in {name}.',
  'diagnosis.reason.code-env-export': 'Line {line}: “export” before {name}.',
  'diagnosis.reason.code-env-crlf':
    'Line {line}: Windows line ends put a carriage return in the value.',
  'diagnosis.reason.code-compose-quotes':
    'Line {line}: the quotes around {name} are kept in the value.',
};
