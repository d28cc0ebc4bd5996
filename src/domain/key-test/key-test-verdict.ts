import type { CauseId } from '../causes.ts';
import { readEchoedTail, tailSpeaksAlone, type TailReading } from '../error/deepseek-message.ts';
import type { KeyLint } from '../key/key-lint.ts';
import type { KeyTestOutcome } from './key-test-outcome.ts';

/** Why a key test points at a cause, or at none. Each reason has one sentence in the UI. */
export type KeyTestReason =
  /** DeepSeek accepted the key: the 401 comes from the code or its environment. */
  | 'key-works'
  /** A well-formed key, rejected: deleted, rotated, or its account closed. */
  | 'rejected-well-formed'
  /** Rejected, and the key is not DeepSeek-shaped or lint found errors: a typo or a bad copy. */
  | 'rejected-malformed'
  /** Rejected, and the key looks like another provider's. */
  | 'other-provider'
  /**
   * A 401 without any of DeepSeek's messages (an empty body, OpenAI's "Incorrect API key"): a
   * gateway, a proxy or another service refused the request, so it says nothing about the key.
   */
  | 'foreign-401'
  /** Rejected, with no pasted key to compare with (a pasted error alone). */
  | 'rejected-unverified'
  /** DeepSeek echoed a tail that is not the pasted key's: it received something else. */
  | 'tail-mismatch'
  /** "auth header format should be Bearer sk-...": empty, or not starting with `sk-`. */
  | 'bad-format'
  /** "no such user": the account is gone, or DeepSeek has an outage. */
  | 'no-such-user'
  /**
   * "(governor)": no Authorization header reached DeepSeek (SPEC §5; usestrix/strix#101: LiteLLM's
   * `deepseek/` provider sent none when the key was set as `litellm.api_key`). Not a rate limit.
   */
  | 'governor'
  /** 402: DeepSeek accepted the key; the account has no balance. */
  | 'not-auth-balance'
  /** 429: DeepSeek accepted the key; too many requests. */
  | 'not-auth-rate'
  /** 5xx: DeepSeek's servers failed; says nothing about the key. */
  | 'not-auth-server'
  /** Another 4xx with a JSON body. */
  | 'not-auth-other'
  /** 404: the request went to a URL where DeepSeek's API is not. */
  | 'wrong-base-url'
  | 'forbidden'
  /** Not JSON: a proxy, a captive portal or another host answered. */
  | 'unexpected'
  /** No HTTP status: CORS, a firewall, an extension. Not the key's fault. */
  | 'blocked'
  /** The browser says it is offline. */
  | 'offline'
  /** Even this project's relay could not reach DeepSeek. */
  | 'relay-blocked'
  | 'timeout'
  | 'cancelled'
  /** The page's own code for the test did not load: nothing was sent. */
  | 'tester-unavailable'
  /** Not printable ASCII: it cannot be sent in a header; invisible or typographic characters. */
  | 'not-sendable'
  | 'empty-key';

export interface KeyTestVerdict {
  /** The wizard step the test points at, or null when it says nothing about the four causes. */
  cause: CauseId | null;
  reason: KeyTestReason;
  /** What DeepSeek's echoed tail says, when it echoed one. */
  tail: TailReading | null;
}

/**
 * Turns a key test outcome (live, or read from a pasted error) and the lint of the pasted key, if
 * any, into a cause and a reason. A key DeepSeek accepts is fine, so a 401 elsewhere comes from
 * how the code gets or passes it. A tail that differs from the pasted key's means DeepSeek
 * received something else, and the tail tells what.
 */
export function verdictOfKeyTest(outcome: KeyTestOutcome, lint: KeyLint | null): KeyTestVerdict {
  const plain = (reason: KeyTestReason, cause: CauseId | null = null): KeyTestVerdict => ({
    cause,
    reason,
    tail: null,
  });
  switch (outcome.kind) {
    case 'valid':
      return plain('key-works', 'not-passed');
    case 'unauthorized':
      // Every 401 of DeepSeek's starts "Authentication Fails" (SPEC §5).
      if (outcome.variant === 'unknown' && !/authentication fails/i.test(outcome.message)) {
        return plain('foreign-401');
      }
      return verdictOf401(outcome.variant, outcome.echoedTail, lint);
    case 'insufficient-balance':
      return plain('not-auth-balance');
    case 'rate-limited':
      return plain('not-auth-rate');
    case 'server-error':
      return plain('not-auth-server');
    case 'http-error':
      return plain('not-auth-other');
    case 'not-found':
      return plain('wrong-base-url', 'not-passed');
    case 'forbidden':
      return plain('forbidden');
    case 'unexpected-response':
      return plain('unexpected');
    case 'network-blocked':
      if (outcome.viaRelay) return plain('relay-blocked');
      return plain(outcome.offline ? 'offline' : 'blocked');
    case 'timed-out':
      return plain('timeout');
    case 'cancelled':
      return plain('cancelled');
    case 'tester-unavailable':
      return plain('tester-unavailable');
    case 'not-sendable':
      return outcome.reason === 'empty' ? plain('empty-key') : plain('not-sendable', 'mistyped');
  }
}

function verdictOf401(
  variant: Extract<KeyTestOutcome, { kind: 'unauthorized' }>['variant'],
  echoedTail: string | null,
  lint: KeyLint | null,
): KeyTestVerdict {
  const tail = echoedTail === null ? null : readEchoedTail(echoedTail, lint?.cleaned ?? null);
  const verdict = (reason: KeyTestReason, cause: CauseId | null) => ({ cause, reason, tail });
  switch (variant) {
    case 'bad-format':
      // An `sk-` key pasted here but "not Bearer sk-…" at DeepSeek: the code sent an empty value.
      return verdict(
        'bad-format',
        lint && !lint.cleaned.startsWith('sk-') ? 'mistyped' : 'not-set',
      );
    case 'no-such-user':
      // A key that was never DeepSeek's gets it too (see diagnose.ts).
      return verdict(
        'no-such-user',
        lint && (lint.otherProvider !== null || !lint.looksLikeDeepSeek) ? 'mistyped' : 'revoked',
      );
    case 'governor':
      // In the page's own test the header was sent, so something on the way removed it.
      return verdict('governor', null);
    case 'invalid-key':
    case 'unknown':
      break;
  }
  if (tail && tail.kind !== 'matches' && (lint !== null || tailSpeaksAlone(tail))) {
    return verdict('tail-mismatch', causeOfTail(tail));
  }
  if (lint === null) return verdict('rejected-unverified', null);
  if (lint.otherProvider !== null) return verdict('other-provider', 'mistyped');
  const hasErrors = lint.findings.some((finding) => finding.severity === 'error');
  if (hasErrors || !lint.looksLikeDeepSeek) return verdict('rejected-malformed', 'mistyped');
  return verdict('rejected-well-formed', 'revoked');
}

/** What the code sent instead of the key, as one of the four causes. */
function causeOfTail(tail: Exclude<TailReading, { kind: 'matches' }>): CauseId {
  switch (tail.kind) {
    case 'no-value':
    case 'not-provided':
    case 'empty':
    case 'placeholder':
      return 'not-set';
    case 'quote':
    case 'short':
    case 'not-a-key':
      return 'mistyped';
    case 'variable-name':
    case 'template':
    case 'different-key':
      return 'not-passed';
  }
}
