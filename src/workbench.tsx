import { useReducer, useState } from 'react';
import { flushSync } from 'react-dom';
import { Answer, ANSWER_HEADING_ID } from './answer/answer.tsx';
import type { prepareCheck as PrepareCheck } from './deepseek/check-key.ts';
import type { detectRelay as DetectRelay } from './deepseek/detect-relay.ts';
import { FACTS_CHECKED_ON } from './domain/deepseek-facts.ts';
import { diagnose, type Evidence } from './domain/diagnosis/diagnose.ts';
import { environmentFixOf, terminalOfPaste } from './domain/diagnosis/environment-fix.ts';
import { pickModel } from './domain/snippets/pick-model.ts';
import type { CodeLanguage } from './domain/snippets/snippets.ts';
import type { ToolId } from './domain/stacks/tools.ts';
import { TranslateProvider, useLanguageT } from './i18n/locale.tsx';
import { keyTestResultOf } from './key-test/key-test-state.ts';
import { KeyTestPanel } from './key-test/key-test-panel.tsx';
import { codeTabOf, type PasteResult } from './paste/analyse-paste.ts';
import { PastePanel } from './paste/paste-panel.tsx';
import { pasteEvidenceOf } from './paste/paste-state.ts';
import { ErrorReference } from './reference/error-reference.tsx';
import { ToolSetupSection } from './tools/tool-setup.tsx';
import { browserPlatform } from './wizard/browser-platform.ts';
import { Wizard } from './wizard/wizard.tsx';
import { openCauseQuietly } from './wizard/use-hash-cause.ts';
import { answerPlaceOf, initialWorkbenchState, workbenchReducer } from './workbench-state.ts';

const APP_VERSION = '0.1.0';

/** Today's date, ISO, for the report: the day it was made, not the day the facts were checked. */
const today = () => new Date().toISOString().slice(0, 10);

interface WorkbenchProps {
  /** The key-test adapters; component tests inject fakes. */
  prepareCheck?: typeof PrepareCheck;
  detectRelay?: typeof DetectRelay;
}

/**
 * The tools under the page frame, loaded as one lazy chunk: the evidence from both panels lives
 * in one store, and flows into one diagnosis, the Answer and the wizard.
 */
export function Workbench({ prepareCheck, detectRelay }: WorkbenchProps) {
  const t = useLanguageT();
  const [state, dispatch] = useReducer(workbenchReducer, initialWorkbenchState);
  // The code tab, remembered while the page is open and shared by every step and the reference.
  const [language, setLanguage] = useState<CodeLanguage>('python');
  // The tool the user calls DeepSeek from: chosen, or named by a pasted config or wrapped error.
  const [tool, setTool] = useState<ToolId | null>(null);

  const keyResult = keyTestResultOf(state.keyTest);
  const paste = pasteEvidenceOf(state.paste);
  const pasted = typeof state.paste.result === 'string' ? null : state.paste.result;
  const outcome = keyResult?.outcome;
  // Only DeepSeek's own list names models for DeepSeek's base URL.
  const listed = outcome?.kind === 'valid' && !keyResult?.customBase ? outcome.models : null;
  const model = pickModel(listed);
  const evidence: Evidence = {
    keyLint: keyResult?.lint ?? null,
    keyTest: keyResult?.outcome ?? null,
    keyCleaned: keyResult !== null && state.keyTest.cleaned,
    parsedError: paste?.parsedError ?? null,
    code: paste?.code ?? null,
  };
  const diagnosis = diagnose(evidence);
  const answerPlace = answerPlaceOf(state);

  function onDiagnosed(result: PasteResult) {
    // Pasted Python or JS/TS code says which stack the fixes should be in (the library it calls,
    // or, when it does not say, the current tab if that is in the same language); without such
    // code, the SDK that printed a pasted error does.
    flushSync(() => {
      setLanguage((current) => codeTabOf(result, current));
      if (result.tool) setTool(result.tool);
    });
    // The Answer takes the focus (and so comes into view) where the person is.
    document.getElementById(ANSWER_HEADING_ID)?.focus();
    // The wizard opens at the most likely cause, out of the way: the person reads the Answer.
    const likely = diagnose({
      ...evidence,
      parsedError: result.parsedError,
      code: result.code,
    }).likely;
    if (likely) openCauseQuietly(likely);
  }

  const answer = answerPlace && (
    <Answer
      diagnosis={diagnosis}
      evidence={evidence}
      pasted={pasted}
      language={language}
      model={model.model}
      environment={environmentFixOf(state.paste.errorText, state.paste.codeText)}
      platform={browserPlatform()}
      terminal={terminalOfPaste(state.paste.errorText, state.paste.codeText)}
      appVersion={APP_VERSION}
      date={today()}
      factsDate={FACTS_CHECKED_ON}
      secrets={keyResult ? [keyResult.lint.cleaned] : []}
      reveal={answerPlace === 'key' ? state.keyTest.phase : undefined}
    />
  );

  return (
    <TranslateProvider value={t}>
      <div id="key-test">
        {/* The verdict keeps focus; the Answer comes into view under it. */}
        <KeyTestPanel
          state={state.keyTest}
          dispatch={dispatch}
          prepareCheck={prepareCheck}
          detectRelay={detectRelay}
          answer={answerPlace === 'key' && answer}
        />
      </div>
      <div id="paste">
        <PastePanel
          state={state.paste}
          dispatch={dispatch}
          onDiagnosed={onDiagnosed}
          answer={answerPlace === 'paste' && answer}
        />
      </div>
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
