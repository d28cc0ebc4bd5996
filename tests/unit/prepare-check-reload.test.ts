import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { prepareCheck } from '../../src/deepseek/check-key.ts';
import { BALANCE_BODY, GOOD_KEY, MODELS_BODY } from '../mocks/deepseek.ts';

/**
 * How many more times the SDK's chunk fails to load (offline, or gone after a redeploy), and how
 * long each load takes (a slow connection).
 */
const chunk = vi.hoisted(() => ({ failures: 0, delayMs: 0, started: 0, loads: 0 }));

vi.mock('../../src/deepseek/load-sdk.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/deepseek/load-sdk.ts')>();
  return {
    ...actual,
    loadSdk: vi.fn(async () => {
      chunk.started++;
      await new Promise((resolve) => setTimeout(resolve, chunk.delayMs));
      if (chunk.failures-- > 0) throw new TypeError('Failed to fetch dynamically imported module');
      chunk.loads++;
      return actual.loadSdk();
    }),
  };
});

const seen: string[] = [];
const server = setupServer(
  http.get('https://api.deepseek.com/models', () => HttpResponse.json(MODELS_BODY)),
  http.get('https://api.deepseek.com/user/balance', () => HttpResponse.json(BALANCE_BODY)),
);
server.events.on('request:start', ({ request }) => seen.push(request.url));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen.length = 0;
  chunk.failures = 0;
  chunk.delayMs = 0;
  chunk.started = 0;
  chunk.loads = 0;
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

const typed = () => new Promise((resolve) => setTimeout(resolve, 20));
const click = () => new AbortController().signal;

it('a check prepared while the SDK could not load loads it again on the click', async () => {
  chunk.failures = 1;
  const check = prepareCheck(GOOD_KEY);
  await typed();
  expect(await check.run(click())).toMatchObject({ kind: 'valid' });
});

it('an SDK that cannot load, online: the page’s own code is missing, and nothing was sent', async () => {
  chunk.failures = 2;
  const check = prepareCheck(GOOD_KEY);
  await typed();
  expect(await check.run(click())).toEqual({ kind: 'tester-unavailable' });
  expect(seen).toEqual([]);
});

it('an SDK that cannot load, offline: offline', async () => {
  vi.stubGlobal('navigator', { onLine: false });
  chunk.failures = 2;
  const check = prepareCheck(GOOD_KEY);
  await typed();
  expect(await check.run(click())).toMatchObject({ kind: 'network-blocked', offline: true });
});

describe('while the SDK’s chunk is still loading (a slow connection)', () => {
  it('Cancel ends the wait at once: cancelled, and nothing sent', async () => {
    chunk.delayMs = 500;
    const user = new AbortController();
    const running = prepareCheck(GOOD_KEY).run(user.signal);
    setTimeout(() => user.abort(), 20);
    expect(await running).toEqual({ kind: 'cancelled' });
    // The load had started and had not ended; once it ends, still nothing is sent.
    expect(chunk.started).toBe(1);
    expect(chunk.loads).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(chunk.loads).toBe(1);
    expect(seen).toEqual([]);
  });

  it('the deadline passing first says the page could not load its tester, not that DeepSeek was slow', async () => {
    chunk.delayMs = 500;
    const outcome = await prepareCheck(GOOD_KEY, { timeoutMs: 50 }).run(click());
    expect(outcome).toEqual({ kind: 'tester-unavailable' });
    // The load had started and had not ended; once it ends, still nothing is sent.
    expect(chunk.started).toBe(1);
    expect(chunk.loads).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(chunk.loads).toBe(1);
    expect(seen).toEqual([]);
  });
});
