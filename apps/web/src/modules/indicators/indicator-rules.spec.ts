import { describe, expect, it } from 'vitest';
import {
  historyDays,
  withHistory,
  formatAmount,
  formatIndicatorValue,
  formatQuantity,
  gaugePercent,
  indicatorTrend,
  measureLabel,
  paceValue,
  projectionSeries,
  proofState,
  totalPayable,
} from './indicator-rules';
import { formatRate } from '../../lib/format';

// Intl in French uses narrow no-break spaces (U+202F) for thousands and before %; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatting', () => {
  it('writes rates, values and amounts the French way', () => {
    expect(plain(formatRate(0.255))).toBe('25,5 %');
    expect(plain(formatRate(1.2))).toBe('120 %');
    expect(formatIndicatorValue(12.5, 'HOURS')).toBe('12,5 h');
    expect(formatIndicatorValue(42, 'ACTIVE_FILE')).toBe('42');
    expect(plain(formatAmount('12600.00'))).toBe('12 600,00 €');
    expect(formatAmount(null)).toBe('—');
    expect(measureLabel('HOURS', 'FACE_TO_FACE')).toBe('Heures · Face à face');
    expect(measureLabel('EXITS', null, 'JOB_OR_TRAINING')).toMatch(/^Sorties · ./);
    expect(formatIndicatorValue(85.5, 'SHEETS_ON_TIME')).toBe('85,5 %');
    expect(formatIndicatorValue(12, 'FIRST_APPOINTMENT_WAIT')).toBe('12 j');
    expect(formatQuantity(9, 'FIRST_APPOINTMENT_WAIT')).toBe('9 j');
    expect(formatQuantity(1, 'INTERVIEWS')).toBe('1');
  });

  it('adds amounts payable in cents, without floating-point drift', () => {
    expect(totalPayable([{ amountPayable: '0.10' }, { amountPayable: '0.20' }, { amountPayable: '12600.00' }])).toBe(
      '12600.30',
    );
    expect(totalPayable([])).toBe('0.00');
  });
});

describe('gauge', () => {
  it('fills the ring to the rate, capped at 100 %', () => {
    expect(gaugePercent(0.255)).toBe(25.5);
    expect(gaugePercent(1.7)).toBe(100);
    expect(gaugePercent(-1)).toBe(0);
  });

  it('is teal once reached, blue when the pace reaches the target, orange when behind', () => {
    expect(indicatorTrend('HOURS', 1, 10, 10)).toEqual({ color: 'teal', label: 'Cible atteinte' });
    expect(indicatorTrend('HOURS', 0.5, 10, 10)).toEqual({ color: 'blue', label: 'En bonne voie' });
    expect(indicatorTrend('HOURS', 0.5, 8, 10)).toEqual({ color: 'orange', label: 'En retard sur la cible' });
  });

  it('has no pace for a share, and a maximum for a waiting time', () => {
    expect(indicatorTrend('SHEETS_ON_TIME', 0.9, 90, 80).color).toBe('orange');
    expect(indicatorTrend('FIRST_APPOINTMENT_WAIT', 1, 12, 15)).toEqual({ color: 'teal', label: 'Dans le délai' });
    expect(indicatorTrend('FIRST_APPOINTMENT_WAIT', 0.75, 20, 15)).toEqual({
      color: 'orange',
      label: 'Au-delà du délai',
    });
  });
});

describe('projection', () => {
  it('carries the pace on: 3 h in 10 days of a 20-day period gives 6 h at the end (as the API)', () => {
    expect(paceValue(3, '2026-01-01', '2026-01-10', '2026-01-20')).toBe(6);
    expect(paceValue(3, '2026-01-01', '2026-01-10', '2026-01-15')).toBe(4.5);
  });

  it('starts at 0, passes through the value on the day, and ends on the projected value', () => {
    const points = projectionSeries('2026-01-01', '2026-01-20', '2026-01-10', 3, 12, 2);
    expect(points[0]).toEqual({ day: '2026-01-01', realise: 0, projection: null, cible: 12 });
    expect(points[1]).toEqual({ day: '2026-01-10', realise: 3, projection: 3, cible: 12 });
    expect(points.at(-1)).toEqual({ day: '2026-01-20', realise: null, projection: 6, cible: 12 });
    expect(points).toHaveLength(4);
  });

  it('keeps a share or an average flat to the end of the period', () => {
    const points = projectionSeries('2026-01-01', '2026-01-20', '2026-01-10', 75, 80, 2, false);
    expect(points.slice(1).map((p) => p.projection)).toEqual([75, 75, 75]);
    expect(points[0].realise).toBeNull();
  });

  it('stops at the value once the period is over, and stays at 0 before it starts', () => {
    expect(projectionSeries('2026-01-01', '2026-01-20', '2026-02-01', 9, 12).at(-1)).toEqual({
      day: '2026-01-20',
      realise: 9,
      projection: 9,
      cible: 12,
    });
    expect(projectionSeries('2026-01-01', '2026-01-20', '2025-12-01', 0, 12).map((p) => p.projection)).toEqual([0, 0]);
  });
});

describe('proof of a unit', () => {
  it('prefers the uploaded file, then the electronically signed sheet, else none', () => {
    expect(proofState({ proofId: 'p1', sheetSha256: 'abc' })).toEqual({ kind: 'file', proofId: 'p1' });
    expect(proofState({ proofId: null, sheetSha256: 'abc' })).toEqual({ kind: 'signed-sheet', sha256: 'abc' });
    expect(proofState({})).toEqual({ kind: 'none' });
  });
});

describe('history on the projection chart', () => {
  it('reads the value at every month end of the period up to the day of computation', () => {
    expect(historyDays('2025-01-15', '2025-12-31', '2025-04-10')).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-10',
    ]);
    expect(historyDays('2025-01-15', '2025-03-31', '2025-06-10')).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
    expect(historyDays('2025-01-15', '2025-12-31', '2025-01-10')).toEqual([]);
  });

  it('puts the values reached on the projection, day by day', () => {
    const points = projectionSeries('2025-01-01', '2025-12-31', '2025-03-31', 30, 100, 2);
    const merged = withHistory(points, [
      { date: '2025-01-31', value: 8 },
      { date: '2025-02-28', value: 19 },
      { date: '2025-03-31', value: 30 },
    ]);
    expect(merged.map((p) => [p.day, p.realise])).toEqual([
      ['2025-01-01', 0],
      ['2025-01-31', 8],
      ['2025-02-28', 19],
      ['2025-03-31', 30],
      ...points.slice(2).map((p) => [p.day, null]),
    ]);
  });
});
