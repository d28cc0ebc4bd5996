import { expect, test, type Page } from '@playwright/test';

/**
 * "Paste your error" and "Paste your code" work with no key and no network: the page reads the
 * text, names the cause, opens its step, and hands over the user's code repaired.
 */

const OPENAI_TRACEBACK = `Traceback (most recent call last):
  File "/home/dev/app/main.py", line 12, in <module>
    response = client.chat.completions.create(
  File "/home/dev/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1037, in request
    raise self._make_status_error_from_response(err.response) from None
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-4f1e0***************************c0de. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`;

const KEYERROR_TRACEBACK = `Traceback (most recent call last):
  File "/srv/bot/main.py", line 5, in <module>
    client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
  File "<frozen os>", line 714, in __getitem__
KeyError: 'DEEPSEEK_API_KEY'`;

const BROKEN_CODE = `import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: 'sk-0123456789abcdef0123456789abcdef',
});
const reply = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [] });
`;

const FIXED_CODE = `import OpenAI from 'openai';

const client = new OpenAI({
  baseURL: 'https://api.deepseek.com',
  apiKey: process.env.DEEPSEEK_API_KEY,
});
const reply = await client.chat.completions.create({ model: 'deepseek-flash', messages: [] });
`;

/** Opens the page and records every request that leaves it. */
async function open(page: Page): Promise<string[]> {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1') outside.push(request.url());
  });
  await page.goto('./');
  return outside;
}

async function diagnose(page: Page, box: 'Paste your error' | 'Paste your code', text: string) {
  await page.getByRole('textbox', { name: box }).fill(text);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const result = page.getByRole('region', { name: 'What the paste says' });
  // Folded under the Answer: unfold it to read it in full.
  await result.getByRole('heading', { name: 'What the paste says' }).click();
  return result;
}

test('a pasted traceback names the cause and opens its step, without any request', async ({
  page,
}) => {
  const outside = await open(page);
  const result = await diagnose(page, 'Paste your error', OPENAI_TRACEBACK);

  await expect(result).toContainText('OpenAI, not DeepSeek, rejected the key');
  await expect(result).toContainText('c0de');
  await expect(result).toContainText('openai for Python');

  const answer = page.getByRole('region', { name: 'Answer' });
  await expect(answer).toContainText('Most likely the key is not passed to the client');
  await expect(page).toHaveURL(/#cause-not-passed$/);
  await expect(
    page.getByRole('heading', { name: 'Key not passed to the client' }).first(),
  ).toBeVisible();
  expect(outside).toEqual([]);
});

test('a KeyError points at the key not being set', async ({ page }) => {
  await open(page);
  const result = await diagnose(page, 'Paste your error', KEYERROR_TRACEBACK);
  await expect(result).toContainText('it found no value for DEEPSEEK_API_KEY');
  await expect(page.getByRole('region', { name: 'Answer' })).toContainText(
    'Most likely the key is not set',
  );
});

test('pasted code comes back repaired, ready to copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const outside = await open(page);
  const result = await diagnose(page, 'Paste your code', BROKEN_CODE);

  // Node spells it baseURL.
  await expect(result).toContainText('Line 3: The client has no baseURL');
  await expect(result).toContainText('Line 4: A key is written in the code (sk-…cdef)');
  await expect(result).toContainText('Line 6: gpt-4o-mini is an OpenAI model');
  await expect(result.getByRole('region', { name: 'Broken code' })).toContainText('gpt-4o-mini');
  await expect(result.getByRole('region', { name: 'Fixed code' })).not.toContainText('sk-0123');

  await result.getByRole('button', { name: 'Copy fixed code' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(FIXED_CODE);
  expect(outside).toEqual([]);
});

test('the diagnosis report can be copied and holds no key', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await diagnose(
    page,
    'Paste your error',
    "h11._util.LocalProtocolError: Illegal header value b'Bearer sk-0123456789abcdef0123456789abcdef\\n'",
  );
  await page.getByRole('button', { name: 'Copy diagnosis' }).click();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('# DeepSeek 401 diagnosis');
  expect(report).toContain('Most likely cause: Key mistyped');
  expect(report).not.toContain('sk-0123456789abcdef0123456789abcdef');
});

test('Diagnose opens the likely step and puts the focus on the Answer', async ({ page }) => {
  await open(page);
  await page.getByRole('textbox', { name: 'Paste your error' }).fill(OPENAI_TRACEBACK);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page).toHaveURL(/#cause-not-passed$/);
  await expect(
    page.getByRole('heading', { level: 3, name: 'Key not passed to the client', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Answer' })).toBeFocused();
});

test('long code is read to 500 lines, and the copy keeps the whole file', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const outside = await open(page);
  const filler = Array.from({ length: 700 }, (_, i) => `print(${i + 1})`);
  const code = [
    'import os',
    'from openai import OpenAI',
    '',
    'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"])',
    ...filler,
    'print("the end of the file")',
    '',
  ].join('\n');
  const result = await diagnose(page, 'Paste your code', code);
  await expect(result).toContainText('only its first 500 lines were read');
  await expect(result).toContainText('Line 4: The client has no base_url');
  await result.getByRole('button', { name: 'Copy fixed code' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('base_url="https://api.deepseek.com"');
  expect(copied).toContain('print(700)\nprint("the end of the file")');
  expect(copied.split('\n').length).toBeGreaterThanOrEqual(code.split('\n').length);
  expect(outside).toEqual([]);
});
