import { useCallback, useSyncExternalStore } from 'react';
import type { CauseId } from '../domain/causes.ts';
import { causeFromHash, hashOf } from './wizard-state.ts';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The open step, read from and written to the URL hash so that a step can be linked. */
export function useHashCause(): [CauseId | null, (cause: CauseId) => void] {
  const cause = useSyncExternalStore(
    subscribe,
    () => causeFromHash(window.location.hash),
    () => null,
  );
  const open = useCallback((next: CauseId) => {
    window.location.hash = hashOf(next);
  }, []);
  return [cause, open];
}
