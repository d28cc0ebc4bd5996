import { changedLines } from '../domain/code/line-diff.ts';
import type { HighlightLanguage } from '../domain/code/highlight.ts';
import { useT } from '../i18n/locale.tsx';
import { CodeBlock } from './code-block.tsx';
import { CopyButton } from './copy-button.tsx';

/** Broken and fixed code next to each other (stacked on a phone), the fixed side ready to copy. */
export function SideBySide({
  broken,
  fixed,
  language,
  copyText = fixed,
}: {
  broken: string;
  fixed: string;
  language: HighlightLanguage;
  /** What "Copy fixed code" copies, when it is more than the fixed code shown. */
  copyText?: string;
}) {
  const t = useT();
  const changes = changedLines(broken, fixed);
  return (
    <div className="side-by-side">
      <CodeBlock
        code={broken}
        language={language}
        title={t('code.broken')}
        marked={changes.removed}
        mark="removed"
      />
      <div className="fixed-side">
        <CodeBlock
          code={fixed}
          language={language}
          title={t('code.fixed')}
          marked={changes.added}
        />
        <CopyButton text={copyText} label={t('code.copyFixed')} />
      </div>
    </div>
  );
}
