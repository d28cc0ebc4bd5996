import type { MouseEvent } from 'react';
import { useT } from '../i18n/locale.tsx';

interface KeyTestActionsProps {
  isRunning: boolean;
  onTest: (event: MouseEvent) => void;
  onCancel: () => void;
  onForget: () => void;
}

/** "Test key" (also clicked by Enter in a field); "Cancel" while a test runs; "Forget key" at any time. */
export function KeyTestActions({ isRunning, onTest, onCancel, onForget }: KeyTestActionsProps) {
  const t = useT();
  return (
    <div className="kt-actions">
      {/* NOTE: aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
      <button type="submit" className="button kt-test" aria-disabled={isRunning} onClick={onTest}>
        {t('keyTest.test')}
      </button>
      {isRunning && (
        <button type="button" className="button kt-cancel" onClick={onCancel}>
          {t('keyTest.cancel')}
        </button>
      )}
      <button type="button" className="button kt-forget" onClick={onForget}>
        {t('keyTest.forget')}
      </button>
    </div>
  );
}
