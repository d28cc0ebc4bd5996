import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { prepareCheck } from '../../src/deepseek/check-key.ts';
import { BALANCE_BODY, GOOD_KEY, MODELS_BODY } from '../mocks/deepseek.ts';

/** How many more times the SDK's chunk fails to load (offline, or gone after a redeploy). */
const chunk = vi.hoisted(() => ({ failures: 0 }));

vi.mock('../../src/deepseek/load-sdk.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/deepseek/load-sdk.ts')>();
  return {
    ...actual,
    loadSdk: vi.fn(() =>
      chunk.failures-- > 0
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : actual.loadSdk(),
    ),
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
