import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { CODE_LANGUAGES } from '../../src/domain/snippets/snippets.ts';
import { ENVIRONMENT_IDS } from '../../src/domain/snippets/key-setup.ts';
import {
  ANSWERS,
  API,
  SPOT_KEY,
  longMotions,
  routeDeepSeek,
  tabTo,
  type Answer,
} from './support.ts';

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

/** Chinese characters: a text that has them was translated. */
const CHINESE = /[\u4e00-\u9fff]/;

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
  const stepButtons = page.locator('.step-actions button');
  return {
    nav,
    keyPanel,
    step: (id: string) => nav.locator(`a[href$="#cause-${id}"]`),
    keyField:
      lang === 'en'
        ? page.getByRole('textbox', { name: 'DeepSeek API key' })
        : keyPanel.locator('input.kt-key'),
    testKey:
      lang === 'en'
        ? page.getByRole('button', { name: 'Test key' })
        : keyPanel.locator('button[type="submit"]'),
    cancel:
      lang === 'en' ? page.getByRole('button', { name: 'Cancel' }) : keyPanel.locator('.kt-cancel'),
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
    thisWasIt:
      lang === 'en' ? page.getByRole('button', { name: 'This was it' }) : stepButtons.first(),
    notThis:
      lang === 'en'
        ? page.getByRole('button', { name: 'Not this — next cause' })
        : stepButtons.last(),
  };
}
type Ui = ReturnType<typeof ui>;

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];
const summary = (violations: Violations) =>
  violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    targets: v.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  }));

/** Runs axe on the whole page, or only on `within` (a CSS selector) when just that changed. */
async function expectNoViolations(page: Page, view: string, within?: string) {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (within) builder.include(within);
  const { violations } = await builder.analyze();
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

/** One verdict of the live test: how the page gets there, the outcome, its English text. */
interface Verdict {
  name: string;
  /** DeepSeek's answer to `GET /models`; none when no request leaves. */
  answer?: Answer;
  key?: string;
  /** The browser is offline while the test runs. */
  offline?: true;
  /** The user presses Cancel while the request hangs. */
  cancel?: true;
  /** DeepSeek never answers; the test's 15 s time limit runs out. */
  timeout?: true;
  /** The outcome's kind: the verdict is drawn in `.kt-verdict-<kind>`. */
  kind: string;
  text: string;
}

/** Every verdict: DeepSeek's word on the key, answers not about the key, and no answer at all. */
const ALL_VERDICTS: Verdict[] = [
  // DeepSeek's word on the key.
  { name: 'valid key', answer: ANSWERS.valid, kind: 'valid', text: 'Your key works' },
  {
    name: '401 invalid key',
    answer: ANSWERS.invalid(SPOT_KEY),
    kind: 'unauthorized',
    text: 'rejected this key although it is well-formed',
  },
  {
    name: '401 bad format',
    answer: ANSWERS.badFormat,
    key: 'Bearer abc',
    kind: 'unauthorized',
    text: 'was not “Bearer sk-…”',
  },
  {
    name: '401 tail mismatch (the variable name was sent)',
    answer: ANSWERS.tailMismatch,
    kind: 'unauthorized',
    text: 'ending in “_KEY”, the end of a variable’s name',
  },
  {
    name: '401 no such user',
    answer: ANSWERS.noSuchUser,
    kind: 'unauthorized',
    text: 'knows no account for this key',
  },
  {
    name: '401 governor',
    answer: ANSWERS.governor,
    kind: 'unauthorized',
    text: 'no Authorization header reached it',
  },
  {
    name: '401 without DeepSeek’s message',
    answer: ANSWERS.emptyUnauthorized,
    kind: 'unauthorized',
    text: 'A 401 came back without DeepSeek’s',
  },
  // Answers that are not about the key.
  {
    name: '402',
    answer: ANSWERS.balance,
    kind: 'insufficient-balance',
    text: 'balance is insufficient (402)',
  },
  {
    name: '429',
    answer: ANSWERS.rateLimited,
    kind: 'rate-limited',
    text: 'limiting requests (429)',
  },
  {
    name: '503',
    answer: ANSWERS.serverError,
    kind: 'server-error',
    text: 'DeepSeek’s servers failed (HTTP 503)',
  },
  { name: '403', answer: ANSWERS.forbidden, kind: 'forbidden', text: 'refused access (403)' },
  {
    name: '404',
    answer: ANSWERS.notFound,
    kind: 'not-found',
    text: 'so the base URL is wrong',
  },
  {
    name: 'an HTML page with 200',
    answer: ANSWERS.htmlPage,
    kind: 'unexpected-response',
    text: '(HTTP 200, not JSON)',
  },
  {
    name: 'JSON that is not a model list',
    answer: ANSWERS.notModelList,
    kind: 'unexpected-response',
    text: 'JSON but not DeepSeek’s model list',
  },
  {
    name: 'an HTML 502 from a gateway',
    answer: ANSWERS.gatewayHtml,
    kind: 'server-error',
    text: 'DeepSeek’s servers failed (HTTP 502)',
  },
  // No answer at all.
  {
    name: 'blocked (CORS)',
    answer: ANSWERS.blocked,
    kind: 'network-blocked',
    text: 'could not reach DeepSeek',
  },
  {
    name: 'offline',
    answer: ANSWERS.offline,
    offline: true,
    kind: 'network-blocked',
    text: 'Your browser is offline',
  },
  { name: 'cancelled', answer: ANSWERS.hang, cancel: true, kind: 'cancelled', text: 'cancelled' },
  {
    name: 'a key that cannot be sent (a zero-width space)',
    key: `${SPOT_KEY}\u200b`,
    kind: 'not-sendable',
    text: 'not plain ASCII',
  },
  { name: 'the empty key', key: '', kind: 'not-sendable', text: 'Paste a key first' },
  {
    name: 'timeout',
    answer: ANSWERS.hang,
    timeout: true,
    kind: 'timed-out',
    text: 'did not answer within 15 seconds',
  },
];
/** The dark scheme gets one verdict of each look: accepted, rejected, plain, terminal, lint. */
const DARK_VERDICTS = [
  'valid key',
  '401 tail mismatch (the variable name was sent)',
  '402',
  'blocked (CORS)',
  'a key that cannot be sent (a zero-width space)',
].map((name) => ALL_VERDICTS.find((verdict) => verdict.name === name)!);

/** Tests the key the way `verdict` needs, and waits for that verdict, with the focus on it. */
async function reachVerdict(
  page: Page,
  context: BrowserContext,
  controls: Ui & { deepseek: { answer: Answer } },
  verdict: Verdict,
  lang: Lang,
) {
  const { keyField, testKey, cancel, status, deepseek } = controls;
  if (verdict.answer) deepseek.answer = verdict.answer;
  await keyField.fill(verdict.key ?? SPOT_KEY);
  if (verdict.offline) await context.setOffline(true);
  // The deadline runs from the click, and the SDK's chunk loads in real time: the clock jumps only
  // once the request is out, or on busy cores it would beat the chunk ("the tester did not load").
  const sent = verdict.timeout ? page.waitForRequest(`${API}/models`) : null;
  await testKey.click();
  if (verdict.cancel || verdict.timeout) await expect(cancel).toBeVisible();
  if (verdict.cancel) await cancel.click();
  if (sent) {
    await sent;
    await page.clock.runFor(16_000);
  }
  const heading = status.locator(`.kt-verdict-${verdict.kind}`).getByRole('heading');
  await expect(heading, verdict.name).toBeVisible();
  if (verdict.offline) await context.setOffline(false);
  await expect(heading, verdict.name).toContainText(lang === 'en' ? verdict.text : CHINESE);
  await expect(heading, verdict.name).toBeFocused();
}

/** The values of a select's options. */
const optionValues = (select: Locator) =>
  select
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));

/** The buttons of a step's code-language choice (the group that is the step's own child). */
const codeTabs = (page: Page, id: string) =>
  page.locator(`#cause-${id} > [role="group"]`).getByRole('button').all();

/** The shells a step's check offers (step 4's follow the code tab). */
const checkShells = (page: Page, id: string) =>
  page.locator(`#cause-${id} .check > [role="group"]`).getByRole('button').all();

/** Step 1's set-ups, unfolded. */
async function openSetUps(page: Page, step: Locator) {
  await openStep(page, step, 'not-set');
  await page.locator('#cause-not-set summary:has(h5)').click();
}

/** One environment of step 1's key set-up, and each shell of it, in turn. */
async function eachShellOf(
  page: Page,
  environment: string,
  visit: (view: string) => Promise<void>,
) {
  await page.locator('#cause-not-set .key-setup select').selectOption(environment);
  const shells = await page
    .locator('#cause-not-set .key-setup > [role="group"]')
    .getByRole('button')
    .all();
  if (shells.length === 0) await visit(`set-up ${environment}`);
  for (const shell of shells) {
    await shell.click();
    await expect(shell).toHaveAttribute('aria-pressed', 'true');
    await visit(`set-up ${environment}, ${await shell.textContent()}`);
  }
}

/** One code tab of a step, pressed; the step shows one tab per code language. */
async function pressCodeTab(page: Page, id: string, index: number): Promise<string> {
  const tabs = await codeTabs(page, id);
  expect(tabs).toHaveLength(CODE_LANGUAGES.length);
  await tabs[index]!.click();
  await expect(tabs[index]!).toHaveAttribute('aria-pressed', 'true');
  return `step ${id}, code tab ${await tabs[index]!.textContent()}`;
}

for (const { locale, lang } of LANGUAGES) {
  test.describe(`axe, ${lang}`, () => {
    test.use({ locale });

    for (const colorScheme of ['light', 'dark'] as const) {
      test.describe(colorScheme, () => {
        test.beforeEach(async ({ page }) => {
          await page.emulateMedia({ colorScheme });
        });

        // One view a test, so that each takes seconds, not most of its budget on busy cores.
        test('the landing', async ({ page }) => {
          await open(page, lang);
          if (lang === 'zh-CN') await expect(page).toHaveTitle(CHINESE);
          await expectNoViolations(page, 'landing');
        });

        for (const id of STEP_IDS) {
          test(`step ${id}`, async ({ page }) => {
            const { step } = await open(page, lang);
            await openStep(page, step(id), id);
            await expectNoViolations(page, `step ${id}`);
          });
        }

        const verdicts = colorScheme === 'light' ? ALL_VERDICTS : DARK_VERDICTS;
        for (const verdict of verdicts) {
          test(`the verdict: ${verdict.name}`, async ({ page, context }) => {
            if (verdict.timeout) await page.clock.install();
            const controls = await open(page, lang);
            await reachVerdict(page, context, controls, verdict, lang);
            await expectNoViolations(page, `verdict: ${verdict.name}`);
          });
        }

        test('the verdict when the page’s own tester did not load', async ({ page }) => {
          await page.route('**/assets/openai-*.js', (route) =>
            route.fulfill({ status: 404, body: 'Not Found' }),
          );
          const { keyField, testKey, status } = await open(page, lang);
          await keyField.fill(SPOT_KEY);
          await testKey.click();
          const heading = status.locator('.kt-verdict-tester-unavailable').getByRole('heading');
          await expect(heading).toBeFocused();
          await expect(heading).toContainText(
            lang === 'en' ? 'could not load the code that tests keys' : CHINESE,
          );
          await expectNoViolations(page, 'verdict: the tester did not load');
        });

        /** Opens the base URL panel and types `url` into it. */
        async function typeBaseUrl(keyPanel: Locator, url: string) {
          const advanced = keyPanel.locator('details.kt-advanced');
          await advanced.locator('summary').click();
          const baseUrl = advanced.locator('input[type="url"]');
          await baseUrl.fill(url);
          return { advanced, baseUrl };
        }

        test('the base URL panel with another host', async ({ page }) => {
          const { keyPanel } = await open(page, lang);
          const { advanced } = await typeBaseUrl(keyPanel, 'https://proxy.example/v1');
          await expect(advanced.locator('.kt-warning')).toContainText('proxy.example');
          await expectNoViolations(page, 'base URL warning');
        });

        test('a verdict through another base URL', async ({ page }) => {
          const { keyPanel, keyField, testKey, status } = await open(page, lang);
          await typeBaseUrl(keyPanel, 'https://proxy.example/v1');
          await keyField.fill(SPOT_KEY);
          await testKey.click();
          await expect(status.locator('.kt-warning')).toContainText('https://proxy.example/v1');
          if (lang === 'en') {
            await expect(status).toContainText('The request to proxy.example never left');
          }
          await expectNoViolations(page, 'verdict through another base URL');
        });

        test('an invalid base URL', async ({ page }) => {
          const { keyPanel } = await open(page, lang);
          const { baseUrl } = await typeBaseUrl(keyPanel, 'not a url');
          await expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
          await expectNoViolations(page, 'base URL invalid');
        });

        test('the key findings', async ({ page }) => {
          const { keyPanel, keyField } = await open(page, lang);
          await keyField.fill(` "${SPOT_KEY}"\u200b`);
          await expect(keyPanel.locator('.kt-finding').first()).toBeVisible();
          await expect(keyPanel.locator('.kt-clean')).toBeVisible();
          await expectNoViolations(page, 'key findings');
        });

        // The set-ups and code tabs change one part of one step: axe reads that part only, one
        // set-up or tab a test. The dark scheme's code colours are the same in both languages:
        // English suffices there.
        if (colorScheme === 'light' || lang === 'en') {
          test('step 1 offers each set-up below, and no other', async ({ page }) => {
            const { step } = await open(page, lang);
            await openSetUps(page, step('not-set'));
            const select = page.locator('#cause-not-set .key-setup select');
            // In the order that suits the visitor's platform.
            expect((await optionValues(select)).sort()).toEqual([...ENVIRONMENT_IDS].sort());
          });

          for (const environment of ENVIRONMENT_IDS) {
            test(`key set-up ${environment} of step 1`, async ({ page }) => {
              const { step } = await open(page, lang);
              await openSetUps(page, step('not-set'));
              await eachShellOf(page, environment, (view) =>
                expectNoViolations(page, view, '#cause-not-set .key-setup'),
              );
            });
          }

          for (const [index, language] of CODE_LANGUAGES.entries()) {
            test(`code tab ${language} of step 4`, async ({ page }) => {
              const { step } = await open(page, lang);
              await openStep(page, step('not-passed'), 'not-passed');
              const view = await pressCodeTab(page, 'not-passed', index);
              await expectNoViolations(page, view, '#cause-not-passed');
            });
          }
        }

        /** Pastes the error and the code, and diagnoses them: the pasted code opens step 4. */
        async function diagnosePaste(page: Page, controls: Ui) {
          await controls.errorBox.fill(PASTED_ERROR);
          await controls.codeBox.fill(PASTED_CODE);
          await controls.diagnose.click();
          await expect(page).toHaveURL(/#cause-not-passed$/);
          await expect(page.locator('.answer')).toBeVisible();
        }

        test('the Answer', async ({ page }) => {
          await diagnosePaste(page, await open(page, lang));
          await expectNoViolations(page, 'the Answer');
        });

        test('the paste diagnosis, unfolded', async ({ page }) => {
          await diagnosePaste(page, await open(page, lang));
          // The full reading is folded under the Answer.
          await page.locator('.ps-result summary').click();
          await expect(page.locator('.ps-result .side-by-side')).toBeVisible();
          await expectNoViolations(page, 'paste diagnosis');
        });

        test('“not this” on the last step', async ({ page }) => {
          const controls = await open(page, lang);
          await diagnosePaste(page, controls);
          // "Not this" on step 4, the last, says no cause matched.
          await controls.notThis.click();
          await expect(page.locator('.step-result')).toBeVisible();
          await expectNoViolations(page, 'the last step ruled out');
        });

        test('steps marked “ruled out” and “this was it”', async ({ page }) => {
          const { nav, step, notThis, thisWasIt } = await open(page, lang);
          await openStep(page, step('mistyped'), 'mistyped');
          await notThis.click();
          await openStep(page, step('not-set'), 'not-set');
          await thisWasIt.click();
          await expect(page.locator('.step-result')).toBeVisible();
          if (lang === 'en') {
            await expect(nav).toContainText('ruled out');
            await expect(nav).toContainText('this was it');
          }
          await expectNoViolations(page, 'steps marked');
        });
      });
    }
  });
}

test.describe('the language', () => {
  test('switches by the Language menu, and back', async ({ page }) => {
    await open(page, 'en');
    await expect(page).not.toHaveTitle(CHINESE);
    const menu = page.getByRole('combobox', { name: 'Language' });
    await expect(menu.getByRole('option')).toHaveText(['English', '简体中文']);
    await menu.selectOption({ label: '简体中文' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle(CHINESE);
    const chinese = page.getByRole('combobox', { name: '语言' });
    await expect(chinese).toBeVisible();
    await expect(ui(page, 'zh-CN').nav).toBeVisible();
    await expectNoViolations(page, 'switched to Chinese');
    await chinese.selectOption({ label: 'English' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).not.toHaveTitle(CHINESE);
    await expect(page.getByRole('navigation', { name: 'Causes' })).toBeVisible();
  });

  test.describe('from a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('is Chinese: <html lang>, the title, the description and the menu 语言', async ({
      page,
    }) => {
      await open(page, 'zh-CN');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
      await expect(page).toHaveTitle(CHINESE);
      expect(await page.evaluate(() => document.title)).toMatch(CHINESE);
      const description = page.locator('meta[name="description"]');
      await expect(description).toHaveAttribute('content', CHINESE);
    });
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  async function expectFits(page: Page, view: string) {
    const size = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(size.clientWidth, view).toBe(320);
    expect(size.scrollWidth, view).toBeLessThanOrEqual(size.clientWidth);
  }

  for (const { locale, lang } of LANGUAGES) {
    test.describe(lang, () => {
      test.use({ locale });

      test('every key set-up fits', async ({ page }) => {
        const { step } = await open(page, lang);
        await openSetUps(page, step('not-set'));
        for (const environment of ENVIRONMENT_IDS) {
          await eachShellOf(page, environment, (view) => expectFits(page, `${lang} ${view}`));
        }
      });

      for (const id of STEP_IDS) {
        test(`step ${id}, every check and every code tab fit`, async ({ page }) => {
          const { step } = await open(page, lang);
          await openStep(page, step(id), id);
          await expectFits(page, `${lang} step ${id}`);
          for (const shell of await checkShells(page, id)) {
            await shell.click();
            await expectFits(page, `${lang} step ${id}, check ${await shell.textContent()}`);
          }
          for (const index of CODE_LANGUAGES.keys()) {
            await expectFits(page, `${lang} ${await pressCodeTab(page, id, index)}`);
          }
        });
      }
    });
  }

  test('the landing fits', async ({ page }) => {
    await open(page, 'en');
    await expectFits(page, 'landing');
  });

  test('a verdict with terminal commands fits', async ({ page }) => {
    const { keyField, testKey, verdict } = await open(page, 'en', ANSWERS.blocked);
    await keyField.fill(SPOT_KEY);
    await testKey.click();
    await expect(verdict).toContainText('could not reach DeepSeek');
    await expect(page.getByRole('region', { name: 'PowerShell' })).toBeVisible();
    await expectFits(page, 'blocked verdict with terminal commands');
  });

  test('a paste diagnosis fits', async ({ page }) => {
    const { errorBox, codeBox, diagnose } = await open(page, 'en');
    await errorBox.fill(PASTED_ERROR);
    await codeBox.fill(PASTED_CODE);
    await diagnose.click();
    await expect(page.locator('.answer')).toBeVisible();
    await expectFits(page, 'the Answer');
    // The full reading is folded under the Answer; unfolded, it fits too.
    await page.locator('.ps-result summary').click();
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
    await expect(target).toBeFocused();
    const indicator = await focusIndicator(target);
    expect(indicator.focusVisible, JSON.stringify(indicator)).toBe(true);
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

  for (const { locale, lang } of LANGUAGES) {
    test.describe(lang, () => {
      test.use({ locale });

      test('after a test started by keyboard, the verdict has the focus and shows it', async ({
        page,
      }) => {
        const { keyField, testKey, verdict } = await open(page, lang, ANSWERS.invalid(SPOT_KEY));
        await tabTo(page, keyField);
        await page.keyboard.type(SPOT_KEY);
        await tabTo(page, testKey);
        await page.keyboard.press('Enter');
        await expect(verdict).toContainText(lang === 'en' ? 'rejected this key' : CHINESE);
        await expectVisibleFocus(verdict);
      });
    });
  }

  test('focus moves to the step heading when a step link is activated', async ({ page }) => {
    const { step } = await open(page, 'en');
    await tabTo(page, step('not-set'));
    await page.keyboard.press('ArrowDown');
    await expect(step('mistyped')).toBeFocused();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 3, name: 'Key mistyped', exact: true });
    await expectVisibleFocus(heading);
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
