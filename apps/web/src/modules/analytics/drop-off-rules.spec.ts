import { describe, expect, it } from 'vitest';
import { countOf, defaultPeriod, formatMonth, groupRows, monthlyRows, neverSeenRate } from './drop-off-rules';

describe('drop-off rules', () => {
  const counts = [
    { measure: 'FIRST_CONTACTS', count: 8 },
    { measure: 'NEVER_SEEN_AGAIN', count: 2 },
  ];

  it('reads a measure and the share never seen again', () => {
    expect(countOf(counts, 'RUPTURES')).toBe(0);
    expect(neverSeenRate(counts)).toBe(0.25);
    expect(neverSeenRate([])).toBeNull();
  });

  it('turns the series and the groups into chart rows', () => {
    expect(monthlyRows(['2026-01', '2026-02'], [{ measure: 'RUPTURES', values: [1, 3] }])).toEqual([
      { month: formatMonth('2026-01'), RUPTURES: 1 },
      { month: formatMonth('2026-02'), RUPTURES: 3 },
    ]);
    expect(groupRows([{ label: 'Antenne Nord', counts }])).toEqual([
      { group: 'Antenne Nord', FIRST_CONTACTS: 8, NEVER_SEEN_AGAIN: 2, RUPTURES: 0, EXITS_WITHOUT_SOLUTION: 0 },
    ]);
  });

  it('writes months in French and defaults to the twelve months up to this one', () => {
    expect(formatMonth('2026-03')).toBe('mars 2026');
    expect(defaultPeriod('2026-11-23')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(defaultPeriod('2026-01-05')).toEqual({ from: '2025-02-01', to: '2026-01-31' });
  });
});
