import {
  expect,
  test,
  type BrowserContext,
  type Locator,
  type Page,
  type Request,
} from '@playwright/test';
import { ANSWERS, API, ORIGIN, SPOT_KEY, routeDeepSeek } from './support.ts';

/**
 * SPEC §4, proved on the built page: the key lives in memory only and goes to DeepSeek only, in
 * the Authorization header; the page talks to no host but its own and DeepSeek's, and says so in
 * a Content-Security-Policy.
 */

/** What must never show up: the key, and its body without the last four (which may be shown). */
const SECRETS = { key: SPOT_KEY, body: SPOT_KEY.slice(3, -4) };

const ALLOWED_ORIGINS = [ORIGIN, API];

interface Recording {
  requests: string[];
  urls: string[];
  console: string[];
  copied: string[];
}

/** Records every request, every URL the page had (hash included) and every console message. */
function record(page: Page): Recording {
  const recording: Recording = { requests: [], urls: [], console: [], copied: [] };
  page.on('request', (request) => recording.requests.push(request.url()));
  page.on('framenavigated', (frame) => recording.urls.push(frame.url()));
  page.on('console', (message) => recording.console.push(message.text()));
  page.on('pageerror', (error) => recording.console.push(String(error)));
  return recording;
}

const status = (page: Page) =>
  page.getByRole('region', { name: 'Test your key' }).getByRole('status');

async function testKey(page: Page, expected: RegExp | string) {
  await page.getByRole('button', { name: 'Test key' }).click();
  await expect(status(page)).toContainText(expected);
}

/** Clicks a copy button and returns what landed on the clipboard. */
async function copy(page: Page, button: Locator, recording: Recording): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await button.click();
  let text = '';
  await expect
    .poll(async () => (text = await page.evaluate(() => navigator.clipboard.readText())))
    .not.toBe('');
  recording.copied.push(text);
  return text;
}

/** Clicks every visible "Copy …" button on the page. */
async function copyAll(page: Page, recording: Recording) {
  const buttons = page.getByRole('button', { name: /^(✓ )?Copy/ });
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    if (await button.isVisible()) await copy(page, button, recording);
  }
  return count;
}

/** Every place a page can keep something after the user leaves or reloads it. */
async function storedEverywhere(page: Page) {
  return page.evaluate(async () => {
    const databases: Record<string, unknown> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        databases[`${name}/${store}`] = await new Promise((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
    }
    const cacheNames = 'caches' in window ? await caches.keys() : [];
    return {
      localStorage: JSON.stringify({ ...localStorage }),
      sessionStorage: JSON.stringify({ ...sessionStorage }),
      indexedDB: JSON.stringify(databases),
      caches: JSON.stringify(cacheNames),
      cookie: document.cookie,
      url: location.href,
      historyState: JSON.stringify(history.state),
      title: document.title,
      resources: JSON.stringify(performance.getEntries().map((entry) => entry.name)),
    };
  });
}

function expectNoSecret(where: string, text: string) {
  for (const [what, secret] of Object.entries(SECRETS)) {
    expect(text, `the ${what} of the key in ${where}`).not.toContain(secret);
  }
}

const PASTED_ERROR = `Traceback (most recent call last):
  File "/srv/app/main.py", line 9, in <module>
    reply = client.chat.completions.create(model="deepseek-flash", messages=[])
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****${SPOT_KEY.slice(-4)} is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`;

const PASTED_CODE = `from openai import OpenAI

client = OpenAI(api_key="${SPOT_KEY}")
reply = client.chat.completions.create(model="deepseek-flash", messages=[])
`;

/** The option values of a select. */
const optionValues = (select: Locator) =>
  select
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));

/** The key is in no part of the page, no field, no store, no cookie and not in the URL. */
async function expectKeyGone(page: Page, context: BrowserContext, when: string) {
  expectNoSecret(
    `the page's HTML ${when}`,
    await page.evaluate(() => document.documentElement.outerHTML),
  );
  const values = await page
    .locator('input, textarea')
    .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
  expectNoSecret(`a field ${when}`, values.join('\n'));
  for (const [where, value] of Object.entries(await storedEverywhere(page))) {
    expectNoSecret(`${where} ${when}`, value);
  }
  expectNoSecret(`cookies ${when}`, JSON.stringify(await context.cookies()));
  expectNoSecret(`the context storage ${when}`, JSON.stringify(await context.storageState()));
  expectNoSecret(`the URL ${when}`, page.url());
}

/**
 * What each journey below must leave behind: only the page's own origin and DeepSeek were asked
 * for anything; DeepSeek got the key in the Authorization header and nowhere else, with no
 * Referer; the key is in no store, cookie, URL, console message or copied text.
 */
async function expectKeyOnlyToDeepSeek(
  page: Page,
  context: BrowserContext,
  recording: Recording,
  deepseek: { requests: Request[] },
  minRequests: number,
) {
  const hosts = recording.requests.filter((url) => !url.startsWith('data:'));
  const elsewhere = hosts.filter((url) => !ALLOWED_ORIGINS.includes(new URL(url).origin));
  expect(elsewhere).toEqual([]);
  expect(deepseek.requests.length).toBeGreaterThanOrEqual(minRequests);
  for (const request of deepseek.requests) {
    expect(request.method()).toBe('GET');
    expectNoSecret('a DeepSeek URL', request.url());
    expect(request.postData()).toBeNull();
    const headers = await request.allHeaders();
    expect(headers.authorization).toBe(`Bearer ${SPOT_KEY}`);
    expect(headers.referer).toBeUndefined();
    for (const [name, value] of Object.entries(headers)) {
      if (name !== 'authorization') expectNoSecret(`the ${name} header`, value);
    }
  }
  for (const [where, value] of Object.entries(await storedEverywhere(page))) {
    expectNoSecret(where, value);
  }
  expectNoSecret('cookies', JSON.stringify(await context.cookies()));
  expectNoSecret('the context storage', JSON.stringify(await context.storageState()));
  for (const url of [...recording.urls, ...recording.requests]) expectNoSecret('a URL', url);
  for (const message of recording.console) expectNoSecret('the console', message);
  for (const text of recording.copied) expectNoSecret('copied text', text);
}

/** The page with DeepSeek answered by the test, everything recorded, the clipboard allowed. */
async function openRecorded(page: Page, context: BrowserContext) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const recording = record(page);
  const deepseek = await routeDeepSeek(page);
  await page.goto('./');
  const keyField = page.getByRole('textbox', { name: 'DeepSeek API key' });
  return { recording, deepseek, keyField };
}

// The journeys are three tests, each a few seconds, rather than one that took most of 90 s on
// busy cores; each ends with the same checks.
test('the key tested against each answer, the relay and another base URL: sent to DeepSeek only', async ({
  page,
  context,
}) => {
  const { recording, deepseek, keyField } = await openRecorded(page, context);

  // Lint, then the cleaned key.
  await keyField.fill(` "${SPOT_KEY}"\n`);
  await page.getByRole('button', { name: 'Use the cleaned key' }).click();
  await expect(keyField).toHaveValue(SPOT_KEY);

  // The key tested against each kind of answer.
  deepseek.answer = ANSWERS.invalid(SPOT_KEY);
  await testKey(page, 'rejected this key although it is well-formed');
  deepseek.answer = ANSWERS.balance;
  await testKey(page, 'balance is insufficient (402)');
  deepseek.answer = ANSWERS.blocked;
  await testKey(page, 'could not reach DeepSeek');
  await copyAll(page, recording);
  // vite preview has the same-origin relay (ADR 3): the retry goes to the page's own origin.
  const relay = page.getByRole('button', { name: 'Try again through this page’s own server' });
  await relay.click();
  await expect(relay).toBeHidden();
  await expect(status(page).getByRole('heading')).toBeVisible();
  // Typed, tested and shown: the key is the field's value, never part of the page's HTML.
  await page.getByRole('button', { name: 'Show key' }).click();
  expectNoSecret(
    "the page's HTML with the key in the field",
    await page.evaluate(() => document.documentElement.outerHTML),
  );
  await page.getByRole('button', { name: 'Show key' }).click();

  // Another base URL typed in the page: the page's policy keeps the key from leaving for it.
  const proxied: string[] = [];
  await page.route('https://proxy.example/**', (route) => {
    proxied.push(route.request().url());
    return route.abort();
  });
  await page.getByText('Advanced: test through another API base URL').click();
  const baseUrl = page.getByRole('textbox', { name: 'API base URL' });
  await baseUrl.fill('https://proxy.example/v1');
  await testKey(page, 'The request to proxy.example never left');
  expect(proxied).toEqual([]);
  expect(recording.requests.filter((url) => url.includes('proxy.example'))).toEqual([]);

  await expectKeyOnlyToDeepSeek(page, context, recording, deepseek, 3);
});

test('every copy button, with a working key in the page, copies no key', async ({
  page,
  context,
}) => {
  // Every tab of every step and every set-up: a sweep, longer than one view.
  test.slow();
  const { recording, deepseek, keyField } = await openRecorded(page, context);
  // A working key: the snippets now name the models it listed. Everything is copied while the
  // key is in the page: each step's copy buttons, every code tab, every set-up and its shells.
  await keyField.fill(SPOT_KEY);
  await testKey(page, 'Your key works');
  const causes = page.getByRole('navigation', { name: 'Causes' });
  const links = causes.getByRole('link');
  await expect(links).toHaveCount(4);
  for (let i = 0; i < 4; i++) {
    await links.nth(i).click();
    await expect(page.getByRole('region', { name: 'Fixed code' }).first()).toBeVisible();
    await copyAll(page, recording);
  }
  await links.first().click();
  const stepOne = page.locator('#cause-not-set');
  for (const tab of await stepOne
    .getByRole('group', { name: 'Code language' })
    .getByRole('button')
    .all()) {
    await tab.click();
    await copy(page, stepOne.getByRole('button', { name: 'Copy fixed code' }), recording);
  }
  await stepOne.getByText('Set the key where your code runs').click();
  const environment = stepOne.getByRole('combobox', { name: 'Environment' });
  const setUp = stepOne.locator('.key-setup');
  for (const value of await optionValues(environment)) {
    await environment.selectOption(value);
    const shells = await setUp
      .getByRole('group', { name: 'Commands for' })
      .getByRole('button')
      .all();
    for (const shell of shells.length ? shells : [null]) {
      await shell?.click();
      for (const button of await setUp.getByRole('button', { name: /^Copy/ }).all()) {
        await copy(page, button, recording);
      }
    }
  }
  // Step 4's check follows the code tab: each tab's check and fixed code.
  await links.last().click();
  const stepFour = page.locator('#cause-not-passed');
  for (const tab of await stepFour
    .getByRole('group', { name: 'Code language' })
    .getByRole('button')
    .all()) {
    await tab.click();
    for (const button of await stepFour.getByRole('button', { name: /^Copy/ }).all()) {
      await copy(page, button, recording);
    }
  }

  // The URL history was recorded, hash changes included.
  expect(recording.urls.filter((url) => url.includes('#cause-')).length).toBeGreaterThan(3);
  expect(recording.copied.length).toBeGreaterThanOrEqual(40);
  await expectKeyOnlyToDeepSeek(page, context, recording, deepseek, 1);
});

test('the paste diagnosis with the key in the code, then Forget key: the key is gone', async ({
  page,
  context,
}) => {
  const { recording, deepseek, keyField } = await openRecorded(page, context);
  // The pasted error and code, the key hard-coded in the code, diagnosed with the key test.
  await keyField.fill(SPOT_KEY);
  deepseek.answer = ANSWERS.invalid(SPOT_KEY);
  await testKey(page, 'rejected this key although it is well-formed');
  const codeBox = page.getByRole('textbox', { name: 'Paste your code' });
  await page.getByRole('textbox', { name: 'Paste your error' }).fill(PASTED_ERROR);
  await codeBox.fill(PASTED_CODE);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const result = page.getByRole('region', { name: 'What the paste says' });
  await result.getByRole('heading', { name: 'What the paste says' }).click();
  await expect(result.getByRole('region', { name: 'Fixed code' })).toBeVisible();
  await expect(result.getByRole('region', { name: 'Fixed code' })).not.toContainText(SPOT_KEY);
  await copy(page, result.getByRole('button', { name: 'Copy fixed code' }), recording);
  const diagnosis = page.getByRole('region', { name: 'Answer' });
  await copy(page, diagnosis.getByRole('button', { name: 'Copy fixed code' }), recording);
  const reportWithKey = await copy(
    page,
    diagnosis.getByRole('button', { name: 'Copy diagnosis' }),
    recording,
  );
  expect(reportWithKey).toContain('# DeepSeek 401 diagnosis');
  expectNoSecret('the diagnosis on screen', (await diagnosis.textContent()) ?? '');

  // Forget key: gone at once from the field, the verdict, the pasted code and the whole page.
  await page.getByRole('button', { name: 'Forget key' }).click();
  await expect(keyField).toHaveValue('');
  await expect(status(page)).toHaveText('Key forgotten: it is no longer in this page.');
  await expect(codeBox).toHaveValue('');
  await expectKeyGone(page, context, 'after Forget key');
  const report = await copy(
    page,
    diagnosis.getByRole('button', { name: 'Copy diagnosis' }),
    recording,
  );
  expect(report).toContain('# DeepSeek 401 diagnosis');

  await expectKeyOnlyToDeepSeek(page, context, recording, deepseek, 1);
  await expectKeyGone(page, context, 'at the end');
});

test('the built page declares its policy: CSP, no referrer', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(csp, 'a CSP meta tag').not.toBeNull();
  const directives = new Map(
    csp![1]!
      .replaceAll('&#39;', "'")
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'", API]);
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(html).toMatch(/<meta\s+name="referrer"\s+content="no-referrer"\s*\/?>/);
  // Nothing from another host: every src and href is relative or same-origin.
  const links = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
  expect(links.filter((link) => /^(https?:)?\/\//.test(link))).toEqual([]);
});

test('the key field is never autocompleted or spell-checked', async ({ page }) => {
  await page.goto('./');
  const keyField = page.getByRole('textbox', { name: 'DeepSeek API key' });
  await expect(keyField).toHaveAttribute('autocomplete', 'off');
  await expect(keyField).toHaveAttribute('spellcheck', 'false');
  await expect(keyField).toHaveAttribute('type', 'password');
});

const OTHER_KEY = 'sk-0000aaaa1111bbbb2222cccc3333dddd';
const URL_TRICKS = [
  `?key=${OTHER_KEY}`,
  `#key=${OTHER_KEY}`,
  `?apiKey=${OTHER_KEY}&api_key=${OTHER_KEY}#api_key=${OTHER_KEY}`,
  '?baseURL=https://evil.example&base_url=https://evil.example',
  `?baseURL=${encodeURIComponent(ORIGIN)}%2Fevil#baseURL=https://evil.example`,
];

for (const trick of URL_TRICKS) {
  test(`the URL cannot fill the key or move the requests: ${trick}`, async ({ page }) => {
    const recording = record(page);
    const deepseek = await routeDeepSeek(page);
    await page.goto(`./${trick}`);
    const keyField = page.getByRole('textbox', { name: 'DeepSeek API key' });
    await expect(page.getByRole('navigation', { name: 'Causes' })).toBeVisible();
    await expect(keyField).toHaveValue('');
    await keyField.fill(SPOT_KEY);
    await testKey(page, 'Your key works');
    expect(deepseek.requests.map((request) => new URL(request.url()).href)).toEqual([
      `${API}/models`,
      `${API}/user/balance`,
    ]);
    const elsewhere = recording.requests.filter(
      (url) => !url.startsWith('data:') && !ALLOWED_ORIGINS.includes(new URL(url).origin),
    );
    expect(elsewhere).toEqual([]);
    const loaded = new URL(trick, `${ORIGIN}/`);
    loaded.hash = '';
    const afterLoad = recording.requests.filter((url) => url !== loaded.href);
    expect(afterLoad.filter((url) => url.includes('evil'))).toEqual([]);
  });
}
