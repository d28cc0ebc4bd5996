import { useState } from 'react';
import { FACTS_CHECKED_ON } from './domain/deepseek-facts.ts';
import { diagnose, type Evidence } from './domain/diagnose.ts';
import { pickModel } from './domain/pick-model.ts';
import type { CodeLanguage } from './domain/snippets.ts';
import { TranslateProvider, useLanguageT } from './i18n/locale.tsx';
import { KeyTestPanel, type KeyTestResult } from './key-test/key-test-panel.tsx';
import type { PasteEvidence } from './paste/analyse-paste.ts';
import { DiagnosisSummary } from './paste/diagnosis-summary.tsx';
import { PastePanel } from './paste/paste-panel.tsx';
import { ErrorReference } from './reference/error-reference.tsx';
import { Wizard } from './wizard/wizard.tsx';
import { hashOf } from './wizard/step-hash.ts';

const APP_VERSION = '0.1.0';

/**
 * The tools under the page frame, loaded as one lazy chunk: the evidence flows from the panels
 * into one diagnosis and the wizard.
 */
export function Workbench() {
  const t = useLanguageT();

  const [keyResult, setKeyResult] = useState<KeyTestResult>(null);
  const [paste, setPaste] = useState<PasteEvidence | null>(null);
  // The code tab, remembered while the page is open and shared by every step and the reference.
  const [language, setLanguage] = useState<CodeLanguage>('python');
  const outcome = keyResult?.outcome;
  // Only DeepSeek's own list names models for DeepSeek's base URL.
  const listed = outcome?.kind === 'valid' && !keyResult?.customBase ? outcome.models : null;
  const model = pickModel(listed);
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
    // Pasted Python or JS/TS code says which stack the fixes should be in.
    if (next.userCode) setLanguage(next.userCode.language);
    // A pasted error or code opens the wizard at the most likely cause; the focus stays on what
    // the paste says.
    const likely = diagnose({ ...evidence, parsedError: next.parsedError, code: next.code }).likely;
    if (likely) window.location.hash = hashOf(likely);
  }

  return (
    <TranslateProvider value={t}>
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
      <Wizard
        likely={diagnosis.likely}
        model={model}
        repairedAbove={Boolean(paste?.userCode && paste.userCode.fixed !== paste.userCode.broken)}
        language={language}
        onLanguage={setLanguage}
      />
      <ErrorReference model={model.model} language={language} onLanguage={setLanguage} />
    </TranslateProvider>
  );
}
