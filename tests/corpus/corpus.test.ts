import { afterAll, describe, expect, it } from 'vitest';
import { describeAnswer, loadReports, scoreReport } from './corpus.ts';
import { corpusFigures } from './figures.ts';

const reports = loadReports();
const scored = await Promise.all(reports.map(scoreReport));
const settled = scored.filter((s) => s.report.settled !== 'unsettled');

// `npm run corpus` prints the figures: per cause, per stack, and each miss.
if (process.env.CORPUS_FIGURES) afterAll(() => void process.stdout.write(corpusFigures(scored)));

describe('the corpus of real reports', () => {
  it('holds each thread once, with its source and a verbatim error', () => {
    const sources = reports.map((r) => r.source.replace(/[#?].*$/, '').replace(/\/$/, ''));
    expect(new Set(sources).size).toBe(sources.length);
    expect(new Set(reports.map((r) => r.id)).size).toBe(reports.length);
    for (const report of reports) {
      expect(report.source, report.id).toMatch(/^https:\/\//);
      expect(report.error.trim(), report.id).not.toBe('');
    }
  });

  it('never marks likely a cause that a thread rules out: settled elsewhere, or not allowed', () => {
    const wrong = scored
      .filter((s) => s.score === 'wrong')
      .map((s) => `${s.report.id}: ${describeAnswer(s.answer)} (thread: ${s.report.settled})`);
    expect(wrong).toEqual([]);
  });

  // Issue 12 asks for 90%. Measured 2026-12-06: 108 of 119 (91%). Threads found after the rules
  // were written score lower, and are the honest measure of reports never seen: the first
  // holdout (6 settled) 2 right before its fixes, 3 after; the second (holdout-2a, -2b, 16
  // settled, collected blind by helpers) 9 before, 13 after; the third (holdout-3, 6 settled) 1
  // before, 3 after; the fourth (holdout-4a, -4b, 6 settled) 1 before, 4 after; the fifth
  // (holdout-5, 6 settled) 4 before, 4 after (a "semantic search" reading that got one more was
  // withdrawn: a review found it over DeepSeek's own 401s in RAG apps); the seventh (holdout-7,
  // 11 settled) 5 before, 10 after; the eighth (holdout-8, 6 settled) 2 before, 5 after (one by
  // the balance to check first, ADR 24). The misses are threads whose cause is not in what was posted
  // (a bundled or banned key, an error only in a screenshot, a provider named only in the
  // title); `npm run corpus` lists them. This floor keeps what is reached.
  it('gives at least 90% of settled reports the thread’s answer', () => {
    const right = settled.filter((s) => s.score === 'right').length;
    const misses = settled
      .filter((s) => s.score !== 'right')
      .map((s) => `${s.report.id}: ${describeAnswer(s.answer)} (thread: ${s.report.settled})`);
    expect(right / settled.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
