import { describe, expect, it } from 'vitest';
import { hostnameOf, hostOf } from '../../src/domain/url.ts';

describe('URL parts', () => {
  it.each([
    ['http://127.0.0.1:2333/v1', '127.0.0.1', '127.0.0.1:2333'],
    ['  https://api.deepseek.com/v1 ', 'api.deepseek.com', 'api.deepseek.com'],
    ['https://[::1]:8080', '[::1]', '[::1]:8080'],
  ])('%s has host name %s and host %s', (url, hostname, host) => {
    expect(hostnameOf(url)).toBe(hostname);
    expect(hostOf(url)).toBe(host);
  });

  it('gives no host name for text that is no URL, and the text itself as its host', () => {
    expect(hostnameOf(' api.deepseek.com ')).toBe('');
    expect(hostOf(' api.deepseek.com ')).toBe('api.deepseek.com');
  });
});
