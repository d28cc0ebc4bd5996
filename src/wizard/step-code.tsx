import type { CauseId } from '../domain/causes.ts';
import type { SnippetModel } from '../domain/snippets/pick-model.ts';
import {
  CODE_LANGUAGES,
  CODE_INSTALL,
  causeCode,
  type CodeLanguage,
} from '../domain/snippets/snippets.ts';
import { useT } from '../i18n/locale.tsx';
import { Choice } from '../ui/choice.tsx';
import { SideBySide } from '../ui/side-by-side.tsx';

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
        {language === 'curl' || language === 'powershell' ? (
          t(`code.needs.${language}`)
        ) : (
          <code>{CODE_INSTALL[language]}</code>
        )}
      </p>
      {model.fromKey && (
        <p className="model-note">{t('wizard.modelFromKey', { model: model.model })}</p>
      )}
      <SideBySide broken={code.broken} fixed={code.fixed} language={language} />
    </>
  );
}
