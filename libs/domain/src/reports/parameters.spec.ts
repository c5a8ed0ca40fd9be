import { calendarYearAction, monthlyPeriod, ReportKind, reportPeriod, reportsToPrepareOn } from './periods';
import { DEFAULT_REPORTING_PARAMETERS, parametersInForce, reportingParametersErrors } from './parameters';

describe('reporting parameters', () => {
  const rows = [
    { effectiveFrom: '2025-01-01', ...DEFAULT_REPORTING_PARAMETERS, monthlyReportDueDay: 5, dropOffWindowDays: 60 },
    { effectiveFrom: '2026-01-01', ...DEFAULT_REPORTING_PARAMETERS, monthlyReportDueDay: 20, mayReportDue: '06-30' },
  ];

  it('applies the row in force on a day, the defaults before any row', () => {
    expect(parametersInForce(rows, '2024-12-31')).toEqual(DEFAULT_REPORTING_PARAMETERS);
    expect(parametersInForce(rows, '2025-06-01')).toMatchObject({ monthlyReportDueDay: 5, dropOffWindowDays: 60 });
    expect(parametersInForce(rows, '2026-01-01')).toMatchObject({
      monthlyReportDueDay: 20,
      mayReportDue: '06-30',
      dropOffWindowDays: 90,
    });
  });

  it('moves the due dates of the reports', () => {
    expect(monthlyPeriod(2025, 3, 5).dueOn).toBe('2025-04-05');
    expect(monthlyPeriod(2025, 3).dueOn).toBe('2025-04-10');
    const due = { mayReportDue: '06-30', septemberReportDue: '10-15', finalReportDueMonths: 2 };
    expect(reportPeriod(ReportKind.INTERMEDIATE_MAY, calendarYearAction(2025), undefined, due).dueOn).toBe(
      '2025-06-30',
    );
    expect(reportPeriod(ReportKind.FINAL, calendarYearAction(2025), undefined, due).dueOn).toBe('2026-02-28');
    expect(reportsToPrepareOn('2025-06-01', { ...due, monthlyReportDueDay: 20 }).map((p) => [p.kind, p.dueOn])).toEqual(
      [
        [ReportKind.MONTHLY, '2025-06-20'],
        [ReportKind.INTERMEDIATE_MAY, '2025-06-30'],
      ],
    );
  });

  it('checks the values', () => {
    expect(reportingParametersErrors(DEFAULT_REPORTING_PARAMETERS)).toEqual({});
    expect(
      Object.keys(
        reportingParametersErrors({
          ...DEFAULT_REPORTING_PARAMETERS,
          monthlyReportDueDay: 31,
          mayReportDue: '05-20',
          septemberReportDue: '13-01',
          dropOffWindowDays: 3,
        }),
      ),
    ).toEqual(['monthlyReportDueDay', 'mayReportDue', 'septemberReportDue', 'dropOffWindowDays']);
  });
});
