import type { KeyTestOutcome } from '../domain/key-test/key-test-outcome.ts';
import type { KeyTestVerdict } from '../domain/key-test/key-test-verdict.ts';
import type { Translate } from '../i18n/t.ts';

export interface EvidenceRow {
  label: string;
  value: string;
  /** Shown as code: DeepSeek's tail, a request id, the start of an unexpected body. */
  isCode?: boolean;
}

/** The facts under a verdict, in reading order: what came back, how fast, and by which route. */
export function evidenceRows(
  outcome: KeyTestOutcome,
  verdict: KeyTestVerdict,
  pastedLastFour: string,
  t: Translate,
  /** The other address tested, or null for DeepSeek. */
  customBase: string | null = null,
): EvidenceRow[] {
  if (
    outcome.kind === 'cancelled' ||
    outcome.kind === 'not-sendable' ||
    outcome.kind === 'tester-unavailable'
  ) {
    return [];
  }
  const rows: EvidenceRow[] = [];
  const add = (label: string, value: string, isCode = false) => rows.push({ label, value, isCode });
  const none = t('keyTest.evidence.none');
  const seconds = (value: number) => t('keyTest.evidence.seconds', { seconds: value });

  if ('status' in outcome) add(t('keyTest.evidence.status'), String(outcome.status));
  if ('message' in outcome) add(t('keyTest.evidence.message'), outcome.message || none);
  switch (outcome.kind) {
    case 'unauthorized':
      if (outcome.echoedTail !== null) add(t('keyTest.evidence.tail'), outcome.echoedTail, true);
      if (verdict.tail && pastedLastFour)
        add(t('keyTest.evidence.pastedTail'), pastedLastFour, true);
      if (outcome.requestId !== null) add(t('keyTest.evidence.requestId'), outcome.requestId, true);
      break;
    case 'rate-limited':
      if (outcome.retryAfterSeconds !== null) {
        add(t('keyTest.evidence.retryAfter'), seconds(outcome.retryAfterSeconds));
      }
      break;
    case 'unexpected-response':
      add(t('keyTest.evidence.contentType'), outcome.contentType ?? none);
      add(t('keyTest.evidence.excerpt'), outcome.bodyExcerpt || none, true);
      break;
    case 'valid':
      add(t('keyTest.evidence.models'), outcome.models.join(', ') || none);
      add(t('keyTest.evidence.balance'), balanceText(outcome, t));
      if (outcome.balance) {
        const available = outcome.balance.isAvailable ? 'yes' : 'notAvailable';
        add(t('keyTest.evidence.available'), t(`keyTest.evidence.${available}`));
      }
      break;
    case 'network-blocked':
      add(
        t('keyTest.evidence.online'),
        t(outcome.offline ? 'keyTest.evidence.no' : 'keyTest.evidence.yes'),
      );
      break;
  }
  if (outcome.kind === 'timed-out') {
    add(t('keyTest.evidence.timeLimit'), seconds(outcome.timeoutMs / 1000));
  } else {
    add(
      t('keyTest.evidence.latency'),
      t('keyTest.evidence.latencyValue', { ms: outcome.latencyMs }),
    );
  }
  if (outcome.viaRelay) add(t('keyTest.evidence.route'), t('keyTest.evidence.viaRelay'));
  else if (customBase) {
    add(t('keyTest.evidence.route'), t('keyTest.evidence.directTo', { url: customBase }));
  } else add(t('keyTest.evidence.route'), t('keyTest.evidence.direct'));
  return rows;
}

function balanceText(outcome: Extract<KeyTestOutcome, { kind: 'valid' }>, t: Translate): string {
  if (!outcome.balance) return t('keyTest.evidence.balanceUnknown');
  const infos = outcome.balance.infos.map((info) =>
    info.grantedBalance && info.toppedUpBalance
      ? t('keyTest.evidence.balanceValue', {
          total: info.totalBalance,
          currency: info.currency,
          granted: info.grantedBalance,
          toppedUp: info.toppedUpBalance,
        })
      : t('keyTest.evidence.balanceTotal', { total: info.totalBalance, currency: info.currency }),
  );
  return infos.join('; ') || t('keyTest.evidence.none');
}
