/**
 * English strings: the Answer, the one region that says the likely cause, its fix and the check
 * that confirms it, with the evidence folded below. Keys start with "answer.". Place names
 * (platform.deepseek.com, status.deepseek.com, api-docs.deepseek.com) become links.
 */
export const answer = {
  'answer.heading': 'Answer',
  'answer.cause.not-set':
    'Most likely the key is not set: {variable} is missing or empty in the process that runs your code.',
  'answer.cause.mistyped':
    'Most likely the key is mistyped: the value is not exactly the key DeepSeek issued (a typo, a missing character, quotes or spaces).',
  'answer.cause.revoked':
    'Most likely the key was revoked or expired: DeepSeek no longer accepts it.',
  'answer.cause.not-passed':
    'Most likely the key is not passed to the client: your code does not hand DEEPSEEK_API_KEY (or DeepSeek’s base URL) to the client that makes the call.',
  'answer.cause.not-set.browser':
    'Most likely the key is not set where your code runs: in the browser, {bundler} leaves {name} undefined.',
  'answer.cause.not-set.tool': 'Most likely the key is not set: {tool} has no key to send.',
  'answer.cause.mistyped.tool':
    'Most likely the key is mistyped: the key {tool} holds has a typo or extra characters.',
  'answer.cause.not-passed.tool':
    'Most likely the key is not passed to DeepSeek: {tool} does not send your DeepSeek key, or not to DeepSeek’s address.',
  'answer.cause.not-passed.givenCode':
    'Most likely the key is not passed to DeepSeek: your code hands it to the client as it should, yet the request reached DeepSeek with no key.',
  'answer.cause.not-passed.givenConfig':
    'Most likely the key is not passed to DeepSeek: your {tool} file gives it as it should, yet DeepSeek did not receive it.',
  'answer.cause.not-passed.givenConfigOpenAi':
    'Most likely the key is not passed to DeepSeek: your {tool} file is right as pasted, yet the request went to OpenAI, not DeepSeek.',
  'answer.cause.not-passed.givenConfigSent':
    'Most likely the key is not passed to DeepSeek: DeepSeek received a value ending in “{tail}”, not your key, though your {tool} file looks right.',
  'answer.cause.not-set.givenConfig':
    'Most likely the key is not set where the tool runs: your {tool} file is right as pasted, yet no key reached DeepSeek.',
  'answer.cause.not-set.config':
    'Most likely the key is not set: your {tool} file leaves it empty or unread.',
  'answer.cause.not-passed.keptOld':
    'Most likely the key in your .env never reaches the client: an older key already set in the environment wins over it.',
  'answer.cause.not-passed.anyStack':
    'Most likely the key is not passed to DeepSeek: what makes the call (your code’s client, or a tool’s settings) is not given both your key and DeepSeek’s base URL.',
  'answer.cause.not-passed.yours':
    'Most likely the key is not passed to DeepSeek: your code does not send your DeepSeek key, or not to DeepSeek’s address, as it should.',
  'answer.cause.not-set.anyStack':
    'Most likely the key is not set: the program that makes the call finds no key where it reads it.',
  'answer.cause.not-passed.config':
    'Most likely the key is not passed to DeepSeek: your {tool} file does not give the key, or DeepSeek’s address, where the tool reads them.',
  'answer.none':
    'No cause is certain yet. Start with “{cause}”: the check below confirms it or rules it out.',
  'answer.noneLeft':
    'None of the four causes fits all that you pasted and tested: the pieces disagree. Run your program again and paste its newest error, or test the key it really sends.',
  'answer.fixHeading': 'The fix',
  'answer.noneByReports':
    'No cause is certain yet, and nothing you pasted points to one more than the others. Start with “{cause}”, the most common in reports like yours: the check below confirms it or rules it out.',
  'answer.noneFirst':
    'No cause is certain yet, and nothing you pasted points to one. The check below tells whether it is “{cause}”.',
  'answer.noneTail':
    'No cause is certain yet: DeepSeek refused a key ending in “{tail}”. Compare it with the end of your key, then test your key here: that tells the causes apart.',
  'answer.noneSplit':
    'No cause is certain yet: what you pasted points to more than one. Test your key first: that tells them apart.',
  'answer.noneSplitFirst':
    'No cause is certain yet: what you pasted points to more than one. The check below tells whether it is “{cause}”.',
  'answer.noneKeyTest':
    'No cause is certain yet, and nothing you pasted points to one. Test your key first: that tells the causes apart.',
  'answer.checkPasteSource':
    'Nothing you pasted shows where the key comes from. Paste the part that gives it (the settings file the program reads, such as application.yml, config.yaml or .env, or the lines that build the client) into “Paste your code”: the page reads it here, in your browser, and tells whether the key is set and passed.',
  'answer.checkHeading': 'The check that confirms it',
  'answer.checkApartHeading': 'The check that tells them apart',
  'answer.checkKeyTest':
    'Test your key on this page: paste it into “DeepSeek API key” and press “Test key”. A refused key (mistyped or revoked), an empty balance (402) and a key that works (then the tool does not send it) each get their own answer.',
  'answer.copyCheck': 'Copy check',
  'answer.copySetup': 'Copy set-up',
  'answer.theChange': 'The change in your code (changed lines only):',
  'answer.theChangeExample': 'The change, in the example for your stack (changed lines only):',
  'answer.codeStays':
    'Your code reads DEEPSEEK_API_KEY correctly: the fix is where it runs, not in the code.',

  'answer.codeReadsPrefixed':
    'Your code reads the key from {name}, so the set-up above sets {name} (its prefix is what hands it to the page).',
  'answer.codeReadsOther':
    'Your code reads the key from {name}, not DEEPSEEK_API_KEY, so the set-up above sets {name}. Or change the code to read DEEPSEEK_API_KEY.',
  'answer.fix.not-set.notebook':
    'Your code runs in a notebook: load the .env file in its first cell with load_dotenv(), then restart the kernel (Kernel → Restart) so that the variable reaches it.',
  'answer.fix.not-set.restarted-app':
    'Set the key persistently with setx, then close and reopen the terminal or the IDE (VS Code, PyCharm) that runs your code: programs that were open before setx never see the new variable.',
  'answer.fix.not-set.container':
    'Your code runs in a container, which does not inherit your shell’s variables: pass the key in with docker run -e {variable}, or env_file: .env in compose.yaml.',
  'answer.fix.not-set.service':
    'Your code runs as a systemd service, which gets neither your shell’s variables nor .env: give the service the key with EnvironmentFile= in a drop-in, then restart it (systemctl restart).',
  'answer.fix.not-set.vercel':
    'Your code runs on Vercel, which gives it only the variables in the project’s settings, and only to deployments made after they were added: add {variable} there (or with vercel env add), then deploy again.',
  'answer.fix.not-set.workers':
    'Your code runs as a Cloudflare Worker, which reads a secret from its env binding, not from your shell or process.env: store it with wrangler secret put {variable} (with --env for a named environment) and read env.{variable} in fetch.',
  'answer.fix.not-set.ci':
    'Your code runs in CI: add {variable} as a repository secret and map it into the job with env: {variable}: ${{ secrets.{variable} }}.',
  'answer.fix.not-set.anyStack':
    'Set your key where the program that makes the call reads it (its settings, its .env file, its environment or your CI’s secrets), then start it again.',
  'answer.fix.not-set.dotenv':
    'Load your .env file before the code reads {variable}, as the change below does: neither Python nor Node reads .env by itself.',
  'answer.fix.not-set.dotenvEmpty':
    'Put your key after the “=” of the .env line that leaves it empty, as the change below shows, then start the program again.',
  'answer.fix.not-set.terminal':
    'Set {variable} in the terminal that starts your program, then start the program again from that same terminal.',
  'answer.fix.not-set.orTool':
    'If an app or a tool makes the call (an editor extension, a chat app, an agent), the key goes in its own settings instead: paste it into its DeepSeek provider’s key field, then restart it.',
  'answer.fix.mistyped':
    'Copy the key again from your API keys page on platform.deepseek.com, with no quotes or spaces around it, and set it again where it was set (DEEPSEEK_API_KEY in .env or your shell profile, a tool’s settings, a CI secret).',
  'answer.fix.mistyped.inFile':
    'Copy the key again from your API keys page on platform.deepseek.com and put it in your {file} file in place of PASTE_YOUR_DEEPSEEK_KEY_HERE, with no quotes or spaces around it beyond the file’s own, then restart {app}.',
  'answer.fix.revoked':
    'Create a new key on your API keys page on platform.deepseek.com, set it everywhere the old one was, and delete the old one.',
  'answer.fix.not-passed':
    'Give the client both: {apiKey} read from DEEPSEEK_API_KEY and {baseUrl} https://api.deepseek.com (see api-docs.deepseek.com).',
  'answer.fix.not-passed.anyStack':
    'Give whatever makes the call both your DeepSeek key and DeepSeek’s base URL, https://api.deepseek.com (in code: the client’s key and base URL options; in a tool: its provider settings).',
  'answer.fix.not-passed.yours':
    'Your code, repaired: only the lines the findings name change, the rest stays as you wrote it.',
  'answer.fix.config':
    'Your {tool} file, repaired: only the lines the findings name change. Where the file can read the key from the environment it now does; anywhere else, put your key in place of PASTE_YOUR_DEEPSEEK_KEY_HERE. Then restart the tool so that it reads the file again.',
  'answer.fix.tool.not-passed':
    '{tool} makes the call with its own settings, not with code of yours: put your DeepSeek key and DeepSeek’s address where {tool} reads them, then restart it.',
  'answer.fix.tool.not-set':
    '{tool} found no key: put your DeepSeek key where {tool} reads it, then restart it.',
  'answer.fix.tool.mistyped':
    '{tool} holds the key with a typo or extra characters: paste it again where {tool} reads it (no quotes, spaces or line breaks), then restart it.',
  'answer.fix.tool.keyField': 'It reads the key from {field}.',
  'answer.fix.tool.baseUrl': 'DeepSeek’s address for it: {url} (in {field}).',
  'answer.theToolSetup': 'Its set-up for DeepSeek, in {file}:',
  'answer.fix.configPlaceholder':
    'Your {tool} file, repaired: only the lines the findings name change. It holds the key itself: put your key in place of PASTE_YOUR_DEEPSEEK_KEY_HERE, then restart the tool so that it reads the file again.',
  'answer.fix.configAddress':
    'Your {tool} file, repaired: only the lines the findings name change. Then restart the tool so that it reads the file again.',
  'answer.fix.givenCode':
    'Nothing in the code keeps the key out, so it is lost after the client: the code that ran is not the one pasted, or a library or agent in between drops the Authorization header. Run the check below where the code runs: if it prints your key’s end, look at what sits between the client and DeepSeek.',
  'answer.fix.givenConfig':
    'Nothing the page can see in this file keeps the key out: it is lost after {tool} reads the file. Restart {tool} so that it reads the file again, then test your key here: if the key works, {tool} drops it on the way; look at its DeepSeek provider settings and its known issues.',
  'answer.fix.givenOpenAi':
    'OpenAI answered, so {tool} sent the request to OpenAI’s address: it did not take DeepSeek’s base URL (or key) from where this file puts them. Look up in {tool}’s docs which fields it reads and where (one tool wanted base_url inside its client arguments, not at the top level), then restart {tool}.',
  'answer.fix.givenSent':
    'What {tool} sent is not the key itself: a reference it did not expand, a template’s value, or text around the key. Write the key where {tool} reads it, in a form it expands (or the key itself), restart {tool}, then test your key here.',
  'answer.fix.givenNotSet':
    'The key in this file does not reach {tool}: it runs with other settings (another file, profile or environment), or has not been restarted since the change. Restart {tool}, make sure it reads this file, then test your key here.',
  'answer.fix.givenVariable':
    'The file reads the key from {variable}: where {tool} looks it up and finds it unset, there is no key to send. The check below tells.',
  'answer.fix.givenPrefix':
    'A known case: tools built on LiteLLM sent no key header for a deepseek/ model whose key came only from their own settings. What worked there: set DEEPSEEK_API_KEY where the tool runs as well, or write openai/ in place of deepseek/ in the model name, with the base URL https://api.deepseek.com.',
  'answer.theTool': 'the tool',
  'answer.configTool': 'config',
  'answer.theChangeConfig': 'The change in your file (changed lines only):',

  'answer.why': 'Why we think so',
  'answer.others': 'The other causes',
};
