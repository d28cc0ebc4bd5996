import { describe, expect, it } from 'vitest';
import { CAUSE_CHECKS } from '../../src/domain/snippets/cause-checks.ts';
import { diagnose, type Diagnosis, type Evidence } from '../../src/domain/diagnosis/diagnose.ts';
import { KEY_ENVIRONMENTS } from '../../src/domain/snippets/key-setup.ts';
import { lintKey } from '../../src/domain/key/key-lint.ts';
import type { KeyTestOutcome } from '../../src/domain/key-test/key-test-outcome.ts';
import { MAX_ERROR_TEXT, parseErrorText } from '../../src/domain/error/parse-error-text.ts';
import { curlTestOutput, powerShellTestOutput } from './error-corpus.ts';

const KEY = 'sk-0123456789abcdef0123456789abcdef';
const MODELS =
  '{"object":"list","data":[{"id":"deepseek-flash","object":"model","owned_by":"deepseek"}]}';
const valid: KeyTestOutcome = {
  kind: 'valid',
  models: ['deepseek-flash'],
  balance: null,
  latencyMs: 100,
  viaRelay: false,
};

const standings = (diagnosis: Diagnosis) =>
  Object.fromEntries(diagnosis.causes.map((view) => [view.cause, view.standing]));
const reasons = (diagnosis: Diagnosis, cause: string) =>
  diagnosis.causes.find((view) => view.cause === cause)!.reasons.map((reason) => reason.code);
const fromText = (text: string, more: Evidence = {}) =>
  diagnose({ ...more, parsedError: parseErrorText(text) });

describe('the terminal test, pasted back', () => {
  it.each([
    ['curl', curlTestOutput(MODELS, '200')],
    ['PowerShell', powerShellTestOutput(MODELS, '200')],
  ])('%s, 200: ranked like a live test that passed', (_, text) => {
    const pasted = fromText(text);
    const live = diagnose({ keyTest: valid });
    expect(pasted.likely).toBe('not-passed');
    expect(pasted.likely).toBe(live.likely);
    expect(standings(pasted)).toEqual(standings(live));
    expect(pasted.keyWorks).toBe(true);
    expect(pasted.notAuth).toBeNull();
    expect(reasons(pasted, 'mistyped')).toEqual(['terminal-key-works']);
    expect(reasons(pasted, 'revoked')).toEqual(['terminal-key-works']);
    expect(reasons(pasted, 'not-set')).toEqual(['terminal-key-works-env']);
    expect(pasted.notes).toEqual([]);
  });

  it('when the live test was blocked, the pasted 200 still decides', () => {
    const blocked: KeyTestOutcome = {
      kind: 'network-blocked',
      offline: false,
      latencyMs: 10,
      viaRelay: false,
    };
    const diagnosis = fromText(curlTestOutput(MODELS, '200'), {
      keyTest: blocked,
      keyLint: lintKey(KEY),
    });
    expect(diagnosis.likely).toBe('not-passed');
    expect(standings(diagnosis)).toMatchObject({ mistyped: 'ruled-out', revoked: 'ruled-out' });
  });

  it.each([
    ['curl', curlTestOutput],
    ['PowerShell', powerShellTestOutput],
  ])('%s, 401: read as DeepSeek refusing the key, never as a success', (_, output) => {
    const text = output(
      '{"error":{"message":"Authentication Fails, Your api key: ****cdef is invalid","type":"authentication_error","param":null,"code":"invalid_request_error"}}',
      '401',
    );
    expect(parseErrorText(text)).toMatchObject({ kind: 'unauthorized', echoedTail: 'cdef' });
    const diagnosis = fromText(text, { keyLint: lintKey(KEY) });
    expect(diagnosis.keyWorks).toBe(false);
    expect(diagnosis.likely).toBe('revoked');
  });

  it('prefers a later error status over an earlier 200 in a log', () => {
    const log = [
      'INFO:httpx:HTTP Request: GET https://api.deepseek.com/models "HTTP/1.1 200 OK"',
      'INFO:httpx:HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 401 Unauthorized"',
    ].join('\n');
    expect(parseErrorText(log)).toMatchObject({ kind: 'unauthorized', status: 401 });
  });
});

describe("the page's own checks, pasted back", () => {
  const expected = [
    ...Object.values(CAUSE_CHECKS).flatMap((checks) => checks.map((check) => check.expect)),
    ...KEY_ENVIRONMENTS.flatMap((environment) => [
      environment.verify.expect,
      environment.windows?.verify.expect,
    ]),
  ].filter((expect): expect is string => expect !== undefined);

  it.each([...new Set(expected)])(
    'reads the all-is-well output "%s" without blaming a cause',
    (text) => {
      const parsed = parseErrorText(text);
      expect(parsed.recognised).toBe(true);
      expect(['key-check', 'key-accepted']).toContain(parsed.kind);
      const diagnosis = diagnose({
        parsedError: parsed,
        keyLint: lintKey(`${KEY.slice(0, -4)}1a2b`),
      });
      expect(diagnosis.likely === null || diagnosis.likely === 'not-passed').toBe(true);
      expect(standings(diagnosis)['not-set']).not.toBe('likely');
      expect(standings(diagnosis).mistyped).not.toBe('likely');
    },
  );

  it.each([
    ['NOT SET', 'NOT SET'],
    ['an empty value (shape check)', 'BAD SHAPE: 0 chars, expected 35'],
    ['NOT SET from Windows, with CRLF', 'NOT SET\r\n'],
  ])('%s points to "not set"', (_, text) => {
    const diagnosis = fromText(text);
    expect(diagnosis.likely).toBe('not-set');
    expect(reasons(diagnosis, 'not-set')).toEqual(['check-not-set']);
  });

  it('says a set variable is set, and rules "not set" out', () => {
    const diagnosis = fromText('set, 35 chars, ends 1a2b');
    expect(standings(diagnosis)['not-set']).toBe('ruled-out');
    expect(reasons(diagnosis, 'not-set')).toEqual(['check-set']);
    expect(reasons(diagnosis, 'mistyped')).toEqual(['check-fits']);
    expect(diagnosis.likely).toBeNull();
  });

  it.each([
    ['a quote at the end', 'set, 36 chars, ends def"', 'check-quote'],
    ['a curly quote at the end', 'set, 36 chars, ends def\u201d', 'check-quote'],
    ['a trailing space', 'set, 36 chars, ends def ', 'check-whitespace'],
    [
      'a trailing line break (the tail is cut short)',
      'set, 36 chars, ends def\n',
      'check-whitespace',
    ],
    ['too short', 'set, 34 chars, ends bcde', 'check-length'],
    ['too long', 'set, 164 chars, ends x9Qa', 'check-length'],
    ['the variable’s own name', 'set, 35 chars, ends _KEY', 'check-not-hex'],
    ['cmd, a quote at the end', 'set, ends def"', 'check-quote'],
    ['the shape check', 'BAD SHAPE: 36 chars, expected 35', 'check-bad-shape'],
  ])('%s points to "mistyped"', (_, text, code) => {
    const diagnosis = fromText(text);
    expect(diagnosis.likely).toBe('mistyped');
    expect(reasons(diagnosis, 'mistyped')).toEqual([code]);
    expect(standings(diagnosis)['not-set']).toBe('ruled-out');
  });

  it('compares the tail with the pasted key: the shell holds another key', () => {
    const diagnosis = fromText('set, 35 chars, ends 9a9a', {
      keyLint: lintKey(KEY),
      keyTest: valid,
    });
    expect(diagnosis.likely).toBe('mistyped');
    expect(reasons(diagnosis, 'mistyped')).toContain('check-other-key');
    const same = fromText('set, 35 chars, ends cdef', { keyLint: lintKey(KEY), keyTest: valid });
    expect(same.likely).toBe('not-passed');
    expect(reasons(same, 'mistyped')).not.toContain('check-other-key');
  });

  it('reads every check in a paste: Docker run both ways, one of them unset', () => {
    const parsed = parseErrorText('NOT SET\nset, 35 chars, ends 1a2b\n');
    expect(parsed.checks.map((check) => check.kind)).toEqual(['not-set', 'set']);
    const diagnosis = diagnose({ parsedError: parsed });
    expect(diagnosis.likely).toBe('not-set');
  });

  it('does not take the command for its output', () => {
    const parsed = parseErrorText(
      `PS C:\\> if ($env:DEEPSEEK_API_KEY) { "set, $($env:DEEPSEEK_API_KEY.Length) chars, ends $(-join $env:DEEPSEEK_API_KEY[-4..-1])" } else { 'NOT SET' }\nNOT SET`,
    );
    expect(parsed.checks).toEqual([{ kind: 'not-set' }]);
  });

  it('reads a check next to an error, and counts both', () => {
    const parsed = parseErrorText(
      "set, 35 chars, ends 1a2b\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****_KEY is invalid'}}",
    );
    expect(parsed.kind).toBe('unauthorized');
    expect(parsed.checks).toHaveLength(1);
    const diagnosis = diagnose({ parsedError: parsed });
    expect(reasons(diagnosis, 'not-set')).toContain('check-set');
    expect(diagnosis.likely).toBe('not-passed');
  });

  describe("step 4's check: what the client holds", () => {
    it.each([
      [
        'OpenAI’s default base URL',
        'https://api.openai.com/v1/ key ends cdef',
        'check-client-base-url',
      ],
      ['LangChain without a base URL', 'None key ends cdef', 'check-client-no-base-url'],
      ['another key', 'https://api.deepseek.com/ key ends 9a9a', 'check-client-other-key'],
      ['a variable’s name', 'https://api.deepseek.com key ends _KEY', 'check-client-not-key'],
    ])('%s points to "not passed"', (_, text, code) => {
      const diagnosis = fromText(text, { keyLint: lintKey(KEY) });
      expect(diagnosis.likely).toBe('not-passed');
      expect(reasons(diagnosis, 'not-passed')).toContain(code);
    });

    it('does not take the printed URL for an answer from OpenAI', () => {
      expect(parseErrorText('https://api.openai.com/v1 key ends cdef').signs).not.toContain(
        'openai-host',
      );
    });

    it('a client without a key: the variable was empty, or never passed', () => {
      const diagnosis = fromText('deepseek https://api.deepseek.com key ends NONE');
      expect(reasons(diagnosis, 'not-set')).toEqual(['check-client-no-key']);
      expect(reasons(diagnosis, 'not-passed')).toEqual(['check-client-no-key']);
    });

    it('the key the user pasted, sent to DeepSeek: rules "not passed" out', () => {
      const diagnosis = fromText('https://api.deepseek.com/ key ends cdef', {
        keyLint: lintKey(KEY),
      });
      expect(standings(diagnosis)).toMatchObject({
        'not-passed': 'ruled-out',
        'not-set': 'ruled-out',
      });
    });
  });

  it('the revoked check’s status alone: a 401 without a message to read', () => {
    expect(parseErrorText('401\n')).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      variant: 'unknown',
    });
    // A number inside other text is no status.
    expect(parseErrorText('retrying in 401 ms').kind).toBe('unrecognised');
  });
});

describe('a long paste', () => {
  const frames =
    '  File "/app/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1037, in request\n';

  it('keeps the end of a 280 KB traceback, where its error line is, and says it was cut', () => {
    const text = `Traceback (most recent call last):\n${frames.repeat(Math.ceil(280_000 / frames.length))}openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****7f3a is invalid', 'type': 'authentication_error'}}`;
    expect(text.length).toBeGreaterThan(280_000);
    const parsed = parseErrorText(text);
    expect(parsed).toMatchObject({ kind: 'unauthorized', status: 401, echoedTail: '7f3a' });
    expect(parsed.signs).toContain('truncated');
  });

  it('keeps the start too: a Node error’s message comes before its stack', () => {
    const text = `AuthenticationError: 401 Authentication Fails, Your api key: ****abcd is invalid\n${'    at f (file.js:1:1)\n'.repeat(MAX_ERROR_TEXT / 10)}`;
    expect(parseErrorText(text)).toMatchObject({ kind: 'unauthorized', echoedTail: 'abcd' });
  });

  it('is not cut when it fits', () => {
    expect(parseErrorText('x'.repeat(MAX_ERROR_TEXT)).signs).not.toContain('truncated');
  });
});
