/** The path, relative to the page, where this project's dev and preview servers relay to DeepSeek. */
export const RELAY_PATH = '__deepseek-relay';
/** What the relay's health check answers, so that a static host's HTML fallback is not mistaken. */
export const RELAY_NAME = 'deepseek-key-doctor';

const DETECT_TIMEOUT_MS = 3000;

/** The relay's base URL for a page at `baseURI`: it works under any sub-path. */
export function relayBaseURL(baseURI: string): string {
  return new URL(RELAY_PATH, baseURI).href;
}

/**
 * Asks the page's own origin whether this project's relay is there (`vite dev` or `vite preview`)
 * and returns its base URL, or null on a static host. Never throws.
 */
export async function detectRelay(
  options: { signal?: AbortSignal; baseURI?: string } = {},
): Promise<string | null> {
  const baseURI = options.baseURI ?? document.baseURI;
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, DETECT_TIMEOUT_MS);
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    const response = await fetch(new URL(`${RELAY_PATH}/health`, baseURI), {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      credentials: 'omit',
      signal: controller.signal,
    });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    const isRelay =
      typeof body === 'object' && body !== null && 'relay' in body && body.relay === RELAY_NAME;
    return isRelay ? relayBaseURL(baseURI) : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}
