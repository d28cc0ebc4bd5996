/** English strings: the live key test. Keys start with "keyTest.". */
export const keyTest = {
  'keyTest.heading': 'Test your key',
  'keyTest.intro':
    'The key stays in this page’s memory and goes only to DeepSeek, to two free, read-only endpoints (GET /models and GET /user/balance). No tokens are spent.',
  'keyTest.label': 'DeepSeek API key',
  'keyTest.show': 'Show key',
  'keyTest.test': 'Test key',
  'keyTest.baseUrl.summary': 'Advanced: test through another API base URL',
  'keyTest.baseUrl.label': 'API base URL',
  'keyTest.baseUrl.hint':
    'Empty means https://api.deepseek.com. Change it only to test through a proxy you run yourself.',
  'keyTest.baseUrl.warning':
    'Your key will be sent to {host}, not to DeepSeek. Do this only with a proxy you run. The built page’s security policy lets it connect only to api.deepseek.com and to the server it came from: a proxy on another host is refused by the browser and shows as blocked. Serve the proxy from this page’s own server, or test through it with the terminal commands.',
  'keyTest.baseUrl.invalid.not-url':
    'Not a full URL: start with https://, for example https://api.deepseek.com.',
  'keyTest.baseUrl.invalid.not-https':
    'Use https:// (plain http only for localhost): the key must not cross the network unencrypted.',
  'keyTest.baseUrl.invalid.credentials':
    'Remove the user name and password from the URL: the key is the only credential.',
  'keyTest.baseUrl.invalid.query':
    'Remove the ? and # parts: a base URL is a scheme, a host and a path.',
  'keyTest.baseUrl.tested': 'Tested against {url}, not DeepSeek.',
  'keyTest.cancel': 'Cancel',
  'keyTest.forget': 'Forget key',
  'keyTest.forgotten': 'Key forgotten: it is no longer in this page.',
  'keyTest.running': 'Testing the key with DeepSeek…',
  'keyTest.runningRelay': 'Testing the key through this page’s own server…',
  'keyTest.held':
    'Not sent: this looks like a key from {provider}, and DeepSeek accepts only its own keys. Use your DeepSeek key from platform.deepseek.com/api_keys, or send this one all the same with the button under the key.',
  'keyTest.cleanedWorks':
    'You tested the cleaned key. The quotes or spaces that were cleaned off are probably still where DEEPSEEK_API_KEY is set (.env, shell profile, CI secret): remove them there too, or your code keeps sending the uncleaned value.',

  'keyTest.verdict.key-works':
    'Your key works — DeepSeek accepted it — so your 401 comes from the code or its environment: make sure DEEPSEEK_API_KEY is set in the process that runs the code (cause 1) and that the client is given that key and DeepSeek’s base URL, base_url in Python, baseURL in Node (cause 4).',
  'keyTest.verdict.rejected-well-formed':
    'DeepSeek rejected this key although it is well-formed: most often it has been deleted, rotated, or its account closed, unless a character differs from the key you were given. Create a new key on platform.deepseek.com and replace the old one everywhere.',
  'keyTest.verdict.rejected-malformed':
    'DeepSeek rejected this key and it is not shaped like a DeepSeek key (sk- and 32 hex characters), so it was mistyped or copied incompletely: copy it again from platform.deepseek.com, or use the cleaned key.',
  'keyTest.verdict.other-provider':
    'DeepSeek rejected this key, which looks like a key from {provider} rather than a DeepSeek one: use a key from platform.deepseek.com.',
  'keyTest.verdict.rejected-unverified':
    'DeepSeek rejected the key it received: paste that key here and test it to tell a typo from a revoked key.',
  'keyTest.verdict.tail-mismatch.variable-name':
    'DeepSeek received a value ending in “{tail}”, the end of a variable’s name, so the code sends the name instead of its value: read the variable, don’t quote its name.',
  'keyTest.verdict.tail-mismatch.template':
    'DeepSeek received a value ending in “{tail}”, an unfilled ${…} or {{…}} template, so the key was never substituted: set the variable where the template is filled, or read it in code.',
  'keyTest.verdict.tail-mismatch.quote':
    'DeepSeek received a value ending in a quote (“{tail}”), so quotes from a .env file or the shell became part of the key: remove the quotes around the value.',
  'keyTest.verdict.tail-mismatch.no-value':
    'DeepSeek received “{tail}” where the key should be, so the code had no value at all: set DEEPSEEK_API_KEY in the process that runs the code.',
  'keyTest.verdict.tail-mismatch.not-provided':
    'DeepSeek received “not-provided”, which Cline, Roo Code and Kilo Code send when their DeepSeek API key field is empty: enter your key under API Provider: DeepSeek → DeepSeek API Key.',
  'keyTest.verdict.tail-mismatch.placeholder':
    'DeepSeek received a placeholder ending in “{tail}”, not your key: a template’s value (a .env example, a config default) is still where the key belongs. Put your key in DEEPSEEK_API_KEY where the program reads it.',
  'keyTest.verdict.tail-mismatch.different-key':
    'DeepSeek received a different key, ending in “{tail}” where yours ends in “{lastFour}”, so the code sends another key (an old one, or OPENAI_API_KEY): pass DEEPSEEK_API_KEY to the client explicitly.',
  'keyTest.verdict.tail-mismatch.empty':
    'DeepSeek received an empty key (“Bearer ” and nothing after it): the code had no value to send. Set DEEPSEEK_API_KEY in the process that runs the code.',
  'keyTest.verdict.tail-mismatch.short':
    'DeepSeek received a value ending in “{tail}”, only {length} characters long: not a key. Copy the whole key (sk- and 32 characters) from platform.deepseek.com.',
  'keyTest.verdict.tail-mismatch.not-a-key':
    'DeepSeek received a value ending in “{tail}”, which no DeepSeek key ends with (they end in 0–9 and a–f): another provider’s key, a relay’s token or some other text. Put your DeepSeek key there instead.',
  'keyTest.verdict.bad-format.not-set':
    'DeepSeek says the Authorization header was not “Bearer sk-…”, so the key the code sent was empty: set DEEPSEEK_API_KEY in the process that runs the code.',
  'keyTest.verdict.bad-format.mistyped':
    'DeepSeek says the Authorization header was not “Bearer sk-…”, and this key does not start with sk-: copy your DeepSeek key again from platform.deepseek.com.',
  'keyTest.verdict.no-such-user':
    'DeepSeek knows no account for this key (“no such user”), so the key or its account was deleted — unless DeepSeek has an outage: check status.deepseek.com, and if all is well, create a new key.',
  'keyTest.verdict.governor':
    'DeepSeek answered “governor”: no Authorization header reached it, although this page sent one. Something between this page and DeepSeek removed it (a proxy or a browser extension): test from a terminal with the command below.',
  'keyTest.verdict.not-auth-balance':
    'This is not a 401: DeepSeek accepted the key, but the account’s balance is insufficient (402): top up on platform.deepseek.com.',
  'keyTest.verdict.not-auth-rate':
    'This is not a 401: DeepSeek accepted the key but is limiting requests (429): wait a minute and test again.',
  'keyTest.verdict.not-auth-rate-after':
    'This is not a 401: DeepSeek accepted the key but is limiting requests (429): wait {seconds} seconds and test again.',
  'keyTest.verdict.not-auth-server':
    'DeepSeek’s servers failed (HTTP {status}), which says nothing about your key: wait a minute, check status.deepseek.com, and test again.',
  'keyTest.verdict.not-auth-other':
    'DeepSeek answered HTTP {status}, not 401, which says nothing about the key: read DeepSeek’s message below.',
  'keyTest.verdict.wrong-base-url':
    'HTTP 404: the request did not reach DeepSeek’s API, so the base URL is wrong: use https://api.deepseek.com (with or without /v1).',
  'keyTest.verdict.forbidden':
    'DeepSeek refused access (403), which is not a key error: your network or region may be blocked, so try another network or contact DeepSeek support with the evidence below.',
  'keyTest.verdict.unexpected':
    'Something other than DeepSeek’s API answered (HTTP {status}, not JSON) — a proxy, a captive portal or a wrong host: sign in to the network, or run the test from a terminal below.',
  'keyTest.verdict.unexpected-json':
    'Something other than DeepSeek’s API answered (HTTP {status}, JSON but not DeepSeek’s model list) — a proxy or a wrong host: check the address, or run the test from a terminal below.',
  'keyTest.verdict.foreign-401':
    'A 401 came back without DeepSeek’s “Authentication Fails” message, so something else refused the request — a gateway, a proxy or another service at that address — and your key is still untested: run the test from a terminal below.',
  'keyTest.verdict.blocked-custom':
    'The request to {host} never left: this page may connect only to api.deepseek.com and to its own server, so your key was not sent. Test that address from a terminal instead, with its URL in place of https://api.deepseek.com in the commands below.',
  'keyTest.verdict.blocked':
    'Your browser could not reach DeepSeek, which is not your key’s fault (CORS, a firewall, a proxy or an extension blocked the request): run the same test from a terminal below and paste its output into “Paste your error”.',
  'keyTest.verdict.offline':
    'Your browser is offline, so the key was not tested: reconnect and test again, or run the test from a terminal below.',
  'keyTest.verdict.relay-blocked':
    'Even this page’s own server could not reach DeepSeek, so this machine cannot reach api.deepseek.com, which is not your key’s fault: check the network, proxy or firewall, then run the terminal test below.',
  'keyTest.verdict.timeout':
    'DeepSeek did not answer within {seconds} seconds, which says nothing about the key: test again, or run the test from a terminal below.',
  'keyTest.verdict.cancelled': 'Test cancelled: nothing is known about the key yet.',
  'keyTest.verdict.tester-unavailable':
    'This page could not load the code that tests keys (the site may have been updated since you opened it, or the connection dropped), so nothing was sent to DeepSeek: reload the page and paste the key again, or run the test from a terminal below.',
  'keyTest.verdict.not-sendable':
    'This key contains characters that are not plain ASCII (invisible characters or typographic quotes), so it was not sent: use the cleaned key, or copy it again.',
  'keyTest.verdict.empty-key': 'Paste a key first: an empty key is not sent.',

  'keyTest.evidence.status': 'HTTP status',
  'keyTest.evidence.message': 'DeepSeek’s message',
  'keyTest.evidence.requestId': 'Request id',
  'keyTest.evidence.tail': 'End of the key DeepSeek received',
  'keyTest.evidence.pastedTail': 'End of the key you pasted',
  'keyTest.evidence.latency': 'Time taken',
  'keyTest.evidence.latencyValue': '{ms} ms',
  'keyTest.evidence.models': 'Models this key can use',
  'keyTest.evidence.balance': 'Balance',
  'keyTest.evidence.balanceValue': '{total} {currency} (granted {granted}, topped up {toppedUp})',
  'keyTest.evidence.balanceTotal': '{total} {currency}',
  'keyTest.evidence.balanceUnknown': 'not available (the balance request failed)',
  'keyTest.evidence.available': 'Can make API calls (is_available)',
  'keyTest.evidence.yes': 'yes',
  'keyTest.evidence.no': 'no',
  'keyTest.evidence.notAvailable': 'no: top up before calling the API',
  'keyTest.evidence.route': 'Route',
  'keyTest.evidence.direct': 'straight from this browser to https://api.deepseek.com',
  'keyTest.evidence.directTo': 'straight from this browser to {url}',
  'keyTest.evidence.viaRelay': 'through this page’s own server to https://api.deepseek.com',
  'keyTest.evidence.retryAfter': 'Retry after',
  'keyTest.evidence.seconds': '{seconds} s',
  'keyTest.evidence.contentType': 'Content type',
  'keyTest.evidence.excerpt': 'Start of the answer',
  'keyTest.evidence.timeLimit': 'Time limit',
  'keyTest.evidence.online': 'Browser online',
  'keyTest.evidence.none': '(none)',

  'keyTest.blocked.heading': 'Run the same test from a terminal',
  'keyTest.blocked.intro':
    'These commands read the key from DEEPSEEK_API_KEY, as your code should, and never contain it. Their output holds no key: paste it into “Paste your error”.',
  'keyTest.blocked.curl': 'curl (macOS, Linux, WSL, Git Bash)',
  'keyTest.blocked.powershell': 'PowerShell',
  'keyTest.blocked.copyCurl': 'Copy curl command',
  'keyTest.blocked.copyPowershell': 'Copy PowerShell command',
  'keyTest.relay.offer':
    'The server this page comes from can send the same test to https://api.deepseek.com, and nowhere else.',
  'keyTest.relay.retry': 'Try again through this page’s own server',
};
