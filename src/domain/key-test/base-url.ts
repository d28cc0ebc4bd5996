import { DEEPSEEK_BASE_URL } from '../deepseek-facts.ts';

/** What a typed API base URL means for the live test. */
export type BaseUrlReading =
  | { kind: 'deepseek'; url: string }
  | { kind: 'custom'; url: string; host: string }
  | { kind: 'invalid'; reason: 'not-url' | 'not-https' | 'credentials' | 'query' };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const DEEPSEEK_HOST = new URL(DEEPSEEK_BASE_URL).host;

/**
 * Reads the base URL typed in the page (never one from the page's own URL). Empty means
 * DeepSeek. Another host gets the key too, so the page warns; plain http only on loopback.
 */
export function readBaseUrl(text: string): BaseUrlReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'deepseek', url: DEEPSEEK_BASE_URL };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { kind: 'invalid', reason: 'not-url' };
  }
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure) return { kind: 'invalid', reason: 'not-https' };
  if (url.username || url.password) return { kind: 'invalid', reason: 'credentials' };
  if (url.search || url.hash) return { kind: 'invalid', reason: 'query' };
  const normal = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  if (url.host === DEEPSEEK_HOST && url.protocol === 'https:')
    return { kind: 'deepseek', url: normal };
  return { kind: 'custom', url: normal, host: url.host };
}
