import { describe, expect, it } from 'vitest';
import { lintKey } from '../../src/domain/key/key-lint.ts';
import type {
  KeyTestOutcome,
  UnauthorizedVariant,
} from '../../src/domain/key-test/key-test-outcome.ts';
import {
  verdictOfKeyTest,
  type KeyTestVerdict,
} from '../../src/domain/key-test/key-test-verdict.ts';
import { GOOD_KEY } from '../mocks/deepseek.ts';

const timing = { latencyMs: 120, viaRelay: false };

function unauthorized(
  variant: UnauthorizedVariant,
  echoedTail: string | null = null,
  message = 'Authentication Fails',
): KeyTestOutcome {
  return {
    kind: 'unauthorized',
    status: 401,
    message,
    variant,
    echoedTail,
    requestId: null,
    ...timing,
  };
}

const goodLint = lintKey(GOOD_KEY);
const typoLint = lintKey('sk-0123456789abcdef0123456789abcde'); // one character short
const openAiLint = lintKey(`sk-proj-${'A'.repeat(40)}T3BlbkFJ${'b'.repeat(20)}`);
const quotedLint = lintKey(`"${GOOD_KEY}"`);
const noSkLint = lintKey('0123456789abcdef0123456789abcdef');

describe('verdictOfKeyTest', () => {
  it.each<[string, KeyTestOutcome, ReturnType<typeof lintKey> | null, KeyTestVerdict]>([
    [
      'a valid key: the 401 comes from the code',
      { kind: 'valid', models: ['deepseek-flash'], balance: null, ...timing },
      goodLint,
      { cause: 'not-passed', reason: 'key-works', tail: null },
    ],
    [
      'a well-formed key rejected: revoked',
      unauthorized('invalid-key', GOOD_KEY.slice(-4)),
      goodLint,
      { cause: 'revoked', reason: 'rejected-well-formed', tail: { kind: 'matches' } },
    ],
    [
      'a malformed key rejected: mistyped',
      unauthorized('invalid-key', 'bcde'),
      typoLint,
      { cause: 'mistyped', reason: 'rejected-malformed', tail: { kind: 'matches' } },
    ],
    [
      "another provider's key rejected: mistyped",
      unauthorized('invalid-key', 'bbbb'),
      openAiLint,
      { cause: 'mistyped', reason: 'other-provider', tail: { kind: 'matches' } },
    ],
    [
      'a 401 with no message at all: something other than DeepSeek refused it',
      unauthorized('unknown', null, ''),
      goodLint,
      { cause: null, reason: 'foreign-401', tail: null },
    ],
    [
      "OpenAI's 401 message: another service answered",
      unauthorized(
        'unknown',
        null,
        'Incorrect API key provided: sk-01234***cdef. You can find your API key at …',
      ),
      goodLint,
      { cause: null, reason: 'foreign-401', tail: null },
    ],
    [
      'an unknown 401 message for a well-formed key',
      unauthorized('unknown'),
      goodLint,
      { cause: 'revoked', reason: 'rejected-well-formed', tail: null },
    ],
    [
      'a rejected key with nothing pasted to compare',
      unauthorized('invalid-key', '9f3a'),
      null,
      { cause: null, reason: 'rejected-unverified', tail: { kind: 'different-key' } },
    ],
    [
      'the tail of a variable name: not passed',
      unauthorized('invalid-key', '_KEY'),
      goodLint,
      { cause: 'not-passed', reason: 'tail-mismatch', tail: { kind: 'variable-name' } },
    ],
    [
      'the tail of a variable name, with no key pasted',
      unauthorized('invalid-key', '_KEY'),
      null,
      { cause: 'not-passed', reason: 'tail-mismatch', tail: { kind: 'variable-name' } },
    ],
    [
      'an unfilled template: not passed',
      unauthorized('invalid-key', 'KEY}'),
      goodLint,
      { cause: 'not-passed', reason: 'tail-mismatch', tail: { kind: 'template' } },
    ],
    [
      'a quote kept from .env: mistyped',
      unauthorized('invalid-key', 'cdef"'.slice(-4)),
      quotedLint,
      { cause: 'mistyped', reason: 'tail-mismatch', tail: { kind: 'quote' } },
    ],
    [
      'undefined reached the client: not set',
      unauthorized('invalid-key', 'ined'),
      goodLint,
      { cause: 'not-set', reason: 'tail-mismatch', tail: { kind: 'no-value' } },
    ],
    [
      'a placeholder: a template never filled in, so not set',
      unauthorized('invalid-key', 'xxxx'),
      goodLint,
      { cause: 'not-set', reason: 'tail-mismatch', tail: { kind: 'placeholder' } },
    ],
    [
      'another key than the pasted one: not passed',
      unauthorized('invalid-key', '9f3a'),
      goodLint,
      { cause: 'not-passed', reason: 'tail-mismatch', tail: { kind: 'different-key' } },
    ],
    [
      'bad format with an sk- key pasted: the code sent an empty key',
      unauthorized('bad-format'),
      goodLint,
      { cause: 'not-set', reason: 'bad-format', tail: null },
    ],
    [
      'bad format with no key pasted',
      unauthorized('bad-format'),
      null,
      { cause: 'not-set', reason: 'bad-format', tail: null },
    ],
    [
      'bad format for a key without sk-: mistyped',
      unauthorized('bad-format'),
      noSkLint,
      { cause: 'mistyped', reason: 'bad-format', tail: null },
    ],
    [
      'no such user: revoked',
      unauthorized('no-such-user'),
      goodLint,
      { cause: 'revoked', reason: 'no-such-user', tail: null },
    ],
    [
      'governor: no cause',
      unauthorized('governor'),
      goodLint,
      { cause: null, reason: 'governor', tail: null },
    ],
    [
      '402',
      { kind: 'insufficient-balance', status: 402, message: 'Insufficient Balance', ...timing },
      goodLint,
      { cause: null, reason: 'not-auth-balance', tail: null },
    ],
    [
      '429',
      { kind: 'rate-limited', status: 429, message: '', retryAfterSeconds: 3, ...timing },
      goodLint,
      { cause: null, reason: 'not-auth-rate', tail: null },
    ],
    [
      '503',
      { kind: 'server-error', status: 503, message: 'Server Overloaded', ...timing },
      goodLint,
      { cause: null, reason: 'not-auth-server', tail: null },
    ],
    [
      '422',
      { kind: 'http-error', status: 422, message: 'Invalid Parameters', ...timing },
      goodLint,
      { cause: null, reason: 'not-auth-other', tail: null },
    ],
    [
      '404: wrong base URL',
      { kind: 'not-found', status: 404, message: '', ...timing },
      goodLint,
      { cause: 'not-passed', reason: 'wrong-base-url', tail: null },
    ],
    [
      '403',
      { kind: 'forbidden', status: 403, message: '', ...timing },
      goodLint,
      { cause: null, reason: 'forbidden', tail: null },
    ],
    [
      'HTML',
      {
        kind: 'unexpected-response',
        status: 200,
        contentType: 'text/html',
        bodyExcerpt: '<html>',
        ...timing,
      },
      goodLint,
      { cause: null, reason: 'unexpected', tail: null },
    ],
    [
      'blocked',
      { kind: 'network-blocked', offline: false, ...timing },
      goodLint,
      { cause: null, reason: 'blocked', tail: null },
    ],
    [
      'offline',
      { kind: 'network-blocked', offline: true, ...timing },
      goodLint,
      { cause: null, reason: 'offline', tail: null },
    ],
    [
      'blocked even through the relay',
      { kind: 'network-blocked', offline: false, latencyMs: 5, viaRelay: true },
      goodLint,
      { cause: null, reason: 'relay-blocked', tail: null },
    ],
    [
      'timed out',
      { kind: 'timed-out', timeoutMs: 15000, ...timing },
      goodLint,
      { cause: null, reason: 'timeout', tail: null },
    ],
    [
      'cancelled',
      { kind: 'cancelled' },
      goodLint,
      { cause: null, reason: 'cancelled', tail: null },
    ],
    [
      'the page could not load its tester',
      { kind: 'tester-unavailable' },
      goodLint,
      { cause: null, reason: 'tester-unavailable', tail: null },
    ],
    [
      'not sendable: invisible characters',
      { kind: 'not-sendable', reason: 'not-ascii' },
      lintKey(`${GOOD_KEY}\u200b`),
      { cause: 'mistyped', reason: 'not-sendable', tail: null },
    ],
    [
      'empty',
      { kind: 'not-sendable', reason: 'empty' },
      lintKey(''),
      { cause: null, reason: 'empty-key', tail: null },
    ],
  ])('%s', (_name, outcome, lint, expected) => {
    expect(verdictOfKeyTest(outcome, lint)).toEqual(expected);
  });

  it('a valid key is never blamed, whatever lint says about it', () => {
    const verdict = verdictOfKeyTest(
      { kind: 'valid', models: [], balance: null, ...timing },
      typoLint,
    );
    expect(verdict.cause === 'mistyped' || verdict.cause === 'revoked').toBe(false);
  });
});
