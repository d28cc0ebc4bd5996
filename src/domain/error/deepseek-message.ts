import type { UnauthorizedVariant } from '../key-test/key-test-outcome.ts';

export interface DeepSeekMessageReading {
  variant: UnauthorizedVariant;
  /** What DeepSeek echoed after `****` (normally the last four characters it received). */
  echoedTail: string | null;
  requestId: string | null;
}

const REQUEST_ID = /\(request_id:\s*([0-9a-zA-Z-]+)\)\s*$/;
const ECHOED_TAIL = /api key:\s*\*{2,}(.{1,4}?)\s+is invalid/i;

/** Reads a 401 message from DeepSeek: which variant it is, the echoed tail, the request id. */
export function readDeepSeekMessage(message: string): DeepSeekMessageReading {
  const requestId = REQUEST_ID.exec(message)?.[1] ?? null;
  const echoedTail = ECHOED_TAIL.exec(message)?.[1] ?? null;
  return { variant: variantOf(message, echoedTail), echoedTail, requestId };
}

function variantOf(message: string, echoedTail: string | null): UnauthorizedVariant {
  const text = message.toLowerCase();
  if (echoedTail !== null || /api key:.*is invalid/.test(text)) return 'invalid-key';
  if (text.includes('auth header format')) return 'bad-format';
  if (text.includes('no such user')) return 'no-such-user';
  if (text.includes('governor')) return 'governor';
  return 'unknown';
}

/** What the echoed tail says about the value the code really sent. */
export type TailReading =
  | { kind: 'matches' }
  /** `_KEY`, `_Key`: the code sent the variable's name, not its value. */
  | { kind: 'variable-name' }
  /** `}` or `}}`: an unfilled `${…}` or `{{…}}` template. */
  | { kind: 'template' }
  /** A quote: quotes kept from a `.env` file or a shell `export`. */
  | { kind: 'quote' }
  /** `null`, `ined` (undefined), `None`: no value at all reached the client. */
  | { kind: 'no-value' }
  /** `xxxx`, `-key`, `>`: a placeholder from a tutorial. */
  | { kind: 'placeholder' }
  /** Some other key: an old key, another provider's key, another variable. */
  | { kind: 'different-key' };

/**
 * Compares DeepSeek's echoed tail with the key the user pasted. A mismatch means the code sends
 * something other than the pasted key, and the tail often tells what.
 */
export function readEchoedTail(echoedTail: string, pastedKey: string | null): TailReading {
  if (pastedKey && pastedKey.trim().endsWith(echoedTail)) return { kind: 'matches' };
  if (/_key$/i.test(echoedTail)) return { kind: 'variable-name' };
  if (echoedTail.endsWith('}')) return { kind: 'template' };
  if (/["'\u2018\u2019\u201c\u201d`]$/.test(echoedTail)) return { kind: 'quote' };
  if (/^(null|ined|None|NaN)$/.test(echoedTail)) return { kind: 'no-value' };
  if (/^(x{4}|X{4}|\.{3,4}|-key|_key|here|>)$|>$/.test(echoedTail)) return { kind: 'placeholder' };
  return { kind: 'different-key' };
}
