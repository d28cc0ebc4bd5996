export interface ChangedLines {
  /** 1-based line numbers of the old text that the new text drops or changes. */
  removed: number[];
  /** 1-based line numbers of the new text that are added or changed. */
  added: number[];
}

/**
 * Marks the lines that differ between two texts, by a longest-common-subsequence of lines.
 * Snippets are a few dozen lines, so the quadratic table is cheap; longer inputs are capped.
 */
export function changedLines(before: string, after: string, maxLines = 2000): ChangedLines {
  const a = before.split('\n').slice(0, maxLines);
  const b = after.split('\n').slice(0, maxLines);
  const common: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] =
        a[i] === b[j]
          ? common[i + 1]![j + 1]! + 1
          : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const removed: number[] = [];
  const added: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || common[i]![j + 1]! >= common[i + 1]![j]!)) {
      added.push(++j);
    } else {
      removed.push(++i);
    }
  }
  return { removed, added };
}
