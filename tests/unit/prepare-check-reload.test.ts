import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { prepareCheck } from '../../src/deepseek/check-key.ts';
import { BALANCE_BODY, GOOD_KEY, MODELS_BODY } from '../mocks/deepseek.ts';

// The SDK's chunk fails to load once (offline while the key is typed), then loads.
vi.mock('../../src/deepseek/load-sdk.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/deepseek/load-sdk.ts')>();
  let failures = 1;
  return {
    ...actual,
    loadSdk: vi.fn(() =>
      failures-- > 0
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : actual.loadSdk(),
    ),
  };
});

const server = setupServer(
  http.get('https://api.deepseek.com/models', () => HttpResponse.json(MODELS_BODY)),
  http.get('https://api.deepseek.com/user/balance', () => HttpResponse.json(BALANCE_BODY)),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('a check prepared while the SDK could not load loads it again on the click', async () => {
  const check = prepareCheck(GOOD_KEY);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await check.run(new AbortController().signal)).toMatchObject({ kind: 'valid' });
});
