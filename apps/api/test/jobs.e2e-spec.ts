import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue, QueueEvents } from 'bullmq';
import {
  FLAG_STRUCTURE_RETENTION_JOB,
  jobId,
  PREPARE_SCHEDULED_REPORTS_JOB,
  REMINDERS_QUEUE,
  REPORTS_QUEUE,
  RETENTION_QUEUE,
  SEND_STRUCTURE_REMINDERS_JOB,
} from '../src/core/queue/queues';
import { redisOptions } from '../src/core/queue/redis-connection';
import { buildMayActivity } from './support/may-activity';
import { Permission } from '@passerelle/domain';
import { rolesWith } from '../src/modules/notifications/notifications.service';
import { SmtpCatcher } from './support/smtp-catcher';
import { TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

describe('Scheduled jobs on the real Redis: reports, reminders and e-mail, retention', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let coordinator: Session;
  let director: Session;
  const queues: Record<string, Queue> = {};
  const events: Record<string, QueueEvents> = {};

  async function run(queue: string, name: string, data: Record<string, unknown>, id?: string): Promise<any> {
    const job = await queues[queue].add(name, data, id ? { jobId: id } : {});
    try {
      return await job.waitUntilFinished(events[queue], 20000);
    } catch (error) {
      const again = await Job.fromId(queues[queue], job.id!);
      throw new Error(
        `${(error as Error).message}: ${again?.failedReason ?? 'no failure'} (${await again?.getState()})`,
      );
    }
  }

  beforeAll(async () => {
    smtp = new SmtpCatcher();
    await smtp.start();
    t = await TestApp.start({
      env: {
        SMTP_URL: smtp.url,
        SMTP_FROM: 'Passerelle <ne-pas-repondre@passerelle.test>',
        RETENTION_YEARS_AFTER_EXIT: '1',
        RETENTION_KEEP_AT_LEAST_UNTIL: '2020-01-01',
      },
    });
    for (const name of [REPORTS_QUEUE, REMINDERS_QUEUE, RETENTION_QUEUE]) {
      queues[name] = t.app.get(getQueueToken(name));
      events[name] = new QueueEvents(name, { connection: redisOptions(t.env.REDIS_URL), prefix: t.env.QUEUE_PREFIX });
      await events[name].waitUntilReady();
    }
    coordinator = await t.login('coordination@mlife-amiens.test');
    director = await t.login('direction@mlife-amiens.test');
  });
  afterAll(async () => {
    for (const name of Object.keys(queues)) {
      await events[name].close();
      await queues[name].obliterate({ force: true });
    }
    await t.close();
    await smtp.stop();
  });

  it('registers one cron per concern, in Paris time, with retries and bounded retention', async () => {
    const schedulers = await Promise.all(Object.values(queues).map((q) => q.getJobSchedulers()));
    expect(schedulers.flat().map((s) => [s.key, s.pattern, s.tz])).toEqual([
      ['prepare-scheduled-reports', '0 5 1 * *', 'Europe/Paris'],
      ['send-reminders', '0 7 * * *', 'Europe/Paris'],
      ['flag-retention', '0 4 * * 1', 'Europe/Paris'],
    ]);
    for (const queue of Object.values(queues)) {
      expect(queue.defaultJobOptions).toMatchObject({
        attempts: 5,
        backoff: { type: 'exponential' },
        removeOnComplete: { count: 200 },
        removeOnFail: { count: 1000 },
      });
    }
  });

  it('prepares the reports due on 1 June for every operator, once, however many times it runs', async () => {
    const first = await run(REPORTS_QUEUE, PREPARE_SCHEDULED_REPORTS_JOB, { on: '2025-06-01' });
    const operators: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM structures WHERE kind = 'OPERATOR' ORDER BY id`,
    );
    // Each contracted lot (seed: running from 1 January 2025) also gets its own reports, written by its provider.
    const lots: { id: string; start: string }[] = await t.dataSource.query(
      `SELECT id, to_char("startsOn", 'YYYY-MM-DD') AS start FROM lots WHERE "conventionSignedOn" IS NOT NULL AND "startsOn" <= '2025-05-31' AND "endsOn" >= '2025-05-31' ORDER BY id`,
    );
    expect(lots.length).toBeGreaterThan(0);
    expect(first).toEqual({ on: '2025-06-01', enqueued: operators.length * 2 + lots.length * 2 });
    const ids = [
      ...operators.flatMap(({ id }) => [
        jobId('report', id, 'MONTHLY', '2025-05-01', '2025-05-31'),
        jobId('report', id, 'INTERMEDIATE_MAY', '2025-01-01', '2025-05-31'),
      ]),
      ...lots.flatMap(({ id, start }) => [
        jobId('lot-report', id, 'MONTHLY', '2025-05-01', '2025-05-31'),
        jobId('lot-report', id, 'INTERMEDIATE_MAY', start, '2025-05-31'),
      ]),
    ];
    const results = await Promise.all(
      ids.map(async (id) =>
        (await Job.fromId(queues[REPORTS_QUEUE], id))!.waitUntilFinished(events[REPORTS_QUEUE], 20000),
      ),
    );
    expect(results.every((r) => r.created === true)).toBe(true);
    const count = async () =>
      (await t.dataSource.query(
        `SELECT kind, count(*) FILTER (WHERE "lotId" IS NULL)::int AS n, count("lotId")::int AS lots FROM reports GROUP BY kind ORDER BY kind`,
      )) as { kind: string; n: number }[];
    const expected = [
      { kind: 'MONTHLY', n: operators.length, lots: lots.length },
      { kind: 'INTERMEDIATE_MAY', n: operators.length, lots: lots.length },
    ];
    expect(await count()).toEqual(expected);

    // Second run: the fixed job ids are already there, nothing new runs.
    await run(REPORTS_QUEUE, PREPARE_SCHEDULED_REPORTS_JOB, { on: '2025-06-01' });
    expect(await count()).toHaveLength(2);
    // Even with the jobs gone from Redis, the unique constraint keeps one report per structure, kind and period.
    await Promise.all(ids.map((id) => queues[REPORTS_QUEUE].remove(id)));
    await run(REPORTS_QUEUE, PREPARE_SCHEDULED_REPORTS_JOB, { on: '2025-06-01' });
    const again = await Promise.all(
      ids.map(async (id) =>
        (await Job.fromId(queues[REPORTS_QUEUE], id))!.waitUntilFinished(events[REPORTS_QUEUE], 20000),
      ),
    );
    expect(again.every((r) => r.created === false)).toBe(true);
    expect(await count()).toEqual(expected);
    expect(await run(REPORTS_QUEUE, PREPARE_SCHEDULED_REPORTS_JOB, { on: '2025-06-15' })).toEqual({
      on: '2025-06-15',
      enqueued: 0,
    });
  });

  it('prepares a report on demand: the mutation returns the job, a query follows its progress, then the file downloads', async () => {
    const requested = await t.gql(
      `mutation { requestReport(input: { kind: FINAL, year: 2024 }) { id state progress reportId } }`,
      {},
      coordinator,
    );
    expect(requested.data!.requestReport).toMatchObject({ state: 'waiting', progress: 0, reportId: null });
    const id = requested.data!.requestReport.id;
    await (await Job.fromId(queues[REPORTS_QUEUE], id))!.waitUntilFinished(events[REPORTS_QUEUE], 20000);
    const status = (
      await t.gql(`query($id: ID!) { reportJob(id: $id) { state progress reportId } }`, { id }, coordinator)
    ).data!.reportJob;
    expect(status).toMatchObject({ state: 'completed', progress: 100 });
    const [report] = await t.dataSource.query(
      `SELECT id, title FROM reports WHERE kind = 'FINAL' AND "structureId" = $1`,
      [coordinator.structureId],
    );
    expect(status.reportId).toBe(report.id);
    expect(report.title).toBe('Bilan final (01/01/2024 – 31/12/2024)');
    await t
      .http()
      .get(`/files/reports/${report.id}.pdf`)
      .set('authorization', `Bearer ${coordinator.token}`)
      .expect(200);
    const lunel = await t.login('coordination@plie-lunel.test');
    expect(
      (await t.gql(`query($id: ID!) { reportJob(id: $id) { state } }`, { id }, lunel)).errors![0].extensions.code,
    ).toBe('NOT_FOUND');
  });

  it('reminds the writers of a report due within 7 days, in the app and by e-mail, once', async () => {
    const structureId = coordinator.structureId;
    const data = { on: '2025-06-10', structureId };
    const first = await run(REMINDERS_QUEUE, SEND_STRUCTURE_REMINDERS_JOB, data);
    // The May table (due today), the report as of 31 May (due on the 15th) and the 2024 final report (overdue).
    expect(first.counts['report-due']).toBe(3);
    const mail = await smtp.waitFor(
      (m) => m.subject === 'Bilan à transmettre avant le 15/06/2025 : Bilan intermédiaire au 31 mai 2025',
    );
    expect(mail.to).toEqual(['coordination@mlife-amiens.test']);
    expect(mail.raw).toMatch(/From: Passerelle <ne-pas-repondre@passerelle\.test>/);
    const second = await run(REMINDERS_QUEUE, SEND_STRUCTURE_REMINDERS_JOB, data);
    expect(second.counts['report-due']).toBe(0);
    const notes = await t.gql(
      `{ myNotifications(first: 50) { edges { node { kind title link emailedAt } } } }`,
      {},
      coordinator,
    );
    const due = notes.data!.myNotifications.edges.filter((e: any) =>
      ['report-due', 'report-overdue'].includes(e.node.kind),
    );
    expect(due.map((e: any) => e.node.title).sort()).toEqual([
      'Bilan en retard : Bilan final (01/01/2024 – 31/12/2024)',
      'Bilan à transmettre avant le 10/06/2025 : Tableau de reporting mensuel — mai 2025',
      'Bilan à transmettre avant le 15/06/2025 : Bilan intermédiaire au 31 mai 2025',
    ]);
    await smtp.waitFor((m) => m.subject === 'Bilan en retard : Bilan final (01/01/2024 – 31/12/2024)');
    expect(smtp.mails.filter((m) => m.subject === mail.subject)).toHaveLength(1);
  });

  it('reminds a provider of its lots’ reports', async () => {
    const provider = await t.login('prestataire@insertion-plus.test');
    const result = await run(REMINDERS_QUEUE, SEND_STRUCTURE_REMINDERS_JOB, {
      on: '2025-06-10',
      structureId: provider.structureId,
    });
    const lotReports: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM reports WHERE "structureId" = $1 AND "lotId" IS NOT NULL AND "dueOn" <= '2025-06-17'`,
      [provider.structureId],
    );
    expect(lotReports[0].n).toBeGreaterThan(0);
    // One reminder per report and per member who writes reports (the provider's staff and its référente).
    const [{ writers }] = await t.dataSource.query(
      `SELECT count(*)::int AS writers FROM memberships WHERE "structureId" = $1 AND role::text = ANY($2::text[])`,
      [provider.structureId, rolesWith(Permission.REPORTS_WRITE)],
    );
    expect(writers).toBe(2);
    expect(result.counts['report-due']).toBe(lotReports[0].n * writers);
    const notes = await t.gql(`{ myNotifications(first: 50) { edges { node { kind title } } } }`, {}, provider);
    expect(notes.data!.myNotifications.edges.map((e: any) => e.node.title)).toContainEqual(
      expect.stringMatching(
        /^Bilan à transmettre avant le 15\/06\/2025 : Bilan intermédiaire au 31 mai 2025 — MAPA-PLIE-\d{4} – lot 1$/,
      ),
    );
  });

  it('reminds the référent of FSE+ exit data owed 4 weeks after an exit, and coordinators of undecided committee files', async () => {
    await buildMayActivity(t, coordinator);
    await t.dataSource.query(
      `INSERT INTO plie_committee_files ("committeeId", "pathId") SELECT c.id, pp.id FROM plie_committees c, plie_paths pp JOIN participants p ON p.id = pp."participantId" WHERE c.date = '2025-03-05' AND p."lastName" = 'Delta' AND c."structureId" = $1`,
      [coordinator.structureId],
    );
    const result = await run(REMINDERS_QUEUE, SEND_STRUCTURE_REMINDERS_JOB, {
      on: '2025-05-14',
      structureId: coordinator.structureId,
    });
    // B exited on 15 April (owed from 13 May); C on 20 May is not owed yet; E (December 2024) is owed too.
    expect(result.counts['fse-exit-owed']).toBe(2);
    expect(result.counts['committee-pending']).toBe(1);
    await smtp.waitFor((m) => m.subject === 'Données FSE+ de sortie à saisir : Test Bravo');
    await smtp.waitFor((m) => m.subject === 'Décision du comité à saisir : Test Delta');
  }, 120_000);

  it('flags files past their keep-until date for a person to decide, once, and deletes nothing', async () => {
    const on = '2026-01-05';
    const first = await run(
      RETENTION_QUEUE,
      FLAG_STRUCTURE_RETENTION_JOB,
      { on, structureId: coordinator.structureId },
      jobId('retention', coordinator.structureId, on),
    );
    // E exited on 15 December 2024: kept until 15 December 2025. B and C exited in 2025: not yet.
    expect(first).toEqual({ on, flagged: 1 });
    const second = await run(RETENTION_QUEUE, FLAG_STRUCTURE_RETENTION_JOB, {
      on,
      structureId: coordinator.structureId,
    });
    expect(second).toEqual({ on, flagged: 0 });
    const list = await t.gql(
      `{ retentionReviews { totalCount edges { node { id version entityType keepUntil reason decision } } } }`,
      {},
      director,
    );
    expect(list.data!.retentionReviews.totalCount).toBe(1);
    const review = list.data!.retentionReviews.edges[0].node;
    expect(review).toMatchObject({
      entityType: 'Participant',
      keepUntil: '2025-12-15',
      reason: 'Dernière sortie du PLIE le 15/12/2024',
      decision: null,
    });
    expect(
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM participants WHERE "lastName" = 'Echo'`))[0].n,
    ).toBe(1);
    const DECIDE = `mutation($input: DecideRetentionReviewInput!) { decideRetentionReview(input: $input) { decision keepUntilExtended } }`;
    const noDate = await t.gql(
      DECIDE,
      { input: { id: review.id, version: review.version, decision: 'KEEP' } },
      director,
    );
    expect(noDate.errors![0].extensions.fields).toEqual({ keepUntil: 'Indiquez jusqu’à quand conserver le dossier.' });
    const kept = await t.gql(
      DECIDE,
      {
        input: {
          id: review.id,
          version: review.version,
          decision: 'KEEP',
          keepUntil: '2033-12-31',
          note: 'Contrôle FSE+ en cours',
        },
      },
      director,
    );
    expect(kept.data!.decideRetentionReview).toEqual({ decision: 'KEEP', keepUntilExtended: '2033-12-31' });
    expect((await t.gql(`{ retentionReviews { totalCount } }`, {}, coordinator)).errors![0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const notes = await t.gql(`{ myNotifications { edges { node { kind title } } } }`, {}, director);
    expect(notes.data!.myNotifications.edges.map((e: any) => e.node.title)).toContain(
      '1 dossier au terme de la durée de conservation',
    );
  });
});
