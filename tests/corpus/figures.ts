import { describeAnswer, type Scored } from './corpus.ts';

/** The corpus figures as a plain-text table: accuracy per cause and per stack, then each miss. */
export function corpusFigures(scored: readonly Scored[]): string {
  const lines: string[] = [];
  const settled = scored.filter((s) => s.report.settled !== 'unsettled');
  const unsettled = scored.filter((s) => s.report.settled === 'unsettled');
  const count = (list: readonly Scored[], score: Scored['score']) =>
    list.filter((s) => s.score === score).length;
  const pct = (part: number, whole: number) =>
    whole === 0 ? '   -' : `${Math.round((100 * part) / whole)}%`.padStart(4);

  lines.push(
    '',
    `Corpus: ${scored.length} real reports, ${settled.length} settled by their thread, ${unsettled.length} unsettled.`,
    `Settled: ${count(settled, 'right')} right (${pct(count(settled, 'right'), settled.length).trim()}), ` +
      `${count(settled, 'missed')} missed, ${count(settled, 'wrong')} wrong cause marked likely.`,
    `Unsettled: ${count(unsettled, 'allowed')} within what the evidence allows, ` +
      `${count(unsettled, 'wrong')} with a cause marked likely that it does not allow; ` +
      `${unsettled.filter((s) => s.answer.kind !== 'none').length} get a top answer.`,
  );

  const table = (title: string, key: (s: Scored) => string) => {
    const groups = new Map<string, Scored[]>();
    for (const s of scored) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
    lines.push('', `${title.padEnd(22)} reports  settled  right  wrong  answered`);
    for (const [name, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      const set = list.filter((s) => s.report.settled !== 'unsettled');
      lines.push(
        `${name.padEnd(22)} ${String(list.length).padStart(7)}  ${String(set.length).padStart(7)}  ` +
          `${pct(count(set, 'right'), set.length).padStart(5)}  ${String(count(list, 'wrong')).padStart(5)}  ` +
          `${pct(list.filter((s) => s.answer.kind !== 'none').length, list.length).padStart(8)}`,
      );
    }
  };
  table('per cause (thread)', (s) => s.report.settled);
  table('per stack', (s) => s.report.stack);
  table('per set (file)', (s) => s.report.set ?? '');

  const misses = scored.filter((s) => s.score === 'missed' || s.score === 'wrong');
  lines.push('', `Misses (${misses.length}):`);
  for (const s of misses) {
    lines.push(
      `- ${s.report.id} [${s.score}]: page says ${describeAnswer(s.answer)}; thread: ${s.report.settled}` +
        (s.report.allowed?.length ? ` (allows ${s.report.allowed.join(', ')})` : '') +
        `\n  ${s.report.source}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
