import { describe, expect, it } from 'vitest';
import { configFormatOf, configPartOf } from '../../../src/domain/config/config-format.ts';
import { parsesAs } from '../../../src/domain/config/config-entries.ts';
import { KEY_PLACEHOLDER, configLint, readConfig } from '../../../src/domain/config/read-config.ts';
import { diagnose } from '../../../src/domain/diagnosis/diagnose.ts';
import { parseErrorText } from '../../../src/domain/error/parse-error-text.ts';
import { ANTHROPIC_KEY, BROKEN_CONFIGS, KEY, KEY2 } from './broken-configs.ts';

/** Comment lines of a file, as written. */
const comments = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => /(?:^|\s)(#|\/\/)\s.*$/.exec(line)?.[0].trim())
    .filter(Boolean);

describe('broken configs: recognised, repaired in their own format', () => {
  it('has 30 or more cases', () => expect(BROKEN_CONFIGS.length).toBeGreaterThanOrEqual(30));

  it.each(BROKEN_CONFIGS.map((c) => [c.name, c] as const))('%s', (_name, config) => {
    expect(configFormatOf(config.text)).toBe(config.format);
    const reading = readConfig(config.text, config.format);
    expect(reading.owner).toBe(config.owner);
    expect(reading.findings.map((f) => f.code)).toEqual(expect.arrayContaining(config.finds));
    // The repair parses with the format's own parser, keeps every comment, and holds no key.
    expect(reading.fixedParses).toBe(true);
    expect(parsesAs(reading.fixed, config.format)).toBe(true);
    for (const comment of comments(config.text)) expect(reading.fixed).toContain(comment);
    for (const key of [KEY, KEY2, ANTHROPIC_KEY]) expect(reading.fixed).not.toContain(key);
    for (const text of config.holds ?? []) expect(reading.fixed).toContain(text);
    if (config.changes === false) expect(reading.fixed).toBe(config.text);
    else expect(reading.fixed).not.toBe(config.text);
  });
});

describe('a Continue model’s key and address', () => {
  const read = (text: string) => readConfig(text, configFormatOf(text)!);
  const codes = (text: string) => read(text).findings.map((f) => f.code);

  it('asks for no key where the model has one, misspelled or not', () => {
    expect(
      codes('{"models": [{"provider": "deepseek", "model": "deepseek-flash", "apikey": "x"}]}'),
    ).not.toContain('config-no-key');
    expect(
      codes(
        'models:\n  - provider: deepseek\n    model: deepseek-flash\n    apiKey: ${{ secrets.DEEPSEEK_API_KEY }}\n',
      ),
    ).not.toContain('config-no-key');
  });

  it('asks for no apiBase where the provider is deepseek, which knows DeepSeek’s address', () => {
    expect(
      codes(
        'models:\n  - provider: deepseek\n    model: deepseek-flash\n    apiKey: ${{ secrets.DEEPSEEK_API_KEY }}\n',
      ),
    ).not.toContain('no-base-url');
  });
});

describe('a shell profile for Claude Code', () => {
  // ANTHROPIC_BASEURL is read by no one: Claude Code goes to Anthropic ("invalid x-api-key").
  it('renames a misspelled base URL variable, and keeps its lines exported', () => {
    const text = `export ANTHROPIC_BASEURL=https://api.deepseek.com/anthropic\nexport ANTHROPIC_AUTH_TOKEN=${KEY}\nexport ANTHROPIC_MODEL=deepseek-v4-pro\n`;
    const reading = readConfig(text, 'dotenv');
    expect(reading.owner).toBe('claude-code');
    expect(reading.findings.map((f) => f.code)).toContain('config-base-url-spelling');
    expect(reading.findings.map((f) => f.code)).not.toContain('no-base-url');
    expect(reading.fixed).toContain(
      'export ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic\n',
    );
    expect(reading.fixed).not.toContain('ANTHROPIC_BASEURL');
  });

  it('adds a missing base URL as an exported line beside exported ones', () => {
    const text = `export ANTHROPIC_AUTH_TOKEN=${KEY}\nexport ANTHROPIC_MODEL=deepseek-v4-pro\n`;
    expect(readConfig(text, 'dotenv').fixed).toContain(
      'export ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic\n',
    );
  });
});

describe('configFormatOf', () => {
  it.each([
    [
      'a lowercase .env, unspaced',
      'deepseek_api_key="sk-x"\nbase_url="https://api.deepseek.com"\n',
      'dotenv',
    ],
    [
      'a config.toml without its header',
      'model = "deepseek-flash"\nbase_url = "https://api.deepseek.com"\n',
      'toml',
    ],
    // A first comment naming the file: stanford-oval/storm#280, jianchang512/pyvideotrans#1159.
    [
      'Streamlit’s secrets.toml, named in its first line',
      '# .streamlit/secrets.toml\nDEEPSEEK_API_KEY = "sk-x"\nDEEPSEEK_API_BASE = "https://api.deepseek.com"\n',
      'toml',
    ],
    [
      'a JSON file under a // line naming it',
      '// params.json\n{\n  "deepseek_key": ""\n}\n',
      'json',
    ],
    // binary-husky/gpt_academic's config.py: a dict constant is Python.
    [
      'a Python dict constant',
      'API_URL_REDIRECT = {"https://api.openai.com/v1/chat/completions": "https://api.deepseek.com/chat/completions"}\n',
      null,
    ],
  ] as const)('reads %s as %s', (_name, text, format) => {
    expect(configFormatOf(text)).toBe(format);
  });

  it.each([
    ['Python', 'import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ["X"])\n'],
    ['Node', "import OpenAI from 'openai';\nconst client = new OpenAI({ apiKey: 'x' });\n"],
    ['one Python call', 'client = OpenAI(api_key="sk-x")\n'],
    ['a traceback line', 'Traceback (most recent call last):\n  File "a.py", line 1\n'],
    [
      'a PowerShell transcript',
      'PS C:\\Users\\me> setx DEEPSEEK_API_KEY "sk-x"\n\nSUCCESS: Specified value was saved.\n',
    ],
    ['a cmd transcript', 'C:\\app> set DEEPSEEK_API_KEY=sk-x\nC:\\app> python main.py\n'],
  ])('leaves %s to the code reader', (_name, text) => {
    expect(configFormatOf(text)).toBeNull();
  });
});

describe('the repair', () => {
  it('leaves a correct file as it is', () => {
    const text = `model_list:\n  - model_name: ds\n    litellm_params:\n      model: deepseek/deepseek-flash\n      api_key: os.environ/DEEPSEEK_API_KEY\n`;
    const reading = readConfig(text, 'yaml');
    expect(reading.findings).toEqual([]);
    expect(reading.fixed).toBe(text);
  });

  it('leaves DeepSeek’s own Codex setup as it is: the Responses API, since July 2026', () => {
    const text = `model = "deepseek-flash"\nmodel_provider = "deepseek"\n\n[model_providers.deepseek]\nname = "deepseek"\nbase_url = "https://api.deepseek.com"\nwire_api = "responses"\nenv_key = "DEEPSEEK_API_KEY"\n`;
    const reading = readConfig(text, 'toml');
    expect(reading.findings).toEqual([]);
    expect(reading.fixed).toBe(text);
  });

  it('reads Codex’s experimental_bearer_token as the key, where DeepSeek’s Codex guide puts it', () => {
    const reading = readConfig(
      `[model_providers.deepseek]\nbase_url = "https://api.deepseek.com"\nwire_api = "responses"\nexperimental_bearer_token = "${KEY}"\n`,
      'toml',
    );
    expect(reading.findings.map((f) => f.code)).toEqual(['config-key-placeholder']);
    expect(reading.fixed).toContain(KEY_PLACEHOLDER);
  });

  it('puts a named placeholder where the format holds only a literal', () => {
    const reading = readConfig(
      `[llm]\nbase_url = "https://api.deepseek.com"\napi_key = "${KEY}"\n`,
      'toml',
    );
    expect(reading.fixed).toContain(KEY_PLACEHOLDER);
  });
});

describe('Claude Code Router', () => {
  const config = (base: string, key: string, model = 'deepseek-flash') => `{
  "Providers": [
    { "name": "deepseek", "api_base_url": "${base}", "api_key": "${key}", "models": ["${model}"] }
  ],
  "Router": { "default": "deepseek,${model}" }
}
`;

  it.each(['$DEEPSEEK_API_KEY', '${DEEPSEEK_API_KEY}'])(
    'leaves a correct file as it is, with %s',
    (key) => {
      for (const base of [
        'https://api.deepseek.com/chat/completions',
        'https://api.deepseek.com/v1/chat/completions',
      ]) {
        const text = config(base, key);
        const reading = readConfig(text, 'json');
        expect(reading.owner).toBe('claude-code-router');
        expect(reading.findings).toEqual([]);
        expect(reading.fixed).toBe(text);
      }
    },
  );

  it.each(['https://api.deepseek.com', 'https://api.deepseek.com/anthropic'])(
    'wants the full endpoint, not %s',
    (base) => {
      const reading = readConfig(config(base, '$DEEPSEEK_API_KEY'), 'json');
      expect(reading.findings.map((f) => f.code)).toEqual(['config-full-endpoint']);
      expect(reading.fixed).toContain('"https://api.deepseek.com/chat/completions"');
    },
  );

  it('leaves DeepSeek’s Anthropic endpoint and its /beta endpoint alone', () => {
    for (const base of [
      'https://api.deepseek.com/anthropic/v1/messages',
      'https://api.deepseek.com/beta/chat/completions',
    ]) {
      expect(readConfig(config(base, '$DEEPSEEK_API_KEY'), 'json').findings).toEqual([]);
    }
  });

  it('takes a “deepseek”-named provider at another host for that host’s, not DeepSeek’s', () => {
    const text = `{
  "Providers": [
    { "name": "deepseek", "api_base_url": "https://api.deepseek.com/chat/completions", "api_key": "\${DEEPSEEK_API_KEY}", "models": ["deepseek-flash"] },
    { "name": "deepseek-siliconflow", "api_base_url": "https://api.siliconflow.cn/v1/chat/completions", "api_key": "sk-sf0123456789", "models": ["deepseek-ai/DeepSeek-V3"] }
  ],
  "Router": { "default": "deepseek,deepseek-flash" }
}
`;
    const reading = readConfig(text, 'json');
    expect(reading.findings).toEqual([]);
    expect(reading.fixed).toContain('"api_key": "sk-sf0123456789"');
  });

  it('reads the base URL as the cause to check', () => {
    const code = configLint(readConfig(config('https://api.deepseek.com/v1', '$K'), 'json'));
    expect(diagnose({ keyLint: null, keyTest: null, parsedError: null, code }).top).toBe(
      'not-passed',
    );
  });
});

describe('a tool the page does not know', () => {
  it('leaves DeepSeek’s Anthropic endpoint alone: such a tool may speak Anthropic’s format', () => {
    const text = `"base_url": "https://api.deepseek.com/anthropic"\n`;
    const reading = readConfig(text, 'yaml');
    expect(reading.findings).toEqual([]);
  });

  it('flags it where the file says it speaks OpenAI’s format', () => {
    const text = `{"provider": "openai", "api_key": "$DEEPSEEK_API_KEY", "base_url": "https://api.deepseek.com/anthropic"}\n`;
    expect(readConfig(text, 'json').findings.map((f) => f.code)).toContain('base-url-path');
  });

  it('reads a comment after the key in .properties as part of the value, as Java does', () => {
    const text = 'spring.ai.deepseek.api-key=sk-0123456789abcdef0123456789abcdef # my key\n';
    expect(readConfig(text, 'properties').findings.map((f) => f.code)).toContain(
      'config-key-extra',
    );
  });

  it('reads several comma-separated keys as a list, not as extra characters', () => {
    const text =
      'DEEPSEEK_API_KEYS=sk-0123456789abcdef0123456789abcdef, sk-fedcba9876543210fedcba9876543210\n';
    expect(readConfig(text, 'dotenv').findings.map((f) => f.code)).not.toContain(
      'config-key-extra',
    );
  });
});

describe('a file that sets up several providers', () => {
  it('judges DeepSeek’s key only: another service’s template stays (a CrewAI .env)', () => {
    const text =
      'OPENAI_API_KEY=sk-0123456789abcdef0123456789abcdef\nOPENAI_API_BASE=https://api.deepseek.com\nOPENAI_MODEL_NAME=deepseek-v4-flash\nEXA_API_KEY=...\nLANGCHAIN_API_KEY=lsv2_pt_XXXXXX\n';
    const reading = readConfig(text, 'dotenv');
    expect(reading.findings.map((f) => f.line)).not.toContain(4);
    expect(reading.findings.map((f) => f.line)).not.toContain(5);
    expect(reading.fixed).toContain('EXA_API_KEY=...\nLANGCHAIN_API_KEY=lsv2_pt_XXXXXX\n');
  });

  it('judges the .env format on DeepSeek’s lines only, and its key among others in a section', () => {
    const env = readConfig(
      "DEEPSEEK_API_KEY=sk-0123456789abcdef0123456789abcdef\nDIFY_API_KEY = ''\n",
      'dotenv',
    );
    expect(env.findings.map((f) => f.code)).not.toContain('env-spaces');
    const ini = readConfig(
      "[DEEPSEEK_CONFIG]\nDeepseek_API_Key = 'sk-0123456789abcdef0123456789abcdef'\nDeepseek_API_URL = 'https://api.deepseek.com'\nANTHROPIC_AUTH_TOKEN = 'sk-XXXXXX'\nLANGCHAIN_API_KEY = 'lsv2_pt_XXXXXX'\n",
      'toml',
    );
    expect(ini.findings.map((f) => f.line).filter((line) => line > 3)).toEqual([]);
  });

  it('still judges every key where none names DeepSeek', () => {
    const reading = readConfig('OPENAI_API_KEY=your-api-key\nEXA_API_KEY=...\n', 'dotenv');
    expect(reading.findings.map((f) => f.code)).toContain('placeholder-key');
  });
});

describe('a base URL at DeepSeek’s web pages or a look-alike domain', () => {
  // FoundationAgents/OpenManus#81: the console's API keys page as the base URL.
  it.each([
    'https://platform.deepseek.com/api_keys',
    'https://api.deepseek.ai/v1',
    // A letter or two off: it resolves nowhere, or to someone else.
    'https://api.deepseak.com/v1',
    'https://api.deepseek.co',
  ])('%s is not the API, and is replaced by it', (url) => {
    const text = `[llm]\nmodel = "deepseek-flash"\nbase_url = "${url}"\napi_key = "sk-0123456789abcdef0123456789abcdef"\n`;
    const reading = readConfig(text, 'toml');
    expect(reading.findings.map((f) => f.code)).toContain('foreign-base-url');
    expect(reading.fixed).toContain('base_url = "https://api.deepseek.com"');
  });
});

describe('a template’s value where the key goes', () => {
  // musistudio/claude-code-router#102: "sk-" and "sk-xxx" from the README; aider's `xxx`.
  it.each(['sk-', 'sk-xxx', 'xxx', '{DEEPSEEK_API_KEY}'])(
    '%s is a placeholder, not a key written in the file',
    (key) => {
      const text = `{\n  "Providers": [\n    { "name": "deepseek", "api_base_url": "https://api.deepseek.com/chat/completions", "api_key": "${key}", "models": ["deepseek-flash"] }\n  ]\n}\n`;
      const codes = readConfig(text, 'json').findings.map((f) => f.code);
      expect(codes).toContain('placeholder-key');
      expect(codes).not.toContain('hard-coded-key');
    },
  );
});

describe('a DeepSeek model at OpenAI’s address', () => {
  // FoundationAgents/OpenManus#113: "Connection error." where api.openai.com is unreachable.
  const text =
    '[llm]\nmodel = "deepseek-chat"\nbase_url = "https://api.openai.com/v1"\napi_key = "sk-0123456789abcdef0123456789abcdef"\n';

  it('is DeepSeek meant: the base URL is repaired, not left as another provider’s', () => {
    const reading = readConfig(text, 'toml');
    expect(reading.findings.map((f) => f.code)).toContain('foreign-base-url');
    expect(reading.fixed).toContain('base_url = "https://api.deepseek.com');
  });

  it('makes a connection error the key sent elsewhere, not a network problem', () => {
    const parsedError = parseErrorText('app.llm:ask_tool:250 - API error: Connection error.');
    const diagnosis = diagnose({ parsedError, code: configLint(readConfig(text, 'toml')) });
    expect(diagnosis.notAuth).toBeNull();
    expect(diagnosis.top).toBe('not-passed');
  });
});

describe('a .env that sets up several providers', () => {
  // HKUDS/AutoAgent#56: ANTHROPIC_API_KEY among them does not make it Claude Code's.
  it('is no Claude Code file, and its placeholder DeepSeek key is named', () => {
    const text =
      'GITHUB_AI_TOKEN=\nOPENAI_API_KEY=\nDEEPSEEK_API_KEY=sk-\nCOMPLETION_MODEL=deepseek/deepseek-flash\nANTHROPIC_API_KEY=\n';
    const reading = readConfig(text, 'dotenv');
    expect(reading.owner).not.toBe('claude-code');
    expect(reading.findings.map((f) => f.code)).toContain('placeholder-key');
  });

  it('is Claude Code’s where it sets Claude Code’s own variables', () => {
    const text =
      'ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic\nANTHROPIC_AUTH_TOKEN=sk-\n';
    expect(readConfig(text, 'dotenv').owner).toBe('claude-code');
  });
});

describe('a GitHub Actions expression where the key goes', () => {
  // LionSR/TNLean#1359: a step's output, evaluated by the runner before the step runs.
  it('is no placeholder, and the line stays', () => {
    const text =
      '    - uses: anthropics/claude-code-action@v1\n      env:\n        ANTHROPIC_BASE_URL: https://api.deepseek.com/anthropic\n        ANTHROPIC_AUTH_TOKEN: ${{ steps.resolve.outputs.auth_token }}\n';
    const reading = readConfig(text, 'yaml');
    expect(reading.findings.map((f) => f.code)).not.toContain('placeholder-key');
    expect(reading.fixed).toContain('${{ steps.resolve.outputs.auth_token }}');
  });
});

describe('an empty key beside the field that names its variable', () => {
  it('is how the tool reads the variable (charmbracelet/mods’ config template)', () => {
    const text =
      'apis:\n  deepseek:\n    base-url: https://api.deepseek.com/\n    api-key:\n    api-key-env: DEEPSEEK_API_KEY\n';
    expect(readConfig(text, 'yaml').findings.map((f) => f.code)).not.toContain('empty-key');
  });

  it('is an empty key where a field is named for DeepSeek’s key alone (pyvideotrans’ deepseek_key)', () => {
    const text = '{\n  "deepseek_key": "",\n  "deepseek_api": "https://api.deepseek.com"\n}\n';
    expect(readConfig(text, 'json').findings.map((f) => f.code)).toContain('empty-key');
  });

  it('is still an empty key alone', () => {
    const text = 'apis:\n  deepseek:\n    base-url: https://api.deepseek.com/\n    api-key:\n';
    expect(readConfig(text, 'yaml').findings.map((f) => f.code)).toContain('empty-key');
  });
});

describe('lines that all start with export', () => {
  // DeepSeek's guide for GitHub Copilot CLI sets it up so, in the shell, for its Anthropic
  // provider type.
  it('are a shell script: export stays, and DeepSeek’s Anthropic endpoint too', () => {
    const text =
      'export COPILOT_PROVIDER_TYPE=anthropic\nexport COPILOT_PROVIDER_BASE_URL=https://api.deepseek.com/anthropic\nexport COPILOT_PROVIDER_API_KEY=$DEEPSEEK_API_KEY\nexport COPILOT_MODEL=deepseek-v4-pro\n';
    const reading = readConfig(text, 'dotenv');
    expect(reading.findings.map((f) => f.code)).not.toContain('env-export');
    expect(reading.findings.map((f) => f.code)).not.toContain('base-url-path');
    expect(reading.fixed).toBe(text);
  });
});

describe('a variable in a known tool’s own syntax', () => {
  // Spring resolves ${NAME} and ${NAME:default} from the environment (Spring Boot reference,
  // Externalized Configuration); LiteLLM reads os.environ/NAME for each entry.
  it.each([
    [
      'Spring AI, another variable with an empty default',
      'spring:\n  ai:\n    openai:\n      api-key: ${SPRING_AI_OPENAI_API_KEY:}\n      base-url: https://api.deepseek.com\n',
      'yaml',
    ],
    [
      'Spring AI .properties, a project’s own variable',
      'spring.ai.openai.api-key = ${DEEPSEEK_AI_TOKEN}\nspring.ai.openai.base-url = https://api.deepseek.com\n',
      'properties',
    ],
    [
      'LiteLLM, another provider’s variable',
      'model_list:\n  - model_name: g\n    litellm_params:\n      model: gemini/gemini-2.5-pro\n      api_key: os.environ/GEMINI_API_KEY\n  - model_name: ds\n    litellm_params:\n      model: deepseek/deepseek-flash\n      api_key: os.environ/DEEPSEEK_API_KEY\n',
      'yaml',
    ],
  ] as const)('%s: read, and left as it is', (_name, text, format) => {
    const reading = readConfig(text, format);
    expect(reading.findings).toEqual([]);
    expect(reading.fixed).toBe(text);
  });

  // What the Answer checks where the file is right yet no key arrived ("governor").
  it.each([
    [
      'spring:\n  ai:\n    openai:\n      api-key: ${SPRING_AI_OPENAI_API_KEY:}\n      base-url: https://api.deepseek.com\n',
      'yaml',
      'SPRING_AI_OPENAI_API_KEY',
    ],
    [
      'model_list:\n  - model_name: g\n    litellm_params:\n      model: gemini/gemini-2.5-pro\n      api_key: os.environ/GEMINI_API_KEY\n  - model_name: ds\n    litellm_params:\n      model: deepseek/deepseek-flash\n      api_key: os.environ/DEEPSEEK_API_KEY\n',
      'yaml',
      'DEEPSEEK_API_KEY',
    ],
    [
      'apis:\n  deepseek:\n    base-url: https://api.deepseek.com/\n    api-key:\n    api-key-env: DS_KEY\n',
      'yaml',
      'DS_KEY',
    ],
    ['{ "apiKey": "sk-0123456789abcdef0123456789aba3f9" }', 'json', null],
  ] as const)('names the variable DeepSeek’s key is read from: %s', (text, format, variable) => {
    expect(readConfig(text, format).keyReads).toBe(variable);
  });

  it('still flags a syntax the tool does not expand', () => {
    const text =
      'spring:\n  ai:\n    openai:\n      api-key: $DEEPSEEK_API_KEY\n      base-url: https://api.deepseek.com\n';
    expect(readConfig(text, 'yaml').findings.map((f) => f.code)).toEqual([
      'config-var-not-expanded',
    ]);
  });
});

describe('a variable in an unknown tool’s key field', () => {
  // LibreChat's custom endpoint, pasted without its `endpoints:` (danny-avila/LibreChat known
  // endpoints); pi's models.json, whose apiKey names the variable.
  it.each([
    [
      'LibreChat',
      `- name: "deepseek"\n  apiKey: "\${DEEPSEEK_API_KEY}"\n  baseURL: "https://api.deepseek.com"\n`,
      'yaml',
    ],
    [
      'pi',
      `{"providers": {"deepseek": {"baseUrl": "https://api.deepseek.com", "apiKey": "DEEPSEEK_API_KEY"}}}\n`,
      'json',
    ],
  ] as const)('%s: says what tells, and leaves the line', (_name, text, format) => {
    const reading = readConfig(text, format);
    expect(reading.findings.map((f) => f.code)).toEqual(['config-key-reference']);
    expect(reading.fixed).toBe(text);
  });
});

describe('a key its owner masked before pasting', () => {
  it.each([
    ['sk-a5e20***********************a353', 'sk-…a353'],
    ['sk-1838e1XXXXXXXXXX7e6fc5a', 'sk-…fc5a'],
    ['<redacted>', '…'],
    ['REDACTED', '…'],
  ])('%s is a masked key, not a placeholder the file sends', (key, shape) => {
    const text = `llm:\n  model: deepseek-flash\n  api_key: "${key}"\n`;
    const findings = readConfig(text, 'yaml').findings;
    expect(findings.map((f) => f.code)).toEqual(['masked-key']);
    expect(findings[0]!.vars!.shape).toBe(shape);
  });

  it.each(['sk-xxxx', 'sk-...', 'your-api-key'])(
    'still reads %s, which keeps none of a key, as a placeholder',
    (key) => {
      const text = `llm:\n  model: deepseek-flash\n  api_key: "${key}"\n`;
      expect(readConfig(text, 'yaml').findings.map((f) => f.code)).toEqual(['placeholder-key']);
    },
  );
});

describe('a config reaches the right cause', () => {
  it.each([
    ['Claude Code settings.json with $VAR', 'Claude Code settings.json, $VAR in env', 'not-passed'],
    [
      'Claude Code pointed at the OpenAI-format URL',
      'Claude Code settings.json, OpenAI-style base URL',
      'not-passed',
    ],
    ['Compose quotes kept in the value', 'Compose file, quotes in a list entry', 'mistyped'],
    ['a stray quote in .env', '.env, a stray quote after the key', 'mistyped'],
    [
      'LiteLLM ${VAR} not expanded',
      'LiteLLM proxy config.yaml, ${VAR} that LiteLLM does not expand',
      'not-passed',
    ],
  ])('%s', (_name, configName, cause) => {
    const config = BROKEN_CONFIGS.find((c) => c.name === configName)!;
    const code = configLint(readConfig(config.text, config.format));
    expect(diagnose({ keyLint: null, keyTest: null, parsedError: null, code }).likely).toBe(cause);
  });
});

describe('a Kubernetes Secret', () => {
  const secret = (value: string) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: deepseek\ntype: Opaque\ndata:\n  DEEPSEEK_API_KEY: ${value}\n`;

  it('decodes data: and finds the line break `echo | base64` encodes with the key', () => {
    // base64 of "sk-0123456789abcdef0123456789abcdef\n"
    const reading = readConfig(secret('c2stMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYK'), 'yaml');
    expect(reading.findings.map((f) => [f.line, f.code])).toEqual([[7, 'secret-key-newline']]);
    expect(reading.findings[0]!.vars.shape).toBe('sk-…cdef');
    // No repair: a placeholder is not base64, and the encoded key is not copied back.
    expect(reading.fixed).toBe(reading.broken);
    expect(diagnose({ code: configLint(reading) }).top).toBe('mistyped');
  });

  it('takes an encoded key with nothing after it as the key, not as a key to replace', () => {
    const reading = readConfig(secret('c2stMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY='), 'yaml');
    expect(reading.findings).toEqual([]);
  });

  it('reads stringData: as text, as before', () => {
    const text = secret('x').replace(
      'data:\n  DEEPSEEK_API_KEY: x',
      `stringData:\n  DEEPSEEK_API_KEY: ${KEY}`,
    );
    expect(readConfig(text, 'yaml').findings.map((f) => f.code)).not.toContain(
      'secret-key-newline',
    );
  });
});

describe('a base URL at DeepSeek’s host with a path it does not serve', () => {
  it.each(['https://api.deepseek.com/v', 'https://api.deepseek.com/api/v1'])(
    '%s is flagged and replaced, in a file of any tool',
    (url) => {
      const reading = readConfig(
        `OPENAI_BASE_URL=${url}
`,
        'dotenv',
      );
      expect(reading.findings.map((f) => f.code)).toEqual(['base-url-path']);
      expect(reading.fixed).toBe('OPENAI_BASE_URL=https://api.deepseek.com\n');
    },
  );

  it.each([
    'https://api.deepseek.com',
    'https://api.deepseek.com/v1/',
    'https://api.deepseek.com/beta',
  ])('%s is one of its bases, left alone', (url) => {
    expect(readConfig(`OPENAI_BASE_URL=${url}\n`, 'dotenv').findings).toEqual([]);
  });

  it('takes a connection that failed to a misspelled host for the base URL’s fault', () => {
    const reading = readConfig('OPENAI_BASE_URL=https://api.deepseak.com/v1\n', 'dotenv');
    const diagnosis = diagnose({
      parsedError: parseErrorText('openai.APIConnectionError: Connection error.'),
      code: configLint(reading),
    });
    expect(diagnosis.notAuth).toBeNull();
    expect(diagnosis.likely).toBe('not-passed');
  });
});

describe('LibreChat’s reference, sent as it is', () => {
  it('reads DeepSeek’s echo of “${…}”’s end as the variable unset where LibreChat runs', () => {
    const text =
      'version: 1.2.1\nendpoints:\n  custom:\n    - name: "Deepseek"\n      apiKey: "${DEEPSEEK_API_KEY}"\n      baseURL: "https://api.deepseek.com/v1"\n';
    const reading = readConfig(text, 'yaml');
    expect(reading.owner).toBe('librechat');
    expect(reading.findings.map((f) => f.code)).toEqual(['config-reference-sent']);
    const diagnosis = diagnose({
      parsedError: parseErrorText(
        '{"error":{"message":"Authentication Fails, Your api key: ****KEY} is invalid","type":"authentication_error"}}',
      ),
      code: configLint(reading),
    });
    expect(diagnosis.likely).toBe('not-set');
  });
});

describe('configPartOf', () => {
  const JSON_PART =
    '// ~/.claude/settings.json\n{ "env": { "ANTHROPIC_AUTH_TOKEN": "$DEEPSEEK_API_KEY" } }\n';
  const SHELL_PART = '# ~/.zshrc\nexport DEEPSEEK_API_KEY=sk-x\n';

  it('finds the one config file among parts that only set variables', () => {
    const text = `${JSON_PART}\n${SHELL_PART}`;
    expect(configPartOf(text)).toEqual({ start: 0, end: JSON_PART.length + 1, format: 'json' });
    const yaml = `# .env\nDEEPSEEK_API_KEY=sk-x\n# config.yaml\nmodel_list:\n  - model_name: ds\n`;
    expect(configPartOf(yaml)).toMatchObject({
      start: yaml.indexOf('# config.yaml'),
      format: 'yaml',
    });
  });

  it('is null for one file, two config files, or a part that is code', () => {
    expect(configPartOf(JSON_PART)).toBeNull();
    expect(configPartOf(`${JSON_PART}${JSON_PART}`)).toBeNull();
    expect(configPartOf(`${JSON_PART}# main.py\nimport os\nprint(os.environ["K"])\n`)).toBeNull();
  });
});

describe('aider: a DeepSeek key under openai-api-key', () => {
  const conf = (key: string) =>
    `model: deepseek/deepseek-chat\nopenai-api-key: ${key}\nauto-commits: false\n`;

  it('is OpenAI’s option, which a deepseek/ model never reads: the line goes', () => {
    const reading = readConfig(conf(KEY), 'yaml');
    expect(reading.owner).toBe('aider');
    expect(reading.findings).toContainEqual(
      expect.objectContaining({ code: 'aider-openai-option', line: 2 }),
    );
    expect(reading.fixed).not.toContain('openai-api-key');
  });

  it('says nothing of an OpenAI key there', () => {
    const openAiKey = `sk-proj-${'Ab1_'.repeat(10)}T3BlbkFJ${'xY9-'.repeat(10)}`;
    const codes = readConfig(conf(openAiKey), 'yaml').findings.map((f) => f.code);
    expect(codes).not.toContain('aider-openai-option');
  });
});

describe('YAML cut from the middle of a file', () => {
  // bytedance/deer-flow#1283: the first line lost its indentation when copied.
  const CUT =
    '-  name: doubao\n    use: deerflow.models.patched_deepseek:PatchedChatDeepSeek\n    api_base: https://ark.cn-beijing.volces.com/api/coding\n    api_key: $CODING_PLAN_KEY\n';

  it('is read as the file it was cut from, and shown and repaired as pasted', () => {
    const reading = readConfig(CUT, 'yaml');
    expect(reading.brokenParses).toBe(true);
    expect(reading.keyReads).toBe('CODING_PLAN_KEY');
    expect(reading.broken).toBe(CUT);
    expect(reading.fixed.split('\n')[0]).toBe('-  name: doubao');
  });

  it('is not realigned where it parses as pasted', () => {
    const nested =
      'llm:\n    api_key: ${DEEPSEEK_API_KEY}\n    base_url: https://api.deepseek.com\n';
    expect(readConfig(nested, 'yaml').fixed).toBe(nested);
  });

  it('says the other host was not used where DeepSeek answered in its own words', () => {
    const diagnosis = diagnose({
      parsedError: parseErrorText(
        "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key:  is invalid', 'type': 'authentication_error'}}",
      ),
      code: configLint(readConfig(CUT, 'yaml')),
    });
    expect(diagnosis.notAuth).toBeNull();
    expect(diagnosis.notes.map((note) => note.code)).toContain('code-other-host-unused');
  });
});
