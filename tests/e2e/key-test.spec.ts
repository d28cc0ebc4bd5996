import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { expect, test, type Page, type Route } from '@playwright/test';
import {
  BAD_FORMAT_MESSAGE,
  BALANCE_BODY,
  CAPTIVE_PORTAL_HTML,
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
const CORS = { 'Access-Control-Allow-Origin': '*' };

type Answer = (route: Route) => Promise<void>;

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
  (route) =>
    route.fulfill({ status, json: body, headers: { ...CORS, ...headers } });

/** What the page asked of DeepSeek, and every console message it wrote. */
interface Journey {
  page: Page;
  deepseekPaths: string[];
  allURLs: string[];
  /** Of every request to DeepSeek, lower case. */
  headerNames: string[];
  console: string[];
}

async function open(
  page: Page,
  models: Answer,
  balance: Answer = json(200, BALANCE_BODY),
): Promise<Journey> {
  const journey: Journey = { page, deepseekPaths: [], allURLs: [], headerNames: [], console: [] };
  page.on('console', (message) => journey.console.push(message.text()));
  page.on('pageerror', (error) => journey.console.push(String(error)));
  page.on('request', (request) => journey.allURLs.push(request.url()));
  await page.route(`${API}/**`, async (route) => {
    const url = new URL(route.request().url());
    journey.deepseekPaths.push(`${route.request().method()} ${url.pathname}`);
    journey.headerNames.push(...Object.keys(await route.request().allHeaders()));
    if (url.pathname === '/models') return models(route);
    if (url.pathname === '/user/balance') return balance(route);
    return route.fulfill({ status: 599, body: 'unexpected request' });
  });
  await page.goto('./');
  return journey;
}

const panel = (page: Page) => page.getByRole('region', { name: 'Test your key' });
const verdict = (page: Page) => panel(page).getByRole('status');

async function testKey(page: Page, key: string) {
  await page.getByLabel('DeepSeek API key').fill(key);
  await page.getByRole('button', { name: 'Test key' }).click();
}

/** SPEC §4: memory only. Checked after every journey. */
async function expectKeyNowhere(journey: Journey, key: string) {
  const { page } = journey;
  const stored = await page.evaluate(async () => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    cookie: document.cookie,
    url: location.href,
    history: JSON.stringify(history.state),
    databases: JSON.stringify(await indexedDB.databases()),
  }));
  for (const [where, value] of Object.entries(stored)) {
    expect(value, where).not.toContain(key);
  }
  const cookies = await page.context().cookies();
  expect(JSON.stringify(cookies)).not.toContain(key);
  for (const url of journey.allURLs) expect(url).not.toContain(key);
  for (const message of journey.console) expect(message).not.toContain(key);
  expect(journey.allURLs.filter((url) => url.includes('/chat/completions'))).toEqual([]);
}

const ONE_MODELS_REQUEST = ['GET /models'];

test.describe('live key test', () => {
  test('a valid key: models, balance and is_available, then the 401 is blamed on the code @phone', async ({
    page,
  }) => {
    const journey = await open(page, json(200, MODELS_BODY));
    await testKey(page, GOOD_KEY);
    await expect(verdict(page)).toContainText('Your key works');
    await expect(verdict(page)).toContainText('deepseek-flash, deepseek-v4-pro');
    await expect(verdict(page)).toContainText('110.00 CNY (granted 10.00, topped up 100.00)');
    await expect(verdict(page)).toContainText('Can make API calls (is_available)yes');
    await expect(verdict(page)).toContainText('straight from this browser');
    await expect(verdict(page).getByRole('heading')).toBeFocused();
    expect(journey.deepseekPaths).toEqual(['GET /models', 'GET /user/balance']);
    expect(journey.headerNames).toContain('authorization');
    expect(journey.headerNames.filter((name) => name.startsWith('x-'))).toEqual([]);
    await expectKeyNowhere(journey, GOOD_KEY);
  });

  test('typing a key sends nothing: the request the page prepares leaves only on Test key', async ({
    page,
  }) => {
    const journey = await open(page, json(200, MODELS_BODY));
    const field = page.getByLabel('DeepSeek API key');
    await field.fill(GOOD_KEY);
    await field.press('Backspace');
    await field.press('End');
    await field.pressSequentially(GOOD_KEY.slice(-1));
    // Long enough for the SDK to load and build the request, as it does for each new key.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(journey.deepseekPaths).toEqual([]);

    await page.getByRole('button', { name: 'Test key' }).click();
    await expect(verdict(page)).toContainText('Your key works');
    expect(journey.deepseekPaths).toEqual(['GET /models', 'GET /user/balance']);

    // Forgetting the key drops the check prepared for the next click, unsent.
    await page.getByRole('button', { name: 'Forget key' }).click();
    await page.waitForTimeout(300);
    expect(journey.deepseekPaths).toHaveLength(2);
    await expectKeyNowhere(journey, GOOD_KEY);
  });

  const rejections: [string, Answer, string, RegExp][] = [
    [
      'revoked (401 with request id)',
      json(401, errorBody(invalidKeyMessage(REVOKED_KEY, REQUEST_ID))),
      REVOKED_KEY,
      /rejected this key although it is well-formed.*HTTP status401.*Request id0b5c2a6e/,
    ],
    [
      'mistyped (401 for a short key)',
      json(401, errorBody(invalidKeyMessage(REVOKED_KEY.slice(0, -1)))),
      REVOKED_KEY.slice(0, -1),
      /not shaped like a DeepSeek key/,
    ],
    [
      'tail mismatch (DeepSeek echoes a different tail)',
      json(401, errorBody('Authentication Fails, Your api key: ****9f3a is invalid')),
      REVOKED_KEY,
      /received a different key, ending in “9f3a” where yours ends in “3210”/,
    ],
    ['bad format', json(401, errorBody(BAD_FORMAT_MESSAGE)), REVOKED_KEY, /was not “Bearer sk-…”/],
    [
      'no such user',
      json(401, errorBody(NO_SUCH_USER_MESSAGE)),
      REVOKED_KEY,
      /no account for this key.*outage/,
    ],
    [
      '402',
      json(402, errorBody('Insufficient Balance')),
      GOOD_KEY,
      /balance is insufficient \(402\)/,
    ],
    ['403', json(403, errorBody('Forbidden')), GOOD_KEY, /refused access \(403\)/],
    ['404', json(404, errorBody('Not Found')), GOOD_KEY, /the base URL is wrong/],
    [
      '429',
      json(429, errorBody('Rate Limit Reached'), {
        'Retry-After': '12',
        'Access-Control-Expose-Headers': 'Retry-After',
      }),
      GOOD_KEY,
      /limiting requests \(429\): wait 12 seconds/,
    ],
    ['500', json(500, errorBody('Server Error')), GOOD_KEY, /servers failed \(HTTP 500\)/],
    ['503', json(503, errorBody('Server Overloaded')), GOOD_KEY, /servers failed \(HTTP 503\)/],
    [
      'an HTML 502 from a gateway: an outage',
      (route) =>
        route.fulfill({
          status: 502,
          contentType: 'text/html',
          body: PROXY_502_HTML,
          headers: CORS,
        }),
      GOOD_KEY,
      /servers failed \(HTTP 502\).*status\.deepseek\.com/,
    ],
    [
      'a 401 with no body: something else refused it',
      (route) => route.fulfill({ status: 401, body: '', headers: CORS }),
      GOOD_KEY,
      /A 401 came back without DeepSeek’s “Authentication Fails” message/,
    ],
    [
      'JSON that is not a model list',
      json(200, {}),
      GOOD_KEY,
      /HTTP 200, JSON but not DeepSeek’s model list/,
    ],
    [
      'a captive portal (HTML 200)',
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: CAPTIVE_PORTAL_HTML,
          headers: CORS,
        }),
      GOOD_KEY,
      /Something other than DeepSeek’s API answered \(HTTP 200, not JSON\)/,
    ],
  ];

  for (const [name, answer, key, text] of rejections) {
    test(`${name}: one request, no retry, a verdict`, async ({ page }) => {
      const journey = await open(page, answer);
      await testKey(page, key);
      await expect(verdict(page)).toContainText(text);
      expect(journey.deepseekPaths).toEqual(ONE_MODELS_REQUEST);
      await expectKeyNowhere(journey, key);
    });
  }

  test('a real CORS block: not the key’s fault, terminal commands without the key', async ({
    page,
  }) => {
    const journey = await open(page, (route) =>
      route.fulfill({
        status: 200,
        json: MODELS_BODY,
        headers: { 'Access-Control-Allow-Origin': 'https://elsewhere.example' },
      }),
    );
    await testKey(page, GOOD_KEY);
    await expect(verdict(page)).toContainText(
      'Your browser could not reach DeepSeek, which is not your key’s fault',
    );
    const curl = page.getByRole('region', { name: /curl/ });
    await expect(curl).toContainText('Authorization: Bearer $DEEPSEEK_API_KEY');
    await expect(page.getByRole('region', { name: 'PowerShell' })).toContainText(
      '$env:DEEPSEEK_API_KEY',
    );
    expect(journey.deepseekPaths).toEqual(ONE_MODELS_REQUEST);
    await expectKeyNowhere(journey, GOOD_KEY);
  });

  test('the SDK’s chunk gone (a redeploy): reload the page, and nothing was sent', async ({
    page,
  }) => {
    await page.route('**/assets/openai-*.js', (route) =>
      route.fulfill({ status: 404, body: 'Not Found' }),
    );
    const journey = await open(page, json(200, MODELS_BODY));
    await testKey(page, GOOD_KEY);
    await expect(verdict(page)).toContainText('could not load the code that tests keys');
    await expect(verdict(page)).toContainText('reload the page and paste the key again');
    await expect(page.getByRole('region', { name: /curl/ })).toBeVisible();
    expect(journey.deepseekPaths).toEqual([]);
    await expectKeyNowhere(journey, GOOD_KEY);
  });

  test('the SDK’s chunk failing while the key is typed (a dropped connection): the click loads it again', async ({
    page,
  }) => {
    let chunkRequests = 0;
    // Refused on focus and while the key is typed; the connection is back for the click.
    await page.route('**/assets/openai-*.js', (route) =>
      ++chunkRequests <= 2 ? route.abort('internetdisconnected') : route.continue(),
    );
    const journey = await open(page, json(200, MODELS_BODY));
    const field = page.getByLabel('DeepSeek API key');
    await field.focus();
    await expect.poll(() => chunkRequests).toBe(1);
    await page.waitForTimeout(100);
    await field.fill(GOOD_KEY);
    await expect.poll(() => chunkRequests).toBe(2);
    await page.waitForTimeout(100);
    await page.getByRole('button', { name: 'Test key' }).click();
    await expect(verdict(page)).toContainText('Your key works');
    expect(chunkRequests).toBe(3);
    expect(journey.deepseekPaths).toEqual(['GET /models', 'GET /user/balance']);
  });

  test('route.abort(): no HTTP status at all', async ({ page }) => {
    const journey = await open(page, (route) => route.abort('connectionrefused'));
    await testKey(page, GOOD_KEY);
    await expect(verdict(page)).toContainText('could not reach DeepSeek');
    expect(journey.deepseekPaths).toEqual(ONE_MODELS_REQUEST);
    await expectKeyNowhere(journey, GOOD_KEY);
  });

  test('offline: says so', async ({ page, context }) => {
    // NOTE: page.route still answers when the context is offline, so the route fails too.
    const journey = await open(page, (route) => route.abort('internetdisconnected'));
    await page.getByLabel('DeepSeek API key').fill(GOOD_KEY);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Test key' }).click();
    await expect(verdict(page)).toContainText('Your browser is offline');
    await context.setOffline(false);
    await expectKeyNowhere(journey, GOOD_KEY);
  });

  test('a key with invisible characters is never sent; the cleaned key is', async ({ page }) => {
    const journey = await open(page, json(200, MODELS_BODY));
    await page.getByLabel('DeepSeek API key').fill(`\u200b${GOOD_KEY}\u201d`);
    await expect(panel(page)).toContainText(
      'An invisible character, U+200B ZERO WIDTH SPACE, at position 1',
    );
    await page.getByRole('button', { name: 'Test key' }).click();
    await expect(verdict(page)).toContainText('not plain ASCII');
    expect(journey.deepseekPaths).toEqual([]);
    await page.getByRole('button', { name: 'Use the cleaned key' }).click();
    await expect(page.getByLabel('DeepSeek API key')).toHaveValue(GOOD_KEY);
    await page.getByRole('button', { name: 'Test key' }).click();
    await expect(verdict(page)).toContainText('Your key works');
  });

  test('Cancel stops a hanging request; Forget key clears everything at once', async ({ page }) => {
    const journey = await open(page, () => new Promise<void>(() => {}));
    await testKey(page, GOOD_KEY);
    await expect(verdict(page)).toContainText('Testing the key with DeepSeek');
    await expect(page.getByRole('button', { name: 'Test key' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(verdict(page)).toContainText('Test cancelled');
    expect(journey.deepseekPaths).toEqual(ONE_MODELS_REQUEST);

    await page.getByRole('button', { name: 'Forget key' }).click();
    await expect(page.getByLabel('DeepSeek API key')).toHaveValue('');
    await expect(verdict(page)).toHaveText('Key forgotten: it is no longer in this page.');
    await expectKeyNowhere(journey, GOOD_KEY);
    const inDom = await page.evaluate(
      (key) => document.documentElement.outerHTML.includes(key),
      GOOD_KEY,
    );
    expect(inDom).toBe(false);
  });
});

test.describe('the relay in vite preview', () => {
  test('answers its health check and relays nothing but the two free GETs', async ({ request }) => {
    const health = await request.get('__deepseek-relay/health');
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ relay: 'deepseek-key-doctor' });
    for (const path of ['chat/completions', 'v1/chat/completions', 'user', 'models/x']) {
      expect((await request.get(`__deepseek-relay/${path}`)).status(), path).not.toBe(200);
    }
    expect((await request.post('__deepseek-relay/models')).status()).toBe(404);
    expect((await request.post('__deepseek-relay/chat/completions', { data: {} })).status()).toBe(
      404,
    );
  });

  const upstream = process.env.DEEPSEEK_RELAY_UPSTREAM;
  test('when the browser is blocked, one retry through the relay', async ({ page }) => {
    test.skip(
      !upstream,
      'needs the preview server started with DEEPSEEK_RELAY_UPSTREAM (see ADR 0003)',
    );
    const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
    const fake: Server = createServer((req, res) => {
      seen.push({ path: req.url ?? '', headers: req.headers });
      const body = req.url === '/models' ? MODELS_BODY : BALANCE_BODY;
      const ok = req.headers.authorization === `Bearer ${GOOD_KEY}`;
      res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(ok ? body : errorBody(invalidKeyMessage(REVOKED_KEY))));
    });
    const { port, hostname } = new URL(upstream ?? '');
    await new Promise<void>((resolve) => fake.listen(Number(port), hostname, resolve));
    try {
      const journey = await open(page, (route) => route.abort('connectionrefused'));
      await testKey(page, GOOD_KEY);
      await expect(verdict(page)).toContainText('could not reach DeepSeek');
      await page.getByRole('button', { name: 'Try again through this page’s own server' }).click();
      await expect(verdict(page)).toContainText('Your key works');
      await expect(verdict(page)).toContainText('through this page’s own server');
      await expect(
        page.getByRole('button', { name: 'Try again through this page’s own server' }),
      ).toHaveCount(0);
      expect(journey.deepseekPaths).toEqual(ONE_MODELS_REQUEST);
      expect(seen.map((request) => request.path)).toEqual(['/models', '/user/balance']);
      for (const { headers } of seen) {
        expect(headers.authorization).toBe(`Bearer ${GOOD_KEY}`);
        expect(
          Object.keys(headers).filter((name) => name.startsWith('x-') || name === 'cookie'),
        ).toEqual([]);
      }
      await expectKeyNowhere(journey, GOOD_KEY);
    } finally {
      await new Promise((resolve) => fake.close(resolve));
    }
  });
});

test('after a live test, every snippet names a model the key listed', async ({ page }) => {
  const onlyPro = {
    object: 'list',
    data: [{ id: 'deepseek-v4-pro', object: 'model', owned_by: 'deepseek' }],
  };
  await open(page, json(200, onlyPro));
  await page.goto('./#cause-not-passed');
  const step = page.getByRole('region', { name: 'Key not passed to the client' });
  await expect(step.getByRole('region', { name: 'Fixed code' })).toContainText('deepseek-flash');

  await testKey(page, GOOD_KEY);
  await expect(verdict(page)).toContainText('Your key works');
  await expect(step.getByText('The code names deepseek-v4-pro')).toBeVisible();
  for (const language of [
    'Python',
    'Node.js / TypeScript',
    'curl',
    'PowerShell',
    'LangChain',
    'LiteLLM',
  ]) {
    await step
      .getByRole('group', { name: 'Code language' })
      .getByRole('button', { name: language, exact: true })
      .click();
    const fixed = step.getByRole('region', { name: 'Fixed code' });
    await expect(fixed, language).toContainText('deepseek-v4-pro');
    await expect(fixed, language).not.toContainText('deepseek-flash');
  }
  // The reference's workaround follows the same tab and model.
  await expect(page.getByRole('region', { name: 'About this error' })).toContainText(
    'deepseek-v4-pro',
  );
});

test('another base URL only when typed in the page: warned, and held by the CSP', async ({
  page,
}) => {
  const journey = await open(page, json(200, MODELS_BODY));
  await page.getByText('Advanced: test through another API base URL').click();
  const base = page.getByRole('textbox', { name: 'API base URL' });
  await base.fill('https://llm-proxy.example.com/v1');
  await expect(page.getByText(/sent to llm-proxy\.example\.com, not to DeepSeek/)).toBeVisible();
  await testKey(page, GOOD_KEY);
  // The built page's Content-Security-Policy lets it reach only DeepSeek and its own origin.
  await expect(verdict(page)).toContainText('Tested against https://llm-proxy.example.com/v1');
  await expect(verdict(page)).not.toContainText('Your key works');
  expect(journey.deepseekPaths).toEqual([]);
  expect(journey.allURLs.some((url) => url.includes('llm-proxy.example.com'))).toBe(false);

  // Back to DeepSeek: empty means api.deepseek.com.
  await base.fill('');
  await page.getByRole('button', { name: 'Test key' }).click();
  await expect(verdict(page)).toContainText('Your key works');
  expect(journey.deepseekPaths).toContain('GET /models');
});
