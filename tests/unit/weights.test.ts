import { describe, expect, it } from 'vitest';
import { WEIGHTS, type Weighing } from '../../src/domain/diagnosis/weights.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

const rows = Object.entries(WEIGHTS) as [string, Weighing][];

describe('the weights table: one row per piece of evidence', () => {
  it.each(rows)('%s names where it was learnt', (_, row) => {
    expect(row.source.trim().length).toBeGreaterThan(3);
  });

  it.each(rows)('%s: every sentence it adds is written in both languages', (_, row) => {
    for (const [, , code] of row.effects) {
      expect(en).toHaveProperty([`diagnosis.reason.${code}`]);
      expect(zhCN).toHaveProperty([`diagnosis.reason.${code}`]);
    }
  });

  it.each(rows)('%s never supports a cause it rules out', (_, row) => {
    const supported = row.effects.filter(([, w]) => w !== 'out').map(([c]) => c);
    const ruledOut = row.effects.filter(([, w]) => w === 'out').map(([c]) => c);
    expect(supported.filter((c) => ruledOut.includes(c))).toEqual([]);
  });

  it.each(rows.filter(([, row]) => row.lean))('%s leans only to a cause it supports', (_, row) => {
    const supported = row.effects.filter(([, w]) => typeof w === 'number' && w > 0);
    expect(supported.map(([c]) => c)).toContain(row.lean);
  });
});
