import { useEffect, useRef } from 'react';
import type { CauseId } from '../domain/causes.ts';
import {
  keyTestSeparates,
  threadAdvice,
  topHasOwnReason,
  type Diagnosis,
} from '../domain/diagnosis/diagnose.ts';
import type { EnvironmentFix } from '../domain/diagnosis/environment-fix.ts';
import type { CodeLanguage } from '../domain/snippets/snippets.ts';
import type { ConfigOwner } from '../domain/config/read-config.ts';
import { useT } from '../i18n/locale.tsx';
import type { Translate } from '../i18n/t.ts';
import type { PasteResult } from '../paste/analyse-paste.ts';
import { ownerName } from '../paste/config-reading.tsx';
import { notAuthText, reasonText } from '../paste/diagnosis-report.ts';
import { DiagnosisSummary, type DiagnosisSummaryProps } from '../paste/diagnosis-summary.tsx';
import { CodeBlock } from '../ui/code-block.tsx';
import { CopyButton } from '../ui/copy-button.tsx';
import { ExpectedOutput } from '../ui/expected-output.tsx';
import { LinkedText } from '../ui/linked-text.tsx';
import { answerCheck, answerFix, type AnswerFix } from './answer-fix.ts';

export const ANSWER_HEADING_ID = 'answer-heading';

export interface AnswerProps extends Omit<DiagnosisSummaryProps, 'diagnosis'> {
  diagnosis: Diagnosis;
  /** The last Diagnose, or null. */
  pasted: PasteResult | null;
  language: CodeLanguage;
  model: string;
  environment: EnvironmentFix;
  platform: string;
  /** Changes with each finished key test: the Answer then scrolls into view, below the verdict. */
  reveal?: unknown;
}

/**
 * The most likely cause in one sentence, its one fix, and the one check that confirms it; the
 * evidence and the other causes folded below.
 */
export function Answer(props: AnswerProps) {
  const { diagnosis, pasted, language, model, environment, platform, reveal } = props;
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

  // The cause to fix, or to check first when none stands out (the first the evidence leads to,
  // else the first not ruled out: its check tells it from the rest).
  const leading: CauseId | null =
    diagnosis.top ?? diagnosis.causes.find((view) => view.standing !== 'ruled-out')?.cause ?? null;
  const fix =
    diagnosis.likely && !diagnosis.notAuth
      ? answerFix({ cause: diagnosis.likely, pasted, language, model, environment, platform })
      : null;
  const advice = threadAdvice(diagnosis);
  const found =
    leading && !diagnosis.notAuth && !keyTestSeparates(diagnosis, props.evidence)
      ? answerCheck(leading, fix ?? { kind: 'key' }, language, platform, pasted)
      : null;
  const keyTestFirst = keyTestSeparates(diagnosis, props.evidence) || found === 'key-test';
  const check = found === 'key-test' ? null : found;
  // A key's end DeepSeek echoed: the first thing to compare, before any test.
  const echoed = props.evidence.parsedError?.echoedTail ?? '';
  const keyTail = /^[0-9a-f]{4}$/.test(echoed) ? echoed : null;
  // Nothing leads: the key test is not a cause's check but the one that tells them apart.
  const keyTestAlone = keyTestFirst && !diagnosis.likely && !topHasOwnReason(diagnosis);

  return (
    <section className="answer" aria-labelledby={ANSWER_HEADING_ID} ref={region}>
      <h2 id={ANSWER_HEADING_ID} tabIndex={-1}>
        {t('answer.heading')}
      </h2>
      <p className="answer-cause">
        <LinkedText
          text={
            diagnosis.notAuth
              ? notAuthText(t, diagnosis)
              : diagnosis.likely === 'not-passed' && fix?.kind === 'code' && fix.config?.passesKey
                ? t('answer.cause.not-passed.config', { tool: configName(t, fix.config.owner) })
                : diagnosis.likely && diagnosis.likely !== 'revoked' && fix?.kind === 'tool'
                  ? t(`answer.cause.${diagnosis.likely}.tool`, { tool: fix.name })
                  : diagnosis.likely
                    ? t(`answer.cause.${diagnosis.likely}`)
                    : keyTestAlone
                      ? keyTail
                        ? t('answer.noneTail', { tail: keyTail })
                        : t('answer.noneKeyTest')
                      : leading
                        ? t(
                            topHasOwnReason(diagnosis)
                              ? 'answer.none'
                              : diagnosis.top
                                ? 'answer.noneByReports'
                                : 'answer.noneFirst',
                            { cause: t(`wizard.cause.${leading}.title`) },
                          )
                        : // Every cause ruled out: the evidence disagrees, and its note says why.
                          diagnosis.notes[0]
                          ? reasonText(t, diagnosis.notes[0])
                          : t('answer.noneLeft')
          }
        />
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
        named={diagnosis.likely ?? (keyTestAlone ? null : leading)}
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
  const node = language === 'node';
  return (
    <>
      <h3>{t('answer.fixHeading')}</h3>
      {fix.kind === 'environment' ? (
        <>
          <p>
            <LinkedText text={t(`answer.fix.not-set.${fix.environment}`)} />
          </p>
          <CodeBlock code={fix.setup.code} language={fix.setup.language} />
          <CopyButton text={fix.setup.code} label={t('answer.copySetup')} />
          {fix.codeStays && <p>{t('answer.codeStays')}</p>}
          {fix.readsOther && <p>{t('answer.codeReadsOther', { name: fix.readsOther })}</p>}
        </>
      ) : fix.kind === 'tool' ? (
        <>
          <p>
            {t(`answer.fix.tool.${cause === 'revoked' ? 'not-passed' : cause}`, { tool: fix.name })}
          </p>
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
          <LinkedText
            text={
              cause === 'not-passed' && fix.kind === 'code' && fix.config?.passesKey
                ? t(
                    !fix.config.keyField
                      ? 'answer.fix.configAddress'
                      : fix.config.placeholderOnly
                        ? 'answer.fix.configPlaceholder'
                        : 'answer.fix.config',
                    { tool: configName(t, fix.config.owner) },
                  )
                : cause === 'not-passed'
                  ? t('answer.fix.not-passed', {
                      apiKey: node ? 'apiKey' : 'api_key',
                      baseUrl: node ? 'baseURL' : 'base_url',
                    })
                  : cause === 'not-set'
                    ? t('answer.fix.not-set.terminal')
                    : t(`answer.fix.${cause}`)
            }
          />
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

/** The tool whose file was pasted, in a sentence: its name, or the page's word for a config. */
function configName(t: Translate, owner: ConfigOwner | null): string {
  return owner ? ownerName(t, owner) : t('answer.configTool');
}
