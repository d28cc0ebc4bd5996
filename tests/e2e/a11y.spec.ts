import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ANSWERS, SPOT_KEY, longMotions, routeDeepSeek, tabTo, type Answer } from './support.ts';

/**
 * Every view of the page, in both languages and both colour schemes, with no axe violation;
 * then the width of a phone, the keyboard and reduced motion.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STEP_IDS = ['not-set', 'mistyped', 'revoked', 'not-passed'] as const;

const LANGUAGES = [
  { locale: 'en-US', lang: 'en' },
  { locale: 'zh-CN', lang: 'zh-CN' },
] as const;
type Lang = (typeof LANGUAGES)[number]['lang'];

/**
 * The controls, by role and name in English (SPEC §6). The Chinese names are not part of the
 * contract, so there the same controls are found by their place in the page.
 */
function ui(page: Page, lang: Lang) {
  const nav =
    lang === 'en'
      ? page.getByRole('navigation', { name: 'Causes' })
      : page.locator(`nav${STEP_IDS.map((id) => `:has(a[href$="#cause-${id}"])`).join('')}`);
  const keyPanel =
    lang === 'en'
      ? page.getByRole('region', { name: 'Test your key' })
      : // The innermost section around the key field: ancestors come first in document order.
        page
          .locator('section')
          .filter({ has: page.locator('input.kt-key') })
          .last();
  const textareas = page.locator('textarea');
  return {
    nav,
    step: (id: string) => nav.locator(`a[href$="#cause-${id}"]`),
    keyField:
      lang === 'en'
        ? page.getByRole('textbox', { name: 'DeepSeek API key' })
        : keyPanel.locator('input.kt-key'),
    testKey:
      lang === 'en'
        ? page.getByRole('button', { name: 'Test key' })
        : keyPanel.locator('button[type="submit"]'),
    status: keyPanel.getByRole('status'),
    verdict: keyPanel.getByRole('status').getByRole('heading'),
    errorBox:
      lang === 'en' ? page.getByRole('textbox', { name: 'Paste your error' }) : textareas.nth(0),
    codeBox:
      lang === 'en' ? page.getByRole('textbox', { name: 'Paste your code' }) : textareas.nth(1),
    diagnose:
      lang === 'en'
        ? page.getByRole('button', { name: 'Diagnose' })
        : page.locator('form').filter({ has: textareas.first() }).locator('button[type="submit"]'),
  };
}

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];
const summary = (violations: Violations) =>
  violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    targets: v.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  }));

async function expectNoViolations(page: Page, view: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(summary(violations), view).toEqual([]);
}

async function open(page: Page, lang: Lang, answer?: Answer, hash = '') {
  const deepseek = await routeDeepSeek(page, answer);
  await page.goto(`./${hash}`);
  const controls = ui(page, lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(controls.nav).toBeVisible();
  return { ...controls, deepseek };
}

async function openStep(page: Page, step: Locator, id: string) {
  await step.click();
  await expect(page).toHaveURL(new RegExp(`#cause-${id}$`));
  await expect(step).toHaveAttribute('aria-current', 'step');
}

const PASTED_ERROR = `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****e1a8 is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`;
const PASTED_CODE = `from openai import OpenAI

client = OpenAI()
reply = client.chat.completions.create(model="gpt-4o-mini", messages=[])
`;

/** Each verdict of the live test: the answer that brings it, the key tested, its English text. */
const VERDICTS: { name: string; answer: Answer; key?: string; text: string }[] = [
  { name: 'valid key', answer: ANSWERS.valid, text: 'Your key works' },
  {
    name: '401 invalid key',
    answer: ANSWERS.invalid(SPOT_KEY),
    text: 'rejected this key although it is well-formed',
  },
  { name: '401 bad format', answer: ANSWERS.badFormat, key: 'Bearer abc', text: 'Bearer sk-' },
  { name: '402', answer: ANSWERS.balance, text: 'balance is insufficient (402)' },
  { name: '429', answer: ANSWERS.rateLimited, text: 'limiting requests (429)' },
  { name: '503', answer: ANSWERS.serverError, text: 'servers failed (HTTP 503)' },
  { name: 'blocked (CORS)', answer: ANSWERS.blocked, text: 'could not reach DeepSeek' },
  { name: 'timeout', answer: ANSWERS.hang, text: 'did not answer within 15 seconds' },
];

for (const { locale, lang } of LANGUAGES) {
  test.describe(`axe, ${lang}`, () => {
    test.use({ locale });

    for (const colorScheme of ['light', 'dark'] as const) {
      test.describe(colorScheme, () => {
        test.beforeEach(async ({ page }) => {
          await page.emulateMedia({ colorScheme });
        });

        test('the landing and each of the four steps', async ({ page }) => {
          const { step } = await open(page, lang);
          await expectNoViolations(page, 'landing');
          for (const id of STEP_IDS) {
            await openStep(page, step(id), id);
            await expectNoViolations(page, `step ${id}`);
          }
        });

        for (const { name, answer, key = SPOT_KEY, text } of VERDICTS) {
          test(`the verdict: ${name}`, async ({ page }) => {
            if (name === 'timeout') await page.clock.install();
            const { keyField, testKey, status, verdict } = await open(page, lang, answer);
            await keyField.fill(key);
            await testKey.click();
            if (name === 'timeout') {
              await expect(status).not.toBeEmpty();
              await page.clock.runFor(16_000);
            }
            await expect(verdict).toBeVisible();
            if (lang === 'en') await expect(verdict).toContainText(text);
            await expect(verdict).toBeFocused();
            await expectNoViolations(page, `verdict ${name}`);
          });
        }

        test('the paste diagnosis', async ({ page }) => {
          const { errorBox, codeBox, diagnose } = await open(page, lang);
          await errorBox.fill(PASTED_ERROR);
          await codeBox.fill(PASTED_CODE);
          await diagnose.click();
          await expect(page).toHaveURL(/#cause-/);
          await expect(page.locator('.ps-result .side-by-side')).toBeVisible();
          await expectNoViolations(page, 'paste diagnosis');
        });
      });
    }
  });
}

test.describe('the language', () => {
  test('switches by the Language menu, and back', async ({ page }) => {
    await open(page, 'en');
    const menu = page.getByRole('combobox', { name: 'Language' });
    await expect(menu.getByRole('option')).toHaveText(['English', '简体中文']);
    await menu.selectOption({ label: '简体中文' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const chinese = page.getByRole('combobox', { name: '语言' });
    await expect(chinese).toBeVisible();
    await expect(ui(page, 'zh-CN').nav).toBeVisible();
    await expectNoViolations(page, 'switched to Chinese');
    await chinese.selectOption({ label: 'English' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Causes' })).toBeVisible();
  });

  test.describe('from a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('is Chinese, with the menu named 语言', async ({ page }) => {
      await open(page, 'zh-CN');
      await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
    });
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  const scrollsSideways = (page: Page) =>
    page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });

  async function expectFits(page: Page, view: string) {
    const size = await scrollsSideways(page);
    expect(size.clientWidth, view).toBe(320);
    expect(size.scrollWidth, view).toBeLessThanOrEqual(size.clientWidth);
  }

  test('the landing, each step, a verdict and a paste diagnosis fit', async ({ page }) => {
    const { step, keyField, testKey, verdict, errorBox, codeBox, diagnose } = await open(
      page,
      'en',
      ANSWERS.blocked,
    );
    await expectFits(page, 'landing');
    for (const id of STEP_IDS) {
      await openStep(page, step(id), id);
      await expectFits(page, `step ${id}`);
    }
    await keyField.fill(SPOT_KEY);
    await testKey.click();
    await expect(verdict).toContainText('could not reach DeepSeek');
    await expect(page.getByRole('region', { name: 'PowerShell' })).toBeVisible();
    await expectFits(page, 'blocked verdict with terminal commands');
    await errorBox.fill(PASTED_ERROR);
    await codeBox.fill(PASTED_CODE);
    await diagnose.click();
    await expect(page.locator('.ps-result .side-by-side')).toBeVisible();
    await expectFits(page, 'paste diagnosis');
  });
});

test.describe('by keyboard', () => {
  /** The focused element matches :focus-visible and draws an outline or a shadow. */
  const focusIndicator = (locator: Locator) =>
    locator.evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        focusVisible: el.matches(':focus-visible'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none',
      };
    });

  async function expectVisibleFocus(target: Locator) {
    const indicator = await focusIndicator(target);
    expect(indicator.focusVisible).toBe(true);
    expect(indicator.outline || indicator.shadow, JSON.stringify(indicator)).toBe(true);
  }

  test('Tab reaches the key field, Test key and a step link, each with a visible focus', async ({
    page,
  }) => {
    const { keyField, testKey, step } = await open(page, 'en');
    await tabTo(page, keyField);
    await expectVisibleFocus(keyField);
    await tabTo(page, testKey);
    await expectVisibleFocus(testKey);
    await tabTo(page, step('not-set'));
    await expectVisibleFocus(step('not-set'));
  });

  test('focus moves to the verdict after a test', async ({ page }) => {
    const { keyField, testKey, verdict } = await open(page, 'en', ANSWERS.invalid(SPOT_KEY));
    await tabTo(page, keyField);
    await page.keyboard.type(SPOT_KEY);
    await tabTo(page, testKey);
    await page.keyboard.press('Enter');
    await expect(verdict).toContainText('rejected this key');
    await expect(verdict).toBeFocused();
  });

  test('focus moves to the step heading when a step link is activated', async ({ page }) => {
    const { step } = await open(page, 'en');
    await tabTo(page, step('not-set'));
    await page.keyboard.press('ArrowDown');
    await expect(step('mistyped')).toBeFocused();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 3, name: 'Key mistyped', exact: true });
    await expect(heading).toBeFocused();
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing moves for longer than 0.01 s', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { keyField, testKey, status, verdict, step, deepseek } = await open(
      page,
      'en',
      ANSWERS.hang,
    );
    expect(await longMotions(page), 'landing').toEqual([]);
    await keyField.fill(SPOT_KEY);
    await testKey.click();
    await expect(status).toContainText('Testing the key');
    expect(await longMotions(page), 'while a test runs').toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    deepseek.answer = ANSWERS.valid;
    await testKey.click();
    await expect(verdict).toContainText('Your key works');
    expect(await longMotions(page), 'a verdict').toEqual([]);
    await openStep(page, step('not-passed'), 'not-passed');
    await page.getByRole('button', { name: 'Copy fixed code' }).first().click();
    expect(await longMotions(page), 'a step, just copied').toEqual([]);
  });
});
