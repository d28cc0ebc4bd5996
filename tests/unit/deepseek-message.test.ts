import { describe, expect, it } from 'vitest';
import { readDeepSeekMessage, readEchoedTail } from '../../src/domain/error/deepseek-message.ts';

describe('readDeepSeekMessage', () => {
  it.each([
    ['Authentication Fails, Your api key: ****abcd is invalid', 'abcd'],
    // Broken over lines by a terminal (FullStackPlayer/claude-code-launcher#3).
    ['Authentication Fails, Your api key: ****_KEY is\n     invalid', '_KEY'],
    // Nothing after the stars: an empty value (Syslifters/sysreptor#626).
    ['Authentication Fails, Your api key: **** is invalid', ''],
    // No stars at all (bytedance/deer-flow#1283).
    ['Authentication Fails, Your api key:  is invalid', ''],
    // Cut short by the reporter (openai/codex#1043).
    ['401 Authentication Fails, Your api key: ****hmUA is inv', 'hmUA'],
    ['Authentication Fails, Your api key: ****1a is invalid', '1a'],
  ])('%j echoes %j', (message, tail) => {
    const reading = readDeepSeekMessage(message);
    expect(reading.echoedTail).toBe(tail);
    expect(reading.variant).toBe('invalid-key');
  });

  it.each([
    ['Authentication Fails (governor)', 'governor'],
    ['Authentication Fails (no such user)', 'no-such-user'],
    ['Authentication Fails (auth header format should be Bearer sk-...)', 'bad-format'],
    ['Authentication Fails', 'unknown'],
  ] as const)('%j is the %s variant', (message, variant) => {
    expect(readDeepSeekMessage(message)).toEqual({ variant, echoedTail: null, requestId: null });
  });
});

describe('readEchoedTail', () => {
  it.each([
    ['', null, 'empty'],
    ['_KEY', null, 'variable-name'],
    ['eek}', null, 'template'],
    ['18b"', null, 'quote'],
    ['null', null, 'no-value'],
    ['ined', null, 'no-value'],
    ['xxxx', null, 'placeholder'],
    // "sk-xxx" and "xxx" from sample configs (musistudio/claude-code-router#102).
    ['-xxx', null, 'placeholder'],
    ['xxx', null, 'placeholder'],
    ['1a', null, 'short'],
    ['HOIB', null, 'not-a-key'],
    ['6eA3', null, 'not-a-key'],
    ['Njk=', null, 'not-a-key'],
    ['json', null, 'not-a-key'],
    ['3ffa', null, 'different-key'],
    ['3ffa', 'sk-0123456789abcdef0123456789ab3ffa', 'matches'],
    ['999c', 'sk-0123456789abcdef0123456789ab3ffa', 'different-key'],
  ] as const)('%j (pasted key %s) reads as %s', (tail, key, kind) => {
    expect(readEchoedTail(tail, key).kind).toBe(kind);
  });
});
