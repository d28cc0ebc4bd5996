/**
 * Every answer a live key test can end in. The adapter in src/deepseek returns one of these and
 * never throws; the UI switches on `kind` exhaustively.
 */
export type UnauthorizedVariant =
  /** "Authentication Fails, Your api key: ****abcd is invalid" */
  | 'invalid-key'
  /** "Authentication Fails (auth header format should be Bearer sk-...)": empty or non-`sk-` key */
  | 'bad-format'
  /** "Authentication Fails (no such user)": account gone, or an outage */
  | 'no-such-user'
  /** "Authentication Fails (governor)" */
  | 'governor'
  | 'unknown';

export interface BalanceInfo {
  currency: string;
  totalBalance: string;
  grantedBalance: string;
  toppedUpBalance: string;
}

export interface Balance {
  isAvailable: boolean;
  infos: BalanceInfo[];
}

interface Timed {
  /** Milliseconds from sending the first request to the last answer. */
  latencyMs: number;
  /** True when the request went through this project's same-origin relay. */
  viaRelay: boolean;
}

export type KeyTestOutcome =
  | (Timed & { kind: 'valid'; models: string[]; balance: Balance | null })
  | (Timed & {
      kind: 'unauthorized';
      status: 401;
      message: string;
      variant: UnauthorizedVariant;
      /** The last four characters DeepSeek echoed (`****abcd` → `abcd`), if any. */
      echoedTail: string | null;
      requestId: string | null;
    })
  | (Timed & { kind: 'insufficient-balance'; status: 402; message: string })
  | (Timed & { kind: 'forbidden'; status: 403; message: string })
  | (Timed & { kind: 'not-found'; status: 404; message: string })
  | (Timed & {
      kind: 'rate-limited';
      status: 429;
      message: string;
      retryAfterSeconds: number | null;
    })
  | (Timed & { kind: 'server-error'; status: number; message: string })
  /** Any other HTTP error with a JSON body (400, 422, …). */
  | (Timed & { kind: 'http-error'; status: number; message: string })
  /** HTML or other non-JSON: a proxy, captive portal or wrong host answered. */
  | (Timed & {
      kind: 'unexpected-response';
      status: number;
      contentType: string | null;
      bodyExcerpt: string;
    })
  /** No HTTP status at all: CORS, offline, firewall, an extension. */
  | (Timed & { kind: 'network-blocked'; offline: boolean })
  | (Timed & { kind: 'timed-out'; timeoutMs: number })
  | { kind: 'cancelled' }
  /** The page could not load the SDK's chunk while online (a redeploy, a dropped connection). */
  | { kind: 'tester-unavailable' }
  /** The key could not be sent: empty, or not printable ASCII. Never a request. */
  | { kind: 'not-sendable'; reason: 'empty' | 'not-ascii' };

export type KeyTestOutcomeKind = KeyTestOutcome['kind'];
