/**
 * Realistic broken configs, as users paste them: the tool's own file with its comments, a
 * DeepSeek key (made up) or a trap. Each names what the repair must find.
 */
import type { CodeFindingCode } from '../../../src/domain/code/findings.ts';
import type { ConfigFormat } from '../../../src/domain/config/config-format.ts';
import type { ConfigOwner } from '../../../src/domain/config/read-config.ts';

/** Made-up keys: the DeepSeek shape, and others. */
export const KEY = 'sk-0123456789abcdef0123456789abcdef';
export const KEY2 = 'sk-fedcba9876543210fedcba9876543210';
export const ANTHROPIC_KEY = 'sk-ant-api03-' + 'a'.repeat(40);

export interface BrokenConfig {
  name: string;
  text: string;
  format: ConfigFormat;
  owner: ConfigOwner | null;
  finds: CodeFindingCode[];
  /** Text the fixed file must hold. */
  holds?: string[];
  /** False when the file is only explained, not changed (another provider's endpoint). */
  changes?: false;
}

export const BROKEN_CONFIGS: BrokenConfig[] = [
  {
    name: 'Claude Code settings.json, OpenAI-style base URL',
    format: 'json',
    owner: 'claude-code',
    text: `{
  // DeepSeek through Claude Code
  "env": {
    "ANTHROPIC_BASE_URL": "https://api.deepseek.com",
    "ANTHROPIC_AUTH_TOKEN": "${KEY}",
    "ANTHROPIC_MODEL": "deepseek-chat"
  },
  "theme": "dark"
}
`,
    finds: ['config-anthropic-path', 'config-key-placeholder', 'retired-model'],
    holds: [
      'https://api.deepseek.com/anthropic',
      '"theme": "dark"',
      '// DeepSeek through Claude Code',
      'deepseek-flash',
    ],
  },
  {
    name: 'Claude Code settings.json, $VAR in env',
    format: 'json',
    owner: 'claude-code',
    text: `{
  "$schema": "https://json.schemastore.org/claude-code-settings.json",
  "env": {
    "ANTHROPIC_BASE_URL": "https://api.deepseek.com/anthropic",
    "ANTHROPIC_AUTH_TOKEN": "$DEEPSEEK_API_KEY"
  }
}
`,
    finds: ['config-var-not-expanded'],
    holds: ['PASTE_YOUR_DEEPSEEK_KEY_HERE'],
  },
  {
    name: 'Claude Code settings.json, ANTHROPIC_API_KEY',
    format: 'json',
    owner: 'claude-code',
    text: `{
  "env": {
    "ANTHROPIC_BASE_URL": "https://api.deepseek.com/anthropic",
    "ANTHROPIC_API_KEY": "${KEY}" // my key
  }
}
`,
    finds: ['config-wrong-field', 'config-key-placeholder'],
    holds: ['ANTHROPIC_AUTH_TOKEN'],
  },
  {
    name: 'Claude Code settings.json, both headers and a leftover Anthropic key',
    format: 'json',
    owner: 'claude-code',
    text: `{
  "env": {
    "ANTHROPIC_BASE_URL": "https://api.deepseek.com/anthropic",
    "ANTHROPIC_AUTH_TOKEN": "${KEY}",
    "ANTHROPIC_API_KEY": "${ANTHROPIC_KEY}"
  },
  "permissions": { "allow": ["Bash(npm test:*)"] }
}
`,
    finds: ['config-wrong-field', 'config-key-placeholder'],
    holds: ['"permissions"'],
  },
  {
    name: 'Claude Code settings.json, no base URL',
    format: 'json',
    owner: 'claude-code',
    text: `{
  "env": {
    "ANTHROPIC_AUTH_TOKEN": "\${DEEPSEEK_API_KEY}"
  }
}
`,
    finds: ['config-var-not-expanded', 'no-base-url'],
    holds: ['"ANTHROPIC_BASE_URL": "https://api.deepseek.com/anthropic"'],
  },
  {
    name: 'Claude Code settings.json pointed at Kimi with a DeepSeek model',
    format: 'json',
    owner: 'claude-code',
    text: `{
  "env": {
    "ANTHROPIC_BASE_URL": "https://api.moonshot.ai/anthropic",
    "ANTHROPIC_AUTH_TOKEN": "${KEY}",
    "ANTHROPIC_MODEL": "deepseek-v4-pro"
  }
}
`,
    finds: ['other-provider-endpoint', 'config-key-placeholder'],
    holds: ['https://api.moonshot.ai/anthropic'],
  },
  {
    name: 'Continue config.yaml, literal key',
    format: 'yaml',
    owner: 'continue',
    text: `name: My Config
version: 0.0.1
schema: v1
models:
  # chat model
  - name: DeepSeek
    provider: deepseek
    model: deepseek-chat
    apiKey: ${KEY} # from platform.deepseek.com
`,
    finds: ['hard-coded-key', 'retired-model'],
    holds: [
      'apiKey: ${{ secrets.DEEPSEEK_API_KEY }}',
      '# chat model',
      '# from platform.deepseek.com',
    ],
  },
  {
    name: 'Continue config.yaml, placeholder from the docs',
    format: 'yaml',
    owner: 'continue',
    text: `models:
  - name: DeepSeek
    provider: deepseek
    model: deepseek-v4-pro
    apiKey: "<YOUR_DEEPSEEK_API_KEY>"
`,
    finds: ['placeholder-key'],
    holds: ['"${{ secrets.DEEPSEEK_API_KEY }}"'],
  },
  {
    // `${{ secrets.… }}` is config.yaml's; config.json takes the key itself (continuedev/continue#5902).
    name: 'Continue config.json, placeholder: the key’s slot, not a secret reference',
    format: 'json',
    owner: 'continue',
    text: `{
  "models": [
    {
      "title": "DeepSeek",
      "provider": "deepseek",
      "model": "deepseek-flash",
      "apiKey": "<YOUR_DEEPSEEK_API_KEY>"
    }
  ]
}
`,
    finds: ['placeholder-key'],
    holds: ['"apiKey": "PASTE_YOUR_DEEPSEEK_KEY_HERE"'],
  },
  {
    // A value no key could be is a stand-in, often the reporter's own (openclaw-china-docker#78).
    name: '.env, a stand-in written where the key was: a placeholder, not “your key”',
    format: 'dotenv',
    owner: 'env-file',
    text: `API_KEY=(key已手动去除)
DEEPSEEK_API_KEY=sk-123456
BASE_URL=https://api.deepseek.com
`,
    finds: ['placeholder-key'],
    holds: ['BASE_URL=https://api.deepseek.com'],
  },
  {
    // zhangjf/mi-gpt#264: the file sends the request to SiliconFlow, whose key goes there.
    name: '.env for another provider’s address: its key’s slot, not DeepSeek’s',
    format: 'dotenv',
    owner: 'env-file',
    text: `OPENAI_API_KEY=sk-0123456789abcdef0123456789abcdef
OPENAI_BASE_URL=https://api.siliconflow.cn/v1
`,
    finds: ['other-provider-endpoint'],
    holds: ['OPENAI_API_KEY=PASTE_YOUR_SILICONFLOW_KEY_HERE'],
  },
  {
    name: 'Continue config.yaml, shell-style variable',
    format: 'yaml',
    owner: 'continue',
    text: `models:
  - name: DeepSeek
    provider: deepseek
    model: deepseek-flash
    apiKey: \${DEEPSEEK_API_KEY}
`,
    finds: ['config-var-not-expanded'],
    holds: ['${{ secrets.DEEPSEEK_API_KEY }}'],
  },
  {
    // The container gets only what its service lists (Compose docs): the proxy reads nothing.
    name: 'LiteLLM Proxy config with its Compose service, the key variable not passed in',
    format: 'yaml',
    owner: 'litellm-proxy',
    text: `model_list:
  - model_name: deepseek-chat
    litellm_params:
      model: deepseek/deepseek-flash
      api_key: os.environ/DEEPSEEK_API_KEY
services:
  litellm:
    image: ghcr.io/berriai/litellm:main-stable
    environment:
      LITELLM_MASTER_KEY: sk-1234
`,
    finds: ['compose-env-missing'],
    holds: ['      DEEPSEEK_API_KEY: ${DEEPSEEK_API_KEY}'],
  },
  {
    // Current Codex refuses "chat" (x-cmd/x-cmd#378); DeepSeek serves the Responses API since
    // 31 July 2026, and its Codex guide sets "responses".
    name: 'Codex config.toml, a DeepSeek provider on Chat Completions',
    format: 'toml',
    owner: null,
    text: `model = "deepseek-flash"
model_provider = "deepseek"

[model_providers.deepseek]
name = "DeepSeek"
base_url = "https://api.deepseek.com"
env_key = "DEEPSEEK_API_KEY"
wire_api = "chat"
`,
    finds: ['config-wire-api'],
    holds: ['wire_api = "responses"'],
  },
  {
    // A fork's pull request runs with no secrets (GitHub Docs, "Using secrets in GitHub Actions").
    name: 'GitHub Actions workflow on pull_request, reading a secret',
    format: 'yaml',
    owner: null,
    text: `name: summarize
on:
  pull_request:
jobs:
  run:
    runs-on: ubuntu-latest
    steps:
      - run: node scripts/summarize.mjs
        env:
          DEEPSEEK_API_KEY: \${{ secrets.DEEPSEEK_APIKEY }}
`,
    finds: ['ci-fork-secrets'],
    changes: false,
  },
  {
    // settings.json expands nothing: Claude Code sends the name, DeepSeek echoes "****_KEY".
    name: 'Claude Code settings.json, a variable’s name as the token',
    format: 'json',
    owner: 'claude-code',
    text: `{
  "env": {
    "ANTHROPIC_BASE_URL": "https://api.deepseek.com/anthropic",
    "ANTHROPIC_AUTH_TOKEN": "DEEPSEEK_API_KEY",
    "ANTHROPIC_MODEL": "deepseek-v4-pro"
  }
}
`,
    finds: ['config-var-not-expanded'],
    holds: ['"ANTHROPIC_AUTH_TOKEN": "PASTE_YOUR_DEEPSEEK_KEY_HERE"'],
  },
  {
    // DeepSeek echoes "null": the model sends no key (blind round, December 2026).
    name: 'Continue config.yaml, a model with no apiKey',
    format: 'yaml',
    owner: 'continue',
    text: `models:
  - name: DeepSeek Coder
    provider: deepseek
    model: deepseek-flash
    roles:
      - chat
`,
    finds: ['config-no-key'],
    holds: ['    apiKey: ${{ secrets.DEEPSEEK_API_KEY }}'],
  },
  {
    // provider: openai goes to OpenAI's address unless apiBase says otherwise.
    name: 'Continue config.yaml, provider openai with no apiBase',
    format: 'yaml',
    owner: 'continue',
    text: `models:
  - name: DeepSeek V4
    provider: openai
    model: deepseek-v4-pro
    apiKey: \${{ secrets.DEEPSEEK_API_KEY }}
`,
    finds: ['no-base-url'],
    holds: ['    apiBase: https://api.deepseek.com'],
  },
  {
    // DeepSeek's own Continue guide, before deepseek-ai/awesome-deepseek-integration#21.
    name: 'Continue config.json, the key under "apikey"',
    format: 'json',
    owner: 'continue',
    text: `{
  "models": [{
    "title": "DeepSeek",
    "provider": "openai",
    "model": "deepseek-chat",
    "apiBase": "https://api.deepseek.com",
    "apikey": "\${KEY}"
  }]
}
`,
    finds: ['config-key-spelling'],
    holds: ['"apiKey": ', '"apiBase": "https://api.deepseek.com"'],
  },
  {
    name: 'LiteLLM proxy config.yaml, literal key and old model',
    format: 'yaml',
    owner: 'litellm-proxy',
    text: `model_list:
  - model_name: deepseek
    litellm_params:
      model: deepseek/deepseek-chat # the chat model
      api_key: "${KEY}"

general_settings:
  master_key: os.environ/LITELLM_MASTER_KEY
`,
    finds: ['hard-coded-key', 'retired-model'],
    holds: [
      'api_key: "os.environ/DEEPSEEK_API_KEY"',
      'deepseek/deepseek-flash # the chat model',
      'master_key: os.environ/LITELLM_MASTER_KEY',
    ],
  },
  {
    name: 'LiteLLM proxy config.yaml, ${VAR} that LiteLLM does not expand',
    format: 'yaml',
    owner: 'litellm-proxy',
    text: `model_list:
  - model_name: ds
    litellm_params:
      model: deepseek/deepseek-v4-pro
      api_key: \${DEEPSEEK_API_KEY}
      api_base: https://api.deepseek.com/chat/completions
`,
    finds: ['config-var-not-expanded', 'base-url-path'],
    holds: ['api_key: os.environ/DEEPSEEK_API_KEY', 'api_base: https://api.deepseek.com\n'],
  },
  {
    name: 'LiteLLM proxy config.yaml via SiliconFlow',
    format: 'yaml',
    owner: 'litellm-proxy',
    text: `model_list:
  - model_name: ds
    litellm_params:
      model: openai/deepseek-ai/DeepSeek-V3
      api_base: https://api.siliconflow.cn/v1
      api_key: os.environ/DEEPSEEK_API_KEY
`,
    finds: ['other-provider-endpoint'],
    changes: false,
  },
  {
    name: 'opencode.json, literal key',
    format: 'json',
    owner: 'opencode',
    text: `{
  "$schema": "https://opencode.ai/config.json",
  "provider": {
    "deepseek": {
      "options": {
        "apiKey": "${KEY}"
      }
    }
  },
  "model": "deepseek/deepseek-reasoner"
}
`,
    finds: ['hard-coded-key', 'retired-model'],
    holds: ['"apiKey": "{env:DEEPSEEK_API_KEY}"', 'deepseek/deepseek-flash'],
  },
  {
    name: 'opencode.jsonc, shell variable and a comment',
    format: 'json',
    owner: 'opencode',
    text: `{
  // keys come from the shell
  "provider": {
    "deepseek": {
      "options": { "apiKey": "$DEEPSEEK_API_KEY", "baseURL": "https://api.deepseek.com/v1" }
    }
  }
}
`,
    finds: ['config-var-not-expanded'],
    holds: ['{env:DEEPSEEK_API_KEY}', '// keys come from the shell'],
  },
  {
    name: 'Aider .aider.conf.yml, key in the YAML',
    format: 'yaml',
    owner: 'aider',
    text: `# aider settings
model: deepseek/deepseek-chat
api-key:
  - deepseek=${KEY}
auto-commits: false
`,
    finds: ['hard-coded-key', 'retired-model'],
    holds: ['# aider settings', 'auto-commits: false', 'deepseek/deepseek-flash'],
  },
  {
    name: 'Aider .aider.conf.yml, OpenAI settings pointed at DeepSeek',
    format: 'yaml',
    owner: 'aider',
    text: `openai-api-base: https://api.deepseek.com
openai-api-key: ${KEY}
model: openai/deepseek-chat
`,
    finds: ['hard-coded-key', 'retired-model'],
    holds: ['openai-api-base: https://api.deepseek.com'],
  },
  {
    name: 'OpenManus config.toml, DeepSeek with an old model',
    format: 'toml',
    owner: 'openmanus',
    text: `# Global LLM configuration
[llm]
model = "deepseek-chat"        # The LLM model to use
base_url = "https://api.deepseek.com"
api_key = "${KEY}"   # Your API key
max_tokens = 4096

[browser]
headless = true
`,
    finds: ['retired-model', 'config-key-placeholder'],
    holds: [
      '# Global LLM configuration',
      '# The LLM model to use',
      'headless = true',
      'api_key = "PASTE_YOUR_DEEPSEEK_KEY_HERE"',
    ],
  },
  {
    // FoundationAgents/OpenManus#113: OpenAI serves no DeepSeek model, so DeepSeek is meant.
    name: 'OpenManus config.toml, OpenAI base URL left in',
    format: 'toml',
    owner: 'openmanus',
    text: `[llm]
model = "deepseek-v4-pro"
base_url = "https://api.openai.com/v1"
api_key = "${KEY}"
`,
    finds: ['foreign-base-url', 'config-key-placeholder'],
    holds: ['base_url = "https://api.deepseek.com', 'model = "deepseek-v4-pro"'],
  },
  {
    name: 'OpenManus config.toml, no base URL',
    format: 'toml',
    owner: 'openmanus',
    text: `[llm]
model = "deepseek-flash"
api_key = "sk-..."  # Replace with your actual API key
`,
    finds: ['placeholder-key', 'no-base-url'],
    holds: ['base_url = "https://api.deepseek.com"'],
  },
  {
    name: 'Compose file, quotes in a list entry',
    format: 'yaml',
    owner: 'compose',
    text: `services:
  app:
    image: my-app:latest
    environment:
      # DeepSeek
      - DEEPSEEK_API_KEY="${KEY}"
      - DEEPSEEK_BASE_URL=https://api.deepseek.com
`,
    finds: ['compose-quotes', 'hard-coded-key'],
    holds: ['- DEEPSEEK_API_KEY=${DEEPSEEK_API_KEY}', '# DeepSeek'],
  },
  {
    name: 'Compose file, map entry with a literal key',
    format: 'yaml',
    owner: 'compose',
    text: `services:
  worker:
    build: .
    environment:
      DEEPSEEK_API_KEY: ${KEY} # TODO move to .env
      LOG_LEVEL: info
`,
    finds: ['hard-coded-key'],
    holds: ['DEEPSEEK_API_KEY: ${DEEPSEEK_API_KEY} # TODO move to .env', 'LOG_LEVEL: info'],
  },
  {
    name: 'Compose file for Open WebUI, literal key',
    format: 'yaml',
    owner: 'open-webui',
    text: `services:
  open-webui:
    image: ghcr.io/open-webui/open-webui:main
    environment:
      - 'OPENAI_API_BASE_URLS=https://api.deepseek.com/v1'
      - 'OPENAI_API_KEYS=${KEY}'
`,
    finds: ['hard-coded-key'],
    holds: ["- 'OPENAI_API_KEYS=${OPENAI_API_KEYS}'"],
  },
  {
    name: '.env, spaces around = and a quoted key',
    format: 'dotenv',
    owner: 'env-file',
    text: `# DeepSeek
DEEPSEEK_API_KEY = "${KEY}"
DEEPSEEK_BASE_URL=https://api.deepseek.com
`,
    finds: ['env-spaces', 'config-key-placeholder'],
    holds: ['DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE', '# DeepSeek'],
  },
  {
    name: '.env with an export, for docker --env-file',
    format: 'dotenv',
    owner: 'env-file',
    text: `export DEEPSEEK_API_KEY=${KEY}
APP_PORT=8080
`,
    finds: ['env-export', 'config-key-placeholder'],
    holds: ['APP_PORT=8080'],
  },
  {
    name: '.env saved on Windows (CRLF)',
    format: 'dotenv',
    owner: 'env-file',
    text: `DEEPSEEK_API_KEY=${KEY}\r\nMODEL=deepseek-chat\r\n`,
    finds: ['env-crlf', 'config-key-placeholder', 'retired-model'],
  },
  {
    name: '.env with a placeholder left',
    format: 'dotenv',
    owner: 'env-file',
    text: `DEEPSEEK_API_KEY=your-api-key
`,
    finds: ['placeholder-key'],
  },
  {
    name: '.env for Claude Code with the OpenAI-style URL',
    format: 'dotenv',
    owner: 'claude-code',
    text: `ANTHROPIC_BASE_URL=https://api.deepseek.com/v1
ANTHROPIC_API_KEY=${KEY}
`,
    finds: ['config-anthropic-path', 'config-wrong-field', 'config-key-placeholder'],
    holds: ['ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic', 'ANTHROPIC_AUTH_TOKEN='],
  },
  {
    name: 'Spring application.yml, literal key',
    format: 'yaml',
    owner: 'spring-ai',
    text: `spring:
  application:
    name: demo
  ai:
    deepseek:
      api-key: ${KEY}   # do not commit
      chat:
        options:
          model: deepseek-chat
`,
    finds: ['hard-coded-key', 'retired-model'],
    holds: ['api-key: ${DEEPSEEK_API_KEY}   # do not commit', 'name: demo'],
  },
  {
    name: 'Spring application.yml, OpenAI starter with a chat-completions URL',
    format: 'yaml',
    owner: 'spring-ai',
    text: `spring:
  ai:
    openai:
      api-key: \${DEEPSEEK_API_KEY}
      base-url: https://api.deepseek.com/chat/completions
      chat:
        options:
          model: deepseek-v4-pro
`,
    finds: ['base-url-path'],
    holds: ['base-url: https://api.deepseek.com\n'],
  },
  {
    name: 'Spring application.properties, literal key',
    format: 'properties',
    owner: 'spring-ai',
    text: `# DeepSeek
spring.ai.deepseek.api-key=${KEY}
spring.ai.deepseek.chat.options.model=deepseek-reasoner
server.port=8080
`,
    finds: ['hard-coded-key', 'retired-model'],
    holds: ['spring.ai.deepseek.api-key=${DEEPSEEK_API_KEY}', 'server.port=8080', '# DeepSeek'],
  },
  {
    name: 'LibreChat librechat.yaml, literal key',
    format: 'yaml',
    owner: 'librechat',
    text: `version: 1.2.1
endpoints:
  custom:
    # Deepseek
    - name: "Deepseek"
      apiKey: "${KEY}"
      baseURL: "https://api.deepseek.com/v1"
      models:
        default: ["deepseek-chat", "deepseek-v4-pro"]
        fetch: false
`,
    finds: ['hard-coded-key', 'retired-model'],
    holds: ['apiKey: "${DEEPSEEK_API_KEY}"', '# Deepseek'],
  },
  {
    name: 'LibreChat librechat.yaml, no base URL',
    format: 'yaml',
    owner: 'librechat',
    text: `endpoints:
  custom:
    - name: "Deepseek"
      apiKey: "\${DEEPSEEK_API_KEY}"
      models:
        default: ["deepseek-flash"]
`,
    finds: ['no-base-url'],
    holds: ['baseURL: https://api.deepseek.com/v1'],
  },
  {
    name: 'Zed settings.json, chat-completions URL',
    format: 'json',
    owner: 'zed',
    text: `{
  "theme": "One Dark",
  "language_models": {
    "deepseek": {
      "api_url": "https://api.deepseek.com/chat/completions"
    }
  }
}
`,
    finds: ['base-url-path'],
    holds: ['"api_url": "https://api.deepseek.com/v1"', '"theme": "One Dark"'],
  },
  {
    // fathah/hermes-desktop#260: a tool the page has no profile for; a nested `model:` block is
    // not Aider's top-level `model:`.
    name: 'an unknown tool’s YAML, a placeholder key and a chat-completions URL',
    format: 'yaml',
    owner: null,
    text: `# my agent
model:
  provider: "custom"
  base_url: "https://api.deepseek.com/chat/completions"
  api_key: "sk-your-deepseek-key"
`,
    finds: ['placeholder-key', 'base-url-path'],
    holds: ['# my agent', 'https://api.deepseek.com"', 'PASTE_YOUR_DEEPSEEK_KEY_HERE'],
  },
  {
    name: 'an unknown tool’s JSON, a literal key',
    format: 'json',
    owner: null,
    text: `{
  "llm": { "apiKey": "${KEY}", "baseURL": "https://api.deepseek.com" }
}
`,
    finds: ['config-key-placeholder'],
    holds: ['"baseURL": "https://api.deepseek.com"', 'PASTE_YOUR_DEEPSEEK_KEY_HERE'],
  },
  {
    // musistudio/claude-code-router#112: it posts to api_base_url as written.
    name: 'Claude Code Router config.json, a base URL short of the endpoint',
    format: 'json',
    owner: 'claude-code-router',
    text: `{
  "APIKEY": "",
  "Providers": [
    {
      "name": "deepseek",
      "api_base_url": "https://api.deepseek.com/v1",
      "api_key": "${KEY}",
      "models": ["deepseek-chat", "deepseek-reasoner"],
      "transformer": { "use": ["deepseek"] }
    },
    {
      "name": "openrouter",
      "api_base_url": "https://openrouter.ai/api/v1/chat/completions",
      "api_key": "sk-xxx",
      "models": ["google/gemini-2.5-pro-preview"]
    }
  ],
  "Router": {
    "default": "deepseek,deepseek-chat",
    "longContext": "openrouter,google/gemini-2.5-pro-preview"
  }
}
`,
    finds: ['config-full-endpoint', 'hard-coded-key'],
    holds: [
      '"api_base_url": "https://api.deepseek.com/chat/completions"',
      '"api_key": "$DEEPSEEK_API_KEY"',
      // Its models are a list the reader does not edit: the route stays as it agrees with them.
      '"default": "deepseek,deepseek-chat"',
      // Another provider's entry and the router's own access key are not DeepSeek's.
      '"api_key": "sk-xxx"',
      '"APIKEY": ""',
    ],
  },
  {
    // FoundationAgents/OpenManus#113: its [llm] table pasted without the header.
    name: 'a config.toml without its table header, the OpenAI base URL left in',
    format: 'toml',
    owner: null,
    text: `model = "deepseek-v4-pro"
base_url = "https://api.openai.com/v1"
api_key = "${KEY}"
`,
    finds: ['foreign-base-url', 'config-key-placeholder'],
    holds: ['model = "deepseek-v4-pro"', 'base_url = "https://api.deepseek.com'],
  },
  {
    // Code-Amadeus/Amadeus#20: a quote copied into .env with the key.
    name: '.env, a stray quote after the key',
    format: 'dotenv',
    owner: 'env-file',
    text: `DEEPSEEK_API_KEY=${KEY}"
`,
    finds: ['config-key-extra'],
    holds: ['DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE'],
  },
  {
    // spring-projects/spring-ai#2515: the OpenAI starter adds /v1/chat/completions itself.
    name: 'Spring AI properties, the OpenAI starter with /v1 in its base URL',
    format: 'properties',
    owner: 'spring-ai',
    text: `spring.ai.openai.api-key=\${DEEPSEEK_API_KEY}
spring.ai.openai.base-url=https://api.deepseek.com/v1
spring.ai.openai.chat.options.model=deepseek-flash
`,
    finds: ['base-url-path'],
    holds: ['spring.ai.openai.base-url=https://api.deepseek.com\n'],
  },
  {
    // Thysrael/Horizon#70: api_key_env names a variable; the key written there sends none.
    name: 'an unknown tool’s JSON, the key in api_key_env',
    format: 'json',
    owner: null,
    text: `{
  "ai": {
    "provider": "openai",
    "base_url": "https://api.deepseek.com",
    "api_key_env": "${KEY}"
  }
}
`,
    finds: ['config-key-in-variable-field'],
    holds: ['"api_key_env": "DEEPSEEK_API_KEY"'],
  },
];
