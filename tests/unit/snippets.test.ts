import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../src/domain/causes.ts';
import {
  CURRENT_MODELS,
  DEEPSEEK_BASE_URL,
  DEEPSEEK_KEY_PATTERN,
  DEFAULT_MODEL,
  KEY_ENV_VAR,
  LEGACY_MODELS,
  OTHER_PROVIDER_KEYS,
  RETIRED_MODELS,
} from '../../src/domain/deepseek-facts.ts';
import { changedLines } from '../../src/domain/code/line-diff.ts';
import { startLineProcess, type LineProcess } from '../snippets/line-process.ts';
import { PARSER_MISSING, parseWith, type ParsedLanguage } from '../snippets/parsers.ts';
import { parseErrorText } from '../../src/domain/error/parse-error-text.ts';
import {
  ERROR_AS_SEEN,
  preventionCode,
  workaroundCode,
} from '../../src/domain/snippets/reference-snippets.ts';
import {
  CODE_LANGUAGES,
  causeCode,
  type CodeLanguage,
} from '../../src/domain/snippets/snippets.ts';

/** A model id the app does not know: a snippet must use whatever the user's key returned. */
const CUSTOM_MODEL = 'deepseek-custom-from-models-list';
const MODELS = [...CURRENT_MODELS, CUSTOM_MODEL];

/** The patterns are anchored for whole-key checks; inside code we look for them anywhere. */
const unanchored = (pattern: RegExp) => new RegExp(pattern.source.replace(/^\^|\$$/g, ''));
const KEY_SHAPES: readonly RegExp[] = [
  /sk-[A-Za-z0-9]{20,}/,
  unanchored(DEEPSEEK_KEY_PATTERN),
  ...OTHER_PROVIDER_KEYS.map(({ pattern }) => unanchored(pattern)),
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const BASE = escape(DEEPSEEK_BASE_URL);

/** What a client given the key and DeepSeek's base URL looks like in each language. */
const EXPECTED: Record<
  CodeLanguage,
  {
    import: RegExp | null;
    baseUrl: string;
    readsKey: RegExp;
    passesKey: RegExp;
    model: (m: string) => string;
  }
> = {
  python: {
    import: /^from openai import (?:\w+, )*OpenAI$/m,
    baseUrl: `base_url="${DEEPSEEK_BASE_URL}"`,
    readsKey: new RegExp(`os\\.environ(?:\\["${KEY_ENV_VAR}"\\]|\\.get\\("${KEY_ENV_VAR}")`),
    passesKey: /OpenAI\([^)]*\bapi_key=/,
    model: (m) => `model="${m}"`,
  },
  node: {
    import: /^import OpenAI from 'openai';$/m,
    baseUrl: `baseURL: '${DEEPSEEK_BASE_URL}'`,
    readsKey: new RegExp(`process\\.env\\.${KEY_ENV_VAR}\\b`),
    passesKey: /new OpenAI\(\{[^}]*\bapiKey\b/,
    model: (m) => `model: '${m}'`,
  },
  curl: {
    import: null,
    baseUrl: `${DEEPSEEK_BASE_URL}/`,
    readsKey: new RegExp(`\\$${KEY_ENV_VAR}\\b`),
    passesKey: new RegExp(`"Authorization: Bearer \\$(?:${KEY_ENV_VAR}|key)"`),
    model: (m) => `"model": "${m}"`,
  },
  powershell: {
    import: null,
    baseUrl: `'${DEEPSEEK_BASE_URL}/`,
    readsKey: new RegExp(`\\$env:${KEY_ENV_VAR}\\b`),
    passesKey: new RegExp(`Authorization = "Bearer \\$(?:env:${KEY_ENV_VAR}|key)"`, 'i'),
    model: (m) => `model = '${m}'`,
  },
  langchain: {
    import: /^from langchain_openai import ChatOpenAI$/m,
    baseUrl: `base_url="${DEEPSEEK_BASE_URL}"`,
    readsKey: new RegExp(`os\\.environ(?:\\["${KEY_ENV_VAR}"\\]|\\.get\\("${KEY_ENV_VAR}")`),
    passesKey: /ChatOpenAI\([^)]*\bapi_key=/,
    model: (m) => `model="${m}"`,
  },
  litellm: {
    import: /^import litellm$/m,
    baseUrl: `api_base="${DEEPSEEK_BASE_URL}"`,
    readsKey: new RegExp(`os\\.environ(?:\\["${KEY_ENV_VAR}"\\]|\\.get\\("${KEY_ENV_VAR}")`),
    passesKey: /litellm\.completion\([^)]*\bapi_key=/,
    model: (m) => `model="deepseek/${m}"`,
  },
  java: {
    import: /^import java\.net\.http\.HttpClient;$/m,
    baseUrl: `"${DEEPSEEK_BASE_URL}/`,
    readsKey: new RegExp(`System\\.getenv(?:\\(\\)\\.getOrDefault)?\\("${KEY_ENV_VAR}"`),
    passesKey: /\.header\("Authorization", "Bearer " \+ apiKey\)/,
    model: (m) => `\\"model\\": \\"${m}\\"`,
  },
  go: {
    import: /^\t"net\/http"$/m,
    baseUrl: `"${DEEPSEEK_BASE_URL}/`,
    readsKey: new RegExp(`os\\.Getenv\\("${KEY_ENV_VAR}"\\)`),
    passesKey: /"Authorization", "Bearer "\+apiKey/,
    model: (m) => `"model":    "${m}"`,
  },
  csharp: {
    import: /^using System\.Net\.Http;$/m,
    baseUrl: `"${DEEPSEEK_BASE_URL}/`,
    readsKey: new RegExp(`Environment\\.GetEnvironmentVariable\\("${KEY_ENV_VAR}"\\)`),
    passesKey: /new AuthenticationHeaderValue\("Bearer", apiKey\)/,
    model: (m) => `"${m}"`,
  },
  php: {
    import: /^<\?php$/m,
    baseUrl: `'${DEEPSEEK_BASE_URL}/`,
    readsKey: new RegExp(`getenv\\('${KEY_ENV_VAR}'\\)`),
    passesKey: /"Authorization: Bearer \$apiKey"/,
    model: (m) => `'${m}'`,
  },
  rust: {
    import: /^use reqwest::blocking::/m,
    baseUrl: `"${DEEPSEEK_BASE_URL}/`,
    readsKey: new RegExp(`env::var\\("${KEY_ENV_VAR}"\\)`),
    passesKey: /\.bearer_auth\(&?api_key\)/,
    model: (m) => `"model": "${m}"`,
  },
};

/** Everything a snippet the user copies must never contain. */
function expectNoForbiddenContent(code: string) {
  for (const shape of KEY_SHAPES) expect(code).not.toMatch(shape);
  expect(code).not.toMatch(/gpt-/i);
  for (const model of [...RETIRED_MODELS, ...LEGACY_MODELS]) expect(code).not.toContain(model);
  expect(code).not.toMatch(/\bfrom deepseek\b/);
  expect(code).not.toMatch(/\bimport deepseek\b/);
  // A snippet that talks to OpenAI's host sends the DeepSeek key to the wrong place.
  expect(code).not.toContain('api.openai.com');
}

/** A client for DeepSeek, built from the environment variable, in the language's own SDK idiom. */
function expectDeepSeekClient(code: string, language: CodeLanguage) {
  const expected = EXPECTED[language];
  if (expected.import) expect(code).toMatch(expected.import);
  expect(code).toContain(expected.baseUrl);
  expect(code).toContain(DEEPSEEK_BASE_URL);
  expect(code).toContain(KEY_ENV_VAR);
  expect(code).toMatch(expected.readsKey);
  expect(code).toMatch(expected.passesKey);
}

type Parsed = { ok: boolean; error: string };

/**
 * Python's and Node's own parsers, one process each for the whole file (a start per case timed
 * out on busy cores): Python's `ast.parse`, and Node's module parser (`vm.SourceTextModule`
 * parses as `node --check` does, top-level await included, and runs nothing).
 */
const pythonParser = startLineProcess('python3', [
  '-u',
  '-c',
  [
    'import ast, json, sys',
    'print(json.dumps("ready"))',
    'for line in sys.stdin:',
    '    try: ast.parse(json.loads(line)); print(json.dumps(""))',
    '    except SyntaxError as e: print(json.dumps(repr(e)))',
  ].join('\n'),
]);
const nodeParser = startLineProcess(process.execPath, [
  '--experimental-vm-modules',
  '--no-warnings',
  '--input-type=module',
  '-e',
  [
    "import { createInterface } from 'node:readline';",
    "import vm from 'node:vm';",
    "console.log(JSON.stringify('ready'));",
    'for await (const line of createInterface({ input: process.stdin })) {',
    "  let error = '';",
    '  try { new vm.SourceTextModule(JSON.parse(line)); } catch (e) { error = String(e); }',
    '  console.log(JSON.stringify(error));',
    '}',
  ].join('\n'),
]);
beforeAll(() => Promise.all([pythonParser.ready, nodeParser.ready]), 30_000);
afterAll(() => {
  pythonParser.stop();
  nodeParser.stop();
});

const parsedBy =
  (parser: LineProcess) =>
  async (code: string): Promise<Parsed> => {
    const error = String(await parser.ask(code));
    return { ok: error === '', error };
  };
const parsePython = parsedBy(pythonParser);
const parseModule = parsedBy(nodeParser);

function parseBash(code: string) {
  const run = spawnSync('bash', ['-n'], { input: code, encoding: 'utf8' });
  return { ok: run.status === 0, error: run.error?.message ?? run.stderr };
}

const HAS_PWSH = spawnSync('pwsh', ['-NoProfile', '-Command', 'exit 0']).status === 0;

/**
 * A real parser of the language when its toolchain is installed (tests/snippets/parsers.ts).
 * Java is compiled for real by tests/snippets/java.test.ts, all snippets in one JVM: here it is
 * only held to the shape every snippet has.
 */
const parseJava = (code: string) => {
  const ok = /^public class \w+ \{$/m.test(code) && code.trimEnd().endsWith('}');
  return { ok, error: ok ? '' : 'not a Java class' };
};
const parseGo = (code: string) => parseWith('go', code);
const parseCSharp = (code: string) => parseWith('csharp', code);
const parsePhp = (code: string) => parseWith('php', code);
const parseRust = (code: string) => parseWith('rust', code);

/** PowerShell's own parser when pwsh is installed; otherwise only brackets and quotes balance. */
function parsePowerShell(code: string) {
  if (HAS_PWSH) {
    const script =
      '$errors = $null; $null = [System.Management.Automation.Language.Parser]::ParseInput([Console]::In.ReadToEnd(), [ref]$null, [ref]$errors); if ($errors) { $errors | ForEach-Object { $_.Message }; exit 1 }';
    const run = spawnSync('pwsh', ['-NoProfile', '-Command', script], {
      input: code,
      encoding: 'utf8',
    });
    return { ok: run.status === 0, error: run.error?.message ?? run.stdout + run.stderr };
  }
  const stripped = code
    .split('\n')
    .map((line) => line.replace(/(?<=^|\s)#.*$/, ''))
    .join('\n')
    .replace(/'(?:[^']|'')*'|"(?:`.|[^"`])*"/g, 's');
  const depth = (open: string, close: string) =>
    stripped.split(open).length - stripped.split(close).length;
  const balanced = depth('{', '}') === 0 && depth('(', ')') === 0 && depth('[', ']') === 0;
  const unclosed = /['"]/.test(stripped);
  return { ok: balanced && !unclosed, error: balanced && !unclosed ? '' : 'unbalanced' };
}

const PARSE: Record<CodeLanguage, (code: string) => Parsed | Promise<Parsed>> = {
  python: parsePython,
  node: parseModule,
  curl: parseBash,
  powershell: parsePowerShell,
  langchain: parsePython,
  litellm: parsePython,
  java: parseJava,
  go: parseGo,
  csharp: parseCSharp,
  php: parsePhp,
  rust: parseRust,
};

describe('the syntax checkers themselves', () => {
  // Guards against a checker that passes everything (python3 missing, a wrong flag).
  it.each([
    ['python', 'x = (1,\n'],
    ['node', 'const x = await ;\n'],
    ['curl', 'if [ -n "$X" ]; then\n  echo hi\n'],
    ['powershell', "if ($a) { 'open\n"],
    ['java', 'class A { void f( }\n'],
    ['go', 'package main\nfunc main() {\n'],
    ['csharp', 'class A { void F( }\n'],
    ['php', '<?php\n$a = ;\n'],
    ['rust', 'fn main() { let = 1; }\n'],
  ] as const)('reject invalid %s', async (language, code) => {
    if (language in PARSER_MISSING && PARSER_MISSING[language as ParsedLanguage]) return;
    expect((await PARSE[language](code)).ok).toBe(false);
  });

  it.each([
    ['python', 'import os\nprint(os.sep)\n'],
    ['node', "import os from 'node:os';\nconsole.log(await Promise.resolve(os.EOL));\n"],
    ['curl', 'if [ -n "$X" ]; then\n  echo hi\nfi\n'],
    ['powershell', "if ($a) { 'yes' } # a comment's quote\n"],
  ] as const)('accept valid %s, top-level await included', async (language, code) => {
    expect(await PARSE[language](code)).toEqual({ ok: true, error: '' });
  });

  it('finds key shapes and forbidden content', () => {
    const key = `sk-${'0123456789abcdef'.repeat(2)}`;
    expect(() => expectNoForbiddenContent(`api_key="${key}"`)).toThrow();
    expect(() => expectNoForbiddenContent('model="gpt-4o-mini"')).toThrow();
    expect(() => expectNoForbiddenContent('model="deepseek-chat"')).toThrow();
    expect(() => expectNoForbiddenContent('from deepseek import DeepSeek')).toThrow();
  });
});

describe.each(CAUSE_IDS)('causeCode(%s)', (cause) => {
  describe.each(CODE_LANGUAGES)('in %s', (language) => {
    it.each(MODELS)('fixes the code for DeepSeek with model %s', (model) => {
      const { fixed } = causeCode(cause, language, model);
      expectDeepSeekClient(fixed, language);
      expect(fixed).toContain(EXPECTED[language].model(model));
      // The model asked for, and no other.
      for (const other of MODELS.filter((m) => m !== model)) {
        expect(fixed).not.toMatch(new RegExp(`["']${escape(other)}["']`));
      }
      expectNoForbiddenContent(fixed);
    });

    it('uses the dated default model when none is given', () => {
      const { fixed } = causeCode(cause, language);
      expect(DEFAULT_MODEL).toBe(CURRENT_MODELS[0]);
      expect(fixed).toContain(EXPECTED[language].model(DEFAULT_MODEL));
    });

    it('shows a broken side that differs from the fixed side', () => {
      const { broken, fixed } = causeCode(cause, language);
      expect(broken).not.toBe(fixed);
      const changes = changedLines(broken, fixed);
      expect(changes.added.length).toBeGreaterThan(0);
      // Example code is still never a real key.
      for (const shape of KEY_SHAPES) expect(broken).not.toMatch(shape);
      expect(broken).not.toMatch(/gpt-|\bfrom deepseek\b|\bimport deepseek\b/);
    });

    it('produces fixed code that parses', async () => {
      const parsed = await PARSE[language](causeCode(cause, language).fixed);
      expect(parsed).toEqual({ ok: true, error: '' });
    });

    it('produces broken code that parses (it fails at run time, not at parse time)', async () => {
      const parsed = await PARSE[language](causeCode(cause, language).broken);
      expect(parsed).toEqual({ ok: true, error: '' });
    });
  });
});

/** Every snippet the app can show, with a name for the failure message. */
const ALL_SNIPPETS: readonly [string, string][] = CODE_LANGUAGES.flatMap((language) => [
  ...CAUSE_IDS.flatMap((cause): [string, string][] => {
    const { broken, fixed } = causeCode(cause, language);
    return [
      [`${language} ${cause} broken`, broken],
      [`${language} ${cause} fixed`, fixed],
    ];
  }),
  [`${language} workaround`, workaroundCode(language)],
  [`${language} prevention`, preventionCode(language)],
]);

describe('every snippet, broken ones included', () => {
  it('covers six languages × (4 causes × 2 + workaround + prevention)', () => {
    expect(CODE_LANGUAGES).toEqual([
      'python',
      'node',
      'curl',
      'powershell',
      'langchain',
      'litellm',
      'java',
      'go',
      'csharp',
      'php',
      'rust',
    ]);
    expect(ALL_SNIPPETS).toHaveLength(11 * 10);
  });

  it.each(ALL_SNIPPETS)(`%s names ${KEY_ENV_VAR} and holds no key`, (_name, code) => {
    expect(code).toContain(KEY_ENV_VAR);
    for (const shape of KEY_SHAPES) expect(code).not.toMatch(shape);
    expect(code.endsWith('\n')).toBe(true);
  });

  it('snippet functions take no key: there is nothing to pass one in', () => {
    expect(causeCode.length).toBeLessThanOrEqual(3);
    expect(workaroundCode.length).toBeLessThanOrEqual(2);
    expect(preventionCode.length).toBeLessThanOrEqual(2);
  });
});

describe('the error as each client prints it', () => {
  it.each(CODE_LANGUAGES)('%s: the app reads it back as the 401 with the tail 1a2b', (language) => {
    const parsed = parseErrorText(ERROR_AS_SEEN[language]);
    expect(parsed).toMatchObject({
      recognised: true,
      status: 401,
      kind: 'unauthorized',
      echoedTail: '1a2b',
    });
    for (const shape of KEY_SHAPES) expect(ERROR_AS_SEEN[language]).not.toMatch(shape);
  });
});

describe('what each cause changes', () => {
  it('not-passed (SDK clients): the broken client gets neither key nor base URL', () => {
    for (const language of ['python', 'node', 'langchain'] as const) {
      const { broken, fixed } = causeCode('not-passed', language);
      expect(broken).toMatch(/OpenAI\(\)|ChatOpenAI\(\n\s+model="[^"]+",\n\)/);
      expect(broken).not.toContain(EXPECTED[language].baseUrl);
      expect(broken).toContain('OPENAI_API_KEY');
      expect(fixed).toContain(EXPECTED[language].baseUrl);
      expect(fixed).toMatch(EXPECTED[language].passesKey);
    }
  });

  it('not-passed (LiteLLM): the broken call routes to OpenAI with "openai/"', () => {
    const { broken, fixed } = causeCode('not-passed', 'litellm');
    expect(broken).toContain('model="openai/deepseek-flash"');
    expect(broken).not.toContain('api_key=');
    expect(fixed).toContain('model="deepseek/deepseek-flash"');
  });

  it('not-passed (HTTP): the broken request, copied from OpenAI, sends the key to OpenAI', () => {
    for (const language of ['curl', 'powershell'] as const) {
      const { broken, fixed } = causeCode('not-passed', language);
      expect(broken).toContain('https://api.openai.com/v1/chat/completions');
      expect(broken).not.toContain(DEEPSEEK_BASE_URL);
      expect(broken).toMatch(EXPECTED[language].passesKey);
      expect(fixed).toContain(`${DEEPSEEK_BASE_URL}/chat/completions`);
      expect(fixed).toMatch(EXPECTED[language].passesKey);
    }
  });

  it.each(CODE_LANGUAGES)('not-set (%s): the fixed code stops with a clear message', (language) => {
    expect(causeCode('not-set', language).fixed).toMatch(
      new RegExp(
        `${KEY_ENV_VAR} is not set in this (process|shell|session): set it, then run again`,
      ),
    );
    expect(causeCode('not-set', language).broken).not.toMatch(/is not set in this/);
  });

  it.each(CODE_LANGUAGES)(
    'mistyped (%s): the broken side hard-codes a value; the fixed side checks the shape',
    (language) => {
      const { broken, fixed } = causeCode('mistyped', language);
      expect(broken).toContain('sk-4f1e0c9b2a7d…');
      expect(broken).not.toMatch(EXPECTED[language].readsKey);
      expect(fixed).toContain('sk-[0-9a-f]{32}');
      expect(fixed).not.toContain('sk-4f1e0c9b2a7d');
    },
  );

  it.each(CODE_LANGUAGES)('revoked (%s): the fixed code names the way out', (language) => {
    const { broken, fixed } = causeCode('revoked', language);
    expect(fixed).toContain('create a new one at https://platform.deepseek.com/api_keys');
    expect(broken).not.toContain('create a new one');
  });

  it('revoked: the SDK snippets catch the authentication error by class', () => {
    expect(causeCode('revoked', 'python').fixed).toMatch(/^except AuthenticationError:$/m);
    expect(causeCode('revoked', 'langchain').fixed).toMatch(/^except AuthenticationError:$/m);
    expect(causeCode('revoked', 'litellm').fixed).toMatch(
      /^except litellm\.AuthenticationError:$/m,
    );
    expect(causeCode('revoked', 'node').fixed).toContain(
      'error instanceof OpenAI.AuthenticationError',
    );
  });
});

describe.each(CODE_LANGUAGES)('reference snippets in %s', (language) => {
  it.each(MODELS)('workaroundCode uses DeepSeek, the environment and model %s', async (model) => {
    const code = workaroundCode(language, model);
    expectDeepSeekClient(code, language);
    expect(code).toContain(model);
    expectNoForbiddenContent(code);
    expect(await PARSE[language](code)).toEqual({ ok: true, error: '' });
  });

  it('workaroundCode defaults to the dated default model', () => {
    expect(workaroundCode(language)).toContain(DEFAULT_MODEL);
  });

  it('preventionCode checks presence, shape and the free GET /models', async () => {
    const code = preventionCode(language);
    if (EXPECTED[language].import && language !== 'litellm') {
      expect(code).toMatch(EXPECTED[language].import!);
    }
    expect(code).toContain(DEEPSEEK_BASE_URL);
    expect(code).toMatch(EXPECTED[language].readsKey);
    expect(code).toContain('sk-[0-9a-f]{32}');
    expect(code).toMatch(new RegExp(`models\\.list\\(\\)|${BASE}/models\\b`));
    // The start-up check spends no tokens.
    expect(code).not.toMatch(/chat\.completions|chat\/completions|litellm\.completion|\.invoke\(/);
    expectNoForbiddenContent(code);
    expect(await PARSE[language](code)).toEqual({ ok: true, error: '' });
  });
});
