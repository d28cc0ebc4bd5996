/**
 * Each tool's set-up for DeepSeek, broken (as often found) and fixed, in the tool's own config
 * format, with a check that never prints the key. Only tools configured by a file have one; the
 * facts behind them are in tools.ts. Every fixed file parses (tests/unit/config/tool-setups.test.ts).
 */
import { DEFAULT_MODEL, KEY_ENV_VAR } from '../deepseek-facts.ts';
import type { ConfigFormat } from '../config/config-format.ts';
import type { ToolId } from './tools.ts';

export interface ToolSetup {
  format: ConfigFormat;
  /** Where the file lives, as the tool's docs name it. */
  file: string;
  broken: string;
  fixed: string;
  /** A shell check that prints a length or a URL, never the key; and what it should print. */
  check: string;
  expect: string;
}

const EXAMPLE_KEY = 'sk-0123456789abcdef0123456789abcdef';
/** A shell check of a variable that prints its length, never its value. */
export const lengthCheck = (variable: string) => `printf '%s' "$${variable}" | wc -c`;
/** What it prints for a DeepSeek key (sk- and 32 hex characters). */
export const KEY_LENGTH = '35';

export const TOOL_SETUPS: Partial<Record<ToolId, ToolSetup>> = {
  'claude-code': {
    format: 'json',
    file: '~/.claude/settings.json',
    broken: `{
  "env": {
    "ANTHROPIC_BASE_URL": "https://api.deepseek.com",
    "ANTHROPIC_API_KEY": "$${KEY_ENV_VAR}",
    "ANTHROPIC_MODEL": "deepseek-chat"
  }
}
`,
    fixed: `{
  // The key is not written here: Claude Code reads ANTHROPIC_AUTH_TOKEN from the
  // environment (export ANTHROPIC_AUTH_TOKEN="$${KEY_ENV_VAR}"), and this file does not
  // expand $VAR.
  "env": {
    "ANTHROPIC_BASE_URL": "https://api.deepseek.com/anthropic",
    "ANTHROPIC_MODEL": "${DEFAULT_MODEL}"
  }
}
`,
    check: `${lengthCheck('ANTHROPIC_AUTH_TOKEN')}; echo "$ANTHROPIC_API_KEY" | wc -c`,
    expect: '35, then 1 (ANTHROPIC_API_KEY empty)',
  },
  continue: {
    format: 'yaml',
    file: '~/.continue/config.yaml',
    broken: `models:
  - name: DeepSeek
    provider: deepseek
    model: deepseek-chat
    apiKey: ${EXAMPLE_KEY}
`,
    fixed: `models:
  - name: DeepSeek
    provider: deepseek
    model: ${DEFAULT_MODEL}
    # Read from .continue/.env or the workspace .env: DEEPSEEK_API_KEY=…
    apiKey: \${{ secrets.${KEY_ENV_VAR} }}
`,
    check: `grep -c '^${KEY_ENV_VAR}=' ~/.continue/.env`,
    expect: '1',
  },
  aider: {
    format: 'yaml',
    file: '.aider.conf.yml',
    broken: `model: deepseek-chat
api-key:
  - deepseek=${EXAMPLE_KEY}
`,
    fixed: `# The key comes from DEEPSEEK_API_KEY (the environment or .env), not from this file.
model: deepseek/${DEFAULT_MODEL}
`,
    check: lengthCheck(KEY_ENV_VAR),
    expect: KEY_LENGTH,
  },
  opencode: {
    format: 'json',
    file: 'opencode.json',
    broken: `{
  "$schema": "https://opencode.ai/config.json",
  "provider": {
    "deepseek": { "options": { "apiKey": "$${KEY_ENV_VAR}" } }
  },
  "model": "deepseek/deepseek-chat"
}
`,
    fixed: `{
  "$schema": "https://opencode.ai/config.json",
  "provider": {
    "deepseek": { "options": { "apiKey": "{env:${KEY_ENV_VAR}}" } }
  },
  "model": "deepseek/${DEFAULT_MODEL}"
}
`,
    check: lengthCheck(KEY_ENV_VAR),
    expect: KEY_LENGTH,
  },
  zed: {
    format: 'json',
    file: '~/.config/zed/settings.json',
    broken: `{
  "language_models": {
    "deepseek": { "api_url": "https://api.deepseek.com/chat/completions" }
  }
}
`,
    fixed: `{
  // The key: Agent Settings → DeepSeek, or DEEPSEEK_API_KEY in Zed's environment.
  "language_models": {
    "deepseek": { "api_url": "https://api.deepseek.com/v1" }
  }
}
`,
    check: lengthCheck(KEY_ENV_VAR),
    expect: KEY_LENGTH,
  },
  'litellm-proxy': {
    format: 'yaml',
    file: 'config.yaml',
    broken: `model_list:
  - model_name: deepseek
    litellm_params:
      model: deepseek-chat
      api_key: \${${KEY_ENV_VAR}}
`,
    fixed: `model_list:
  - model_name: deepseek
    litellm_params:
      model: deepseek/${DEFAULT_MODEL}
      api_key: os.environ/${KEY_ENV_VAR}
`,
    check: lengthCheck(KEY_ENV_VAR),
    expect: KEY_LENGTH,
  },
  librechat: {
    format: 'yaml',
    file: 'librechat.yaml',
    broken: `endpoints:
  custom:
    - name: "Deepseek"
      apiKey: "${EXAMPLE_KEY}"
      models:
        default: ["deepseek-chat"]
`,
    fixed: `endpoints:
  custom:
    - name: "Deepseek"
      # DEEPSEEK_API_KEY=… goes in LibreChat's .env
      apiKey: "\${${KEY_ENV_VAR}}"
      baseURL: "https://api.deepseek.com/v1"
      models:
        default: ["${DEFAULT_MODEL}"]
`,
    check: `grep -c '^${KEY_ENV_VAR}=' .env`,
    expect: '1',
  },
  'spring-ai': {
    format: 'yaml',
    file: 'application.yml',
    broken: `spring:
  ai:
    deepseek:
      api-key: ${EXAMPLE_KEY}
      chat:
        options:
          model: deepseek-chat
`,
    fixed: `spring:
  ai:
    deepseek:
      api-key: \${${KEY_ENV_VAR}}
      chat:
        options:
          model: ${DEFAULT_MODEL}
`,
    check: lengthCheck(KEY_ENV_VAR),
    expect: KEY_LENGTH,
  },
  openmanus: {
    format: 'toml',
    file: 'config/config.toml',
    broken: `[llm]
model = "deepseek-chat"
base_url = "https://api.openai.com/v1"
api_key = "${EXAMPLE_KEY}"
`,
    fixed: `# config.toml holds the key itself: paste yours in place of the placeholder,
# and keep this file out of git.
[llm]
model = "${DEFAULT_MODEL}"
base_url = "https://api.deepseek.com"
api_key = "PASTE_YOUR_DEEPSEEK_KEY_HERE"
`,
    check: `grep -c 'api_key = "sk-' config/config.toml`,
    expect: '1',
  },
  'open-webui': {
    format: 'yaml',
    file: 'compose.yaml',
    broken: `services:
  open-webui:
    image: ghcr.io/open-webui/open-webui:main
    environment:
      - OPENAI_API_BASE_URLS="https://api.deepseek.com/v1"
      - OPENAI_API_KEYS="${EXAMPLE_KEY}"
`,
    fixed: `services:
  open-webui:
    image: ghcr.io/open-webui/open-webui:main
    environment:
      - OPENAI_API_BASE_URLS=https://api.deepseek.com/v1
      - OPENAI_API_KEYS=\${OPENAI_API_KEYS}
`,
    check: lengthCheck('OPENAI_API_KEYS'),
    expect: KEY_LENGTH,
  },
};
