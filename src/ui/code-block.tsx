import { useId } from 'react';
import { highlight, type HighlightLanguage } from '../domain/code/highlight.ts';
import { useT } from '../i18n/locale.tsx';

interface CodeBlockProps {
  code: string;
  language: HighlightLanguage;
  /** A visible title that also names the region. */
  title?: string;
  /** 1-based lines to mark as changed. */
  marked?: readonly number[];
  mark?: 'added' | 'removed';
  /** Wrap every line: for a few lines that must be read in full, such as a change. */
  wrap?: boolean;
}

/** Highlighted code, its changed lines marked for the eye and for screen readers. */
export function CodeBlock({
  code,
  language,
  title,
  marked = [],
  mark = 'added',
  wrap = false,
}: CodeBlockProps) {
  const t = useT();
  const titleId = useId();
  const lines = highlight(code.replace(/\n$/, ''), language);
  const pre = (
    // NOTE: a scrollable <pre> must be focusable so keyboard users can scroll it.
    // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
    <pre className={wrap ? 'code code-wrap' : 'code'} tabIndex={0}>
      <code>
        {lines.map((tokens, index) => {
          const isMarked = marked.includes(index + 1);
          return (
            <span key={index} className={isMarked ? `line line-${mark}` : 'line'}>
              {tokens.map((token, i) => (
                <span key={i} className={`tok-${token.kind}`}>
                  {token.text}
                </span>
              ))}
              {isMarked && (
                // The brackets are in the messages: Chinese uses full-width ones.
                <span className="sr-only">
                  {' '}
                  {mark === 'added' ? t('code.changed') : t('code.removed')}
                </span>
              )}
              {'\n'}
            </span>
          );
        })}
      </code>
    </pre>
  );
  if (!title) return pre;
  return (
    <section className="code-panel" aria-labelledby={titleId}>
      <h4 id={titleId} className="code-title">
        {title}
      </h4>
      {pre}
    </section>
  );
}
