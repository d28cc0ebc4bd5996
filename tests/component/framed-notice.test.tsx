import { render, screen } from '@testing-library/react';
import { FramedNotice } from '../../src/framed-notice.tsx';
import { LanguageProvider } from '../../src/i18n/language.tsx';
import { app as zhApp } from '../../src/i18n/zh-CN/app.ts';
import { isFramed } from '../../src/is-framed.ts';

function setLanguages(languages: string[]) {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
}

afterEach(() => setLanguages(['en-US']));

describe('the page inside a frame', () => {
  it('is told apart from a page in its own tab, whatever the framing origin', () => {
    const tab = { self: window, top: window } as unknown as Window;
    expect(isFramed(tab)).toBe(false);
    expect(isFramed({ self: window, top: {} as Window })).toBe(true);
    const refusing = {
      self: window,
      get top(): Window {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(isFramed(refusing)).toBe(true);
    // This test's own window is not framed.
    expect(isFramed(window)).toBe(false);
  });

  it('offers a link to its own tab and no key field', () => {
    setLanguages(['en-US']);
    render(
      <LanguageProvider>
        <FramedNotice />
      </LanguageProvider>,
    );
    expect(screen.getByText(/does not work inside another page/)).toBeVisible();
    const link = screen.getByRole('link', { name: 'Open DeepSeek Key Doctor in its own tab' });
    expect(link).toHaveAttribute('href', window.location.href);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('speaks Simplified Chinese to a Chinese browser', () => {
    setLanguages(['zh-CN']);
    render(
      <LanguageProvider>
        <FramedNotice />
      </LanguageProvider>,
    );
    expect(screen.getByText(zhApp['app.framed'])).toBeVisible();
    expect(screen.getByRole('link', { name: zhApp['app.framed.open'] })).toBeVisible();
  });
});
