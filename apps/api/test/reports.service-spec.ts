import { ReportKind, ReportStatus, Role } from '@passerelle/domain';
import { Actor } from '../src/core/auth/actor';
import { ConflictError } from '../src/core/graphql/errors';
import { Notification } from '../src/modules/notifications/notification.entity';
import { Report } from '../src/modules/reports/report.entity';
import { ReportsService } from '../src/modules/reports/reports.service';
import { errorCodeOf, ServiceApp } from './support/service-app';

/** Report state changes, called on the service: draft → submitted → returned → submitted → accepted. */
describe('ReportsService (service level)', () => {
  let s: ServiceApp;
  let reports: ReportsService;
  let structureId: string;
  let writer: Actor;
  let reviewer: Actor;
  const period = { kind: ReportKind.MONTHLY, start: '2025-03-01', end: '2025-03-31', dueOn: '2025-04-10' };

  beforeAll(async () => {
    s = await ServiceApp.start();
    reports = s.get(ReportsService);
    structureId = (await s.structure()).id;
    writer = (await s.member(structureId, Role.COORDINATOR)).actor;
    reviewer = (await s.member(structureId, Role.DIRECTOR)).actor;
  });
  afterAll(async () => {
    await s.close();
  });

  const reload = (id: string) => s.dataSource.getRepository(Report).findOneByOrFail({ id });

  it('prepares a draft once per structure, kind and period, and tells the writers', async () => {
    const first = await reports.prepare(structureId, period, null);
    const again = await reports.prepare(structureId, period, null);
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, report: { id: first.report.id } });
    expect(first.report).toMatchObject({ status: ReportStatus.DRAFT, title: expect.stringContaining('mars 2025') });
    const notices = await s.dataSource.getRepository(Notification).findBy({ userId: writer.userId! });
    expect(notices.map((n) => n.kind)).toEqual(['report-prepared']);
  });

  it('submits, refuses a second submission and edits of the frozen report, then accepts after a return', async () => {
    const { report } = await reports.prepare(structureId, period, null);

    const submitted = await reports.submit(writer, { id: report.id, version: report.version });
    expect(submitted).toMatchObject({ status: ReportStatus.SUBMITTED, submittedByUserId: writer.userId });
    expect((await reload(report.id)).snapshot).not.toBeNull();

    expect(await errorCodeOf(reports.submit(writer, { id: report.id, version: submitted.version }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      await errorCodeOf(
        reports.updateSections(writer, {
          id: report.id,
          version: submitted.version,
          sections: [{ key: 'summary', text: 'Trop tard' }],
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await reload(report.id)).toMatchObject({ status: ReportStatus.SUBMITTED, version: submitted.version });

    const returned = await reports.return(reviewer, {
      id: report.id,
      version: submitted.version,
      comment: 'Chiffres ?',
    });
    expect(returned).toMatchObject({ status: ReportStatus.RETURNED, reviewComment: 'Chiffres ?' });
    expect((await reload(report.id)).snapshot).toBeNull();

    const again = await reports.submit(writer, { id: report.id, version: returned.version });
    await expect(reports.accept(reviewer, { id: report.id, version: returned.version })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const accepted = await reports.accept(reviewer, { id: report.id, version: again.version });
    expect(accepted).toMatchObject({ status: ReportStatus.ACCEPTED, reviewedByUserId: reviewer.userId });
    expect(
      await errorCodeOf(reports.return(reviewer, { id: report.id, version: accepted.version, comment: 'Non' })),
    ).toBe('BAD_USER_INPUT');
  });

  it('keeps another structure out (NOT_FOUND)', async () => {
    const { report } = await reports.prepare(structureId, { ...period, start: '2025-04-01', end: '2025-04-30' }, null);
    const other = (await s.member((await s.structure()).id, Role.COORDINATOR)).actor;
    expect(await errorCodeOf(reports.submit(other, { id: report.id, version: report.version }))).toBe('NOT_FOUND');
    expect((await reload(report.id)).status).toBe(ReportStatus.DRAFT);
  });
});
