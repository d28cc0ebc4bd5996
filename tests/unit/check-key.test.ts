import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkKey, prepareCheck } from '../../src/deepseek/check-key.ts';
import { loadSdk } from '../../src/deepseek/load-sdk.ts';
import {
  BAD_FORMAT_MESSAGE,
  BALANCE_BODY,
  GOOD_KEY,
  MODELS_BODY,
  NO_SUCH_USER_MESSAGE,
  PROXY_502_HTML,
  REQUEST_ID,
  REVOKED_KEY,
  errorBody,
  invalidKeyMessage,
} from '../mocks/deepseek.ts';

const API = 'https://api.deepseek.com';
const server = setupServer();
const seen: Request[] = [];

server.events.on('request:start', ({ request }) => {
  seen.push(request.clone());
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const paths = () => seen.map((request) => new URL(request.url).pathname);

/** DeepSeek, with a valid key and the given answer to `GET /models` for any other. */
function deepseek(answerModels: () => Response | Promise<Response>) {
  server.use(
    http.get(`${API}/models`, ({ request }) =>
      request.headers.get('authorization') === `Bearer ${GOOD_KEY}`
        ? HttpResponse.json(MODELS_BODY)
        : answerModels(),
    ),
    http.get(`${API}/user/balance`, () => HttpResponse.json(BALANCE_BODY)),
    http.post(`${API}/chat/completions`, () => HttpResponse.json({}, { status: 500 })),
  );
}

const check = (key: string, options: Partial<Parameters<typeof checkKey>[1]> = {}) =>
  checkKey(key, { signal: new AbortController().signal, ...options });

describe('checkKey against the real openai client', () => {
  it('a valid key: models, balance, latency; only the two free GETs', async () => {
    deepseek(() => HttpResponse.json({}, { status: 500 }));
    const outcome = await check(GOOD_KEY);
    expect(outcome).toMatchObject({
      kind: 'valid',
      models: ['deepseek-flash', 'deepseek-v4-pro'],
      balance: {
        isAvailable: true,
        infos: [
          {
            currency: 'CNY',
            totalBalance: '110.00',
            grantedBalance: '10.00',
            toppedUpBalance: '100.00',
          },
        ],
      },
      viaRelay: false,
    });
    expect(outcome.kind === 'valid' && outcome.latencyMs).toBeGreaterThanOrEqual(0);
    expect(paths()).toEqual(['/models', '/user/balance']);
    expect(seen.every((request) => request.method === 'GET')).toBe(true);
  });

  it('sends the key only as a Bearer token, with no x-stainless-* or User-Agent header', async () => {
    deepseek(() => HttpResponse.json({}, { status: 500 }));
    await check(GOOD_KEY);
    for (const request of seen) {
      expect(request.headers.get('authorization')).toBe(`Bearer ${GOOD_KEY}`);
      const names = [...request.headers.keys()];
      expect(names.filter((name) => name.startsWith('x-stainless'))).toEqual([]);
      expect(names.sort()).toEqual(['accept', 'authorization']);
      expect(request.url).not.toContain(GOOD_KEY);
    }
  });

  it('a balance that fails leaves a valid key valid', async () => {
    deepseek(() => HttpResponse.json({}, { status: 500 }));
    server.use(
      http.get(`${API}/user/balance`, () =>
        HttpResponse.json(errorBody('Server Error'), { status: 500 }),
      ),
    );
    expect(await check(GOOD_KEY)).toMatchObject({ kind: 'valid', balance: null });
    expect(paths()).toEqual(['/models', '/user/balance']);
  });

  it('a balance that is not JSON leaves a valid key valid', async () => {
    deepseek(() => HttpResponse.json({}, { status: 500 }));
    server.use(http.get(`${API}/user/balance`, () => HttpResponse.html(PROXY_502_HTML)));
    expect(await check(GOOD_KEY)).toMatchObject({ kind: 'valid', balance: null });
  });

  it('401: DeepSeek’s message, echoed tail and request id; one request, no retry, no balance', async () => {
    const message = invalidKeyMessage(REVOKED_KEY, REQUEST_ID);
    deepseek(() => HttpResponse.json(errorBody(message), { status: 401 }));
    expect(await check(REVOKED_KEY)).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      message,
      variant: 'invalid-key',
      echoedTail: REVOKED_KEY.slice(-4),
      requestId: REQUEST_ID,
    });
    expect(paths()).toEqual(['/models']);
  });

  it.each([
    [BAD_FORMAT_MESSAGE, 'bad-format'],
    [NO_SUCH_USER_MESSAGE, 'no-such-user'],
    ['Authentication Fails (governor)', 'governor'],
  ])('401 %s → %s', async (message, variant) => {
    deepseek(() => HttpResponse.json(errorBody(message), { status: 401 }));
    expect(await check(REVOKED_KEY)).toMatchObject({
      kind: 'unauthorized',
      variant,
      echoedTail: null,
    });
    expect(paths()).toEqual(['/models']);
  });

  it.each([
    [402, 'Insufficient Balance', { kind: 'insufficient-balance', status: 402 }],
    [403, 'Forbidden', { kind: 'forbidden', status: 403 }],
    [404, 'Not Found', { kind: 'not-found', status: 404 }],
    [422, 'Invalid Parameters', { kind: 'http-error', status: 422 }],
    [500, 'Server Error', { kind: 'server-error', status: 500 }],
    [503, 'Server Overloaded', { kind: 'server-error', status: 503 }],
  ])('%i → %j, once', async (status, message, expected) => {
    deepseek(() => HttpResponse.json(errorBody(message), { status }));
    expect(await check(REVOKED_KEY)).toMatchObject({ ...expected, message });
    expect(paths()).toEqual(['/models']);
  });

  it('429 with Retry-After, and no retry', async () => {
    deepseek(() =>
      HttpResponse.json(errorBody('Rate Limit Reached'), {
        status: 429,
        headers: { 'Retry-After': '7' },
      }),
    );
    expect(await check(REVOKED_KEY)).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 7 });
    expect(paths()).toEqual(['/models']);
  });

  it('an HTML 502 from a gateway is a server error', async () => {
    deepseek(() => HttpResponse.html(PROXY_502_HTML, { status: 502 }));
    expect(await check(REVOKED_KEY)).toMatchObject({ kind: 'server-error', status: 502 });
    expect(paths()).toEqual(['/models']);
  });

  it('an HTML page with a 4xx is an unexpected response', async () => {
    deepseek(() => HttpResponse.html('<html><title>Sign in</title></html>', { status: 407 }));
    expect(await check(REVOKED_KEY)).toMatchObject({
      kind: 'unexpected-response',
      status: 407,
      contentType: 'text/html',
      bodyExcerpt: expect.stringContaining('Sign in'),
    });
  });

  it('an error with an empty body is classified by its status', async () => {
    deepseek(() => new HttpResponse(null, { status: 503 }));
    expect(await check(REVOKED_KEY)).toMatchObject({
      kind: 'server-error',
      status: 503,
      message: '',
    });
  });

  it('a non-JSON 200 (which the SDK would read as an empty model list) is unexpected', async () => {
    server.use(
      http.get(`${API}/models`, () =>
        HttpResponse.html('<html><body>Sign in to Wi-Fi</body></html>'),
      ),
    );
    expect(await check(GOOD_KEY)).toMatchObject({
      kind: 'unexpected-response',
      status: 200,
      bodyExcerpt: '<html><body>Sign in to Wi-Fi</body></html>',
    });
    expect(paths()).toEqual(['/models']);
  });

  it('a JSON 200 that is not a model list is unexpected', async () => {
    server.use(http.get(`${API}/models`, () => HttpResponse.json({ status: 'ok' })));
    expect(await check(GOOD_KEY)).toMatchObject({ kind: 'unexpected-response', status: 200 });
  });

  it('a network error is network-blocked, once', async () => {
    server.use(http.get(`${API}/models`, () => HttpResponse.error()));
    expect(await check(GOOD_KEY)).toMatchObject({
      kind: 'network-blocked',
      offline: false,
      viaRelay: false,
    });
    expect(paths()).toEqual(['/models']);
  });

  it('a slow answer times out after timeoutMs, once', async () => {
    server.use(
      http.get(`${API}/models`, async () => {
        await delay(2000);
        return HttpResponse.json(MODELS_BODY);
      }),
    );
    const outcome = await check(GOOD_KEY, { timeoutMs: 50 });
    expect(outcome).toMatchObject({ kind: 'timed-out', timeoutMs: 50 });
    expect(outcome.kind === 'timed-out' && outcome.latencyMs).toBeLessThan(1500);
    expect(paths()).toEqual(['/models']);
  });

  it('Cancel aborts the request and says cancelled', async () => {
    server.use(
      http.get(`${API}/models`, async () => {
        await delay(2000);
        return HttpResponse.json(MODELS_BODY);
      }),
    );
    const controller = new AbortController();
    const pending = checkKey(GOOD_KEY, { signal: controller.signal });
    await delay(50);
    controller.abort();
    expect(await pending).toEqual({ kind: 'cancelled' });
  });

  it('an already aborted signal sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await checkKey(GOOD_KEY, { signal: controller.signal })).toEqual({ kind: 'cancelled' });
    expect(seen).toEqual([]);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [`${GOOD_KEY}\u200b`, 'not-ascii'],
    [`“${GOOD_KEY}”`, 'not-ascii'],
    [`${GOOD_KEY}\n`, 'not-ascii'],
  ])('refuses %j without a request (%s)', async (key, reason) => {
    expect(await check(key)).toEqual({ kind: 'not-sendable', reason });
    expect(seen).toEqual([]);
  });

  it('goes through another base URL (the relay) and says so', async () => {
    const relay = 'http://localhost:5173/__deepseek-relay';
    server.use(
      http.get(`${relay}/models`, () => HttpResponse.json(MODELS_BODY)),
      http.get(`${relay}/user/balance`, () => HttpResponse.json(BALANCE_BODY)),
    );
    expect(await check(GOOD_KEY, { baseURL: relay, viaRelay: true })).toMatchObject({
      kind: 'valid',
      viaRelay: true,
    });
    expect(seen.map((request) => request.url)).toEqual([
      `${relay}/models`,
      `${relay}/user/balance`,
    ]);
  });

  it('never shows the key, even when a server echoes it back', async () => {
    server.use(
      http.get(`${API}/models`, ({ request }) =>
        HttpResponse.json(errorBody(`bad header: ${request.headers.get('authorization')}`), {
          status: 400,
        }),
      ),
    );
    const outcome = await check(REVOKED_KEY);
    expect(outcome.kind).toBe('http-error');
    expect(JSON.stringify(outcome)).not.toContain(REVOKED_KEY);
  });
});

describe('prepareCheck: the request is built ahead of the click', () => {
  /** Long enough for the loaded SDK to build the request and call its fetch. */
  const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));
  // Loaded first, so that each test below holds a request the SDK has built, even run alone.
  beforeAll(() => loadSdk());

  it('sends nothing until run, then the two GETs once, with the key', async () => {
    deepseek(() => HttpResponse.json({}, { status: 500 }));
    const sent = vi.spyOn(globalThis, 'fetch');
    const check = prepareCheck(GOOD_KEY);
    await settle();
    expect(sent).not.toHaveBeenCalled();
    expect(seen).toEqual([]);

    expect(await check.run(new AbortController().signal)).toMatchObject({ kind: 'valid' });
    expect(paths()).toEqual(['/models', '/user/balance']);
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${GOOD_KEY}`);
    sent.mockRestore();
  });

  it('drop sends nothing, ever; a run after it says cancelled', async () => {
    deepseek(() => HttpResponse.json({}, { status: 500 }));
    const check = prepareCheck(GOOD_KEY, { baseURL: 'https://llm-proxy.example.com' });
    await settle();
    check.drop();
    await settle();
    expect(await check.run(new AbortController().signal)).toEqual({ kind: 'cancelled' });
    await settle();
    expect(seen).toEqual([]);
  });

  it('the deadline and the latency count from run, however long the check was held', async () => {
    deepseek(() => HttpResponse.json({}, { status: 500 }));
    const check = prepareCheck(GOOD_KEY, { timeoutMs: 100 });
    // Longer than the deadline: the SDK's own timer, started when it built the request, has run out.
    await settle(300);
    const outcome = await check.run(new AbortController().signal);
    expect(outcome).toMatchObject({ kind: 'valid' });
    expect(outcome.kind === 'valid' && outcome.latencyMs).toBeLessThan(100);
  });

  it('a deadline that passes after run is a timeout', async () => {
    server.use(http.get(`${API}/models`, async () => delay('infinite')));
    const check = prepareCheck(GOOD_KEY, { timeoutMs: 50 });
    await settle();
    expect(await check.run(new AbortController().signal)).toMatchObject({
      kind: 'timed-out',
      timeoutMs: 50,
    });
    expect(paths()).toEqual(['/models']);
  });

  it('a run twice sends the request once', async () => {
    deepseek(() => HttpResponse.json({}, { status: 500 }));
    const check = prepareCheck(GOOD_KEY);
    const signal = new AbortController().signal;
    const [first, second] = await Promise.all([check.run(signal), check.run(signal)]);
    expect(first).toMatchObject({ kind: 'valid' });
    expect(second).toEqual({ kind: 'cancelled' });
    expect(paths()).toEqual(['/models', '/user/balance']);
  });

  it('an empty or non-ASCII key prepares nothing', async () => {
    await settle();
    const sent = vi.spyOn(globalThis, 'fetch');
    const signal = new AbortController().signal;
    expect(await prepareCheck('  ').run(signal)).toEqual({ kind: 'not-sendable', reason: 'empty' });
    expect(await prepareCheck(`${GOOD_KEY}’`).run(signal)).toEqual({
      kind: 'not-sendable',
      reason: 'not-ascii',
    });
    expect(sent).not.toHaveBeenCalled();
    sent.mockRestore();
  });
});
