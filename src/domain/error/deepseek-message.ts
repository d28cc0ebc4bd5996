import type { UnauthorizedVariant } from '../key-test/key-test-outcome.ts';

export interface DeepSeekMessageReading {
  variant: UnauthorizedVariant;
  /** What DeepSeek echoed after `****` (normally the last four characters it received). */
  echoedTail: string | null;
  requestId: string | null;
}

const REQUEST_ID = /\(request_id:\s*([0-9a-zA-Z-]+)\)\s*$/;
/**
 * `Your api key: ****abcd is invalid`. DeepSeek echoes at most the last four characters it
 * received: fewer for a shorter value, none for an empty one (`Your api key: **** is invalid`,
 * Syslifters/sysreptor#626; `Your api key:  is invalid`, bytedance/deer-flow#1283). A message cut
 * short after the tail (`****hmUA is inv`, openai/codex#1043) still has it.
 */
const ECHOED_TAIL = /api key:\s*(\*{2,})?([^\s*]{0,4}?)(?:\s+is\b|\s*$)/i;

/** Reads a 401 message from DeepSeek: which variant it is, the echoed tail, the request id. */
export function readDeepSeekMessage(message: string): DeepSeekMessageReading {
  // A terminal or a logger may break the message over lines (`****_KEY is\n     invalid`).
  const flat = message.replace(/\s+/g, ' ').trim();
  const requestId = REQUEST_ID.exec(flat)?.[1] ?? null;
  // Dots alone are the reporter's redaction (`****....`, TauricResearch/TradingAgents#641), not
  // what DeepSeek received.
  const echoed = ECHOED_TAIL.exec(flat)?.[2] ?? null;
  const echoedTail = echoed !== null && /^\.+$/.test(echoed) ? null : echoed;
  return { variant: variantOf(flat, echoedTail), echoedTail, requestId };
}

function variantOf(message: string, echoedTail: string | null): UnauthorizedVariant {
  const text = message.toLowerCase();
  if (echoedTail !== null || /api key:.*is invalid/.test(text)) return 'invalid-key';
  if (text.includes('auth header format')) return 'bad-format';
  if (text.includes('no such user')) return 'no-such-user';
  if (text.includes('governor')) return 'governor';
  return 'unknown';
}

/**
 * What the echoed tail says about the value the code really sent. A DeepSeek key ends in four
 * lowercase hex characters (`sk-` and 32 of them), so any other tail shows the value was not a
 * DeepSeek key. Checked against real reports, December 2026.
 */
export type TailReading =
  | { kind: 'matches' }
  /** Nothing echoed: the header carried `Bearer ` and no value (bytedance/deer-flow#1283). */
  | { kind: 'empty' }
  /**
   * `_KEY`, `_Key`: the code sent the variable's name, not its value
   * (FullStackPlayer/claude-code-launcher#3).
   */
  | { kind: 'variable-name' }
  /** `}` or `}}`: an unfilled `${…}` or `{api_key}` template (szczyglis-dev/py-gpt#112). */
  | { kind: 'template' }
  /** A quote: quotes kept from a `.env` file or a shell `export` (droidrun/mobilerun#28). */
  | { kind: 'quote' }
  /**
   * `null`, `ined` (undefined), `None`: no value at all reached the client, and it was turned
   * into text (continuedev/continue#10019).
   */
  | { kind: 'no-value' }
  /**
   * `ided`: "not-provided", the stand-in Cline, Roo Code and Kilo Code send when their DeepSeek
   * key field is empty (their DeepSeekHandler: `options.deepSeekApiKey ?? "not-provided"`; checked
   * December 2026).
   */
  | { kind: 'not-provided' }
  /** `xxxx`, `-key`, `>`: a placeholder from a tutorial. */
  | { kind: 'placeholder' }
  /** One to three characters: the value is that short, not a key (musistudio/claude-code-router#190). */
  | { kind: 'short' }
  /**
   * Capitals, `=`, or letters past `f`: not the end of a DeepSeek key, but of another provider's
   * key or a relay's token (guaguastandup/zotero-pdf2zh#331: a relay key, `HOIB`;
   * musistudio/claude-code-router#142, `6eA3`; qingshungLI/Super-nof1.ai#9, `Njk=`), or of a
   * word such as a file name (continuedev/continue#10352, `json`).
   */
  | { kind: 'not-a-key' }
  /** Some other DeepSeek-shaped key than the one pasted: an old key, another variable. */
  | { kind: 'different-key' };

/** Whether an echoed tail could end a DeepSeek key: four lowercase hex characters. */
export function isKeyTail(tail: string): boolean {
  return /^[0-9a-f]{4}$/.test(tail);
}

/**
 * Compares DeepSeek's echoed tail with the key the user pasted, if any. A mismatch means the code
 * sends something other than the pasted key, and the tail often tells what; a tail that could not
 * end a DeepSeek key tells it even without a pasted key.
 */
export function readEchoedTail(echoedTail: string, pastedKey: string | null): TailReading {
  if (echoedTail !== '' && pastedKey && pastedKey.trim().endsWith(echoedTail)) {
    return { kind: 'matches' };
  }
  if (echoedTail === '') return { kind: 'empty' };
  if (/_key$/i.test(echoedTail)) return { kind: 'variable-name' };
  if (echoedTail.endsWith('}')) return { kind: 'template' };
  if (/["'\u2018\u2019\u201c\u201d`]$/.test(echoedTail)) return { kind: 'quote' };
  if (/^(null|ined|None|NaN)$/.test(echoedTail)) return { kind: 'no-value' };
  if (echoedTail === 'ided') return { kind: 'not-provided' };
  // `sk-xxx`, `xxx` (musistudio/claude-code-router#102; an Aider sample config) end so.
  if (/^(-?[xX]{3,4}|-key|_key|here|>)$|>$/.test(echoedTail)) return { kind: 'placeholder' };
  if (echoedTail.length < 4) return { kind: 'short' };
  if (!isKeyTail(echoedTail)) return { kind: 'not-a-key' };
  return { kind: 'different-key' };
}

/** Whether a reading says what the code sent without a pasted key to compare with. */
export function tailSpeaksAlone(tail: TailReading): boolean {
  return tail.kind !== 'matches' && tail.kind !== 'different-key';
}
