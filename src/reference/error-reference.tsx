import {
  CHECKED_VERSIONS,
  CURRENT_MODELS,
  DEEPSEEK_BASE_URL,
  DEFAULT_MODEL,
  FACTS_CHECKED_ON,
} from '../domain/deepseek-facts.ts';
import {
  ERROR_AS_SEEN,
  preventionCode,
  workaroundCode,
} from '../domain/snippets/reference-snippets.ts';
import { CODE_LANGUAGES, type CodeLanguage } from '../domain/snippets/snippets.ts';
import { useT } from '../i18n/locale.tsx';
import { Choice } from '../ui/choice.tsx';
import { CodeBlock } from '../ui/code-block.tsx';
import { CopyButton } from '../ui/copy-button.tsx';

/** Everything the source page for this error carries: meaning, symptoms, fixes, prevention. */
export function ErrorReference({
  model = DEFAULT_MODEL,
  language,
  onLanguage,
}: {
  model?: string;
  language: CodeLanguage;
  onLanguage: (language: CodeLanguage) => void;
}) {
  const t = useT();
  const languages = CODE_LANGUAGES.map((value) => ({ value, label: t(`code.language.${value}`) }));
  const workaround = workaroundCode(language, model);
  const prevention = preventionCode(language, model);
  return (
    // Folded by default: the page is about the user's own 401; this is for reading around it.
    <section className="reference" aria-labelledby="ref-heading">
      <details className="fold">
        <summary>
          <h2 id="ref-heading">{t('ref.heading')}</h2>
        </summary>
        <Choice
          label={t('wizard.language')}
          options={languages}
          value={language}
          onChange={onLanguage}
        />

        <h3>{t('ref.meaning')}</h3>
        <p>{t('ref.meaning.text')}</p>

        <h3>{t('ref.seen')}</h3>
        <p>{t('ref.seen.text')}</p>
        <CodeBlock code={ERROR_AS_SEEN[language]} language="text" />

        <h3>{t('ref.quick')}</h3>
        <ol>
          <li>{t('ref.quick.1')}</li>
          <li>{t('ref.quick.2')}</li>
          <li>{t('ref.quick.3')}</li>
          <li>{t('ref.quick.4')}</li>
        </ol>

        <h3>{t('ref.why')}</h3>
        <p>{t('ref.why.text')}</p>

        <h3>{t('ref.detect')}</h3>
        <p>{t('ref.detect.text')}</p>

        <h3>{t('ref.workaround')}</h3>
        <p>{t('ref.workaround.text')}</p>
        <CodeBlock code={workaround} language={language} />
        <CopyButton text={workaround} label={t('ref.copyWorkaround')} />

        <h3>{t('ref.prevention')}</h3>
        <p>{t('ref.prevention.text')}</p>
        <CodeBlock code={prevention} language={language} />
        <CopyButton text={prevention} label={t('ref.copyPrevention')} />

        <h3>{t('ref.versions')}</h3>
        <p>
          {t('ref.versions.text', {
            base: DEEPSEEK_BASE_URL,
            models: CURRENT_MODELS.join(', '),
            model: DEFAULT_MODEL,
            date: FACTS_CHECKED_ON,
            node: CHECKED_VERSIONS.openaiNode,
            python: CHECKED_VERSIONS.openaiPython,
          })}
        </p>
      </details>
    </section>
  );
}
