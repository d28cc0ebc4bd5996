import { useEffect, useRef } from 'react';
import type { KeyLint } from '../domain/key/key-lint.ts';
import type { KeyTestOutcome } from '../domain/key-test/key-test-outcome.ts';
import { verdictOfKeyTest } from '../domain/key-test/key-test-verdict.ts';
import { useT } from '../i18n/locale.tsx';
import { LinkedText } from '../ui/linked-text.tsx';
import { OutcomeEvidence } from './outcome-evidence.tsx';
import { verdictMessage } from './verdict-message.ts';

interface VerdictViewProps {
  outcome: KeyTestOutcome;
  /** The lint of the key that was tested. */
  lint: KeyLint;
  /** The other address tested, or null for DeepSeek. */
  customBase?: string | null;
  /** The tested key was cleaned in the page: the value where the variable is set may not be. */
  cleaned?: boolean;
}

/** One sentence that names the verdict and the next step, then the evidence. Takes focus. */
export function VerdictView({
  outcome,
  lint,
  customBase = null,
  cleaned = false,
}: VerdictViewProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [outcome]);

  const verdict = verdictOfKeyTest(outcome, lint);
  const { key, vars } = verdictMessage(verdict, outcome, lint, t, customBase);
  return (
    <div className={`kt-verdict kt-verdict-${outcome.kind}`}>
      <h3 ref={heading} tabIndex={-1} className="kt-verdict-sentence">
        <LinkedText text={t(key, vars)} />
      </h3>
      {cleaned && outcome.kind === 'valid' && (
        <p className="kt-warning">{t('keyTest.cleanedWorks')}</p>
      )}
      {customBase && (
        <p className="kt-warning">{t('keyTest.baseUrl.tested', { url: customBase })}</p>
      )}
      <OutcomeEvidence
        outcome={outcome}
        verdict={verdict}
        pastedLastFour={lint.shape.lastFour}
        customBase={customBase}
      />
    </div>
  );
}
