/**
 * Only the start of a long paste is read: the page shows it twice (as pasted and repaired), and
 * rendering a whole 240 KB file froze the page for seconds. A file that builds a client is
 * far shorter; the page says when it cut.
 */
export const MAX_CODE_LINES = 500;
export const MAX_CODE_TEXT = 30_000;

/** The part of pasted code that is read: at most MAX_CODE_LINES lines and MAX_CODE_TEXT characters. */
export function readableCode(input: string): { code: string; truncated: boolean } {
  let end = 0;
  for (let line = 0; line < MAX_CODE_LINES && end < input.length; line++) {
    const nl = input.indexOf('\n', end);
    end = nl === -1 ? input.length : nl + 1;
  }
  if (end > MAX_CODE_TEXT) {
    // Cut at a line end when there is one, so that no line is read in half.
    const nl = input.lastIndexOf('\n', MAX_CODE_TEXT - 1);
    end = nl > 0 ? nl + 1 : MAX_CODE_TEXT;
  }
  const code = input.slice(0, end);
  return { code, truncated: input.slice(end).trim() !== '' };
}

/**
 * The code as a parser should see it: Markdown prose and fences, REPL prompts (`>>> `, `... `,
 * `In [3]: `, `   ...: `), notebook magics (`%env`, `!pip`) and a web page's markup around its
 * scripts taken out. Every line keeps its place and its length, so lines and line starts stay the
 * user's: a prompt is moved to the line's end as spaces, and a fence, a magic, a line of prose or
 * markup becomes spaces. `toSource` maps an offset in `code` back to the pasted text.
 */
export interface PreparedCode {
  code: string;
  /** `insertion`: an insertion at a line's start goes before its prompt. */
  toSource(offset: number, insertion?: boolean): number;
}

const PROMPT = /^(?:>>> ?|\.\.\. ?|In \[\d*\]: ?|[ \t]+\.\.\.+: ?)/;
const MAGIC = /^[ \t]*(?:%{1,2}|!)[A-Za-z]/;
const FENCE = /^[ \t]*(?:```|~~~)/;

/**
 * A web page pasted whole (`<!DOCTYPE html>`, `<html>`, `<body>`, with inline `<script>`s): its
 * scripts are the code, read in place; the markup around them becomes spaces.
 */
const HTML_PAGE = /^\s*<(?:!DOCTYPE html|html|head|body)\b/i;
const SCRIPT = /(<script\b[^>]*>)([\s\S]*?)(?:<\/script\s*>|$)/gi;

export function isHtmlPage(text: string): boolean {
  return HTML_PAGE.test(text);
}

function scriptsOnly(text: string): string {
  if (!isHtmlPage(text)) return text;
  const blank = (part: string) => part.replace(/[^\r\n]/g, ' ');
  let out = '';
  let at = 0;
  for (const found of text.matchAll(SCRIPT)) {
    const bodyStart = found.index + found[1]!.length;
    out += blank(text.slice(at, bodyStart)) + found[2]!;
    at = bodyStart + found[2]!.length;
  }
  return out + blank(text.slice(at));
}

export function prepareCode(input: string): PreparedCode {
  const text = scriptsOnly(input);
  const lines = text.split('\n');
  const fenced = lines.some((line) => FENCE.test(line));
  const repl = lines.some((line) => /^(?:>>> |In \[\d*\]: )/.test(line));
  let inFence = false;
  // The shift of each line that lost a prompt, by its start offset in `code`.
  const shifts = new Map<number, number>();
  let start = 0;
  const out = lines.map((line) => {
    const lineStart = start;
    start += line.length + 1;
    const blank = () => line.replace(/[^\r]/g, ' ');
    if (fenced && FENCE.test(line)) {
      inFence = !inFence;
      return blank();
    }
    if (fenced && !inFence) return blank();
    if (MAGIC.test(line)) return blank();
    const prompt = repl ? PROMPT.exec(line)?.[0] : undefined;
    if (!prompt) return line;
    shifts.set(lineStart, prompt.length);
    const cr = line.endsWith('\r') ? '\r' : '';
    const body = line.slice(prompt.length, line.length - cr.length);
    return `${body}${' '.repeat(prompt.length)}${cr}`;
  });
  const code = out.join('\n');
  if (shifts.size === 0) return { code, toSource: (offset) => offset };
  return {
    code,
    toSource(offset, insertion = false) {
      const lineStart = offset === 0 ? 0 : code.lastIndexOf('\n', offset - 1) + 1;
      if (insertion && offset === lineStart) return offset;
      const shift = shifts.get(lineStart) ?? 0;
      const end = code.indexOf('\n', offset);
      // The spaces the prompt left at the line's end map to the line's end.
      return Math.min(offset + shift, end === -1 ? code.length : end);
    },
  };
}
