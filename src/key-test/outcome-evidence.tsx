import type { KeyTestOutcome } from '../domain/key-test/key-test-outcome.ts';
import type { KeyTestVerdict } from '../domain/key-test/key-test-verdict.ts';
import { useT } from '../i18n/locale.tsx';
import { evidenceRows } from './evidence-rows.ts';

interface OutcomeEvidenceProps {
  outcome: KeyTestOutcome;
  verdict: KeyTestVerdict;
  pastedLastFour: string;
  customBase: string | null;
}

/** The facts under the verdict: what DeepSeek (or the network) answered, and how fast. */
export function OutcomeEvidence({
  outcome,
  verdict,
  pastedLastFour,
  customBase,
}: OutcomeEvidenceProps) {
  const t = useT();
  const rows = evidenceRows(outcome, verdict, pastedLastFour, t, customBase);
  if (rows.length === 0) return null;
  return (
    <dl className="kt-evidence">
      {rows.map(({ label, value, isCode }) => (
        <div key={label} className="kt-evidence-row">
          <dt>{label}</dt>
          <dd>{isCode ? <code>{value}</code> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
