import { describe, expect, it } from 'vitest';
import { readBaseUrl } from '../../src/domain/key-test/base-url.ts';

describe('readBaseUrl', () => {
  it.each([
    '',
    '  ',
    'https://api.deepseek.com',
    'https://api.deepseek.com/',
    ' https://api.deepseek.com/v1 ',
  ])('%j is DeepSeek', (text) => {
    expect(readBaseUrl(text).kind).toBe('deepseek');
  });

  it('keeps /v1, which DeepSeek also accepts, without a trailing slash', () => {
    expect(readBaseUrl('https://api.deepseek.com/v1/')).toEqual({
      kind: 'deepseek',
      url: 'https://api.deepseek.com/v1',
    });
  });

  it('names the host of any other address, which will receive the key', () => {
    expect(readBaseUrl('https://llm-proxy.example.com/deepseek/')).toEqual({
      kind: 'custom',
      url: 'https://llm-proxy.example.com/deepseek',
      host: 'llm-proxy.example.com',
    });
    expect(readBaseUrl('http://127.0.0.1:8080')).toEqual({
      kind: 'custom',
      url: 'http://127.0.0.1:8080',
      host: '127.0.0.1:8080',
    });
  });

  it.each([
    ['api.deepseek.com', 'not-url'],
    ['not a url', 'not-url'],
    ['http://api.deepseek.com', 'not-https'],
    ['http://proxy.example.com', 'not-https'],
    ['ftp://example.com', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['https://user:pass@proxy.example.com', 'credentials'],
    ['https://proxy.example.com/?key=1', 'query'],
    ['https://proxy.example.com/#x', 'query'],
  ] as const)('refuses %j (%s)', (text, reason) => {
    expect(readBaseUrl(text)).toEqual({ kind: 'invalid', reason });
  });
});
