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

  it('never marks likely a cause that a settled thread rules out', () => {
    const wrong = settled
      .filter((s) => s.score === 'wrong')
      .map((s) => `${s.report.id}: ${describeAnswer(s.answer)} (thread: ${s.report.settled})`);
    expect(wrong).toEqual([]);
  });

  // Issue 12 asks for 90%. Measured 2026-12-06: 55 of 61 (90%). The misses are threads whose
  // cause is not in what was posted (a project's bundled key, an embeddings call named only in a
  // screenshot, a local model meant); `npm run corpus` lists them.
  it('gives at least 90% of settled reports the thread’s answer', () => {
    const right = settled.filter((s) => s.score === 'right').length;
    const misses = settled
      .filter((s) => s.score !== 'right')
      .map((s) => `${s.report.id}: ${describeAnswer(s.answer)} (thread: ${s.report.settled})`);
    expect(right / settled.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
