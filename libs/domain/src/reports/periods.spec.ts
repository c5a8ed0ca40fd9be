import {
  calendarYearAction,
  isReportFrozen,
  monthlyPeriod,
  ReportKind,
  reportPeriod,
  reportsToPrepareOn,
  lotReportsToPrepareOn,
  ReportStatus,
  reportStatusAfter,
  reportTitle,
} from './periods';

describe('report periods', () => {
  it('gives a monthly table the whole month, due on the 10th of the next one', () => {
    expect(monthlyPeriod(2025, 2)).toEqual({
      kind: ReportKind.MONTHLY,
      start: '2025-02-01',
      end: '2025-02-28',
      dueOn: '2025-03-10',
    });
    expect(monthlyPeriod(2024, 2).end).toBe('2024-02-29');
    expect(monthlyPeriod(2025, 12)).toEqual({
      kind: ReportKind.MONTHLY,
      start: '2025-12-01',
      end: '2025-12-31',
      dueOn: '2026-01-10',
    });
    expect(() => monthlyPeriod(2025, 13)).toThrow();
  });

  it('stops the intermediate reports at 31 May (due 15 June) and 30 September (due in October), from the action start', () => {
    const year = calendarYearAction(2025);
    expect(reportPeriod(ReportKind.INTERMEDIATE_MAY, year)).toEqual({
      kind: ReportKind.INTERMEDIATE_MAY,
      start: '2025-01-01',
      end: '2025-05-31',
      dueOn: '2025-06-15',
    });
    expect(reportPeriod(ReportKind.INTERMEDIATE_SEPTEMBER, year)).toEqual({
      kind: ReportKind.INTERMEDIATE_SEPTEMBER,
      start: '2025-01-01',
      end: '2025-09-30',
      dueOn: '2025-10-31',
    });
    // An action notified in March starts its figures in March.
    expect(reportPeriod(ReportKind.INTERMEDIATE_MAY, { start: '2025-03-15', end: '2026-03-14' }, 2025).start).toBe(
      '2025-03-15',
    );
    // An action that ended in April stops its May report at its own end.
    expect(reportPeriod(ReportKind.INTERMEDIATE_MAY, { start: '2025-01-01', end: '2025-04-30' }).end).toBe(
      '2025-04-30',
    );
    expect(() => reportPeriod(ReportKind.INTERMEDIATE_MAY, { start: '2025-07-01', end: '2026-06-30' }, 2025)).toThrow();
  });

  it('covers the whole action in the final report, due a month after its end', () => {
    expect(reportPeriod(ReportKind.FINAL, calendarYearAction(2025))).toEqual({
      kind: ReportKind.FINAL,
      start: '2025-01-01',
      end: '2025-12-31',
      dueOn: '2026-01-31',
    });
    expect(reportPeriod(ReportKind.FINAL, { start: '2024-09-01', end: '2025-08-31' }).dueOn).toBe('2025-09-30');
    expect(reportPeriod(ReportKind.FINAL, { start: '2025-02-01', end: '2026-01-31' }).dueOn).toBe('2026-02-28');
  });

  it('prepares the previous month on the 1st, and the May, September and final reports on 1 June, 1 October and 1 January', () => {
    expect(reportsToPrepareOn('2025-03-15')).toEqual([]);
    expect(reportsToPrepareOn('2025-03-01').map((p) => [p.kind, p.start, p.end])).toEqual([
      [ReportKind.MONTHLY, '2025-02-01', '2025-02-28'],
    ]);
    expect(reportsToPrepareOn('2025-06-01').map((p) => [p.kind, p.start, p.end])).toEqual([
      [ReportKind.MONTHLY, '2025-05-01', '2025-05-31'],
      [ReportKind.INTERMEDIATE_MAY, '2025-01-01', '2025-05-31'],
    ]);
    expect(reportsToPrepareOn('2025-10-01').map((p) => [p.kind, p.end])).toEqual([
      [ReportKind.MONTHLY, '2025-09-30'],
      [ReportKind.INTERMEDIATE_SEPTEMBER, '2025-09-30'],
    ]);
    expect(reportsToPrepareOn('2026-01-01').map((p) => [p.kind, p.start, p.end, p.dueOn])).toEqual([
      [ReportKind.MONTHLY, '2025-12-01', '2025-12-31', '2026-01-10'],
      [ReportKind.FINAL, '2025-01-01', '2025-12-31', '2026-01-31'],
    ]);
  });

  it('titles reports in French', () => {
    expect(reportTitle(ReportKind.MONTHLY, '2025-03-01', '2025-03-31')).toBe(
      'Tableau de reporting mensuel — mars 2025',
    );
    expect(reportTitle(ReportKind.INTERMEDIATE_MAY, '2025-01-01', '2025-05-31')).toBe(
      'Bilan intermédiaire au 31 mai 2025',
    );
    expect(reportTitle(ReportKind.FINAL, '2025-01-01', '2025-12-31')).toBe('Bilan final (01/01/2025 – 31/12/2025)');
  });
});

describe('report lifecycle', () => {
  it('submits a draft or a returned report, then accepts or returns a submitted one', () => {
    expect(reportStatusAfter(ReportStatus.DRAFT, 'submit')).toBe(ReportStatus.SUBMITTED);
    expect(reportStatusAfter(ReportStatus.RETURNED, 'submit')).toBe(ReportStatus.SUBMITTED);
    expect(reportStatusAfter(ReportStatus.SUBMITTED, 'accept')).toBe(ReportStatus.ACCEPTED);
    expect(reportStatusAfter(ReportStatus.SUBMITTED, 'return')).toBe(ReportStatus.RETURNED);
    expect(reportStatusAfter(ReportStatus.SUBMITTED, 'submit')).toBeNull();
    expect(reportStatusAfter(ReportStatus.ACCEPTED, 'return')).toBeNull();
    expect(reportStatusAfter(ReportStatus.DRAFT, 'accept')).toBeNull();
  });

  it('freezes the figures once submitted, and thaws them when returned', () => {
    expect(isReportFrozen(ReportStatus.DRAFT)).toBe(false);
    expect(isReportFrozen(ReportStatus.SUBMITTED)).toBe(true);
    expect(isReportFrozen(ReportStatus.ACCEPTED)).toBe(true);
    expect(isReportFrozen(ReportStatus.RETURNED)).toBe(false);
  });
});

describe('lotReportsToPrepareOn', () => {
  const lot = { start: '2025-03-10', end: '2026-03-09' };
  it('prepares the monthly table while the lot runs, the intermediate reports on its period, the final one after it ends', () => {
    expect(lotReportsToPrepareOn('2025-03-01', lot)).toEqual([]);
    expect(lotReportsToPrepareOn('2025-04-01', lot).map((p) => [p.kind, p.start, p.end])).toEqual([
      [ReportKind.MONTHLY, '2025-03-01', '2025-03-31'],
    ]);
    expect(lotReportsToPrepareOn('2025-06-01', lot).map((p) => [p.kind, p.start, p.end, p.dueOn])).toEqual([
      [ReportKind.MONTHLY, '2025-05-01', '2025-05-31', '2025-06-10'],
      [ReportKind.INTERMEDIATE_MAY, '2025-03-10', '2025-05-31', '2025-06-15'],
    ]);
    expect(lotReportsToPrepareOn('2025-10-01', lot).map((p) => p.kind)).toEqual([
      ReportKind.MONTHLY,
      ReportKind.INTERMEDIATE_SEPTEMBER,
    ]);
    expect(lotReportsToPrepareOn('2026-04-01', lot).map((p) => [p.kind, p.start, p.end, p.dueOn])).toEqual([
      [ReportKind.MONTHLY, '2026-03-01', '2026-03-31', '2026-04-10'],
      [ReportKind.FINAL, '2025-03-10', '2026-03-09', '2026-04-09'],
    ]);
    expect(lotReportsToPrepareOn('2026-06-01', lot)).toEqual([]);
    expect(lotReportsToPrepareOn('2025-06-15', lot)).toEqual([]);
  });
});
