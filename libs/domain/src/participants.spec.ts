import { addDays, addMonths, isCalendarDate, todayInParis } from './dates';
import { ageOn, normalizeName } from './participants';

describe('names', () => {
  it('compare without accents, case, hyphens or apostrophes', () => {
    expect(normalizeName('Lefèvre-D’Aubigné')).toBe('lefevre d aubigne');
    expect(normalizeName("  LEFEVRE d'aubigne ")).toBe('lefevre d aubigne');
    expect(normalizeName('Œuvray')).toBe('oeuvray');
  });
});

describe('calendar dates', () => {
  it('accept only real days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-2-1')).toBe(false);
    expect(isCalendarDate('2025-02-01T00:00:00Z')).toBe(false);
  });

  it('add months and days', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08');
  });

  it('take today in Paris, and compute ages', () => {
    expect(todayInParis(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
    expect(ageOn('1980-07-02', '2025-07-01')).toBe(44);
    expect(ageOn('1980-07-01', '2025-07-01')).toBe(45);
  });
});
