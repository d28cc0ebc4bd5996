import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CAUSE_CHECKS, firstCheck, type Command } from '../../src/domain/snippets/cause-checks.ts';
import type { CauseId } from '../../src/domain/causes.ts';
import { defaultShell } from '../../src/domain/snippets/platform.ts';
import { CODE_LANGUAGES } from '../../src/domain/snippets/snippets.ts';
import { tabTo } from './support.ts';

/** The four steps, in the order of SPEC §2.1. */
const STEPS: readonly { id: CauseId; title: string }[] = [
  { id: 'not-set', title: 'Key not set' },
  { id: 'mistyped', title: 'Key mistyped' },
  { id: 'revoked', title: 'Key revoked or expired' },
  { id: 'not-passed', title: 'Key not passed to the client' },
];

/** The check a step shows first: the platform's shell, or for step 4 the (Python) code tab's. */
async function shownCheck(page: Page, cause: CauseId): Promise<Command> {
  const platform = await page.evaluate(() => {
    const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
    return data?.platform || navigator.platform || navigator.userAgent;
  });
  const shell = firstCheck(cause, 'python', defaultShell(platform));
  return CAUSE_CHECKS[cause].find((c) => c.shell === shell)!;
}

const causesNav = (page: Page) => page.getByRole('navigation', { name: 'Causes' });
const stepRegion = (page: Page, title: string) => page.getByRole('region', { name: title });
const stepHeading = (page: Page, title: string) =>
  page.getByRole('heading', { level: 3, name: title, exact: true });

/** The code as the page shows it, without the screen-reader markers of changed lines. */
const shownCode = (region: Locator) =>
  region.locator('pre code').evaluate((code) => {
    const copy = code.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.sr-only').forEach((marker) => marker.remove());
    return copy.textContent ?? '';
  });

async function expectCheckShown(page: Page, cause: CauseId, title: string) {
  const region = stepRegion(page, title);
  const check = await shownCheck(page, cause);
  await expect(region.getByRole('heading', { name: 'How to check' })).toBeVisible();
  await expect(region.locator('pre').first()).toHaveText(check.command);
  await expect(region.getByText(check.expect!, { exact: true }).first()).toBeVisible();
  await expect(region.getByRole('button', { name: 'Copy command' }).first()).toBeVisible();
}

test('walks all four causes by keyboard and copies the fixed code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const nav = causesNav(page);
  const links = nav.getByRole('link');
  await expect(links).toHaveText(STEPS.map((s) => s.title));

  // Into the navigation with Tab, along it with the arrow keys (wrapping), open with Enter.
  await tabTo(page, links.first());
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(3)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('Enter');

  for (const [index, { id, title }] of STEPS.entries()) {
    const heading = stepHeading(page, title);
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    expect(new URL(page.url()).hash).toBe(`#cause-${id}`);
    await expect(stepRegion(page, title).getByText(`Cause ${index + 1} of 4`)).toBeVisible();
    await expect(nav.getByRole('link', { name: title })).toHaveAttribute('aria-current', 'step');
    await expectCheckShown(page, id, title);

    if (index < STEPS.length - 1) {
      await tabTo(page, page.getByRole('button', { name: 'Not this — next cause' }));
      await page.keyboard.press('Enter');
      await expect(nav.getByRole('listitem').nth(index)).toContainText('ruled out');
    }
  }

  // On the last step, copy the fixed code with the keyboard and read the clipboard back.
  const fixed = page.getByRole('region', { name: 'Fixed code' });
  await tabTo(page, page.getByRole('button', { name: 'Copy fixed code' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await shownCode(fixed));
  expect(copied).toContain('https://api.deepseek.com');
  expect(copied).toContain('DEEPSEEK_API_KEY');
  expect(copied).toContain('from openai import OpenAI');
  expect(copied).not.toMatch(/sk-[0-9a-f]{20,}/);
});

test('copies the Node fixed code chosen by keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#cause-not-set');
  const step = stepRegion(page, 'Key not set');
  await tabTo(page, step.getByRole('button', { name: 'Node.js / TypeScript' }));
  await page.keyboard.press('Enter');
  await expect(step.getByRole('button', { name: 'Node.js / TypeScript' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await tabTo(page, page.getByRole('button', { name: 'Copy fixed code' }));
  await page.keyboard.press('Space');
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await shownCode(page.getByRole('region', { name: 'Fixed code' })));
  expect(copied).toContain("import OpenAI from 'openai';");
  expect(copied).toContain("baseURL: 'https://api.deepseek.com'");
  expect(copied).toContain('process.env.DEEPSEEK_API_KEY');
});

test('a deep link opens step 4 without moving focus', async ({ page }) => {
  await page.goto('/#cause-not-passed');
  const heading = stepHeading(page, 'Key not passed to the client');
  await expect(heading).toBeVisible();
  await expect(page.getByText('Cause 4 of 4')).toBeVisible();
  await expect(heading).not.toBeFocused();
  await expect(
    causesNav(page).getByRole('link', { name: 'Key not passed to the client' }),
  ).toHaveAttribute('aria-current', 'step');
  await expectCheckShown(page, 'not-passed', 'Key not passed to the client');
  await expect(page.getByRole('region', { name: 'Broken code' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Fixed code' })).toBeVisible();
});

test('step 4’s check follows the code tab', async ({ page }) => {
  await page.goto('/#cause-not-passed');
  const title = 'Key not passed to the client';
  const step = stepRegion(page, title);
  const tabs = step.getByRole('group', { name: 'Code language' }).getByRole('button');
  await expect(tabs).toHaveCount(CODE_LANGUAGES.length);
  for (const [index, language] of CODE_LANGUAGES.entries()) {
    await tabs.nth(index).click();
    await expect(tabs.nth(index)).toHaveAttribute('aria-pressed', 'true');
    const shell = firstCheck('not-passed', language, 'bash');
    const check = CAUSE_CHECKS['not-passed'].find((c) => c.shell === shell)!;
    await expect(step.locator('.check pre'), language).toHaveText(check.command);
    await expect(
      step.getByRole('group', { name: 'Where you run it' }).getByRole('button', { pressed: true }),
      language,
    ).toHaveCount(1);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  const pageWidth = (page: Page) =>
    page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));

  test('stacks the broken code above the fixed code @phone', async ({ page }) => {
    await page.goto('/#cause-not-set');
    await expect(stepHeading(page, 'Key not set')).toBeVisible();
    const broken = await page.getByRole('region', { name: 'Broken code' }).boundingBox();
    const fixed = await page.getByRole('region', { name: 'Fixed code' }).boundingBox();
    expect(broken).not.toBeNull();
    expect(fixed).not.toBeNull();
    expect(fixed!.y).toBeGreaterThanOrEqual(broken!.y + broken!.height);
    // One column: both start at the same left edge.
    expect(Math.abs(fixed!.x - broken!.x)).toBeLessThan(1);
  });

  // The visually hidden "(changed)" markers inside code lines must stay inside the <pre>'s
  // scroll box (`.code { position: relative; }`), or long lines widen the page.
  test('fits the width: no horizontal page scroll @phone', async ({ page }) => {
    for (const hash of ['', '#cause-not-set', '#cause-not-passed']) {
      await page.goto(`/${hash}`);
      await expect(causesNav(page)).toBeVisible();
      const size = await pageWidth(page);
      expect(size.innerWidth, hash).toBe(390);
      expect(size.scrollWidth, hash).toBeLessThanOrEqual(size.innerWidth);
    }
    await page
      .getByRole('region', { name: 'Key not passed to the client' })
      .getByRole('button', { name: 'Node.js / TypeScript' })
      .click();
    const size = await pageWidth(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
  });
});

// Selecting the fixed code and pressing Ctrl+C is the app's own advice when the clipboard API
// fails: the screen-reader markers "(changed)"/"(removed)" must not come along.
test('selecting the fixed code and copying it gives the code only', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#cause-not-passed');
  const fixed = page.getByRole('region', { name: 'Fixed code' });
  const pre = fixed.locator('pre');
  await pre.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await pre.focus();
  await page.keyboard.press('ControlOrMeta+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).not.toContain('(changed)');
  expect(copied).not.toContain('(removed)');
  expect(copied.trimEnd()).toBe((await shownCode(fixed)).trimEnd());
});

// Syntax-highlighted comments on the code background and on a changed line's background kept
// under 4.5:1 once (--tok-comment); a11y.spec.ts covers every view, this is the quick check.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const axeSummary = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));

test('has no axe violations on the landing', async ({ page }) => {
  await page.goto('/');
  await expect(causesNav(page)).toBeVisible();
  const landing = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axeSummary(landing.violations)).toEqual([]);
});

test('has no axe violations on an open step', async ({ page }) => {
  await page.goto('/#cause-mistyped');
  await expect(stepHeading(page, 'Key mistyped')).toBeVisible();
  const step = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axeSummary(step.violations)).toEqual([]);
});
