import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
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
import { changedLines } from '../../src/domain/line-diff.ts';
import { preventionCode, workaroundCode } from '../../src/domain/reference-snippets.ts';
import { CODE_LANGUAGES, causeCode, type CodeLanguage } from '../../src/domain/snippets.ts';

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

/** What a client given the key and DeepSeek's base URL looks like in each language. */
const EXPECTED: Record<
  CodeLanguage,
  {
    import: RegExp;
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
  expect(code).toMatch(expected.import);
  expect(code).toContain(expected.baseUrl);
  expect(code).toContain(DEEPSEEK_BASE_URL);
  expect(code).toContain(KEY_ENV_VAR);
  expect(code).toMatch(expected.readsKey);
  expect(code).toMatch(expected.passesKey);
}

function parsePython(code: string) {
  const run = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], {
    input: code,
    encoding: 'utf8',
  });
  return { ok: run.status === 0, error: run.error?.message ?? run.stderr };
}

function parseModule(code: string) {
  const run = spawnSync(process.execPath, ['--input-type=module', '--check'], {
    input: code,
    encoding: 'utf8',
  });
  return { ok: run.status === 0, error: run.error?.message ?? run.stderr };
}

const PARSE: Record<CodeLanguage, (code: string) => { ok: boolean; error: string }> = {
  python: parsePython,
  node: parseModule,
};

describe('the syntax checkers themselves', () => {
  // Guards against a checker that passes everything (python3 missing, a wrong flag).
  it.each([
    ['python', 'x = (1,\n'],
    ['node', 'const x = await ;\n'],
  ] as const)('reject invalid %s', (language, code) => {
    expect(PARSE[language](code).ok).toBe(false);
  });

  it.each([
    ['python', 'import os\nprint(os.sep)\n'],
    ['node', "import os from 'node:os';\nconsole.log(await Promise.resolve(os.EOL));\n"],
  ] as const)('accept valid %s, top-level await included', (language, code) => {
    expect(PARSE[language](code)).toEqual({ ok: true, error: '' });
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

    it('produces fixed code that parses', () => {
      expect(PARSE[language](causeCode(cause, language).fixed)).toEqual({ ok: true, error: '' });
    });

    it('produces broken code that parses (it fails at run time, not at parse time)', () => {
      expect(PARSE[language](causeCode(cause, language).broken)).toEqual({ ok: true, error: '' });
    });
  });
});

describe('what each cause changes', () => {
  it('not-passed: the broken client gets neither key nor base URL; the fixed one gets both', () => {
    for (const language of CODE_LANGUAGES) {
      const { broken, fixed } = causeCode('not-passed', language);
      expect(broken).toMatch(/OpenAI\(\)/);
      expect(broken).not.toContain(EXPECTED[language].baseUrl);
      expect(fixed).toContain(EXPECTED[language].baseUrl);
      expect(fixed).toMatch(EXPECTED[language].passesKey);
    }
  });

  it('not-set: the fixed code stops with a clear message when the variable is missing', () => {
    expect(causeCode('not-set', 'python').fixed).toMatch(
      new RegExp(`if not api_key:\\n\\s+sys\\.exit\\("${KEY_ENV_VAR} is not set`),
    );
    expect(causeCode('not-set', 'node').fixed).toMatch(
      new RegExp(`if \\(!apiKey\\) \\{\\n\\s+throw new Error\\('${KEY_ENV_VAR} is not set`),
    );
  });

  it('mistyped: the broken side hard-codes a value; the fixed side checks the shape', () => {
    for (const language of CODE_LANGUAGES) {
      const { broken, fixed } = causeCode('mistyped', language);
      expect(broken).not.toContain(KEY_ENV_VAR);
      expect(fixed).toContain('sk-[0-9a-f]{32}');
    }
  });

  it('revoked: the fixed code catches the authentication error', () => {
    expect(causeCode('revoked', 'python').fixed).toMatch(/^except AuthenticationError:$/m);
    expect(causeCode('revoked', 'node').fixed).toContain(
      'error instanceof OpenAI.AuthenticationError',
    );
  });
});

describe.each(CODE_LANGUAGES)('reference snippets in %s', (language) => {
  it.each(MODELS)('workaroundCode uses DeepSeek, the environment and model %s', (model) => {
    const code = workaroundCode(language, model);
    expectDeepSeekClient(code, language);
    expect(code).toContain(model);
    expectNoForbiddenContent(code);
    expect(PARSE[language](code)).toEqual({ ok: true, error: '' });
  });

  it('workaroundCode defaults to the dated default model', () => {
    expect(workaroundCode(language)).toContain(DEFAULT_MODEL);
  });

  it('preventionCode checks presence, shape and the free GET /models', () => {
    const code = preventionCode(language);
    expect(code).toMatch(EXPECTED[language].import);
    expect(code).toContain(EXPECTED[language].baseUrl);
    expect(code).toMatch(EXPECTED[language].readsKey);
    expect(code).toContain('sk-[0-9a-f]{32}');
    expect(code).toContain('models.list()');
    // The start-up check spends no tokens.
    expect(code).not.toContain('chat.completions');
    expectNoForbiddenContent(code);
    expect(PARSE[language](code)).toEqual({ ok: true, error: '' });
  });
});
