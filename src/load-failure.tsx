import { Component, type ReactNode } from 'react';
import { useShellT } from './i18n/language.tsx';

function Failure() {
  const t = useShellT();
  return (
    <div className="load-failure" role="alert">
      <p>{t('app.loadFailed')}</p>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}

/**
 * Catches a lazy chunk that cannot be fetched (offline, a new deployment) or a render error,
 * so the page shows a sentence and a next step instead of going blank.
 */
export class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <Failure /> : this.props.children;
  }
}
