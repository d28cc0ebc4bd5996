import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../src/domain/causes.ts';
import { DEEPSEEK_BASE_URL } from '../../src/domain/deepseek-facts.ts';
import { changedLines } from '../../src/domain/code/line-diff.ts';
import {
  CODE_LANGUAGES,
  causeCode,
  type CodeLanguage,
} from '../../src/domain/snippets/snippets.ts';

const lines = (...text: string[]) => text.join('\n');

/** A small seeded generator, so a failing case can be reproduced from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Length of a longest common subsequence, by plain recursion with a memo (an independent oracle). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const memo = new Map<string, number>();
  const go = (i: number, j: number): number => {
    if (i === a.length || j === b.length) return 0;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = a[i] === b[j] ? 1 + go(i + 1, j + 1) : Math.max(go(i + 1, j), go(i, j + 1));
    memo.set(key, value);
    return value;
  };
  return go(0, 0);
}

describe('changedLines', () => {
  it('marks nothing when the texts are equal', () => {
    expect(changedLines('a\nb\nc', 'a\nb\nc')).toEqual({ removed: [], added: [] });
    expect(changedLines('', '')).toEqual({ removed: [], added: [] });
  });

  it('marks an inserted line in the new text only', () => {
    expect(changedLines(lines('a', 'c'), lines('a', 'b', 'c'))).toEqual({
      removed: [],
      added: [2],
    });
  });

  it('marks a dropped line in the old text only', () => {
    expect(changedLines(lines('a', 'b', 'c'), lines('a', 'c'))).toEqual({
      removed: [2],
      added: [],
    });
  });

  it('marks a changed line on both sides, 1-based', () => {
    expect(changedLines(lines('a', 'b', 'c'), lines('a', 'B', 'c'))).toEqual({
      removed: [2],
      added: [2],
    });
  });

  it('marks everything when nothing is shared', () => {
    expect(changedLines(lines('a', 'b'), lines('x', 'y', 'z'))).toEqual({
      removed: [1, 2],
      added: [1, 2, 3],
    });
  });

  it('treats a whitespace change as a change', () => {
    expect(changedLines('  x = 1', 'x = 1')).toEqual({ removed: [1], added: [1] });
  });

  it('handles lines added at the start and the end', () => {
    expect(changedLines(lines('b'), lines('a', 'b', 'c'))).toEqual({ removed: [], added: [1, 3] });
  });

  it('keeps repeated lines apart', () => {
    const result = changedLines(lines('x', 'y', 'x'), lines('x', 'x'));
    expect(result.removed).toEqual([2]);
    expect(result.added).toEqual([]);
  });

  it('looks at no more than maxLines lines', () => {
    expect(changedLines(lines('a', 'b', 'c'), lines('a', 'b', 'CHANGED'), 2)).toEqual({
      removed: [],
      added: [],
    });
  });

  it('keeps a longest common subsequence and marks the rest (random texts)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const pick = (n: number) =>
        // At least one line: an empty text is one empty line to split().
        Array.from({ length: 1 + Math.floor(next() * n) }, () => 'abcd'[Math.floor(next() * 4)]!);
      const a = pick(12);
      const b = pick(12);
      const { removed, added } = changedLines(a.join('\n'), b.join('\n'));

      const context = `seed ${seed}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`;
      // Line numbers are 1-based, ascending, unique and in range.
      for (const [marks, text] of [
        [removed, a],
        [added, b],
      ] as const) {
        expect(marks, context).toEqual([...new Set(marks)].sort((x, y) => x - y));
        for (const n of marks) expect(n >= 1 && n <= text.length, context).toBe(true);
      }
      // The unmarked lines are the same sequence on both sides...
      const keptA = a.filter((_, i) => !removed.includes(i + 1));
      const keptB = b.filter((_, i) => !added.includes(i + 1));
      expect(keptA, context).toEqual(keptB);
      // ...and as long as possible: no line is marked that could have been kept.
      expect(keptA.length, context).toBe(lcsLength(a, b));
    }
  });
});

describe('changedLines on the wizard snippets', () => {
  it.each(CAUSE_IDS)('%s: marks at least one line on the fixed side', (cause) => {
    for (const language of CODE_LANGUAGES) {
      const { broken, fixed } = causeCode(cause, language);
      expect(changedLines(broken, fixed).added.length).toBeGreaterThan(0);
    }
  });

  it('not-passed: the base URL line (or the line that hands the key over) is marked as added', () => {
    // Java, Go and Rust code loses the key on the way to the right host: a wrong variable name,
    // no "Bearer ". The line that fixes it is marked instead.
    const handsOver: Partial<Record<CodeLanguage, string>> = {
      java: 'System.getenv("DEEPSEEK_API_KEY")',
      go: '"Bearer "+apiKey',
      rust: '.bearer_auth(&api_key)',
    };
    for (const language of CODE_LANGUAGES) {
      const { broken, fixed } = causeCode('not-passed', language);
      const fixedLines = fixed.split('\n');
      const marker = handsOver[language] ?? DEEPSEEK_BASE_URL;
      const baseLine = fixedLines.findIndex((line) => line.includes(marker)) + 1;
      expect(baseLine).toBeGreaterThan(0);
      expect(changedLines(broken, fixed).added).toContain(baseLine);
    }
  });
});
