/**
 * Offline key lint: what is wrong with a pasted DeepSeek key, where, and the key with the fixable
 * problems removed. Pure and linear in the input, so it can run on every keystroke and on a
 * pasted megabyte alike. It never logs: its input is a secret.
 */
import {
  DEEPSEEK_KEY_LENGTH,
  DEEPSEEK_KEY_PATTERN,
  DEEPSEEK_KEY_PREFIX,
  OTHER_PROVIDER_KEYS,
  type OtherProvider,
} from '../deepseek-facts.ts';

/** Every kind of finding, in the order a reader meets them: blanks, layers, value, shape. */
export const KEY_FINDING_KINDS = [
  'empty',
  'leading-whitespace',
  'trailing-whitespace',
  'inner-whitespace',
  'newline',
  'invisible-character',
  'curly-quote',
  'wrapping-quotes',
  'wrapping-brackets',
  'bearer-prefix',
  'assignment-prefix',
  'trailing-comment',
  'trailing-punctuation',
  'placeholder',
  'variable-name',
  'wrong-prefix',
  'wrong-length',
  'non-hex',
  'uppercase-hex',
  'other-provider',
  'not-ascii',
] as const;

export type KeyFindingKind = (typeof KEY_FINDING_KINDS)[number];

export interface KeyFinding {
  kind: KeyFindingKind;
  /** 0-based index into the raw input where the problem starts, and how many UTF-16 units it spans */
  index: number;
  length: number;
  severity: 'error' | 'warning';
  /** extra fact for the message: e.g. 'U+200B ZERO WIDTH SPACE', the provider's id, the actual length, the offending character */
  detail?: string;
}

/** What may be shown of a key: never more than its length, 3–4 leading and 4 trailing characters. */
export interface KeyShape {
  length: number;
  prefix: string;
  lastFour: string;
}

export interface KeyLint {
  /** Sorted by index. At most MAX_FINDINGS_PER_KIND of each kind. */
  findings: KeyFinding[];
  /**
   * The input with fixable problems removed: whitespace, newlines and invisibles stripped, wrapping
   * or curly quotes removed, `Bearer ` and `DEEPSEEK_API_KEY=` / `export X=` / `X: ` prefixes
   * removed. Always printable ASCII without spaces (or empty): full-width forms and known
   * lookalike letters become their ASCII twins, other non-ASCII characters are dropped.
   */
  cleaned: string;
  /** True when cleaned !== raw and the cleaned key is worth offering (not empty, a placeholder, a variable name or another provider's key). */
  canClean: boolean;
  /** True when the RAW key may be sent: non-empty, only printable ASCII 0x21-0x7E, length <= 256. */
  sendable: boolean;
  /** The cleaned key has DeepSeek's shape (sk- + 32 lowercase hex) and is not an obvious placeholder. */
  looksLikeDeepSeek: boolean;
  /**
   * The provider's id (not its name: the page translates it) when the cleaned key has another
   * provider's shape (OTHER_PROVIDER_KEYS), else null.
   */
  otherProvider: OtherProvider | null;
  /** Of the cleaned key. */
  shape: KeyShape;
}

/** A megabyte of junk must not turn into a million findings. */
export const MAX_FINDINGS_PER_KIND = 20;
/** Longest raw key that may be sent: anything longer is not a key, and headers have limits. */
export const MAX_SENDABLE_LENGTH = 256;
/** Placeholders and variable names are short; longer text skips those checks (and their regexes). */
const NAME_CHECK_MAX = 256;
/** Provider keys are well under this; bounds the cost of OTHER_PROVIDER_KEYS' regexes. */
const PROVIDER_CHECK_MAX = 512;
/** Layers seen in the wild nest two or three deep (`export X="Bearer …"`); this bounds the loop. */
const MAX_PEEL_ROUNDS = 8;

const WARNING_KINDS: ReadonlySet<KeyFindingKind> = new Set(['uppercase-hex']);
/** Findings that only say "blank"; an input made of nothing else is simply empty. */
const BLANK_KINDS: ReadonlySet<KeyFindingKind> = new Set([
  'leading-whitespace',
  'trailing-whitespace',
  'inner-whitespace',
  'newline',
  'invisible-character',
]);
/**
 * Once the whole value is a placeholder or a variable name, its length, characters and stray
 * blanks are beside the point; only the layers around it (prefix, quotes) still help.
 */
const FOLLOW_ON_KINDS: ReadonlySet<KeyFindingKind> = new Set([
  ...BLANK_KINDS,
  'curly-quote',
  'wrong-prefix',
  'wrong-length',
  'non-hex',
  'uppercase-hex',
  'not-ascii',
]);

// ---------------------------------------------------------------------------------------------
// Character classes. Names follow the Unicode character database so users can search for them.

const INVISIBLE_NAMES: ReadonlyMap<number, string> = new Map([
  [0x00a0, 'NO-BREAK SPACE'],
  [0x00ad, 'SOFT HYPHEN'],
  [0x034f, 'COMBINING GRAPHEME JOINER'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x115f, 'HANGUL CHOSEONG FILLER'],
  [0x1160, 'HANGUL JUNGSEONG FILLER'],
  [0x1680, 'OGHAM SPACE MARK'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x2000, 'EN QUAD'],
  [0x2001, 'EM QUAD'],
  [0x2002, 'EN SPACE'],
  [0x2003, 'EM SPACE'],
  [0x2004, 'THREE-PER-EM SPACE'],
  [0x2005, 'FOUR-PER-EM SPACE'],
  [0x2006, 'SIX-PER-EM SPACE'],
  [0x2007, 'FIGURE SPACE'],
  [0x2008, 'PUNCTUATION SPACE'],
  [0x2009, 'THIN SPACE'],
  [0x200a, 'HAIR SPACE'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x202f, 'NARROW NO-BREAK SPACE'],
  [0x205f, 'MEDIUM MATHEMATICAL SPACE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0x2800, 'BRAILLE PATTERN BLANK'],
  [0x3000, 'IDEOGRAPHIC SPACE'],
  [0x3164, 'HANGUL FILLER'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
  [0xffa0, 'HALFWIDTH HANGUL FILLER'],
]);

/** Line breaks beyond \n and \r, which need no name. */
const NEWLINE_NAMES: ReadonlyMap<number, string> = new Map([
  [0x0085, 'NEXT LINE'],
  [0x2028, 'LINE SEPARATOR'],
  [0x2029, 'PARAGRAPH SEPARATOR'],
]);

/** Typographic quotes that word processors, chat apps and CJK input methods put in place of ' and ". */
const CURLY_QUOTE_NAMES: ReadonlyMap<number, string> = new Map([
  [0x00ab, 'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK'],
  [0x00b4, 'ACUTE ACCENT'],
  [0x00bb, 'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK'],
  [0x2018, 'LEFT SINGLE QUOTATION MARK'],
  [0x2019, 'RIGHT SINGLE QUOTATION MARK'],
  [0x201a, 'SINGLE LOW-9 QUOTATION MARK'],
  [0x201b, 'SINGLE HIGH-REVERSED-9 QUOTATION MARK'],
  [0x201c, 'LEFT DOUBLE QUOTATION MARK'],
  [0x201d, 'RIGHT DOUBLE QUOTATION MARK'],
  [0x201e, 'DOUBLE LOW-9 QUOTATION MARK'],
  [0x201f, 'DOUBLE HIGH-REVERSED-9 QUOTATION MARK'],
  [0x2032, 'PRIME'],
  [0x2033, 'DOUBLE PRIME'],
  [0x2039, 'SINGLE LEFT-POINTING ANGLE QUOTATION MARK'],
  [0x203a, 'SINGLE RIGHT-POINTING ANGLE QUOTATION MARK'],
  [0x300c, 'LEFT CORNER BRACKET'],
  [0x300d, 'RIGHT CORNER BRACKET'],
  [0x300e, 'LEFT WHITE CORNER BRACKET'],
  [0x300f, 'RIGHT WHITE CORNER BRACKET'],
  [0xff02, 'FULLWIDTH QUOTATION MARK'],
  [0xff07, 'FULLWIDTH APOSTROPHE'],
]);

/**
 * Letters that look Latin but are not, and dashes that autocorrect puts into `sk-`. The user
 * meant the letter they saw, so the cleaned key uses its ASCII twin.
 */
const LOOKALIKES: ReadonlyMap<number, readonly [ascii: string, name: string]> = new Map([
  [0x0430, ['a', 'CYRILLIC SMALL LETTER A']],
  [0x0441, ['c', 'CYRILLIC SMALL LETTER ES']],
  [0x0435, ['e', 'CYRILLIC SMALL LETTER IE']],
  [0x043e, ['o', 'CYRILLIC SMALL LETTER O']],
  [0x0440, ['p', 'CYRILLIC SMALL LETTER ER']],
  [0x0445, ['x', 'CYRILLIC SMALL LETTER HA']],
  [0x0443, ['y', 'CYRILLIC SMALL LETTER U']],
  [0x0455, ['s', 'CYRILLIC SMALL LETTER DZE']],
  [0x0456, ['i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I']],
  [0x0458, ['j', 'CYRILLIC SMALL LETTER JE']],
  [0x04bb, ['h', 'CYRILLIC SMALL LETTER SHHA']],
  [0x0501, ['d', 'CYRILLIC SMALL LETTER KOMI DE']],
  [0x0410, ['A', 'CYRILLIC CAPITAL LETTER A']],
  [0x0412, ['B', 'CYRILLIC CAPITAL LETTER VE']],
  [0x0421, ['C', 'CYRILLIC CAPITAL LETTER ES']],
  [0x0415, ['E', 'CYRILLIC CAPITAL LETTER IE']],
  [0x041a, ['K', 'CYRILLIC CAPITAL LETTER KA']],
  [0x041c, ['M', 'CYRILLIC CAPITAL LETTER EM']],
  [0x041d, ['H', 'CYRILLIC CAPITAL LETTER EN']],
  [0x041e, ['O', 'CYRILLIC CAPITAL LETTER O']],
  [0x0420, ['P', 'CYRILLIC CAPITAL LETTER ER']],
  [0x0422, ['T', 'CYRILLIC CAPITAL LETTER TE']],
  [0x0425, ['X', 'CYRILLIC CAPITAL LETTER HA']],
  [0x03b1, ['a', 'GREEK SMALL LETTER ALPHA']],
  [0x03bf, ['o', 'GREEK SMALL LETTER OMICRON']],
  [0x03bd, ['v', 'GREEK SMALL LETTER NU']],
  [0x0391, ['A', 'GREEK CAPITAL LETTER ALPHA']],
  [0x0392, ['B', 'GREEK CAPITAL LETTER BETA']],
  [0x0395, ['E', 'GREEK CAPITAL LETTER EPSILON']],
  [0x039a, ['K', 'GREEK CAPITAL LETTER KAPPA']],
  [0x039f, ['O', 'GREEK CAPITAL LETTER OMICRON']],
  [0x03a1, ['P', 'GREEK CAPITAL LETTER RHO']],
  [0x03a4, ['T', 'GREEK CAPITAL LETTER TAU']],
  [0x03a7, ['X', 'GREEK CAPITAL LETTER CHI']],
  [0x2010, ['-', 'HYPHEN']],
  [0x2011, ['-', 'NON-BREAKING HYPHEN']],
  [0x2012, ['-', 'FIGURE DASH']],
  [0x2013, ['-', 'EN DASH']],
  [0x2014, ['-', 'EM DASH']],
  [0x2212, ['-', 'MINUS SIGN']],
  [0xfe63, ['-', 'SMALL HYPHEN-MINUS']],
]);

// Character classes, looked up in a table: the scans below touch every character of the input,
// so they must not allocate or build strings per character.
const PRINTABLE = 0;
const SPACE = 1;
const NEWLINE = 2;
const INVISIBLE = 3;
const CURLY = 4;
/** Not ASCII, but with an ASCII twin the user meant (full-width form, lookalike letter, dash). */
const TWIN = 5;
const OTHER = 6;

const BMP_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000).fill(OTHER);
  table.fill(PRINTABLE, 0x21, 0x7f);
  table.fill(INVISIBLE, 0x00, 0x20);
  table.fill(INVISIBLE, 0x7f, 0xa0);
  for (const cp of [0x20, 0x09, 0x0b, 0x0c]) table[cp] = SPACE;
  for (const cp of [0x0a, 0x0d, ...NEWLINE_NAMES.keys()]) table[cp] = NEWLINE;
  for (const cp of INVISIBLE_NAMES.keys()) table[cp] = INVISIBLE;
  table.fill(INVISIBLE, 0xfe00, 0xfe10);
  // NOTE: input methods in full-width mode (common with Chinese IMEs) type U+FF01-FF5E for ASCII.
  table.fill(TWIN, 0xff01, 0xff5f);
  for (const cp of LOOKALIKES.keys()) table[cp] = TWIN;
  for (const cp of CURLY_QUOTE_NAMES.keys()) table[cp] = CURLY;
  return table;
})();

function classOf(cp: number): number {
  if (cp <= 0xffff) return BMP_CLASS[cp] ?? OTHER;
  // Tag characters and supplementary variation selectors are invisible (and used to smuggle text).
  if ((cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return INVISIBLE;
  return OTHER;
}

function isStrippable(cls: number): boolean {
  return cls === SPACE || cls === NEWLINE || cls === INVISIBLE || cls === CURLY;
}

/** Characters of one run share a finding: any spaces and tabs, any \r and \n, else one code point. */
function runKey(cp: number, cls: number): number {
  if (cls === SPACE) return -1;
  if (cp === 0x0a || cp === 0x0d) return -2;
  return cp;
}

/** The code point starting at i; a lone surrogate is returned as itself. */
function codePointAt(text: string, i: number): number {
  const high = text.charCodeAt(i);
  if (high >= 0xd800 && high <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return high;
}

/** The code point ending just before end. */
function codePointBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

function widthOf(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The ASCII character a TWIN stands for. */
function twinOf(cp: number): number {
  const lookalike = LOOKALIKES.get(cp);
  return lookalike ? lookalike[0].charCodeAt(0) : cp - 0xfee0;
}

/** The fact a message shows for a character: its code point, its name, and itself when visible. */
function describe(cp: number, cls: number): string | undefined {
  const label = codePointLabel(cp);
  switch (cls) {
    case SPACE:
      return undefined;
    case NEWLINE: {
      const name = NEWLINE_NAMES.get(cp);
      return name ? `${label} ${name}` : undefined;
    }
    case INVISIBLE:
      return `${label} ${invisibleName(cp)}`;
    case CURLY:
      return `${label} ${CURLY_QUOTE_NAMES.get(cp) ?? ''} (${String.fromCodePoint(cp)})`;
    case TWIN: {
      const name = LOOKALIKES.get(cp)?.[1] ?? 'FULLWIDTH FORM';
      return `${label} ${name} (${String.fromCodePoint(cp)})`;
    }
    default:
      if (cp >= 0xd800 && cp <= 0xdfff) return `${label} LONE SURROGATE`;
      return `${label} (${String.fromCodePoint(cp)})`;
  }
}

function invisibleName(cp: number): string {
  const named = INVISIBLE_NAMES.get(cp);
  if (named) return named;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return `VARIATION SELECTOR-${cp - 0xfe00 + 1}`;
  if (cp >= 0xe0100 && cp <= 0xe01ef) return `VARIATION SELECTOR-${cp - 0xe0100 + 17}`;
  if (cp >= 0xe0000) return 'TAG CHARACTER';
  return 'CONTROL CHARACTER';
}

function isPrintableAscii(code: number): boolean {
  return code >= 0x21 && code <= 0x7e;
}

// ---------------------------------------------------------------------------------------------
// Findings, capped per kind; runs of the same problem become one finding.

/** Kinds as small numbers, so the recorder keeps its counts in arrays (the per-character hot path). */
const KIND_ID = new Map(KEY_FINDING_KINDS.map((kind, id) => [kind, id]));

/** Where a run of blanks sits decides its kind. */
const LEADING = 0;
const TRAILING = 1;
const INNER = 2;
const WHITESPACE_KINDS: readonly KeyFindingKind[] = [
  'leading-whitespace',
  'trailing-whitespace',
  'inner-whitespace',
];

function kindOfClass(cls: number, where: number): KeyFindingKind {
  switch (cls) {
    case SPACE:
      return WHITESPACE_KINDS[where] ?? 'inner-whitespace';
    case NEWLINE:
      return 'newline';
    case INVISIBLE:
      return 'invisible-character';
    case CURLY:
      return 'curly-quote';
    default:
      return 'not-ascii';
  }
}

/** KIND_ID of kindOfClass(cls, where) at where * 8 + cls: no string work per character. */
const CHAR_KIND_ID: Uint8Array = (() => {
  const table = new Uint8Array(24);
  for (const where of [LEADING, TRAILING, INNER]) {
    for (const cls of [PRINTABLE, SPACE, NEWLINE, INVISIBLE, CURLY, TWIN, OTHER]) {
      table[where * 8 + cls] = KIND_ID.get(kindOfClass(cls, where)) ?? 0;
    }
  }
  return table;
})();

/** Collects findings, at most MAX_FINDINGS_PER_KIND per kind; a run of one problem is one finding. */
class Recorder {
  readonly findings: KeyFinding[] = [];
  private readonly counts = new Uint32Array(KEY_FINDING_KINDS.length);
  private readonly last: (KeyFinding | undefined)[] = new Array<undefined>(
    KEY_FINDING_KINDS.length,
  ).fill(undefined);

  add(kind: KeyFindingKind, index: number, length: number, detail?: string): void {
    const id = KIND_ID.get(kind) ?? 0;
    const previous = this.last[id];
    if (previous && previous.detail === detail && adjacent(previous, index)) {
      previous.length += length;
      return;
    }
    const count = this.counts[id] ?? 0;
    if (count >= MAX_FINDINGS_PER_KIND) return;
    this.counts[id] = count + 1;
    const finding: KeyFinding = {
      kind,
      index,
      length,
      severity: WARNING_KINDS.has(kind) ? 'warning' : 'error',
    };
    if (detail !== undefined) finding.detail = detail;
    this.findings.push(finding);
    this.last[id] = finding;
  }

  /** A character-level finding. Its detail is built only when the finding will be kept. */
  addChar(cp: number, cls: number, where: number, index: number, length: number): void {
    const id = CHAR_KIND_ID[where * 8 + cls] ?? 0;
    if ((this.counts[id] ?? 0) >= MAX_FINDINGS_PER_KIND) {
      const previous = this.last[id];
      if (!previous || !adjacent(previous, index)) return;
    }
    this.add(kindOfClass(cls, where), index, length, describe(cp, cls));
  }
}

/** Runs at the edges are grouped before they are recorded, so runs only ever grow rightwards. */
function adjacent(previous: KeyFinding, index: number): boolean {
  return previous.index + previous.length === index;
}

/** End of the run of strippable characters like the one at i (same runKey), at most limit. */
function runEndFrom(raw: string, i: number, limit: number, key: number): number {
  let end = i;
  while (end < limit) {
    const cp = codePointAt(raw, end);
    if (runKey(cp, classOf(cp)) !== key) break;
    end += widthOf(cp);
  }
  return end;
}

/** Start of the run of strippable characters like the one ending at end, at least limit. */
function runStartBefore(raw: string, end: number, limit: number, key: number): number {
  let start = end;
  while (start > limit) {
    const cp = codePointBefore(raw, start);
    if (runKey(cp, classOf(cp)) !== key) break;
    start -= widthOf(cp);
  }
  return start;
}

// ---------------------------------------------------------------------------------------------
// Layers around the value: prefixes and quotes. Sticky (anchored) regexes with bounded repeats,
// so each costs at most a few hundred steps whatever the input length.

const BEARER = /(?:authorization[ \t]{0,16}:[ \t]{0,16})?bearer(?:[ \t]{1,16}|(?=sk-))/iy;
/**
 * `NAME=`, `export NAME=`, `set NAME=`, `$env:NAME =`, `NAME: ` (YAML), `"NAME": ` (JSON), and a
 * Compose list item, `- NAME=`.
 */
const ASSIGNMENT =
  /(?:-[ \t]{1,16})?(?:export[ \t]{1,16}|set[ \t]{1,16}|\$env:)?["']?([A-Za-z_][A-Za-z0-9_]{0,99})["']?[ \t]{0,16}(?:=(?!=)|:(?!\/\/))[ \t]{0,16}/y;
/** `setx NAME value` (cmd), `set -gx NAME value` (fish). */
const SPACED_ASSIGNMENT =
  /(?:setx|set[ \t]{1,16}-[A-Za-z]{1,4})[ \t]{1,16}([A-Za-z_][A-Za-z0-9_]{0,99})[ \t]{1,16}/y;
/** A comment after the value, in a .env file or code: a blank, then `#` or `//`, to the end. */
const TRAILING_COMMENT = /[ \t](?:#|\/\/)/;
/** Sentence punctuation copied with the key: after a letter or digit, at the very end. */
const TRAILING_PUNCTUATION = /(?<=[A-Za-z0-9])[.,;]$/;
/** A key in angle brackets, as templates and documents show it: `<sk-…>`. */
const BRACKETED_KEY = /^<sk-[A-Za-z0-9]{20,}>$/;
/** A name that says "I hold a secret": an assignment with an empty value counts only for these. */
const SECRET_NAME = /key|token|secret/i;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function isBlankAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x20 || code === 0x09;
}

function isStraightQuote(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x60;
}

interface Span {
  start: number;
  end: number;
}

/** Peels blanks, invisibles and curly quotes off both ends of [start, end). */
function peelEdges(raw: string, span: Span, rec: Recorder): void {
  while (span.start < span.end) {
    const cp = codePointAt(raw, span.start);
    const cls = classOf(cp);
    if (!isStrippable(cls)) break;
    const runEnd = runEndFrom(raw, span.start, span.end, runKey(cp, cls));
    rec.addChar(cp, cls, LEADING, span.start, runEnd - span.start);
    span.start = runEnd;
  }
  while (span.end > span.start) {
    const cp = codePointBefore(raw, span.end);
    const cls = classOf(cp);
    if (!isStrippable(cls)) break;
    const runStart = runStartBefore(raw, span.end, span.start, runKey(cp, cls));
    rec.addChar(cp, cls, TRAILING, runStart, span.end - runStart);
    span.end = runStart;
  }
}

/** Peels blanks, prefixes and wrapping quotes, layer after layer, off both ends of the input. */
function peel(raw: string, rec: Recorder): Span {
  const span: Span = { start: 0, end: raw.length };
  for (let round = 0; round < MAX_PEEL_ROUNDS; round += 1) {
    const { start: startBefore, end: endBefore } = span;
    peelEdges(raw, span, rec);

    const bearer = span.start < span.end ? matchAt(BEARER, raw, span.start) : null;
    if (bearer) {
      // A prefix may reach into trailing blanks already reported: "Bearer " alone.
      const length = Math.min(bearer[0].length, span.end - span.start);
      rec.add(
        'bearer-prefix',
        span.start,
        length,
        raw.slice(span.start, span.start + length).trim(),
      );
      span.start += length;
    }

    const assignment =
      span.start < span.end
        ? (matchAt(ASSIGNMENT, raw, span.start) ?? matchAt(SPACED_ASSIGNMENT, raw, span.start))
        : null;
    if (assignment) {
      const length = Math.min(assignment[0].length, span.end - span.start);
      const emptyValue = span.start + length >= span.end;
      if (!emptyValue || SECRET_NAME.test(assignment[1] ?? '')) {
        const text = raw.slice(span.start, span.start + length).trim();
        rec.add('assignment-prefix', span.start, length, text);
        span.start += length;
      }
    }

    let comment = raw.slice(span.start, span.end).search(TRAILING_COMMENT);
    while (comment > 0 && isBlankAt(raw, span.start + comment - 1)) comment -= 1;
    if (comment > 0) {
      rec.add('trailing-comment', span.start + comment, span.end - span.start - comment);
      span.end = span.start + comment;
    }

    const { start, end } = span;
    const punctuation = TRAILING_PUNCTUATION.exec(raw.slice(Math.max(start, end - 2), end));
    if (punctuation && end - start > 1) {
      rec.add('trailing-punctuation', end - 1, 1, punctuation[0]);
      span.end -= 1;
    } else if (BRACKETED_KEY.test(raw.slice(start, end))) {
      rec.add('wrapping-brackets', start, end - start);
      span.start += 1;
      span.end -= 1;
    } else if (start < end && isStraightQuote(raw.charCodeAt(start))) {
      const quote = raw.charAt(start);
      if (end - start >= 2 && raw.charAt(end - 1) === quote) {
        rec.add('wrapping-quotes', start, end - start, quote);
        span.end -= 1;
      } else {
        rec.add('wrapping-quotes', start, 1, quote);
      }
      span.start += 1;
    } else if (end > start && isStraightQuote(raw.charCodeAt(end - 1))) {
      rec.add('wrapping-quotes', end - 1, 1, raw.charAt(end - 1));
      span.end -= 1;
    }

    if (span.start === startBefore && span.end === endBefore) break;
  }
  return span;
}

// ---------------------------------------------------------------------------------------------
// What the value is: a placeholder, a variable name, another provider's key.

/** Also "sk-my api key", a reporter's stand-in for theirs (usestrix/strix#175). */
const PLACEHOLDER_WORD =
  /^api key$|your|\bmy[-_ ]?(?:deepseek[-_ ]?)?(?:api[-_ ]?)?key\b|replace[-_]?(?:me|this)|change[-_]?me|placeholder|dummy|redacted|example|insert[-_]?(?:your|key|here)|(?:key|token)[-_]?here/i;
const NO_VALUE = /^(?:undefined|null|none|nan|todo|tbd)$/i;
const REPEATED = /^(?:sk-)?(.)\1{7,}$/;

/** Returns a language-neutral marker of the placeholder, or null. Never echoes key material. */
function placeholderMarker(cleaned: string, core: string): string | null {
  if (core.includes('${')) return '${…}';
  if (core.includes('{{') || core.includes('}}')) return '{{…}}';
  // `{NAME}` with no `$`: a reference no tool expands, sent as it is (docker compose).
  if (/^\{\w+\}$/.test(core)) return '{…}';
  if (cleaned.includes('<') && cleaned.includes('>')) return '<…>';
  // Masked keys, as key lists and dashboards show them.
  if (/[*•●]{3}/.test(core)) return '***';
  if (core.includes('...') || core.includes('…')) return '...';
  // `xxx`, `sk-xxx`, a bare `sk-`: a template's value (musistudio/claude-code-router#102).
  if (/x{4}|^(?:sk-)?x{3}$/i.test(cleaned)) return 'xxxx';
  if (cleaned === 'sk-') return 'sk-';
  const word = PLACEHOLDER_WORD.exec(cleaned);
  if (word) return word[0].toLowerCase();
  if (NO_VALUE.test(cleaned)) return cleaned;
  const repeated = REPEATED.exec(cleaned);
  if (repeated) return `${(repeated[1] ?? '').repeat(4)}…`;
  return null;
}

const IDENT = '[A-Za-z_][A-Za-z0-9_]{0,99}';
const SHELL_REFERENCE = new RegExp(`^(?:\\$(?:env:)?${IDENT}|%${IDENT}%)$`);
const CODE_REFERENCE = new RegExp(
  `^(?:process\\.env|import\\.meta\\.env|Deno\\.env\\.get|os\\.environ(?:\\.get)?|os\\.getenv|System\\.getenv|getenv|ENV)` +
    `(?:\\.(${IDENT})|\\[["'\`](${IDENT})["'\`]\\]|\\(["'\`](${IDENT})["'\`][^)]{0,200}\\))$`,
);
/** Reading the environment, whatever is in the brackets (sometimes the key itself). */
const CODE_REFERENCE_START =
  /^(process\.env|import\.meta\.env|Deno\.env|os\.environ|os\.getenv|System\.getenv|getenv)/;
const BARE_NAME = new RegExp(`^${IDENT}$`);
const NAME_ENDING = /(?:key|token|secret)$/i;

/** Returns the variable name (or the expression reading it) pasted instead of a value, or null. */
function variableName(cleaned: string): string | null {
  if (SHELL_REFERENCE.test(cleaned)) return cleaned;
  const code = CODE_REFERENCE.exec(cleaned);
  if (code) return code[1] ?? code[2] ?? code[3] ?? null;
  // The brackets may hold a key (`os.getenv("sk-…")`): name only the function, never the inside.
  const start = CODE_REFERENCE_START.exec(cleaned);
  if (start) return start[1] ?? null;
  if (BARE_NAME.test(cleaned) && NAME_ENDING.test(cleaned)) return cleaned;
  return null;
}

function otherProviderOf(cleaned: string): OtherProvider | null {
  if (cleaned.length > PROVIDER_CHECK_MAX) return null;
  return OTHER_PROVIDER_KEYS.find(({ pattern }) => pattern.test(cleaned))?.provider ?? null;
}

// ---------------------------------------------------------------------------------------------

interface Cleaned {
  cleaned: string;
  /** The index in the raw input of cleaned[i]. */
  rawIndex(i: number): number;
}

const ascii = new TextDecoder();

/** Removes what is left between the peeled edges: inner blanks and quotes, non-ASCII. */
function cleanCore(raw: string, { start, end }: Span, rec: Recorder): Cleaned {
  let i = start;
  while (i < end && isPrintableAscii(raw.charCodeAt(i))) i += 1;
  // The usual case: nothing inside needs removing.
  if (i === end) return { cleaned: raw.slice(start, end), rawIndex: (k) => start + k };

  const out = new Uint8Array(end - start);
  const map = new Int32Array(end - start);
  let n = 0;
  for (i = start; i < end;) {
    const code = raw.charCodeAt(i);
    if (isPrintableAscii(code)) {
      out[n] = code;
      map[n] = i;
      n += 1;
      i += 1;
      continue;
    }
    const cp = codePointAt(raw, i);
    const cls = classOf(cp);
    const width = widthOf(cp);
    if (isStrippable(cls)) {
      const runEnd = runEndFrom(raw, i, end, runKey(cp, cls));
      rec.addChar(cp, cls, INNER, i, runEnd - i);
      i = runEnd;
      continue;
    }
    rec.addChar(cp, cls, INNER, i, width);
    if (cls === TWIN) {
      out[n] = twinOf(cp);
      map[n] = i;
      n += 1;
    }
    i += width;
  }
  return { cleaned: ascii.decode(out.subarray(0, n)), rawIndex: (k) => map[k] ?? start };
}

function isSendable(raw: string): boolean {
  if (raw.length === 0 || raw.length > MAX_SENDABLE_LENGTH) return false;
  for (let i = 0; i < raw.length; i += 1) {
    if (!isPrintableAscii(raw.charCodeAt(i))) return false;
  }
  return true;
}

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66);
}

function isUpperHexDigit(code: number): boolean {
  return code >= 0x41 && code <= 0x46;
}

const HEX_BODY_LENGTH = DEEPSEEK_KEY_LENGTH - DEEPSEEK_KEY_PREFIX.length;

/** Prefix, hex and length checks against DeepSeek's shape. */
function checkShape(rec: Recorder, { cleaned, rawIndex }: Cleaned): void {
  const first = rawIndex(0);
  const span = rawIndex(cleaned.length - 1) + 1 - first;
  const prefixLength = DEEPSEEK_KEY_PREFIX.length;

  let bodyStart: number | null = prefixLength;
  let lengthExpected = true;
  if (!cleaned.startsWith(DEEPSEEK_KEY_PREFIX)) {
    const head = cleaned.slice(0, prefixLength);
    const bareHex = cleaned.length === HEX_BODY_LENGTH && /^[0-9a-fA-F]+$/.test(cleaned);
    const headEnd = rawIndex(Math.min(prefixLength, cleaned.length) - 1) + 1;
    rec.add('wrong-prefix', first, bareHex ? 0 : headEnd - first, head);
    if (bareHex) {
      // Only `sk-` is missing: saying the length is wrong too would send the user after the body.
      bodyStart = 0;
      lengthExpected = false;
    } else if (!/^sk[-_]/i.test(cleaned)) {
      bodyStart = null;
    }
  }

  if (bodyStart !== null) {
    let firstUpper = -1;
    for (let i = bodyStart; i < cleaned.length; i += 1) {
      const code = cleaned.charCodeAt(i);
      if (isHexDigit(code)) continue;
      if (isUpperHexDigit(code)) {
        if (firstUpper < 0) firstUpper = i;
        continue;
      }
      // One finding for the first: the rest follow from the same cause (another key, a typo run).
      rec.add('non-hex', rawIndex(i), 1, cleaned.charAt(i));
      firstUpper = -1;
      break;
    }
    if (firstUpper >= 0) {
      rec.add('uppercase-hex', rawIndex(firstUpper), 1, cleaned.charAt(firstUpper));
    }
  }

  if (lengthExpected && cleaned.length !== DEEPSEEK_KEY_LENGTH) {
    rec.add('wrong-length', first, span, String(cleaned.length));
  }
}

/**
 * Lints a pasted key offline: each problem with its position in `raw`, the cleaned key, and
 * whether the raw key may be sent at all (the browser's fetch throws a bare TypeError on a header
 * value that is not printable ASCII). Linear in the input; never throws.
 */
export function lintKey(raw: string): KeyLint {
  const rec = new Recorder();
  const span = peel(raw, rec);
  const core = cleanCore(raw, span, rec);
  const { cleaned, rawIndex } = core;

  let valueKind: 'placeholder' | 'variable-name' | 'other-provider' | null = null;
  let otherProvider: OtherProvider | null = null;
  let findings: KeyFinding[];

  if (cleaned === '') {
    const onlyBlank = rec.findings.every((f) => BLANK_KINDS.has(f.kind));
    const empty: KeyFinding = {
      kind: 'empty',
      index: onlyBlank ? 0 : Math.min(span.start, raw.length),
      length: onlyBlank ? raw.length : 0,
      severity: 'error',
    };
    // Blanks alone are just "empty"; a prefix or quotes around nothing are worth naming.
    findings = onlyBlank ? [empty] : [...rec.findings, empty];
  } else {
    const first = rawIndex(0);
    const length = rawIndex(cleaned.length - 1) + 1 - first;
    const short = cleaned.length <= NAME_CHECK_MAX;
    const marker = short ? placeholderMarker(cleaned, raw.slice(span.start, span.end)) : null;
    if (marker !== null) {
      rec.add('placeholder', first, length, marker);
      valueKind = 'placeholder';
    } else if ((otherProvider = otherProviderOf(cleaned)) !== null) {
      rec.add('other-provider', first, length, otherProvider);
      valueKind = 'other-provider';
    } else {
      const name = short ? variableName(cleaned) : null;
      if (name !== null) {
        rec.add('variable-name', first, length, name);
        valueKind = 'variable-name';
      } else {
        checkShape(rec, core);
      }
    }
    findings =
      valueKind === 'placeholder' || valueKind === 'variable-name'
        ? rec.findings.filter((f) => !FOLLOW_ON_KINDS.has(f.kind))
        : rec.findings;
  }

  // Array.prototype.sort is stable: ties keep the order in which the problems were found.
  findings.sort((a, b) => a.index - b.index);

  return {
    findings,
    cleaned,
    canClean: cleaned !== raw && cleaned !== '' && valueKind === null,
    sendable: isSendable(raw),
    looksLikeDeepSeek: valueKind === null && DEEPSEEK_KEY_PATTERN.test(cleaned),
    otherProvider,
    shape: keyShape(cleaned),
  };
}

/**
 * The parts of a key that are safe to show or put in a report: its length, its prefix (up to the
 * first `-` or `_` within four characters, else three characters) and its last four. Keys shorter
 * than eight characters show neither, since the two would be most of the key.
 */
export function keyShape(key: string): KeyShape {
  if (key.length < 8) return { length: key.length, prefix: '', lastFour: '' };
  const prefix = /^[A-Za-z]{2,3}[-_]/.exec(key)?.[0] ?? key.slice(0, 3);
  return { length: key.length, prefix, lastFour: key.slice(-4) };
}
