import { useCallback, useRef, useSyncExternalStore, type RefObject } from 'react';
import type { CauseId } from '../domain/causes.ts';
import { causeFromHash, hashOf } from './step-hash.ts';

/**
 * The open step, read from and written to the URL hash so that a step can be linked. The ref
 * turns true once the hash changes after load: a step opened then takes focus, one opened by
 * loading the page does not (however often StrictMode replays the effects).
 */
/** Fired when a step is opened for the user rather than by them (see openCauseQuietly). */
const QUIET_CHANGE = 'cause-opened-quietly';

/**
 * Opens a step without moving the page or the focus: the evidence pointed at it, but the person
 * is reading the Answer. (Setting `location.hash` would scroll to the step.)
 */
export function openCauseQuietly(cause: CauseId): void {
  window.history.pushState(window.history.state, '', hashOf(cause));
  window.dispatchEvent(new Event(QUIET_CHANGE));
}

export function useHashCause(): [CauseId | null, (cause: CauseId) => void, RefObject<boolean>] {
  const changed = useRef(false);
  const subscribe = useCallback((onChange: () => void) => {
    const listener = () => {
      changed.current = true;
      onChange();
    };
    window.addEventListener('hashchange', listener);
    window.addEventListener(QUIET_CHANGE, onChange);
    return () => {
      window.removeEventListener('hashchange', listener);
      window.removeEventListener(QUIET_CHANGE, onChange);
    };
  }, []);
  const cause = useSyncExternalStore(
    subscribe,
    () => causeFromHash(window.location.hash),
    () => null,
  );
  const open = useCallback((next: CauseId) => {
    window.location.hash = hashOf(next);
  }, []);
  return [cause, open, changed];
}
