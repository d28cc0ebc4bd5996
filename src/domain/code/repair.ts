import type { CodeEdit, CodeLint, RepairedCode } from './findings.ts';
import { readableCode } from './prepare.ts';
import { redactKeys } from './secrets.ts';

/**
 * Applies the repair lintCode planned for the same `code`: the user's own code with the key read from the
 * environment, DeepSeek's base URL, `openai` instead of an unofficial package, a current model.
 * Every other byte is kept. The result never contains a key (SPEC §4: it is copied): one the plan
 * does not replace, in a comment or a docstring, is redacted to `sk-…abcd`.
 */
export function repairCode(code: string, lint: CodeLint): RepairedCode {
  const source = readableCode(code).code;
  // Offsets planned for other code would cut this one anywhere: only the redaction applies.
  const edits = lint.sourceLength === source.length ? lint.repairs : [];
  const repaired = applyEdits(source, edits);
  // The plan redacts every key already; this is the guarantee, should two edits ever overlap one.
  const changed = new Set(repaired.changedLines);
  const fixed = redactKeys(repaired.fixed, (line) => changed.add(line));
  return { fixed, changedLines: [...changed].sort((a, b) => a - b) };
}

/** Applies non-overlapping edits (the widest wins) and marks the lines they touch. */
export function applyEdits(code: string, edits: readonly CodeEdit[]): RepairedCode {
  const order = edits
    .map((edit, index) => ({ edit, index }))
    // At one offset an insertion goes first: it overlaps nothing (`import os` before a rewritten
    // first import); otherwise the widest edit wins.
    .sort(
      (a, b) =>
        a.edit.start - b.edit.start ||
        Number(b.edit.start === b.edit.end) - Number(a.edit.start === a.edit.end) ||
        b.edit.end - a.edit.end ||
        a.index - b.index,
    )
    .map(({ edit }) => edit);
  const accepted: CodeEdit[] = [];
  let lastEnd = -1;
  for (const edit of order) {
    if (edit.start < lastEnd) continue;
    const previous = accepted[accepted.length - 1];
    if (
      previous &&
      previous.start === edit.start &&
      previous.end === edit.end &&
      previous.text === edit.text
    ) {
      continue;
    }
    accepted.push(edit);
    lastEnd = Math.max(lastEnd, edit.end);
  }
  let fixed = '';
  let cursor = 0;
  const ranges: [number, number][] = [];
  for (const edit of accepted) {
    fixed += code.slice(cursor, edit.start);
    const start = fixed.length;
    fixed += edit.text;
    const lead = /^\r?\n/.exec(edit.text)?.[0].length ?? 0;
    ranges.push([start + lead, fixed.length]);
    cursor = edit.end;
  }
  fixed += code.slice(cursor);
  const starts = [0];
  for (let i = 0; i < fixed.length; i++) if (fixed[i] === '\n') starts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const changed = new Set<number>();
  for (const [start, end] of ranges) {
    const last = end > start ? lineOf(end - 1) : lineOf(start);
    for (let line = lineOf(start); line <= last; line++) changed.add(line);
  }
  return { fixed, changedLines: [...changed].sort((a, b) => a - b) };
}
