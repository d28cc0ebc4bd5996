import { useEffect, useRef } from 'react';
import type { CauseId } from '../domain/causes.ts';
import type { Diagnosis } from '../domain/diagnosis/diagnose.ts';
import { ENV_PREFIX } from '../domain/code/findings.ts';
import type { EnvironmentFix } from '../domain/diagnosis/environment-fix.ts';
import type { Terminal } from '../domain/snippets/cause-checks.ts';
import type { CodeLanguage } from '../domain/snippets/snippets.ts';
import { useT } from '../i18n/locale.tsx';
import type { PasteResult } from '../paste/analyse-paste.ts';
import { reasonText } from '../paste/diagnosis-report.ts';
import { DiagnosisSummary, type DiagnosisSummaryProps } from '../paste/diagnosis-summary.tsx';
import { CodeBlock } from '../ui/code-block.tsx';
import { CopyButton } from '../ui/copy-button.tsx';
import { ExpectedOutput } from '../ui/expected-output.tsx';
import { LinkedText } from '../ui/linked-text.tsx';
import type { AnswerFix } from './answer-fix.ts';
import { answerHeadline, answerPlan, appName, fixText } from './answer-plan.ts';

export const ANSWER_HEADING_ID = 'answer-heading';

export interface AnswerProps extends Omit<DiagnosisSummaryProps, 'diagnosis'> {
  diagnosis: Diagnosis;
  /** The last Diagnose, or null. */
  pasted: PasteResult | null;
  language: CodeLanguage;
  model: string;
  environment: EnvironmentFix;
  platform: string;
  /** The terminal the paste shows, if any: set-ups and checks are for it, not the platform's. */
  terminal: Terminal | null;
  /** Changes with each finished key test: the Answer then scrolls into view, below the verdict. */
  reveal?: unknown;
}

/**
 * The most likely cause in one sentence, its one fix, and the one check that confirms it; the
 * evidence and the other causes folded below.
 */
export function Answer(props: AnswerProps) {
  const { diagnosis, pasted, language, model, environment, platform, terminal, reveal } = props;
  const t = useT();
  const region = useRef<HTMLElement>(null);

  // After a key test the verdict keeps the focus (its live region speaks); the Answer only
  // comes into view under it.
  useEffect(() => {
    if (!reveal) return;
    // NOTE: on the next frame, once the verdict has taken the focus (which may scroll) and the
    // page has laid out what this commit added above the Answer.
    const frame = requestAnimationFrame(() => {
      const top = region.current?.getBoundingClientRect().top;
      const height = window.innerHeight;
      if (top === undefined || top <= height - 160) return;
      // As little as brings the Answer's top on screen, and the focused verdict too if both fit.
      const focused = document.activeElement?.getBoundingClientRect().top ?? top;
      window.scrollBy({
        top: Math.max(top - (height - 200), Math.min(top - height / 3, focused - 16)),
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [reveal]);

  const plan = answerPlan(diagnosis, props.evidence, {
    pasted,
    language,
    model,
    environment,
    platform,
    terminal,
  });
  const { fix, advice, check, keyTestFirst, keyTestAlone } = plan;

  return (
    <section className="answer" aria-labelledby={ANSWER_HEADING_ID} ref={region}>
      <h2 id={ANSWER_HEADING_ID} tabIndex={-1}>
        {t('answer.heading')}
      </h2>
      <p className="answer-cause">
        <LinkedText text={answerHeadline(t, diagnosis, plan)} />
      </p>
      {advice && (
        <p className="answer-advice">
          <LinkedText text={reasonText(t, advice)} />
        </p>
      )}
      {fix && diagnosis.likely && (
        <AnswerFixView cause={diagnosis.likely} fix={fix} language={language} />
      )}
      {keyTestFirst && (
        <>
          <h3>{t(keyTestAlone ? 'answer.checkApartHeading' : 'answer.checkHeading')}</h3>
          <p>{t('answer.checkKeyTest')}</p>
        </>
      )}
      {plan.pasteSource && (
        <>
          <h3>{t('answer.checkHeading')}</h3>
          <p>{t('answer.checkPasteSource')}</p>
        </>
      )}
      {check && (
        <>
          <h3>{t('answer.checkHeading')}</h3>
          <CodeBlock code={check.command} language={check.language} />
          <CopyButton text={check.command} label={t('answer.copyCheck')} />
          {check.expect && <ExpectedOutput expect={check.expect} />}
        </>
      )}
      <DiagnosisSummary
        {...props}
        saidAbove={advice ? [reasonText(t, advice)] : []}
        named={diagnosis.likely ?? (keyTestAlone ? null : plan.leading)}
      />
    </section>
  );
}

function AnswerFixView({
  cause,
  fix,
  language,
}: {
  cause: CauseId;
  fix: AnswerFix;
  language: CodeLanguage;
}) {
  const t = useT();
  return (
    <>
      <h3>{t('answer.fixHeading')}</h3>
      {fix.kind === 'environment' ? (
        <>
          <p>
            <LinkedText
              text={t(`answer.fix.not-set.${fix.environment}`, { variable: fix.variable })}
            />
          </p>
          <CodeBlock code={fix.setup.code} language={fix.setup.language} />
          <CopyButton text={fix.setup.code} label={t('answer.copySetup')} />
          {fix.codeStays && <p>{t('answer.codeStays')}</p>}
          {fix.orTool && <p>{t('answer.fix.not-set.orTool')}</p>}
          {fix.readsOther && (
            <p>
              {t(
                ENV_PREFIX.test(fix.readsOther)
                  ? 'answer.codeReadsPrefixed'
                  : 'answer.codeReadsOther',
                { name: fix.readsOther },
              )}
            </p>
          )}
        </>
      ) : fix.kind === 'given' ? (
        <>
          {fix.config === undefined ? (
            <p>{t('answer.fix.givenCode')}</p>
          ) : fix.cause === 'not-passed' ? (
            <p>
              {t(
                fix.toOpenAi
                  ? 'answer.fix.givenOpenAi'
                  : fix.sentTail
                    ? 'answer.fix.givenSent'
                    : 'answer.fix.givenConfig',
                { tool: appName(t, fix.config) },
              )}
            </p>
          ) : (
            !fix.variable && <p>{t('answer.fix.givenNotSet', { tool: appName(t, fix.config) })}</p>
          )}
          {fix.variable && (
            <p>
              {t('answer.fix.givenVariable', {
                variable: fix.variable,
                tool: appName(t, fix.config ?? null),
              })}
            </p>
          )}
          {fix.providerPrefix && fix.noHeader && !fix.variable && (
            <p>{t('answer.fix.givenPrefix')}</p>
          )}
        </>
      ) : fix.kind === 'browser' ? (
        <p>{t('paste.code.finding.browser-env-hidden', fix.vars)}</p>
      ) : fix.kind === 'tool' ? (
        <>
          <p>{t(`answer.fix.tool.${fix.cause}`, { tool: fix.name })}</p>
          {fix.keyField && <p>{t('answer.fix.tool.keyField', { field: fix.keyField })}</p>}
          {fix.baseUrl && (
            <p>
              {t('answer.fix.tool.baseUrl', {
                url: fix.baseUrl,
                field: fix.baseUrlField ?? fix.name,
              })}
            </p>
          )}
          {fix.setup && (
            <div className="answer-change">
              <p>{t('answer.theToolSetup', { file: fix.setup.file })}</p>
              <CodeBlock code={fix.setup.fixed} language={fix.setup.format} wrap />
              <CopyButton text={fix.setup.fixed} label={t('answer.copySetup')} />
            </div>
          )}
        </>
      ) : (
        <p>
          <LinkedText text={fixText(t, cause, fix, language)} />
        </p>
      )}
      {fix.kind === 'code' && (
        <div className="answer-change">
          <p>
            {fix.config
              ? t('answer.theChangeConfig')
              : fix.yours
                ? t('answer.theChange')
                : t('answer.theChangeExample')}
          </p>
          <CodeBlock code={fix.change} language={fix.language} wrap />
          <CopyButton text={fix.copy} label={t('code.copyFixed')} />
        </div>
      )}
    </>
  );
}
