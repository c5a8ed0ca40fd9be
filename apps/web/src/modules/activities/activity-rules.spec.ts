import { describe, expect, it } from 'vitest';
import {
  attendanceChanges,
  capacityLabel,
  deadlineBadge,
  missingAttendance,
  sheetOwed,
  signingUrl,
  timeRange,
} from './activity-rules';
import { formatEuros, formatHours, formatMinutes, labelOf } from '../../lib/format';

const day = (d: string) => d.split('-').reverse().join('/');

describe('deadlineBadge', () => {
  it('flags an overdue sheet with the days of delay', () => {
    expect(deadlineBadge({ dueOn: '2026-01-15', status: 'OVERDUE', late: true }, '2026-01-18', day)).toEqual({
      color: 'red',
      label: 'En retard de 3 jours',
    });
  });
  it('shows a sheet sent late, on time, or still due', () => {
    expect(
      deadlineBadge({ dueOn: '2026-01-15', sentOn: '2026-01-16', status: 'SENT_LATE', late: true }, '2026-01-20', day)
        .color,
    ).toBe('orange');
    expect(
      deadlineBadge(
        { dueOn: '2026-01-15', sentOn: '2026-01-10', status: 'SENT_ON_TIME', late: false },
        '2026-01-20',
        day,
      ).label,
    ).toBe('Envoyée le 10/01/2026');
    expect(deadlineBadge({ dueOn: '2026-01-15', status: 'PENDING', late: false }, '2026-01-02', day)).toEqual({
      color: 'yellow',
      label: 'À envoyer avant le 15/01/2026',
    });
    expect(deadlineBadge({ dueOn: '2026-01-15', status: 'PENDING', late: false }, '2026-01-14', day).color).toBe(
      'orange',
    );
  });
});

describe('sheetOwed', () => {
  it('asks the entry sheet, then the exit sheet', () => {
    expect(sheetOwed({ status: 'PENDING_ENTRY' })).toBe('ENTRY');
    expect(sheetOwed({ status: 'ENTERED' })).toBe('EXIT');
    expect(sheetOwed({ status: 'EXITED', exitSheet: { dueOn: '2026-02-01', status: 'PENDING', late: false } })).toBe(
      'EXIT',
    );
    expect(
      sheetOwed({
        status: 'EXITED',
        exitSheet: { dueOn: '2026-02-01', sentOn: '2026-01-20', status: 'SENT_ON_TIME', late: false },
      }),
    ).toBeNull();
    expect(sheetOwed({ status: 'NOT_ENTERED' })).toBeNull();
  });
});

describe('formats', () => {
  it('formats durations, times and money in French', () => {
    expect(formatMinutes(90)).toBe('1 h 30');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(timeRange('14:00', 90)).toBe('14:00 – 15:30');
    expect(formatEuros('42000.00')).toBe('42\u202f000,00 €');
    expect(formatEuros('950.5')).toBe('950,50 €');
    expect(formatEuros(null)).toBe('—');
    expect(formatHours('270.00')).toBe('270 h');
    expect(formatHours('12.50')).toBe('12,5 h');
    expect(capacityLabel(3, 12)).toBe('3 / 12 inscrits · 9 places libres');
    expect(capacityLabel(12, 12)).toBe('12 / 12 inscrits · complet');
    expect(labelOf({ A: 'Alpha' }, 'A')).toBe('Alpha');
    expect(labelOf({ A: 'Alpha' }, null)).toBe('—');
  });
  it('builds the public signing address of the web client', () => {
    expect(signingUrl('https://passerelle.example/', { path: '/sign/abc' })).toBe(
      'https://passerelle.example/sign/abc',
    );
    expect(signingUrl('http://127.0.0.1:4800', { path: '/sign/abc', url: 'https://passerelle.example/sign/abc' })).toBe(
      'https://passerelle.example/sign/abc',
    );
  });
});

describe('attendance', () => {
  it('sends only the changed entries and counts what is missing', () => {
    const saved = [
      { id: 'a', attendance: 'PRESENT' },
      { id: 'b', attendance: null },
      { id: 'c', attendance: null },
    ];
    expect(attendanceChanges(saved, { a: 'PRESENT', b: 'UNEXCUSED_ABSENCE' })).toEqual([
      { enrolmentId: 'b', status: 'UNEXCUSED_ABSENCE' },
    ]);
    expect(missingAttendance(saved)).toBe(2);
  });
});
