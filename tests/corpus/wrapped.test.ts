import { describe, expect, it } from 'vitest';
import { analysePaste } from '../../src/paste/analyse-paste.ts';
import { diagnose } from '../../src/domain/diagnosis/diagnose.ts';
import { describeAnswer, loadReports, topAnswer, type Report } from './corpus.ts';

/** Breaks each line at spaces before `width`, as a terminal or a reporter's editor does. */
function wordWrap(text: string, width: number, indent = ''): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current];
    })
    .map((line) => indent + line)
    .join('\n');
}

const eachLine = (text: string, change: (line: string) => string) =>
  text.split('\n').map(change).join('\n');

/** How tools, terminals and reporters pass an error on (issue 12, §2). */
const PASTED_AS: readonly [string, (text: string) => string][] = [
  ['indented', (text) => eachLine(text, (line) => `    ${line}`)],
  [
    'with a logger’s prefix',
    (text) => eachLine(text, (line) => `2026-12-01 10:00:00,123 ERROR app.main: ${line}`),
  ],
  [
    'in the systemd journal',
    (text) => eachLine(text, (line) => `Mar 02 10:11:12 vps python3[18231]: ${line}`),
  ],
  ['in a Compose service’s log', (text) => eachLine(text, (line) => `bot-api-1  | ${line}`)],
  ['in a PM2 log', (text) => eachLine(text, (line) => `0|api  | ${line}`)],
  ['with Windows line ends', (text) => text.replace(/\n/g, '\r\n')],
  ['quoted in Markdown', (text) => eachLine(text, (line) => `> ${line}`)],
  ['in terminal colours', (text) => `\u001b[31m${text}\u001b[0m`],
  ['copied from a web page, with no-break spaces', (text) => text.replace(/ /g, '\u00a0')],
  ['with zero-width spaces between words', (text) => text.replace(/ /g, ' \u200b')],
  [
    'with typographic quotes',
    (text) =>
      text.replace(/'([^'\n]*)'/g, '\u2018$1\u2019').replace(/"([^"\n]*)"/g, '\u201c$1\u201d'),
  ],
  [
    'with a Chinese input method’s full-width punctuation',
    (text) =>
      text
        .replace(/:/g, '\uff1a')
        .replace(/\(/g, '\uff08')
        .replace(/\)/g, '\uff09')
        .replace(/, ?/g, '\uff0c'),
  ],
  [
    'HTML-escaped',
    (text) =>
      text
        .replace(/&/g, '&amp;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;'),
  ],
  ['broken at 80 columns', (text) => wordWrap(text, 80)],
  ['broken at 60 columns', (text) => wordWrap(text, 60)],
  ['broken at 40 columns and indented, as Claude Code prints', (text) => wordWrap(text, 40, '  ')],
];

async function answerTo(report: Report, error: string): Promise<string> {
  const { parsedError, code } = await analysePaste(error, report.code ?? '');
  return describeAnswer(topAnswer(diagnose({ parsedError, code })));
}

const reports = loadReports();

describe('every report reads the same however it was passed on', () => {
  it.each(PASTED_AS)('%s', async (_, pass) => {
    const changed: string[] = [];
    for (const report of reports) {
      const as = await answerTo(report, report.error);
      const passed = await answerTo(report, pass(report.error));
      if (passed !== as) changed.push(`${report.id}: ${as} → ${passed}`);
    }
    expect(changed).toEqual([]);
  });

  it('and printed as one JSON string, when it had several lines', async () => {
    const changed: string[] = [];
    for (const report of reports.filter((r) => r.error.trim().includes('\n'))) {
      const as = await answerTo(report, report.error);
      const passed = await answerTo(report, JSON.stringify({ detail: report.error }));
      if (passed !== as) changed.push(`${report.id}: ${as} → ${passed}`);
    }
    expect(changed).toEqual([]);
  });
});
