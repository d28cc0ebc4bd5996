import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCauseId, type CauseId } from '../../src/domain/causes.ts';
import { diagnose, type Diagnosis, type NotAuthKind } from '../../src/domain/diagnosis/diagnose.ts';
import { analysePaste } from '../../src/paste/analyse-paste.ts';

/**
 * Real public reports of DeepSeek 401s (tests/corpus/reports/*.json), each with the cause its
 * thread settles, or "unsettled" with the causes its evidence allows. The threads are the
 * authority: a miss here is the page's mistake, not the thread's.
 */
export interface Report {
  id: string;
  source: string;
  title: string;
  stack: string;
  language: 'en' | 'zh';
  error: string;
  code: string | null;
  /**
   * Code from the thread that is not the reporter's setup as it ran (the fix, a workaround, or a
   * file blanked for posting): kept for the record, not read. `notes` says why.
   */
  fixCode?: string;
  settled: Verdict | 'unsettled';
  allowed?: Verdict[];
  evidence: string;
  notes?: string;
  /** The file it was read from (`holdout` came after the rules were written). Set on load. */
  set?: string;
}

/** A cause, or `not-four:<what>`: a 401 (or an "auth" failure) outside the four causes. */
export type Verdict = CauseId | `not-four:${NotFour}`;
export type NotFour =
  | 'embeddings'
  | 'incident'
  | 'bundled-key'
  | 'balance'
  | 'rate-limit'
  | 'server'
  | 'other-host'
  | 'other';

const DIR = join(import.meta.dirname, 'reports');

export function loadReports(): Report[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) =>
      (JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Report[]).map((report) => ({
        ...report,
        set: name.replace(/\.json$/, ''),
      })),
    );
}

/**
 * What the page answers first: a cause (marked likely, or only the one to check first), "not one
 * of the four", or nothing.
 */
export type TopAnswer =
  | { kind: 'cause'; cause: CauseId; likely: boolean }
  /** `host`: the other host the answer names as the one that answered, if any. */
  | { kind: 'not-four'; what: NotAuthKind; host: string | null }
  | { kind: 'none' };

export function topAnswer(diagnosis: Diagnosis): TopAnswer {
  if (diagnosis.notAuth && !diagnosis.likely)
    return { kind: 'not-four', what: diagnosis.notAuth, host: diagnosis.otherHost };
  if (diagnosis.top)
    return { kind: 'cause', cause: diagnosis.top, likely: diagnosis.likely !== null };
  return { kind: 'none' };
}

/**
 * The page's not-four kinds that answer each corpus verdict. The page has no answer of its own
 * for a DeepSeek incident (its "server" answer sends to status.deepseek.com, and so does its
 * "timeout" answer, which names DeepSeek being slow first), nor for a project's bundled key but
 * a 402 from another host (see answers()).
 * "other" is any answer outside the four. Words that only say it fails get "seldom the key: test
 * it, which reads the balance too" (ADR 29): right for a balance, and for "other".
 */
const NOT_FOUR_ANSWERS: Record<NotFour, readonly NotAuthKind[] | 'any'> = {
  embeddings: ['embeddings'],
  incident: ['server', 'timeout'],
  'bundled-key': [],
  balance: ['insufficient-balance', 'words-only'],
  'rate-limit': ['rate-limited'],
  server: ['server', 'timeout'],
  'other-host': ['other-host'],
  other: 'any',
};

export function answers(answer: TopAnswer, verdict: Verdict): boolean {
  if (answer.kind === 'cause') return answer.cause === verdict;
  if (answer.kind === 'none' || isCauseId(verdict)) return false;
  // Another host's 429 or 402 is answered as its limit, with the host named as the one that
  // answered: that answers "another host" too. Its 402 is answered as its balance, which may be
  // its own DeepSeek account behind a plan: a bundled key, named.
  if (verdict === 'not-four:other-host' && answer.host !== null) return true;
  if (verdict === 'not-four:bundled-key' && answer.host !== null) {
    return answer.what === 'insufficient-balance';
  }
  const wanted = NOT_FOUR_ANSWERS[verdict.slice('not-four:'.length) as NotFour];
  return wanted === 'any' || wanted.includes(answer.what);
}

export type Score =
  /** Settled, and the top answer is the thread's. */
  | 'right'
  /** Settled, and the page answers otherwise without marking a cause likely: a miss. */
  | 'missed'
  /** A cause marked likely that the thread rules out (settled elsewhere, or not allowed). */
  | 'wrong'
  /** Unsettled, and the top answer is one the evidence allows (or none). */
  | 'allowed';

export interface Scored {
  report: Report;
  answer: TopAnswer;
  score: Score;
}

/** Reads a report as the page would (the error and the code pasted, nothing else) and scores it. */
export async function scoreReport(report: Report): Promise<Scored> {
  const { parsedError, code } = await analysePaste(report.error, report.code ?? '');
  const answer = topAnswer(diagnose({ parsedError, code }));
  let score: Score;
  if (report.settled === 'unsettled') {
    const allowed = report.allowed ?? [];
    const fits = answer.kind !== 'cause' || !answer.likely || allowed.includes(answer.cause);
    score = fits ? 'allowed' : 'wrong';
  } else if (answers(answer, report.settled)) {
    score = 'right';
  } else {
    score = answer.kind === 'cause' && answer.likely ? 'wrong' : 'missed';
  }
  return { report, answer, score };
}

export function describeAnswer(answer: TopAnswer): string {
  switch (answer.kind) {
    case 'cause':
      return answer.likely ? `${answer.cause} (likely)` : `${answer.cause} (check first)`;
    case 'not-four':
      return answer.host && answer.what !== 'other-host'
        ? `not-four:${answer.what} (${answer.host})`
        : `not-four:${answer.what}`;
    case 'none':
      return 'no single cause';
  }
}
