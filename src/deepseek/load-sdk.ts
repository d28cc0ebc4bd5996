type OpenAiModule = typeof import('openai');
type OpenAiClient = InstanceType<OpenAiModule['OpenAI']>;

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

/**
 * Every header the SDK adds besides Authorization and Accept. Each non-safelisted header widens
 * the CORS preflight, and a server that does not list it refuses the request (openai-node 6.49:
 * client.mjs buildHeaders, internal/detect-platform.mjs).
 */
const EXTRA_HEADERS_REMOVED = {
  'X-Stainless-Lang': null,
  'X-Stainless-Package-Version': null,
  'X-Stainless-OS': null,
  'X-Stainless-Arch': null,
  'X-Stainless-Runtime': null,
  'X-Stainless-Runtime-Version': null,
  'X-Stainless-Retry-Count': null,
  'X-Stainless-Timeout': null,
  // NOTE: Chrome drops a script's User-Agent, but Firefox sends it and puts it in the preflight.
  'User-Agent': null,
} as const;

interface ClientOptions {
  apiKey: string;
  baseURL: string;
  timeout: number;
  /** NOTE: call the global `fetch` inside, at call time, so that MSW in tests still answers. */
  fetch: typeof fetch;
}

/** One client per check: no retries, no logging, no extra headers. */
export function createClient(sdk: OpenAiModule, options: ClientOptions): OpenAiClient {
  return new sdk.OpenAI({
    ...options,
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    organization: null,
    project: null,
    logLevel: 'off',
    defaultHeaders: EXTRA_HEADERS_REMOVED,
  });
}

/** Starts loading the SDK (once), so that a check does not wait for it; called on key focus. */
export function prefetchSdk(): void {
  loadSdk().catch(() => {
    // NOTE: nothing to do here: a check loads again and reports a failure as an outcome.
  });
}
