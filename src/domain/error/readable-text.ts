/**
 * A pasted error as it was printed, before a terminal, a logger, a quote or an escape got at it.
 * The readers in parse-error-text.ts then see one form of each message, however it was pasted
 * (issue 12: "the same message must read the same when it is broken over lines, indented,
 * JSON-escaped, prefixed by a logger, or wrapped by a tool").
 */

/** Colour and cursor codes a terminal leaves in copied text (ECMA-48 CSI and OSC sequences). */
// eslint-disable-next-line no-control-regex -- escape characters are what this removes
const TERMINAL_CODES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/**
 * Marks in front of each line that are not the error's: a Markdown or e-mail quote (`> `), a
 * REPL prompt (`>>> `), a box a CLI draws around its output (`│ `, Claude Code's `⎿ `).
 */
const LINE_MARKS = /^[ \t]*(?:[>│┃║⎿][ \t]*)+/gm;

/**
 * A syslog or journal line's prefix (journalctl's default "short" output: `Mar 02 10:11:12 vps
 * python3[18231]: `), a Compose service's (`bot-api-1  | `, or `bot_api_1 | ` before Compose
 * v2) and PM2's (`0|api  | `): the program's own line follows, its indentation kept.
 */
const HOST_PREFIX =
  /^[ \t]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ \t]+\d{1,2}[ \t]+\d{2}:\d{2}:\d{2}[ \t]+[\w.-]+[ \t]+[\w.@/-]+(?:\[\d+\])?:|[a-z0-9][\w.-]*[-_]\d+[ \t]+\||\d+\|[\w.-]+[ \t]*\|)[ \t]?/gm;

/**
 * A logger's prefix: a date or time first (Python's logging, log4j, Go's log, Winston), then any
 * level, bracketed fields, a source location and a logger name before `:` or `-`. A line that
 * does not start with a time keeps everything: "401 …" or "ERROR: …" are the error itself.
 */
const LOG_PREFIX = new RegExp(
  String.raw`^[ \t]*\[?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?)?|\d{1,2}[-/]\d{1,2}[ T]\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?)(?:Z|[+-]\d{2}:?\d{2})?\]?` +
    // Then fields: a level, `[…]` (not a status: `[402]`), `file.py (94)` or `file.go:12`,
    // separators.
    String.raw`(?:[ \t]*(?:\[(?![1-5]\d\d\b)[^\]\n]{0,40}\]|\b(?:TRACE|DEBUG|INFO|NOTICE|WARN(?:ING)?|ERROR|ERR|FATAL|CRITICAL|PANIC)\b|[\w.-]+\.(?:py|js|ts|go|java|rs|php|rb)(?:[ \t]*\(\d+\)|:\d+)|[-|:]))*` +
    // And a logger's name: a module path before `:` (`openai._base_client:`, `app.main:`), or
    // any name before ` - ` (Python's "%(name)s - "); not an exception's name
    // (`openai.AuthenticationError:`) nor a field of the message (`status: 401`, `error:`).
    String.raw`(?:[ \t]*(?![\w.]*(?:[Ee]rror|[Ee]xception)\b)(?:[a-z_][\w-]*(?:\.[\w-]+)+:|__main__:|root:|[a-z_][\w.-]{0,60}[ \t]+-)(?=[ \t]))?[ \t]*`,
  'gm',
);

/** Escapes a JSON or Python string left in text that was printed as a string. */
const ESCAPE = /\\(u[0-9a-fA-F]{4}|[nrt"'\\/])/g;

/** Spaces a web page, a chat app or a word processor puts where the error had plain ones. */
const WIDE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f]/g;
/** Characters with no width that such copies leave between words. */
const NO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
/** Typographic quotes an editor or a chat app turned the error's quotes into. */
const SINGLE_QUOTES = /[\u2018\u2019]/g;
const DOUBLE_QUOTES = /[\u201c\u201d]/g;
/**
 * Full-width punctuation a Chinese input method or app puts into an English message
 * ("Authentication Fails（no such user）", "api key：****1a2b", "Fails，Your"): read as ASCII next to
 * ASCII text. After Chinese it stays, and so does a comma after a number ("请求失败（401", "the
 * other 401，"): there the status readers take it as Chinese punctuation. An empty pair after a
 * name is a call's ("parse（）").
 */
const FULL_WIDTH =
  /(?<=[!-~（）])[：）]|(?<=[A-Za-z)\]}'"._）-])，[ \t]*|(?<=[A-Za-z])（|（(?=[A-Za-z])/g;
const HALF_WIDTH: Record<string, string> = { '：': ':', '（': '(', '）': ')', '，': ', ' };

/** The error copied from a web page's source or an HTML log. */
const HTML_ENTITY = /&(quot|apos|#39|#x27|lt|gt|amp);/g;
const HTML_CHARACTERS: Record<string, string> = {
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
  lt: '<',
  gt: '>',
  amp: '&',
};

export function readableText(text: string): string {
  let readable = text;
  // One line holding escaped line breaks: the whole error printed as a string (JSON, repr). A
  // `\n` before a lowercase letter may be a Windows path's (`C:\new`), unless the line is a
  // printed string; an escaped quote alone may be in the key DeepSeek echoed.
  if (
    !readable.trim().includes('\n') &&
    (/\\n(?![a-z])/.test(readable) || /^\s*[{["'][\s\S]*\\n/.test(readable))
  ) {
    readable = readable.replace(ESCAPE, (_, escaped: string) => {
      if (escaped.length > 1) return String.fromCharCode(parseInt(escaped.slice(1), 16));
      return { n: '\n', r: '', t: '\t' }[escaped] ?? escaped;
    });
  }
  readable = readable
    .replace(TERMINAL_CODES, '')
    .replace(WIDE_SPACES, ' ')
    .replace(NO_WIDTH, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(HTML_ENTITY, (_, name: string) => HTML_CHARACTERS[name] ?? '')
    .replace(FULL_WIDTH, (found) => HALF_WIDTH[found.trimEnd()] ?? found);
  return readable.replace(LINE_MARKS, '').replace(HOST_PREFIX, '').replace(LOG_PREFIX, '');
}

/**
 * Where a line break is the error's own, not a terminal's or an editor's: around a blank line, or
 * (unless the line before ends in a comma) before a line that starts a record of its own ("Invalid model: …",
 * "Error: …", a traceback's frame, a dated log line). Those breaks stay in the joined copy, so two
 * lines that were never one sentence are not read as one ("…api key⏎Invalid model: gpt-4o").
 */
const RECORD_START =
  /^(?:[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}:(?:[ \t]|$)|Traceback\b|File "|at |\d{4}[-/]\d{2}[-/]\d{2}|[-*•] )/;

/**
 * The text and after it the same text with its soft line breaks joined, so a phrase a terminal or
 * a reporter broke over lines reads whole, while readers of whole lines still find theirs. A text
 * of one line is returned as it is.
 */
export function withLinesJoined(text: string): string {
  const lines = text
    .trim()
    .split('\n')
    .map((line) => line.trim());
  if (lines.length < 2) return text;
  let joined = lines[0]!;
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!;
    const line = lines[i]!;
    const hard =
      before === '' || line === '' || (RECORD_START.test(line) && !/[,，]$/.test(before));
    joined += (hard ? '\n' : ' ') + line;
  }
  return `${text}\n${joined}`;
}
