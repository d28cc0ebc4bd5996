import { useState } from 'react';
import { CHECKED_VERSIONS, FACTS_CHECKED_ON } from './domain/deepseek-facts.ts';
import { diagnose, type Evidence } from './domain/diagnose.ts';
import { useT } from './i18n/locale.tsx';
import { KeyTestPanel } from './key-test/KeyTestPanel.tsx';
import type { PasteEvidence } from './paste/analyse-paste.ts';
import { DiagnosisSummary } from './paste/DiagnosisSummary.tsx';
import { PastePanel } from './paste/PastePanel.tsx';
import { ErrorReference } from './reference/ErrorReference.tsx';
import { WaysIn } from './WaysIn.tsx';
import { Wizard } from './wizard/Wizard.tsx';
import { hashOf } from './wizard/wizard-state.ts';
import type { KeyLint } from './domain/key-lint.ts';
import type { KeyTestOutcome } from './domain/key-test-outcome.ts';

const APP_VERSION = '0.1.0';

type KeyResult = { lint: KeyLint; outcome: KeyTestOutcome } | null;

/** Composition only: the evidence flows from the panels into one diagnosis and the wizard. */
export function App() {
  const t = useT();
  const [keyResult, setKeyResult] = useState<KeyResult>(null);
  const [paste, setPaste] = useState<PasteEvidence | null>(null);
  const evidence: Evidence = {
    keyLint: keyResult?.lint ?? null,
    keyTest: keyResult?.outcome ?? null,
    parsedError: paste?.parsedError ?? null,
    code: paste?.code ?? null,
  };
  const hasEvidence = Boolean(keyResult || paste?.parsedError || paste?.code);
  const diagnosis = diagnose(evidence);

  function onPaste(next: PasteEvidence) {
    setPaste(next);
    // A pasted error or code opens the wizard at the most likely cause.
    const likely = diagnose({ ...evidence, parsedError: next.parsedError, code: next.code }).likely;
    if (likely) window.location.hash = hashOf(likely);
  }

  return (
    <>
      <header className="site-header">
        <span className="brand">{t('app.title')}</span>
      </header>
      <main>
        <section className="intro" aria-labelledby="page-title">
          <h1 id="page-title">{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
          <WaysIn />
          <p className="privacy">{t('app.privacy')}</p>
        </section>
        <div id="key-test">
          {/* The verdict keeps focus; the wizard only marks the likely cause. */}
          <KeyTestPanel onResult={setKeyResult} />
        </div>
        <div id="paste">
          <PastePanel onDiagnose={onPaste} />
        </div>
        {hasEvidence && (
          <DiagnosisSummary
            diagnosis={diagnosis}
            evidence={evidence}
            appVersion={APP_VERSION}
            date={FACTS_CHECKED_ON}
            secrets={keyResult ? [keyResult.lint.cleaned] : []}
          />
        )}
        <Wizard likely={diagnosis.likely} />
        <ErrorReference />
      </main>
      <footer className="site-footer">
        <p>
          {t('app.footer', {
            date: FACTS_CHECKED_ON,
            node: CHECKED_VERSIONS.openaiNode,
            python: CHECKED_VERSIONS.openaiPython,
          })}
        </p>
      </footer>
    </>
  );
}
