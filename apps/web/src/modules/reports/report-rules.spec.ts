import { describe, expect, it } from 'vitest';
import {
  changedSections,
  emptySections,
  formatFigure,
  jobFinished,
  needsMonth,
  reportFilePath,
  yearOptions,
} from './report-rules';

describe('report rules', () => {
  it('sends only the sections that changed, an emptied one as null', () => {
    const saved = [
      { key: 'summary', text: 'Bonne année' },
      { key: 'partnership', text: null },
      { key: 'communication', text: 'Affiches' },
    ];
    expect(changedSections(saved, { summary: 'Bonne année ', partnership: 'Avec Pôle', communication: '' })).toEqual([
      { key: 'partnership', text: 'Avec Pôle' },
      { key: 'communication', text: null },
    ]);
  });

  it('lists the sections still empty by title', () => {
    expect(
      emptySections([
        { title: 'Synthèse', text: ' ' },
        { title: 'Partenariat', text: 'x' },
        { title: 'Égalité', text: null },
      ]),
    ).toEqual(['Synthèse', 'Égalité']);
  });

  it('follows a job until it is completed with its report, or failed', () => {
    expect(jobFinished({ state: 'active', reportId: null })).toBe(false);
    expect(jobFinished({ state: 'completed', reportId: null })).toBe(false);
    expect(jobFinished({ state: 'completed', reportId: 'r1' })).toBe(true);
    expect(jobFinished({ state: 'failed' })).toBe(true);
    expect(jobFinished(undefined)).toBe(false);
  });

  it('builds the export paths and the form options', () => {
    expect(reportFilePath('abc', 'xlsx')).toBe('/files/reports/abc.xlsx');
    expect(yearOptions(2026, 3)).toEqual(['2026', '2025', '2024']);
    expect(needsMonth('MONTHLY')).toBe(true);
    expect(needsMonth('FINAL')).toBe(false);
    expect(formatFigure(null)).toBe('—');
    expect(formatFigure(2.5)).toBe('2,5');
  });
});
