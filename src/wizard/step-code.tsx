import type { CauseId } from '../domain/causes.ts';
import type { SnippetModel } from '../domain/snippets/pick-model.ts';
import {
  CODE_LANGUAGES,
  CODE_INSTALL,
  causeCode,
  type CodeLanguage,
} from '../domain/snippets/snippets.ts';
import { SDK_CLIENTS, type SdkClient } from '../domain/snippets/sdk-clients.ts';
import { useT } from '../i18n/locale.tsx';
import { CodeBlock } from '../ui/code-block.tsx';
import { Choice } from '../ui/choice.tsx';
import { SideBySide } from '../ui/side-by-side.tsx';

/** The languages whose snippet needs nothing installed: the text names the runtime instead. */
type NeedsText = 'curl' | 'powershell' | 'java' | 'go' | 'csharp' | 'php';

interface StepCodeProps {
  cause: CauseId;
  model: SnippetModel;
  language: CodeLanguage;
  onLanguage: (language: CodeLanguage) => void;
}

/** A cause's typical broken code and the same program fixed, in the chosen language. */
export function StepCode({ cause, model, language, onLanguage }: StepCodeProps) {
  const t = useT();
  const code = causeCode(cause, language, model.model);
  const install = CODE_INSTALL[language];
  const sdk = (SDK_CLIENTS as Partial<Record<CodeLanguage, SdkClient>>)[language];
  return (
    <>
      <Choice
        label={t('wizard.language')}
        options={CODE_LANGUAGES.map((value) => ({ value, label: t(`code.language.${value}`) }))}
        value={language}
        onChange={onLanguage}
      />
      <p className="code-needs">
        {t('code.needs')}{' '}
        {install ? <code>{install}</code> : t(`code.needs.${language as NeedsText}`)}
      </p>
      {model.fromKey && (
        <p className="model-note">{t('wizard.modelFromKey', { model: model.model })}</p>
      )}
      <SideBySide broken={code.broken} fixed={code.fixed} language={language} />
      {sdk && (
        <>
          <p>{t('code.sdk', { library: sdk.library })}</p>
          <CodeBlock code={sdk.code(model.model)} language={sdk.grammar} />
        </>
      )}
    </>
  );
}
