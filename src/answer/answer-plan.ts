import type { CauseId } from '../domain/causes.ts';
import {
  anyHasOwnReason,
  keyTestSeparates,
  threadAdvice,
  topHasOwnReason,
  type Diagnosis,
  type DiagnosisReason,
  type Evidence,
} from '../domain/diagnosis/diagnose.ts';
import { KEY_ENV_VAR } from '../domain/deepseek-facts.ts';
import { isKeyTail } from '../domain/error/deepseek-message.ts';
import { UNKNOWN_APP } from '../domain/config/config-format.ts';
import type { ConfigOwner } from '../domain/config/read-config.ts';
import type { CodeLanguage } from '../domain/snippets/snippets.ts';
import type { Translate } from '../i18n/t.ts';
import { ownerName } from '../paste/config-reading.tsx';
import { notAuthText, reasonText } from '../paste/diagnosis-report.ts';
import {
  answerCheck,
  answerFix,
  fixesFile,
  terminalOf,
  type AnswerCheck,
  type AnswerFix,
  type CodeFix,
  type FixInput,
} from './answer-fix.ts';

/** What the Answer shows, decided from the diagnosis alone. */
export interface AnswerPlan {
  /** The cause to fix, or to check first when none stands out; null when all are ruled out. */
  leading: CauseId | null;
  /** The one fix, only for a likely cause. */
  fix: AnswerFix | null;
  /** What the threads add to the cause to check first. */
  advice: DiagnosisReason | null;
  /** The page's key test comes before any command. */
  keyTestFirst: boolean;
  /** …and no cause leads: it is the check that tells them apart, not a cause's check. */
  keyTestAlone: boolean;
  /** The command that confirms the cause, when the paste shows where it would run. */
  check: AnswerCheck | null;
  /** …or, where the paste hides where the key comes from, that part is the thing to paste. */
  pasteSource: boolean;
  /** A key's end DeepSeek echoed: the first thing to compare, before any test. */
  keyTail: string | null;
}

export function answerPlan(
  diagnosis: Diagnosis,
  evidence: Evidence,
  input: Omit<FixInput, 'cause'>,
): AnswerPlan {
  // The first cause the evidence leads to, else the first not ruled out: its check tells it from
  // the rest.
  const leading =
    diagnosis.top ?? diagnosis.causes.find((view) => view.standing !== 'ruled-out')?.cause ?? null;
  // An older key already in the environment wins over the .env the code loads: the code is
  // right, and its reason says what to do (no example to copy).
  const fix =
    diagnosis.likely && !diagnosis.notAuth && !keptOldKey(diagnosis)
      ? answerFix({ cause: diagnosis.likely, ...input })
      : null;
  const separates = keyTestSeparates(diagnosis, evidence);
  // With no likely cause, a tool's own check (whether it has a key) still fits a key not set.
  const toolFix = !fix && leading === 'not-set' ? answerFix({ cause: leading, ...input }) : null;
  const found =
    leading && !diagnosis.notAuth && !separates
      ? answerCheck(
          leading,
          fix ?? (toolFix?.kind === 'tool' ? toolFix : { kind: 'key' }),
          input.language,
          terminalOf(input),
          input.pasted,
        )
      : null;
  const keyTestFirst = separates || found === 'key-test';
  const echoed = evidence.parsedError?.echoedTail ?? '';
  return {
    leading,
    fix,
    advice: threadAdvice(diagnosis),
    keyTestFirst,
    keyTestAlone: keyTestFirst && !diagnosis.likely && !topHasOwnReason(diagnosis),
    check: found === 'key-test' || found === 'paste-source' ? null : found,
    pasteSource: found === 'paste-source',
    keyTail: isKeyTail(echoed) ? echoed : null,
  };
}

function keptOldKey(diagnosis: Diagnosis): boolean {
  return diagnosis.causes.some(
    (view) =>
      view.cause === diagnosis.likely &&
      view.reasons.some((reason) => reason.code === 'code-dotenv-kept-old'),
  );
}

/** The Answer's first sentence: the cause, the answer outside the four, or what to check first. */
export function answerHeadline(t: Translate, diagnosis: Diagnosis, plan: AnswerPlan): string {
  const { likely } = diagnosis;
  const { fix, leading } = plan;
  if (diagnosis.notAuth) return notAuthText(t, diagnosis);
  if (keptOldKey(diagnosis)) return t('answer.cause.not-passed.keptOld');
  if (fix?.kind === 'given') {
    if (fix.config === undefined) return t('answer.cause.not-passed.givenCode');
    const tool = configName(t, fix.config);
    if (fix.toOpenAi) return t('answer.cause.not-passed.givenConfigOpenAi', { tool });
    if (fix.sentTail && fix.cause === 'not-passed') {
      return t('answer.cause.not-passed.givenConfigSent', { tool, tail: fix.sentTail });
    }
    return t(`answer.cause.${fix.cause}.givenConfig`, { tool });
  }
  if (likely && fix && fixesFile(likely, fix)) {
    return t(`answer.cause.${likely === 'not-set' ? 'not-set' : 'not-passed'}.config`, {
      tool: configName(t, fix.config.owner),
    });
  }
  if (fix?.kind === 'tool') return t(`answer.cause.${fix.cause}.tool`, { tool: fix.name });
  if (likely === 'not-set' && fix?.kind === 'browser') {
    return t('answer.cause.not-set.browser', fix.vars);
  }
  if (likely === 'not-passed' && fix?.kind === 'key') return t('answer.cause.not-passed.anyStack');
  if (likely === 'not-set' && fix?.kind === 'key') return t('answer.cause.not-set.anyStack');
  if (likely === 'not-passed' && fix?.kind === 'code' && fix.ownTerms) {
    return t('answer.cause.not-passed.yours');
  }
  if (likely) {
    const variable = fix?.kind === 'environment' ? fix.variable : KEY_ENV_VAR;
    return t(`answer.cause.${likely}`, { variable });
  }
  if (plan.keyTestAlone) {
    if (plan.keyTail) return t('answer.noneTail', { tail: plan.keyTail });
    return t(anyHasOwnReason(diagnosis) ? 'answer.noneSplit' : 'answer.noneKeyTest');
  }
  if (leading) {
    const key = topHasOwnReason(diagnosis)
      ? 'answer.none'
      : diagnosis.top
        ? 'answer.noneByReports'
        : anyHasOwnReason(diagnosis)
          ? 'answer.noneSplitFirst'
          : 'answer.noneFirst';
    return t(key, { cause: t(`wizard.cause.${leading}.title`) });
  }
  // Every cause ruled out: the evidence disagrees, and its note says why.
  return diagnosis.notes[0] ? reasonText(t, diagnosis.notes[0]) : t('answer.noneLeft');
}

/** The fix in one sentence, for a fix that is code, a file's repair or words alone. */
export function fixText(
  t: Translate,
  cause: CauseId,
  fix: CodeFix | { kind: 'key' },
  language: CodeLanguage,
): string {
  if (fixesFile(cause, fix)) {
    const key = !fix.config.keyField
      ? 'answer.fix.configAddress'
      : fix.config.placeholderOnly
        ? 'answer.fix.configPlaceholder'
        : 'answer.fix.config';
    return t(key, { tool: configName(t, fix.config.owner) });
  }
  if (cause === 'not-passed') {
    // Nothing shows the stack; or the user's own code, repaired; or the example's stack.
    if (fix.kind === 'key') return t('answer.fix.not-passed.anyStack');
    if (fix.ownTerms) return t('answer.fix.not-passed.yours');
    const node = language === 'node';
    return t('answer.fix.not-passed', {
      apiKey: node ? 'apiKey' : 'api_key',
      baseUrl: node ? 'baseURL' : 'base_url',
    });
  }
  if (cause === 'not-set') {
    // Words alone: nothing pasted shows where the program runs, or it runs from a file.
    if (fix.kind === 'key') return t('answer.fix.not-set.anyStack');
    if (fix.loadsDotenv) return t('answer.fix.not-set.dotenv', { variable: KEY_ENV_VAR });
    if (fix.fillsDotenv) return t('answer.fix.not-set.dotenvEmpty');
    return t('answer.fix.not-set.terminal', { variable: KEY_ENV_VAR });
  }
  // A key the file holds itself: the new copy goes where the repaired file shows the placeholder.
  if (cause === 'mistyped' && fix.kind === 'code' && fix.config?.placeholderOnly) {
    const { owner } = fix.config;
    return t('answer.fix.mistyped.inFile', { file: configName(t, owner), app: appName(t, owner) });
  }
  return t(`answer.fix.${cause}`);
}

/** The program that reads the pasted file, in a sentence: its name, or "the tool". */
export function appName(t: Translate, owner: ConfigOwner | null): string {
  return UNKNOWN_APP.includes(owner) ? t('answer.theTool') : ownerName(t, owner!);
}

/** The tool whose file was pasted, in a sentence: its name, or the page's word for a config. */
export function configName(t: Translate, owner: ConfigOwner | null): string {
  return owner ? ownerName(t, owner) : t('answer.configTool');
}
