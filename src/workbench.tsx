import { useRef, useState } from 'react';
import { FACTS_CHECKED_ON } from './domain/deepseek-facts.ts';
import { diagnose, type Evidence } from './domain/diagnosis/diagnose.ts';
import { pickModel } from './domain/snippets/pick-model.ts';
import type { CodeLanguage } from './domain/snippets/snippets.ts';
import { TranslateProvider, useLanguageT } from './i18n/locale.tsx';
import { KeyTestPanel, type KeyTestResult } from './key-test/key-test-panel.tsx';
import { codeTabOf, type PasteEvidence } from './paste/analyse-paste.ts';
import { DiagnosisSummary } from './paste/diagnosis-summary.tsx';
import { PastePanel, type PastePanelHandle } from './paste/paste-panel.tsx';
import { ErrorReference } from './reference/error-reference.tsx';
import type { ToolId } from './domain/stacks/tools.ts';
import { ToolSetupSection } from './tools/tool-setup.tsx';
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
  const pastePanel = useRef<PastePanelHandle>(null);
  // The code tab, remembered while the page is open and shared by every step and the reference.
  const [language, setLanguage] = useState<CodeLanguage>('python');
  // The tool the user calls DeepSeek from: chosen, or named by a pasted config or wrapped error.
  const [tool, setTool] = useState<ToolId | null>(null);
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
    // Pasted Python or JS/TS code says which stack the fixes should be in (the library it calls,
    // or, when it does not say, the current tab if that is in the same language); without such
    // code, the SDK that printed a pasted error does.
    setLanguage((current) => codeTabOf(next, current));
    if (next.tool) setTool(next.tool);
    // A pasted error or code opens the wizard at the most likely cause; the focus stays on what
    // the paste says.
    const likely = diagnose({ ...evidence, parsedError: next.parsedError, code: next.code }).likely;
    if (likely) window.location.hash = hashOf(likely);
  }

  // "Forget key" also empties what was pasted with the key in it: the key in the field, and the
  // one last tested if it was edited since. It passes through here and is kept nowhere.
  function onForget(key: string) {
    const keys = keyResult ? [key, keyResult.lint.cleaned] : [key];
    const left = pastePanel.current?.forgetKeys(keys);
    if (left !== undefined) setPaste(left);
  }

  return (
    <TranslateProvider value={t}>
      <div id="key-test">
        {/* The verdict keeps focus; the wizard only marks the likely cause. */}
        <KeyTestPanel onResult={setKeyResult} onForget={onForget} />
      </div>
      <div id="paste">
        <PastePanel ref={pastePanel} onDiagnose={onPaste} />
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
      <ToolSetupSection tool={tool} onTool={setTool} />
      <ErrorReference model={model.model} language={language} onLanguage={setLanguage} />
    </TranslateProvider>
  );
}
