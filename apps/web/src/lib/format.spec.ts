import { describe, expect, it } from 'vitest';
import {
  bySex,
  addDays,
  ageOn,
  daysBetween,
  formatDate,
  formatDateTime,
  formatDay,
  formatShortDay,
  formatSiret,
  plural,
  todayInParis,
} from './format';

describe('French formatting in Paris time', () => {
  it('formats instants in Europe/Paris whatever the machine’s zone', () => {
    expect(formatDateTime('2026-01-15T13:05:00Z')).toBe('15/01/2026 14:05');
    expect(formatDateTime('2026-07-15T22:30:00Z')).toBe('16/07/2026 00:30');
    expect(formatDate('2026-03-01T23:30:00Z')).toBe('2 mars 2026');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('pas une date', 'Jamais')).toBe('Jamais');
  });

  it('groups SIRET digits and writes plurals', () => {
    expect(formatSiret('73282932000074')).toBe('732 829 320 00074');
    expect(formatSiret('123')).toBe('123');
    expect(plural(1, 'structure')).toBe('1 structure');
    expect(plural(2, 'structure')).toBe('2 structures');
  });
});

describe('calendar days', () => {
  it('formats a day without shifting it through a time zone', () => {
    expect(formatDay('2026-03-01')).toBe('1 mars 2026');
    expect(formatDay('2026-12-31')).toBe('31 décembre 2026');
    expect(formatShortDay('2026-01-05')).toBe('05/01/2026');
    expect(formatDay(null)).toBe('—');
    expect(formatDay('2026-13-45', 'Inconnu')).toBe('Inconnu');
  });

  it('knows today in Paris, day spans and ages', () => {
    expect(todayInParis(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInParis(new Date('2026-01-15T10:00:00Z'))).toBe('2026-01-15');
    expect(daysBetween('2026-03-01', '2026-03-29')).toBe(28);
    expect(daysBetween('2026-03-29', '2026-03-01')).toBe(-28);
    expect(ageOn('1980-05-20', '2026-05-19')).toBe(45);
    expect(ageOn('1980-05-20', '2026-05-20')).toBe(46);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('bySex', () => {
  it('uses the recorded sex, the inclusive form only when none is recorded', () => {
    expect(bySex('FEMALE', 'né', 'née', 'né·e')).toBe('née');
    expect(bySex('MALE', 'né', 'née', 'né·e')).toBe('né');
    expect(bySex(null, 'né', 'née', 'né·e')).toBe('né·e');
  });
});
