import { useEffect, useRef } from 'react';
import type { PreparedCheck, prepareCheck as PrepareCheck } from '../deepseek/check-key.ts';
import type { detectRelay as DetectRelay } from '../deepseek/detect-relay.ts';
import { readBaseUrl } from '../domain/key-test/base-url.ts';
import { lintKey } from '../domain/key/key-lint.ts';
import type { KeyTestAction, KeyTestState } from './key-test-state.ts';

interface Adapters {
  /** The panel's state, held by the page with the rest of the evidence. */
  state: KeyTestState;
  dispatch: (action: KeyTestAction) => void;
  prepareCheck: typeof PrepareCheck;
  detectRelay: typeof DetectRelay;
}

/** The user's intents on the key: the only place that starts, drops or ends a test. */
export function useKeyTest({ state, dispatch, prepareCheck, detectRelay }: Adapters) {
  const running = useRef<AbortController | null>(null);
  /** The check for the key and address on screen, prepared ahead of the click (ADR 11). */
  const prepared = useRef<PreparedCheck | null>(null);

  // Every new key, address or test gets a fresh check: `run` counts all three. A test under way
  // ignores the drop.
  const { key, baseURL, run } = state;
  useEffect(() => {
    const base = readBaseUrl(baseURL);
    if (key === '' || base.kind === 'invalid') return;
    const check = prepareCheck(key, { baseURL: base.url });
    prepared.current = check;
    return () => {
      prepared.current = null;
      check.drop();
    };
  }, [prepareCheck, key, baseURL, run]);

  function abandon() {
    running.current?.abort();
    running.current = null;
  }

  /**
   * Tests the key. Another provider's key is held back unless `anyway`: DeepSeek would only say
   * no, and the key would have left the page for nothing.
   */
  async function test(viaRelay: boolean, anyway = false) {
    if (state.phase.kind === 'running' || running.current) return;
    const base = readBaseUrl(state.baseURL);
    if (base.kind === 'invalid') return;
    const provider = lintKey(key).otherProvider;
    if (provider && !anyway && !viaRelay) {
      dispatch({ type: 'test-held', provider });
      return;
    }
    const controller = new AbortController();
    running.current = controller;
    const testRun = state.run + 1;
    // "Testing…" renders at the next frame, the first moment it can be seen: rendering at once
    // would hold the main thread while the request is being handed to the network.
    let started = false;
    const start = () => {
      if (started || running.current !== controller) return;
      started = true;
      dispatch({ type: 'test-started', viaRelay });
    };
    const showRunning = requestAnimationFrame(start);
    const target =
      viaRelay && state.relayURL
        ? { baseURL: state.relayURL, viaRelay: true }
        : { baseURL: base.url, viaRelay: false };
    const check = (!target.viaRelay && prepared.current) || prepareCheck(key, target);
    const outcome = await check.run(controller.signal);
    cancelAnimationFrame(showRunning);
    // A key edited or forgotten meanwhile: this answer is about a key that is gone.
    if (running.current !== controller) return;
    start();
    running.current = null;
    const customBase = base.kind === 'custom' && !target.viaRelay ? base.url : null;
    dispatch({ type: 'test-finished', run: testRun, outcome, customBase });
    if (outcome.kind === 'network-blocked' && !outcome.viaRelay && state.relayURL === null) {
      dispatch({ type: 'relay-found', run: testRun, relayURL: await detectRelay() });
    }
  }

  return {
    test,
    cancel: () => running.current?.abort(),
    changeKey(key: string) {
      abandon();
      dispatch({ type: 'key-changed', key });
    },
    cleanKey(key: string) {
      abandon();
      dispatch({ type: 'key-cleaned', key });
    },
    forget() {
      abandon();
      dispatch({ type: 'forgotten' });
    },
    toggleReveal: () => dispatch({ type: 'reveal-toggled' }),
    changeBaseURL(baseURL: string) {
      abandon();
      dispatch({ type: 'base-url-changed', baseURL });
    },
  };
}
