import type { APIPromise } from 'openai/core/api-promise';
import {
  classifyResponse,
  readBalance,
  readModelList,
  type AnsweredOutcome,
  type HttpAnswer,
  type JsonAnswer,
} from '../domain/key-test/classify-response.ts';
import { DEEPSEEK_BASE_URL } from '../domain/deepseek-facts.ts';
import type { Balance, KeyTestOutcome } from '../domain/key-test/key-test-outcome.ts';
import { createClient, loadSdk } from './load-sdk.ts';

/** Where a check goes, and how long it may take. */
export interface CheckTarget {
  /** For the whole check, both requests included, counted from `run`. */
  timeoutMs?: number;
  baseURL?: string;
  /** Only labels the outcome: the caller passes the relay's URL as `baseURL`. */
  viaRelay?: boolean;
}

export interface CheckKeyOptions extends CheckTarget {
  signal: AbortSignal;
}

/**
 * A check whose first request the SDK has already built, headers and all, and holds unsent:
 * the click then only releases it (ADR 11).
 */
export interface PreparedCheck {
  /** Sends the held request, then the balance request; call it at most once. */
  run(signal: AbortSignal): Promise<KeyTestOutcome>;
  /** Drops the held request unsent; the SDK ends it as aborted. Does nothing once `run` was called. */
  drop(): void;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Printable ASCII only: anything else makes `fetch` throw a bare TypeError on the header. */
const SENDABLE = /^[\x20-\x7e]+$/;

/**
 * Tests a key with DeepSeek's two free, read-only endpoints: `GET /models`, then, when the key
 * is valid, `GET /user/balance`. Never retries, never throws, never logs; the key goes nowhere
 * but the Authorization header.
 */
export function checkKey(
  key: string,
  { signal, ...target }: CheckKeyOptions,
): Promise<KeyTestOutcome> {
  return prepareCheck(key, target).run(signal);
}

/**
 * `checkKey` in two steps: the SDK builds the client and the first request now, while the user
 * is still typing, and nothing leaves the page until `run`.
 */
export function prepareCheck(key: string, target: CheckTarget = {}): PreparedCheck {
  const unsendable = key.trim() === '' ? 'empty' : SENDABLE.test(key) ? null : 'not-ascii';
  if (unsendable) {
    return { run: async () => ({ kind: 'not-sendable', reason: unsendable }), drop() {} };
  }
  const { timeoutMs = DEFAULT_TIMEOUT_MS, viaRelay = false } = target;
  // One signal for the user's Cancel, for the deadline of the whole check and for "drop": the
  // SDK's own timeout stops at the response headers, not at the end of the body.
  const controller = new AbortController();
  let open!: () => void;
  const released = new Promise<void>((resolve) => (open = resolve));
  let isReleased = false;
  const release = () => {
    isReleased = true;
    open();
  };
  let started: number | null = null;
  const timed = () => ({
    latencyMs: started === null ? 0 : Math.round(performance.now() - started),
    viaRelay,
  });

  const build = () =>
    loadSdk().then((sdk) => {
      const client = createClient(sdk, {
        apiKey: key,
        baseURL: target.baseURL ?? DEEPSEEK_BASE_URL,
        timeout: timeoutMs,
        // NOTE: the SDK starts its timer when it has built a request, long before a held
        // request is released; so it goes out with this check's signal, whose deadline starts
        // at `run`.
        fetch: async (input, init) => {
          await released;
          controller.signal.throwIfAborted();
          started ??= performance.now();
          return fetch(input, { ...init, signal: controller.signal });
        },
      });
      const request = { signal: controller.signal };
      const models = answerOf(client.models.list(request));
      // NOTE: a rejection before `run` (a dropped check) is read there, or never.
      models.catch(() => undefined);
      return { sdk, client, request, models };
    });
  const held = build();
  held.catch(() => undefined);

  function drop() {
    if (isReleased) return;
    controller.abort();
    release();
  }

  return {
    drop,
    async run(signal) {
      if (signal.aborted || isReleased) {
        drop();
        return { kind: 'cancelled' };
      }
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      const cancel = () => controller.abort();
      signal.addEventListener('abort', cancel, { once: true });
      release();

      let sdk: typeof import('openai') | null = null;
      try {
        // The SDK's chunk may have failed to load while the key was typed (offline): try again.
        // Cancel and the deadline stop the wait for it, too.
        const prepared = await Promise.race([held.catch(build), rejectOnAbort(controller.signal)]);
        sdk = prepared.sdk;
        const models = await prepared.models;
        if (models.kind !== 'ok') return redact({ ...models, ...timed() }, key);
        const ids = readModelList(models.json);
        if (ids === null) return redact(notAModelList(models, timed()), key);
        const balance = await balanceOf(
          prepared.client.get('/user/balance', prepared.request),
          signal,
        );
        if (balance === 'cancelled') return { kind: 'cancelled' };
        return { kind: 'valid', models: ids, balance, ...timed() };
      } catch (error) {
        // The SDK's chunk did not load (in time): nothing was sent, and only offline is about
        // the way to DeepSeek.
        if (!sdk) {
          if (signal.aborted) return { kind: 'cancelled' };
          return isOffline()
            ? { kind: 'network-blocked', offline: true, ...timed() }
            : { kind: 'tester-unavailable' };
        }
        if (timedOut) return { kind: 'timed-out', timeoutMs, ...timed() };
        if (signal.aborted) return { kind: 'cancelled' };
        if (error instanceof sdk.APIConnectionTimeoutError) {
          return { kind: 'timed-out', timeoutMs, ...timed() };
        }
        if (error instanceof sdk.APIUserAbortError) return { kind: 'cancelled' };
        if (error instanceof sdk.APIError && typeof error.status === 'number') {
          const answer = classifyResponse(answerOfError(error));
          return redact(
            answer.kind === 'ok' ? notAModelList(answer, timed()) : { ...answer, ...timed() },
            key,
          );
        }
        // APIConnectionError or a failed body read: no HTTP status.
        return { kind: 'network-blocked', offline: isOffline(), ...timed() };
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', cancel);
      }
    },
  };
}

/** Rejects once the signal aborts, so that a wait can end on Cancel or a deadline. */
function rejectOnAbort(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
  aborted.catch(() => undefined);
  return aborted;
}

/** The raw answer of a 2xx request, classified; the SDK throws for anything else. */
async function answerOf(promise: APIPromise<unknown>): Promise<AnsweredOutcome | JsonAnswer> {
  // NOTE: the SDK returns a non-JSON 200 as a string (and `models.list()` as an empty page), so
  // read the raw response and classify it like an error body.
  const response = await promise.asResponse();
  const bodyText = await response.text();
  return classifyResponse({
    status: response.status,
    contentType: response.headers.get('content-type'),
    bodyText,
    headers: headerRecord(response.headers),
  });
}

/** A balance that fails to load never makes a valid key invalid. */
async function balanceOf(
  promise: APIPromise<unknown>,
  signal: AbortSignal,
): Promise<Balance | null | 'cancelled'> {
  try {
    const answer = await answerOf(promise);
    return answer.kind === 'ok' ? readBalance(answer.json) : null;
  } catch {
    return signal.aborted ? 'cancelled' : null;
  }
}

interface StatusError {
  status: number;
  error: unknown;
  message: string;
  headers: Headers | undefined;
}

/**
 * Rebuilds the answer from the SDK's error. The SDK keeps a JSON body's `error` member; a body
 * that is not JSON survives only in the message, after the status.
 */
function answerOfError(error: StatusError): HttpAnswer {
  const { status } = error;
  let bodyText = '';
  if (error.error !== undefined) {
    bodyText = JSON.stringify({ error: error.error });
  } else if (error.message.startsWith(`${status} `) && !error.message.endsWith('(no body)')) {
    bodyText = error.message.slice(`${status} `.length);
  }
  return {
    status,
    contentType: error.headers?.get('content-type') ?? null,
    bodyText,
    headers: error.headers ? headerRecord(error.headers) : {},
  };
}

/** JSON, but not the list `GET /models` returns: something else answered. */
function notAModelList(
  answer: JsonAnswer,
  timing: { latencyMs: number; viaRelay: boolean },
): KeyTestOutcome {
  const text = JSON.stringify(answer.json) ?? '';
  return {
    kind: 'unexpected-response',
    status: 200,
    contentType: 'application/json',
    bodyExcerpt: text.length > 200 ? `${text.slice(0, 200)}…` : text,
    ...timing,
  };
}

function headerRecord(headers: Headers): Record<string, string> {
  return Object.fromEntries(
    [...headers.entries()].map(([name, value]) => [name.toLowerCase(), value]),
  );
}

/** A server that echoes the Authorization header must not put the key on the screen. */
function redact(outcome: KeyTestOutcome, key: string): KeyTestOutcome {
  const secret = key.trim();
  const hide = (text: string) => (secret.length >= 8 ? text.split(secret).join('****') : text);
  if ('message' in outcome) return { ...outcome, message: hide(outcome.message) };
  if ('bodyExcerpt' in outcome) return { ...outcome, bodyExcerpt: hide(outcome.bodyExcerpt) };
  return outcome;
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}
