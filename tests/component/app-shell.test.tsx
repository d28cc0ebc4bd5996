import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app.tsx';
import { LoadFailure } from '../../src/load-failure.tsx';
import { app as enApp } from '../../src/i18n/en/app.ts';
import { LanguageProvider } from '../../src/i18n/language.tsx';
import { app as zhApp } from '../../src/i18n/zh-CN/app.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

const TEST_KEY_ZH = zhCN['keyTest.test'] ?? 'missing';

function setLanguages(languages: string[]) {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
}

/** The page's meta description, as index.html has it. */
function description(): HTMLMetaElement {
  let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'description';
    meta.content = enApp['app.description'];
    document.head.append(meta);
  }
  return meta;
}

afterEach(() => {
  setLanguages(['en-US']);
  document.documentElement.lang = 'en';
  document.title = '';
});

/** The tools and dictionaries load lazily: render in an awaited act so React can resume. */
async function renderPage() {
  const user = userEvent.setup();
  await act(async () => {
    render(
      <LanguageProvider>
        <App />
      </LanguageProvider>,
    );
  });
  return user;
}

describe('the page frame', () => {
  it('paints the title first, then loads the tools', async () => {
    setLanguages(['en-US']);
    await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'DeepSeek Key Doctor' })).toBeVisible();
    // The first lazy load compiles the whole tools chunk: slow on a busy machine.
    expect(
      await screen.findByRole('navigation', { name: 'Causes' }, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.getByLabelText('DeepSeek API key')).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
  });

  it('speaks Simplified Chinese to a Chinese browser, and keeps <html lang> right', async () => {
    setLanguages(['zh-CN', 'en']);
    await renderPage();
    expect(await screen.findByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(await screen.findByRole('button', { name: TEST_KEY_ZH })).toBeVisible();
  });

  it('names the tab and the search result in the page language', async () => {
    setLanguages(['en-GB']);
    const meta = description();
    const user = await renderPage();
    expect(document.title).toBe(enApp['app.documentTitle']);
    expect(meta.content).toBe(enApp['app.description']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');
    await screen.findByRole('button', { name: TEST_KEY_ZH });
    expect(document.title).toBe(zhApp['app.documentTitle']);
    expect(meta.content).toBe(zhApp['app.description']);
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English');
    expect(await screen.findByRole('button', { name: 'Test key' })).toBeVisible();
    expect(document.title).toBe(enApp['app.documentTitle']);
    expect(meta.content).toBe(enApp['app.description']);
  });

  it('switches language from the menu, the whole page included', async () => {
    setLanguages(['en-GB']);
    const user = await renderPage();
    await screen.findByRole('button', { name: 'Test key' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');
    expect(await screen.findByRole('button', { name: TEST_KEY_ZH })).toBeVisible();
    expect(document.documentElement.lang).toBe('zh-CN');
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English');
    expect(await screen.findByRole('button', { name: 'Test key' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('a chunk that cannot load', () => {
  it('ends in a sentence and a reload button, not a blank page', () => {
    // React reports the caught error on the console; that is expected here.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Unreachable(): never {
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    render(
      <LanguageProvider>
        <LoadFailure>
          <Unreachable />
        </LoadFailure>
      </LanguageProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('could not load its tools');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    expect(reported).toHaveBeenCalled();
  });
});
