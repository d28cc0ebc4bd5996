import { describe, expect, it } from 'vitest';
import { lintKey } from '../../src/domain/key/key-lint.ts';
import type { KeyTestOutcome } from '../../src/domain/key-test/key-test-outcome.ts';
import { verdictOfKeyTest } from '../../src/domain/key-test/key-test-verdict.ts';
import { en } from '../../src/i18n/en.ts';
import { translate, type Translate } from '../../src/i18n/t.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { evidenceRows } from '../../src/key-test/evidence-rows.ts';
import { verdictMessage } from '../../src/key-test/verdict-message.ts';

const englishT: Translate = (key, vars) => translate(en, key, vars);
const chineseT: Translate = (key, vars) => translate({ ...en, ...zhCN }, key, vars);

const GROQ_KEY = `gsk_${'A1b2C3d4E5'.repeat(3)}`;
const rejected: KeyTestOutcome = {
  kind: 'unauthorized',
  status: 401,
  message: `Authentication Fails, Your api key: ****${GROQ_KEY.slice(-4)} is invalid`,
  variant: 'invalid-key',
  echoedTail: GROQ_KEY.slice(-4),
  requestId: null,
  latencyMs: 50,
  viaRelay: false,
};

describe('verdictMessage: another provider’s key', () => {
  const lint = lintKey(GROQ_KEY);
  const verdict = verdictOfKeyTest(rejected, lint);

  it('names the provider, not its id, in the page’s language', () => {
    expect(verdict.reason).toBe('other-provider');
    const english = verdictMessage(verdict, rejected, lint, englishT);
    expect(english.vars).toEqual({ provider: 'Groq' });
    const { key, vars } = verdictMessage(verdict, rejected, lint, chineseT);
    expect(chineseT(key, vars)).toContain('看起来像 Groq 的密钥');
  });

  it('names Moonshot and SiliconFlow in Chinese', () => {
    const key = `sk-${'aB3dE5gH7jK9mN1pQ3sT5vW7y'.repeat(2).slice(0, 48)}`;
    const moonshot = lintKey(key);
    const outcome = { ...rejected, echoedTail: key.slice(-4) };
    const message = verdictMessage(
      verdictOfKeyTest(outcome, moonshot),
      outcome,
      moonshot,
      chineseT,
    );
    expect(chineseT(message.key, message.vars)).toMatch(
      /看起来像 Moonshot（月之暗面）或 SiliconFlow（硅基流动）\s?的密钥/,
    );
  });
});

describe('verdictMessage: what the answer was', () => {
  const lint = lintKey('sk-0123456789abcdef0123456789abcdef');
  const timing = { latencyMs: 50, viaRelay: false };

  it('a blocked test of another address names that address and why the page refused it', () => {
    const outcome: KeyTestOutcome = { kind: 'network-blocked', offline: false, ...timing };
    const verdict = verdictOfKeyTest(outcome, lint);
    const custom = verdictMessage(verdict, outcome, lint, englishT, 'https://proxy.example/v1');
    expect(englishT(custom.key, custom.vars)).toContain('The request to proxy.example never left');
    const plain = verdictMessage(verdict, outcome, lint, englishT);
    expect(englishT(plain.key, plain.vars)).toContain('could not reach DeepSeek');
  });

  it('JSON that is not a model list is not called "not JSON"', () => {
    const outcome: KeyTestOutcome = {
      kind: 'unexpected-response',
      status: 200,
      contentType: 'application/json',
      bodyExcerpt: '{}',
      ...timing,
    };
    const { key, vars } = verdictMessage(verdictOfKeyTest(outcome, lint), outcome, lint, englishT);
    const text = englishT(key, vars);
    expect(text).toContain('not DeepSeek’s model list');
    expect(text).not.toContain('not JSON');
    const html = { ...outcome, contentType: 'text/html', bodyExcerpt: '<html>' };
    const other = verdictMessage(verdictOfKeyTest(html, lint), html, lint, englishT);
    expect(englishT(other.key, other.vars)).toContain('not JSON');
  });

  it('a 401 without DeepSeek’s message leaves the key untested', () => {
    const outcome: KeyTestOutcome = {
      kind: 'unauthorized',
      status: 401,
      message: '',
      variant: 'unknown',
      echoedTail: null,
      requestId: null,
      ...timing,
    };
    const { key, vars } = verdictMessage(verdictOfKeyTest(outcome, lint), outcome, lint, chineseT);
    expect(chineseT(key, vars)).toContain('还没测试到');
  });
});

describe('evidenceRows: the route', () => {
  const lint = lintKey('sk-0123456789abcdef0123456789abcdef');
  const outcome: KeyTestOutcome = {
    kind: 'network-blocked',
    offline: false,
    latencyMs: 3,
    viaRelay: false,
  };
  const route = (customBase: string | null) =>
    evidenceRows(outcome, verdictOfKeyTest(outcome, lint), 'cdef', englishT, customBase).find(
      (row) => row.label === englishT('keyTest.evidence.route'),
    )?.value;

  it('names the address that was tested', () => {
    expect(route('https://proxy.example/v1')).toBe(
      'straight from this browser to https://proxy.example/v1',
    );
    expect(route(null)).toBe('straight from this browser to https://api.deepseek.com');
  });
});
