/** English strings: "Where do you call DeepSeek?", the tools catalogue. Keys start with "tools.". */
export const tools = {
  'tools.heading': 'Where do you call DeepSeek?',
  'tools.intro':
    'Coding tools, apps and libraries keep the key in their own place. Choose yours to see where the key and the base URL go, a broken and a fixed set-up, and a check that never prints the key.',
  'tools.label': 'Tool or library',
  'tools.choose': 'Choose…',
  'tools.facts': 'Where things go',
  'tools.fact.keyEnv': 'Key from the variable',
  'tools.fact.keyField': 'Key field',
  'tools.fact.secretRef': 'Secret reference',
  'tools.fact.baseUrlField': 'Base URL field',
  'tools.fact.baseUrl': 'Base URL',
  'tools.fact.modelForm': 'Model',
  'tools.fact.error401': 'Its 401 contains',
  'tools.source': 'source',
  'tools.traps': 'Known traps',
  'tools.file': 'Your {file}, broken and fixed',
  'tools.check': 'Check it (prints a length, never the key)',
  'tools.checkExpect': 'Expected: {expect}',
  'tools.inCode':
    'This one is set up in code: see the code tabs in the steps, or paste your code above to get it repaired.',
  'tools.inScreen':
    'This one is set up in a settings screen, not a file: fill in the fields named above, with DeepSeek’s base URL where it asks for one.',
  'tools.trap.settings-env-no-expansion':
    'The "env" block of settings.json takes values as they are: "$DEEPSEEK_API_KEY" is sent as those characters. Export the variable in your shell instead, or write the key there yourself.',
  'tools.trap.auth-token-not-api-key':
    'DeepSeek’s guide sets ANTHROPIC_AUTH_TOKEN (sent as a Bearer header), not ANTHROPIC_API_KEY.',
  'tools.trap.both-auth-headers':
    'With both ANTHROPIC_AUTH_TOKEN and ANTHROPIC_API_KEY set, both headers go out: keep one.',
  'tools.trap.leftover-anthropic-login':
    'A leftover Anthropic login or key can win over your settings ("Invalid API key · Please run /login"): log out, or unset the old ANTHROPIC_API_KEY.',
  'tools.trap.anthropic-base-url':
    'Claude Code needs DeepSeek’s Anthropic endpoint, https://api.deepseek.com/anthropic, not the OpenAI one.',
  'tools.trap.continue-secrets-from-env-files':
    '${{ secrets.DEEPSEEK_API_KEY }} is read from .continue/.env or the workspace .env, not from your shell’s variables.',
  'tools.trap.litellm-governor':
    'Setting the key as litellm.api_key sent no Authorization header with the deepseek/ provider, and DeepSeek answered "Authentication Fails (governor)": pass api_key to the call, or set DEEPSEEK_API_KEY.',
  'tools.trap.litellm-provider-prefix':
    'The model needs the deepseek/ prefix, so that LiteLLM picks DeepSeek and reads DEEPSEEK_API_KEY.',
  'tools.trap.no-embeddings':
    'DeepSeek has no embeddings model: embeddings (knowledge bases, RAG) need another provider and its own key.',
  'tools.trap.settings-screen-only':
    'The key is entered in the app’s settings, not read from your shell: a key exported in the terminal does not reach it.',
  'tools.trap.toml-literal-only':
    'config.toml holds the key itself (no variable is read): keep the file out of git.',
  'tools.trap.librechat-env-file':
    '"${DEEPSEEK_API_KEY}" in librechat.yaml is filled from LibreChat’s .env file: put DEEPSEEK_API_KEY there.',
  'tools.trap.open-webui-lists':
    'OPENAI_API_BASE_URLS and OPENAI_API_KEYS are lists separated by ";": the n-th key goes with the n-th URL.',
  'tools.trap.base-url-v1':
    'https://api.deepseek.com/v1 works too: the "v1" is not a model version.',
  'tools.trap.aider-yaml-keys':
    '.aider.conf.yml takes only OpenAI and Anthropic keys by name: give aider DEEPSEEK_API_KEY through the environment or a .env file.',
};
