import { describe, expect, it } from 'vitest';
import { diagnose, type Evidence } from '../../src/domain/diagnosis/diagnose.ts';
import { diagnosisReport, redact } from '../../src/paste/diagnosis-report.ts';
import { lintKey } from '../../src/domain/key/key-lint.ts';
import type { KeyTestOutcome } from '../../src/domain/key-test/key-test-outcome.ts';
import { lintCode } from '../../src/domain/code/lint-code.ts';
import { parseErrorText } from '../../src/domain/error/parse-error-text.ts';
import { ERROR_CORPUS } from './error-corpus.ts';

const KEY = 'sk-0123456789abcdef0123456789abcdef';

function report(evidence: Evidence, secrets: string[] = []): string {
  return diagnosisReport({
    evidence,
    diagnosis: diagnose(evidence),
    appVersion: '0.1.0',
    date: '2026-11-28',
    factsDate: '2026-11-01',
    secrets,
  });
}

describe('diagnosisReport', () => {
  it("names another provider by its name, not by the lint's id", () => {
    const text = report({ keyLint: lintKey(`sk-${'A1b2C3d4'.repeat(6)}`) });
    expect(text).toContain('Moonshot or SiliconFlow');
    expect(text).not.toContain('moonshot-siliconflow');
  });

  it('states outcome, status, message, findings, shape, version and date', () => {
    const outcome: KeyTestOutcome = {
      kind: 'unauthorized',
      status: 401,
      message: 'Authentication Fails, Your api key: ****cdef is invalid',
      variant: 'invalid-key',
      echoedTail: 'cdef',
      requestId: null,
      latencyMs: 240,
      viaRelay: false,
    };
    const text = report({
      keyLint: lintKey(` ${KEY}`),
      keyTest: outcome,
      parsedError: parseErrorText(
        "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****cdef is invalid'}}",
      ),
      code: lintCode(`from openai import OpenAI\nclient = OpenAI(api_key="${KEY}")\n`),
    });
    expect(text).toContain('# DeepSeek 401 diagnosis');
    expect(text).toContain('- Made on: 2026-11-28');
    expect(text).toContain('- Facts about DeepSeek checked on: 2026-11-01');
    expect(text).toContain('DeepSeek Key Doctor 0.1.0');
    expect(text).toContain('- Most likely cause: ');
    expect(text).toContain('- Outcome: unauthorized');
    expect(text).toContain('- HTTP status: 401');
    expect(text).toContain('`Authentication Fails, Your api key: ****cdef is invalid`');
    expect(text).toContain('Length 35, starts with sk-, ends with cdef.');
    expect(text).toContain('- `leading-whitespace`: ');
    expect(text).toContain('- Language: python');
    expect(text).toContain('Line 2: A key is written in the code (sk-…cdef).');
    expect(text).toContain('Line 2: The client has no base_url');
    expect(text).toContain('- Printed by: openai for Python');
    expect(text).not.toContain(KEY);
  });

  it('lists all four causes with their standing', () => {
    const text = report({ parsedError: parseErrorText(ERROR_CORPUS[0]!.text) });
    for (const title of ['Key not set', 'Key mistyped', 'Key revoked', 'Key not passed']) {
      expect(text).toMatch(new RegExp(`^\\d\\. \\*\\*${title}`, 'm'));
    }
    expect(text).toContain(': ruled out');
  });

  it('reports a pasted terminal test that passed, with the models it listed', () => {
    const text = report({
      parsedError: parseErrorText(
        '{"object":"list","data":[{"id":"deepseek-flash","object":"model","owned_by":"deepseek"},{"id":"deepseek-v4-pro","object":"model","owned_by":"deepseek"}]}\nHTTP 200\n',
      ),
    });
    expect(text).toContain('- Recognised as: DeepSeek accepted the key (HTTP 200)');
    expect(text).toContain('- HTTP status: 200');
    expect(text).toContain('- Printed by: curl');
    expect(text).toContain('- Models: deepseek-flash, deepseek-v4-pro');
    expect(text).toContain('- DeepSeek accepted a key: yes');
    expect(text).toContain('- Most likely cause: Key not passed to the client');
  });

  it('reports what each pasted check says, never more of the key than its end', () => {
    const text = report({
      keyLint: lintKey(KEY),
      parsedError: parseErrorText('NOT SET\nset, 37 chars, ends def"\nset, 35 chars, ends cdef'),
    });
    expect(text).toContain(
      '- Check output: NOT SET: DEEPSEEK_API_KEY is missing or empty where the check ran.',
    );
    expect(text).toContain(
      '- Check output: DEEPSEEK_API_KEY is set where the check ran: 37 characters, ending in “def"”. It ends in a quote',
    );
    expect(text).toContain('ending in “cdef”. Its length and its end fit a DeepSeek key.');
    expect(text).not.toContain(KEY);
  });

  it('shows nothing of a key too short to show', () => {
    const text = report({ keyLint: lintKey('abc12') });
    expect(text).toContain('5 characters (too short to show any of it)');
    expect(text).not.toContain('abc12');
  });
});

describe('redact', () => {
  it.each([
    ['a DeepSeek key', `key ${KEY} here`, 'key sk-…cdef here'],
    ['a Bearer header', "b'Bearer abc123def456ghi\\n'", "b'Bearer abc…6ghi\\n'"],
    ['an assignment', 'DEEPSEEK_API_KEY=abcdefgh12345678', 'DEEPSEEK_API_KEY=abc…5678'],
    [
      'OpenAI echoing a value unmasked',
      'Incorrect API key provided: hunter2hunter2.',
      'Incorrect API key provided: hun…ter2.',
    ],
    ['a 32-hex run', '0123456789abcdef0123456789abcdef', '012…cdef'],
  ])('%s', (_, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('keeps DeepSeek’s and OpenAI’s own masks and request ids', () => {
    const text =
      'Your api key: ****abcd is invalid (request_id: 5b1e2c3d-7a8f-4e6b-9c0d-1e2f3a4b5c6d) sk-abc*****wxyz';
    expect(redact(text)).toBe(text);
  });
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chars = (alphabet: string, length: number) =>
    Array.from({ length }, () => pick([...alphabet])).join('');
  return { next, pick, chars };
}

const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('property: no report ever contains the key', () => {
  it('holds for 400 random keys in lint, error text and code', () => {
    const r = random(20261128);
    const shapes: (() => string)[] = [
      () => `sk-${r.chars(HEX, 32)}`,
      () => `sk-proj-${r.chars(ALNUM, 40)}T3BlbkFJ${r.chars(ALNUM, 20)}`,
      () => `sk-ant-api03-${r.chars(ALNUM, 80)}`,
      () => `sk-or-v1-${r.chars(HEX, 64)}`,
      () => `gsk_${r.chars(ALNUM, 52)}`,
      () => `AIza${r.chars(ALNUM, 35)}`,
      () => `sk-${r.chars(ALNUM, 48)}`,
      () => `xai-${r.chars(ALNUM, 80)}`,
      () => r.chars(HEX, 32),
      () => `sk-${r.chars(HEX, 20 + Math.floor(r.next() * 12))}`,
      () => r.chars(ALNUM, 12 + Math.floor(r.next() * 20)),
    ];
    const errorTexts: ((key: string) => string)[] = [
      (k) => `h11._util.LocalProtocolError: Illegal header value b'Bearer ${k}\\n'`,
      (k) =>
        `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${k}. You can find your API key at https://platform.openai.com/account/api-keys.'}}`,
      (k) => `TypeError: Headers.append: "Bearer ${k} " is an invalid header value.`,
      (k) =>
        `2026-11-28 ERROR calling deepseek with api_key=${k}: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****${k.slice(-4)} is invalid'}}`,
      (k) =>
        `> authorization: Bearer ${k}\n< HTTP/2 401\n{"error":{"message":"Authentication Fails, Your api key: ****${k.slice(-4)} is invalid"}}`,
      (k) => `KeyError: 'DEEPSEEK_API_KEY'\n  os.environ["DEEPSEEK_API_KEY"] = "${k}"`,
    ];
    const codes: ((key: string) => string)[] = [
      (k) => `from openai import OpenAI\nclient = OpenAI(api_key="${k}")\n`,
      (k) =>
        `import OpenAI from 'openai';\nconst c = new OpenAI({ apiKey: '${k}', baseURL: 'https://api.deepseek.com' });\n`,
      (k) => `API_KEY = "${k}"\nheaders = {"Authorization": f"Bearer ${k}"}\n`,
      (k) => `curl https://api.deepseek.com/models -H "Authorization: Bearer ${k}"\n`,
    ];
    const wrappers = [
      (k: string) => k,
      (k: string) => ` ${k}\n`,
      (k: string) => `"${k}"`,
      (k: string) => `Bearer ${k}`,
    ];
    for (let i = 0; i < 400; i++) {
      const key = r.pick(shapes)();
      const raw = r.pick(wrappers)(key);
      const evidence: Evidence = {};
      if (r.next() < 0.7) evidence.keyLint = lintKey(raw);
      if (r.next() < 0.8 || !evidence.keyLint)
        evidence.parsedError = parseErrorText(r.pick(errorTexts)(key));
      if (r.next() < 0.6) evidence.code = lintCode(r.pick(codes)(key));
      if (r.next() < 0.3) {
        evidence.keyTest = {
          kind: 'unauthorized',
          status: 401,
          message: `Authentication Fails, Your api key: ****${key.slice(-4)} is invalid`,
          variant: 'invalid-key',
          echoedTail: key.slice(-4),
          requestId: null,
          latencyMs: 100,
          viaRelay: r.next() < 0.5,
        };
      }
      // The raw key is passed as a secret only when the page had it (it was pasted in the key box).
      const text = report(evidence, evidence.keyLint ? [raw] : []);
      expect(text, `seed step ${i}, key shape ${key.slice(0, 4)}`).not.toContain(key);
    }
  });
});

describe('the report of a problem outside the four causes', () => {
  it('says what it is once, not "Not an authentication problem: Not an authentication problem"', () => {
    const text = report({ parsedError: parseErrorText('402 Insufficient Balance') });
    expect(text.match(/Not an authentication problem/g)).toHaveLength(1);
  });
});
