import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ANSWERS, SPOT_KEY, routeDeepSeek } from './support.ts';

/**
 * The Answer: after Diagnose or a failing Test key, the likely cause, its one fix and the check
 * that confirms it, right where the person is. Every test runs at 1280×900 and, tagged @phone,
 * on a 390×844 phone.
 */

const NODE_CODE = [
  "import OpenAI from 'openai';",
  '',
  'const client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, timeout: 20_000, maxRetries: 0 });',
  "const models = await client.models.list({ headers: { 'X-Request-Source': 'key-doctor-e2e' } });",
  '',
].join('\n');
const NODE_FIXED_LINE =
  "const client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, timeout: 20_000, maxRetries: 0, baseURL: 'https://api.deepseek.com' });";

const NOTEBOOK_ERROR = `---------------------------------------------------------------------------
OpenAIError                               Traceback (most recent call last)
Cell In[3], line 4
File /tmp/ipykernel_4821/2871.py:4
openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable`;
const NOTEBOOK_CODE = `import os
from openai import OpenAI

client = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")
`;

const answerRegion = (page: Page) => page.getByRole('region', { name: 'Answer' });

/**
 * The region's top edge comes on screen. The page reveals it on the next frame, after the verdict
 * took the focus; on busy cores that frame can come after the first look, so the test waits for it.
 */
async function expectTopOnScreen(region: Locator) {
  const place = () =>
    region.evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight - 40 ? 'on screen' : `top at ${Math.round(top)}`;
    });
  await expect.poll(place, { message: 'the Answer’s top' }).toBe('on screen');
}

/** Every changed line, and every line of a wrapped block, reads in full: no sideways scroll. */
async function expectChangesReadable(scope: Locator) {
  const cut = await scope
    .locator('.code .line-added, .code .line-removed, .code-wrap .line')
    .evaluateAll((lines) =>
      lines.filter((line) => line.scrollWidth > line.clientWidth + 1).map((l) => l.textContent),
    );
  expect(cut).toEqual([]);
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

async function diagnose(page: Page, error: string, code: string) {
  if (error) await page.getByRole('textbox', { name: 'Paste your error' }).fill(error);
  if (code) await page.getByRole('textbox', { name: 'Paste your code' }).fill(code);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  return answerRegion(page);
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('@phone the landing page is short: the reference is folded', async ({ page }) => {
  await page.goto('./');
  const reference = page.getByRole('region', { name: 'About this error' });
  await expect(reference.getByRole('heading', { name: 'About this error' })).toBeVisible();
  await expect(reference.getByRole('heading', { name: 'What the error means' })).toBeHidden();
  expect(await pageHeight(page)).toBeLessThan(6250);
});

test('@phone after Diagnose the Answer is on screen, names the cause, and its fix reads in full', async ({
  page,
}) => {
  await page.goto('./');
  const answer = await diagnose(page, '', NODE_CODE);
  await expect(answer.getByRole('heading', { name: 'Answer' })).toBeFocused();
  await expectTopOnScreen(answer);
  await expect(answer).toContainText('Most likely the key is not passed to the client');
  // Node's spelling, in the advice too.
  const fix = answer.getByText(/^Give the client both/);
  await expect(fix).toContainText('apiKey read from DEEPSEEK_API_KEY and baseURL');
  await expect(fix).not.toContainText('base_url');
  await expect(answer.locator('.code-wrap')).toContainText(NODE_FIXED_LINE);
  await expectChangesReadable(answer);
  // The page as Diagnose leaves it, before anything is unfolded.
  expect(await pageHeight(page)).toBeLessThanOrEqual(6000);

  await answer.getByRole('button', { name: 'Copy fixed code' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(NODE_FIXED_LINE);
  expect(copied).toContain("import OpenAI from 'openai';");

  // The repaired code beside the pasted one: its changed lines read in full as well.
  const result = page.getByRole('region', { name: 'What the paste says' });
  await result.getByRole('heading', { name: 'What the paste says' }).click();
  await expect(result.getByRole('region', { name: 'Fixed code' })).toBeVisible();
  await expectChangesReadable(result);

  // The evidence is folded; the report says when it was made, and when the facts were checked.
  await expect(answer.getByText('Why we think so')).toBeVisible();
  await answer.getByRole('button', { name: 'Copy diagnosis' }).click();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain(`- Made on: ${new Date().toISOString().slice(0, 10)}`);
  expect(report).toMatch(/- Facts about DeepSeek checked on: \d{4}-\d\d-\d\d/);
});

test('@phone after a failing Test key the Answer is under the verdict, which keeps the focus', async ({
  page,
}) => {
  const deepseek = await routeDeepSeek(page, ANSWERS.invalid(SPOT_KEY));
  await page.goto('./');
  await page.getByLabel('DeepSeek API key').fill(SPOT_KEY);
  await page.getByRole('button', { name: 'Test key' }).click();
  const verdict = page.getByRole('status').filter({ hasText: 'rejected' });
  await expect(verdict.getByRole('heading')).toBeFocused();
  expect(deepseek.requests.length).toBeGreaterThan(0);

  const answer = answerRegion(page);
  await expect(answer).toContainText('Most likely the key was revoked or expired');
  await expectTopOnScreen(answer);
  const keys = answer.getByRole('link', { name: 'platform.deepseek.com' });
  await expect(keys).toHaveAttribute('href', 'https://platform.deepseek.com/api_keys');
  await expect(keys).toHaveAttribute('target', '_blank');
  await expect(keys).toHaveAttribute('rel', 'noopener noreferrer');
  // The check that confirms it: a command that reads the key from the environment.
  await expect(answer.getByRole('button', { name: 'Copy check' })).toBeVisible();
  await expect(answer).not.toContainText(SPOT_KEY);
  expect(await pageHeight(page)).toBeLessThanOrEqual(6000);
});

test('@phone a key that is not set in a notebook: the fix is the notebook, the code stays', async ({
  page,
}) => {
  await page.goto('./');
  const answer = await diagnose(page, NOTEBOOK_ERROR, NOTEBOOK_CODE);
  await expectTopOnScreen(answer);
  await expect(answer).toContainText('Most likely the key is not set');
  await expect(answer).toContainText('load the .env file in its first cell with load_dotenv()');
  await expect(answer).toContainText('restart the kernel');
  await expect(answer).toContainText('Your code reads DEEPSEEK_API_KEY correctly');
  await expect(answer).not.toContainText('os.environ[');
  await expect(answer.getByRole('button', { name: 'Copy fixed code' })).toHaveCount(0);
  await answer.getByRole('button', { name: 'Copy set-up' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('load_dotenv()');
  expect(await pageHeight(page)).toBeLessThanOrEqual(6000);
});

test('another provider’s key is not sent on Test key, only on the explicit button', async ({
  page,
}) => {
  const deepseek = await routeDeepSeek(page, ANSWERS.noSuchUser);
  await page.goto('./');
  await page.getByLabel('DeepSeek API key').fill(`sk-proj-${'A1b2C3d4E5'.repeat(4)}`);
  await page.getByRole('button', { name: 'Test key' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    'Not sent: this looks like a key from OpenAI',
  );
  expect(deepseek.requests).toEqual([]);
  await page.getByRole('button', { name: 'Test with DeepSeek anyway' }).click();
  await expect(page.getByRole('status').first()).not.toContainText('Not sent');
  await expect(page.getByRole('status').first()).toContainText('DeepSeek');
  expect(deepseek.requests.length).toBeGreaterThan(0);
});

test('the key is described as pasted, and a cleaned key that works says where the quotes still are', async ({
  page,
}) => {
  await routeDeepSeek(page, ANSWERS.valid);
  await page.goto('./');
  await page.getByLabel('DeepSeek API key').fill(`"${SPOT_KEY}"`);
  await expect(page.getByText(/^As pasted:/)).toContainText(`ends with ${SPOT_KEY.slice(-3)}"`);
  await page.getByRole('button', { name: 'Use the cleaned key' }).click();
  await page.getByRole('button', { name: 'Test key' }).click();
  await expect(page.getByText(/You tested the cleaned key/)).toContainText(
    'probably still where DEEPSEEK_API_KEY is set',
  );
  // The Answer agrees: the key works only once cleaned, so the value as set is mistyped.
  await expect(page.getByRole('region', { name: 'Answer' })).toContainText(
    'Most likely the key is mistyped',
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Answer has no axe violation (${colorScheme}), in English and Chinese`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await diagnose(page, NOTEBOOK_ERROR, NOTEBOOK_CODE);
    const axe = () =>
      new AxeBuilder({ page })
        .include('.answer')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
    expect((await axe()).violations).toEqual([]);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await expect(page.getByRole('region', { name: '结论' })).toBeVisible();
    expect((await axe()).violations).toEqual([]);
  });
}
