import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatSiret, plural } from './format';

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
