import { readDeepSeekMessage } from '../error/deepseek-message.ts';
import type { Balance, BalanceInfo, KeyTestOutcome } from './key-test-outcome.ts';

/** An outcome without the timing the adapter adds around it. */
type Untimed<T> = T extends unknown ? Omit<T, 'latencyMs' | 'viaRelay'> : never;

/** The outcomes an HTTP answer can end in, before the adapter adds latency and relay use. */
export type AnsweredOutcome = Untimed<
  Extract<KeyTestOutcome, { status: number } | { kind: 'network-blocked' }>
>;

/** A 2xx answer whose body is JSON: what to read from it depends on the endpoint. */
export interface JsonAnswer {
  kind: 'ok';
  json: unknown;
}

/** What came back over HTTP, as plain data. Header names in lower case. */
export interface HttpAnswer {
  status: number;
  contentType: string | null;
  bodyText: string;
  headers?: Readonly<Record<string, string>>;
  /** For an HTTP-date in Retry-After; defaults to the current time. */
  nowMs?: number;
}

/**
 * The header the project's relay sets when it could not reach DeepSeek itself. The page treats
 * that like its own failed request: no HTTP status came from DeepSeek.
 */
export const RELAY_STATUS_HEADER = 'x-deepseek-relay';
export const RELAY_UNREACHABLE = 'upstream-unreachable';

const EXCERPT_LENGTH = 200;

/**
 * Reads one HTTP answer: DeepSeek's JSON errors by status (and, for 401, by message variant),
 * anything else that is not JSON as an unexpected response (a proxy, a captive portal, a wrong
 * host) unless it is a 5xx, and a 2xx JSON body as `ok` for the caller to read.
 */
export function classifyResponse(answer: HttpAnswer): AnsweredOutcome | JsonAnswer {
  const { status, contentType } = answer;
  const headers = answer.headers ?? {};
  if (headers[RELAY_STATUS_HEADER] === RELAY_UNREACHABLE) {
    return { kind: 'network-blocked', offline: false };
  }
  const body = parseBody(answer.bodyText);
  const isOk = status >= 200 && status < 300;
  if (isOk && body.kind === 'json') return { kind: 'ok', json: body.json };
  // NOTE: a 5xx page in HTML is an outage (DeepSeek's or a gateway's in front of it), not a
  // wrong host: it is read as a server error below.
  if (isOk || (body.kind === 'text' && status < 500)) {
    return {
      kind: 'unexpected-response',
      status,
      contentType,
      bodyExcerpt: excerpt(answer.bodyText),
    };
  }

  const message = body.kind === 'json' ? messageOf(body.json) : '';
  switch (status) {
    case 401: {
      const { variant, echoedTail, requestId } = readDeepSeekMessage(message);
      return { kind: 'unauthorized', status, message, variant, echoedTail, requestId };
    }
    case 402:
      return { kind: 'insufficient-balance', status, message };
    case 403:
      return { kind: 'forbidden', status, message };
    case 404:
      return { kind: 'not-found', status, message };
    case 429: {
      const retryAfterSeconds = readRetryAfter(headers['retry-after'], answer.nowMs ?? Date.now());
      return { kind: 'rate-limited', status, message, retryAfterSeconds };
    }
  }
  if (status >= 500) return { kind: 'server-error', status, message };
  return { kind: 'http-error', status, message };
}

type Body = { kind: 'empty' } | { kind: 'json'; json: unknown } | { kind: 'text' };

function parseBody(text: string): Body {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  // NOTE: decide by the body, not the content type: proxies send JSON as text/plain and
  // captive portals send HTML as anything.
  if (!/^[[{]/.test(trimmed)) return { kind: 'text' };
  try {
    return { kind: 'json', json: JSON.parse(trimmed) as unknown };
  } catch {
    return { kind: 'text' };
  }
}

/**
 * DeepSeek's `{"error":{"message":…}}`, its `{"detail":…}` of 2024 (simonw/llm#393), or a bare
 * `{"message":…}` from something in between.
 */
function messageOf(json: unknown): string {
  if (!isRecord(json)) return '';
  const error = json.error;
  if (isRecord(error) && typeof error.message === 'string') return error.message;
  if (typeof error === 'string') return error;
  if (typeof json.message === 'string') return json.message;
  if (typeof json.detail === 'string') return json.detail;
  return '';
}

/** Retry-After is either delta-seconds or an HTTP-date. */
export function readRetryAfter(value: string | undefined, nowMs: number): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

/** `GET /models` → the model ids, or null when the body is not a model list. */
export function readModelList(json: unknown): string[] | null {
  if (!isRecord(json) || !Array.isArray(json.data)) return null;
  const ids = json.data.map((model: unknown) => (isRecord(model) ? model.id : undefined));
  return ids.every((id): id is string => typeof id === 'string') ? ids : null;
}

/** `GET /user/balance` → the balance (amounts stay strings), or null when it is not one. */
export function readBalance(json: unknown): Balance | null {
  if (!isRecord(json) || typeof json.is_available !== 'boolean') return null;
  const raw = Array.isArray(json.balance_infos) ? (json.balance_infos as unknown[]) : [];
  // NOTE: DeepSeek sends amounts as strings; anything but a string or a number is left out.
  const infos: BalanceInfo[] = raw
    .filter(isRecord)
    .filter((info) => typeof info.currency === 'string' && isAmount(info.total_balance))
    .map((info) => ({
      currency: info.currency as string,
      totalBalance: String(info.total_balance),
      grantedBalance: isAmount(info.granted_balance) ? String(info.granted_balance) : '',
      toppedUpBalance: isAmount(info.topped_up_balance) ? String(info.topped_up_balance) : '',
    }));
  return { isAvailable: json.is_available, infos };
}

function isAmount(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
