type OpenAiModule = typeof import('openai');

let loading: Promise<OpenAiModule> | null = null;

/**
 * The `openai` package, loaded on first use: it is most of the bundle, and a visitor who only
 * reads the advice never needs it. A failed load (offline, a redeploy) is forgotten so that the
 * next check tries again.
 */
export function loadSdk(): Promise<OpenAiModule> {
  loading ??= import('openai').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Starts loading the SDK (once) so that "Test key" does not wait for it; called on key focus. */
export function prefetchSdk(): void {
  loadSdk().catch(() => {
    // NOTE: nothing to do here: checkKey loads again and reports a failure as an outcome.
  });
}
