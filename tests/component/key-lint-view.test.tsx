import { render, screen } from '@testing-library/react';
import { lintKey } from '../../src/domain/key/key-lint.ts';
import { en } from '../../src/i18n/en.ts';
import { TranslateProvider } from '../../src/i18n/locale.tsx';
import { translate, type Translate } from '../../src/i18n/t.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { KeyLintView } from '../../src/key-test/key-lint-view.tsx';

const chineseT: Translate = (key, vars) => translate({ ...en, ...zhCN }, key, vars);
const MOONSHOT_KEY = `sk-${'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9b'.repeat(2).slice(0, 48)}`;

function renderLint(key: string, t?: Translate, onTestAnyway = () => {}) {
  const view = (
    <KeyLintView
      id="lint"
      value={key}
      lint={lintKey(key)}
      onUseCleaned={() => {}}
      onTestAnyway={onTestAnyway}
    />
  );
  return render(t ? <TranslateProvider value={t}>{view}</TranslateProvider> : view);
}

describe('KeyLintView: the value as it is', () => {
  const KEY = 'sk-0123456789abcdef0123456789ab1a2b';

  it('describes a pasted value with its quotes and line break until it is cleaned', () => {
    renderLint(`"${KEY}"\n`);
    expect(screen.getByText(/^As pasted:/)).toHaveTextContent(
      'As pasted: length 38, starts with "sk, ends with 2b"⏎',
    );
  });

  it('describes a clean value by its own shape', () => {
    renderLint(KEY);
    expect(screen.getByText(/^Length 35/)).toHaveTextContent('ends with 1a2b');
    expect(screen.queryByText(/^As pasted:/)).not.toBeInTheDocument();
  });
});

describe('KeyLintView: another provider’s key', () => {
  it('names the provider in English', () => {
    renderLint(MOONSHOT_KEY);
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'This looks like a key from Moonshot or SiliconFlow, not a DeepSeek key.',
    );
    expect(screen.getByText(/Only the shape says Moonshot or SiliconFlow/)).toBeVisible();
  });

  it('offers to send it to DeepSeek only as a separate, explicit action', async () => {
    const onTestAnyway = vi.fn();
    renderLint(MOONSHOT_KEY, undefined, onTestAnyway);
    screen.getByRole('button', { name: 'Test with DeepSeek anyway' }).click();
    expect(onTestAnyway).toHaveBeenCalledTimes(1);
  });

  it('names the provider in Chinese, with no English left in the sentence', () => {
    const { container } = renderLint(MOONSHOT_KEY, chineseT);
    expect(screen.getByRole('listitem')).toHaveTextContent(
      '这看起来像 Moonshot（月之暗面）或 SiliconFlow（硅基流动） 的密钥',
    );
    expect(container).not.toHaveTextContent('Moonshot or SiliconFlow');
    expect(container).not.toHaveTextContent('moonshot-siliconflow');
  });

  it('names Google’s keys as Gemini ones in Chinese punctuation', () => {
    renderLint(`AIza${'A1b2C3d4E5'.repeat(4).slice(0, 35)}`, chineseT);
    expect(screen.getByRole('listitem')).toHaveTextContent('Google（Gemini）');
  });
});

describe('KeyLintView: the shape line', () => {
  it('shows the start and the end of a key', () => {
    renderLint('sk-0123456789abcdef0123456789abcdef');
    expect(screen.getByText('Length 35, starts with sk-, ends with cdef.')).toBeVisible();
  });

  it('shows only the length of a value too short to show any of', () => {
    renderLint('null');
    expect(screen.getByText('Length 4: far too short for a key.')).toBeVisible();
    expect(screen.queryByText(/starts with/)).not.toBeInTheDocument();
  });
});
