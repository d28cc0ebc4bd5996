import type { KeyLint } from '../domain/key/key-lint.ts';
import type { KeyTestOutcome } from '../domain/key-test/key-test-outcome.ts';
import type { KeyTestVerdict } from '../domain/key-test/key-test-verdict.ts';
import { hostOf } from '../domain/url.ts';
import type { MessageKey, Translate, Vars } from '../i18n/t.ts';

/**
 * The one sentence for a verdict: its message key and the values it names, names of things
 * (another provider) already in the page's language.
 */
export function verdictMessage(
  verdict: KeyTestVerdict,
  outcome: KeyTestOutcome,
  lint: KeyLint | null,
  t: Translate,
  /** The other address tested, or null for DeepSeek. */
  customBase: string | null = null,
): { key: MessageKey; vars: Vars } {
  const status = 'status' in outcome ? outcome.status : '';
  switch (verdict.reason) {
    case 'tail-mismatch': {
      const tail = outcome.kind === 'unauthorized' ? (outcome.echoedTail ?? '') : '';
      const kind =
        verdict.tail?.kind === 'matches'
          ? 'different-key'
          : (verdict.tail?.kind ?? 'different-key');
      return {
        key: `keyTest.verdict.tail-mismatch.${kind}`,
        vars: { tail, length: tail.length, lastFour: lint?.shape.lastFour ?? '' },
      };
    }
    case 'bad-format':
      return {
        key: `keyTest.verdict.bad-format.${verdict.cause === 'mistyped' ? 'mistyped' : 'not-set'}`,
        vars: {},
      };
    case 'other-provider':
      return {
        key: 'keyTest.verdict.other-provider',
        vars: {
          provider: lint?.otherProvider ? t(`keyLint.provider.${lint.otherProvider}`) : '',
        },
      };
    case 'not-auth-rate':
      return outcome.kind === 'rate-limited' && outcome.retryAfterSeconds !== null
        ? {
            key: 'keyTest.verdict.not-auth-rate-after',
            vars: { seconds: outcome.retryAfterSeconds },
          }
        : { key: 'keyTest.verdict.not-auth-rate', vars: {} };
    case 'blocked':
      // NOTE: the built page's CSP refuses every host but DeepSeek's and its own (ADR 5).
      return customBase
        ? { key: 'keyTest.verdict.blocked-custom', vars: { host: hostOf(customBase) } }
        : { key: 'keyTest.verdict.blocked', vars: {} };
    case 'unexpected':
      // JSON that is not a model list is still JSON: say what it is not.
      return outcome.kind === 'unexpected-response' && isJson(outcome.contentType)
        ? { key: 'keyTest.verdict.unexpected-json', vars: { status } }
        : { key: 'keyTest.verdict.unexpected', vars: { status } };
    case 'timeout':
      return {
        key: 'keyTest.verdict.timeout',
        vars: { seconds: outcome.kind === 'timed-out' ? Math.round(outcome.timeoutMs / 1000) : '' },
      };
    default:
      return { key: `keyTest.verdict.${verdict.reason}`, vars: { status } };
  }
}

function isJson(contentType: string | null): boolean {
  return /\bjson\b/i.test(contentType ?? '');
}

/** Outcomes after which the same test from a terminal is the next step. */
export function needsTerminalTest(outcome: KeyTestOutcome): boolean {
  return (
    outcome.kind === 'network-blocked' ||
    outcome.kind === 'tester-unavailable' ||
    outcome.kind === 'timed-out' ||
    outcome.kind === 'unexpected-response'
  );
}
