import { describe, expect, it } from 'vitest';
import { analysePaste } from '../../src/paste/analyse-paste.ts';
import {
  diagnose,
  type Diagnosis,
  type DiagnosisReasonCode,
} from '../../src/domain/diagnosis/diagnose.ts';
import { loadReports } from './corpus.ts';

/** Sentences that say nothing reached DeepSeek: the client raised, or another host answered. */
const NOTHING_REACHED_DEEPSEEK = new Set<DiagnosisReasonCode>([
  'error-nothing-sent',
  'error-no-key',
  'error-no-key-client',
  'error-keyerror',
  'error-keyerror-name',
  'error-other-host',
  'code-other-host-chosen',
  'error-default-host',
  'error-openai',
  'error-openai-key-sent',
  'error-openai-host',
  'error-invalid-header',
]);

/** Sentences that say DeepSeek received the request and read its key. */
const DEEPSEEK_RECEIVED = (code: DiagnosisReasonCode) =>
  code === 'error-key-received' ||
  code === 'error-tail-matches' ||
  code === 'error-governor' ||
  code === 'error-bad-format' ||
  code === 'error-no-such-user' ||
  code.startsWith('error-rejected-') ||
  code.startsWith('tail-');

function shownCodes(diagnosis: Diagnosis): DiagnosisReasonCode[] {
  return [
    ...diagnosis.causes.flatMap((view) => view.reasons.map((reason) => reason.code)),
    ...diagnosis.notes.map((note) => note.code),
  ];
}

/** Issue 12, §6: no sentence on the page contradicts another. */
describe('every report’s diagnosis agrees with itself', () => {
  it('never says both that nothing reached DeepSeek and that DeepSeek received a key', async () => {
    const both: string[] = [];
    let sayNothing = 0;
    let sayReceived = 0;
    for (const report of loadReports()) {
      const { parsedError, code } = await analysePaste(report.error, report.code ?? '');
      const codes = shownCodes(diagnose({ parsedError, code }));
      const nothing = codes.filter((c) => NOTHING_REACHED_DEEPSEEK.has(c));
      const received = codes.filter(DEEPSEEK_RECEIVED);
      if (nothing.length > 0) sayNothing++;
      if (received.length > 0) sayReceived++;
      if (nothing.length > 0 && received.length > 0)
        both.push(`${report.id}: ${nothing.join(', ')} / ${received.join(', ')}`);
    }
    expect(both).toEqual([]);
    // Both kinds of sentence are said often enough for the check to mean something.
    expect(sayNothing).toBeGreaterThan(10);
    expect(sayReceived).toBeGreaterThan(10);
  });
});
