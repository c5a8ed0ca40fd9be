import { runUnscoped } from '../../core/database/row-scope';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ActionPeriod,
  calendarYearAction,
  isReportFrozen,
  monthlyPeriod,
  Permission,
  REPORT_NARRATIVE_SECTIONS,
  REPORT_STATUS_LABELS,
  ReportAction,
  ReportKind,
  reportPeriod,
  ReportPeriod,
  ReportStatus,
  reportStatusAfter,
  reportTitle,
  frenchDate,
  todayInParis,
} from '@passerelle/domain';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { Actor } from '../../core/auth/actor';
import { ConflictError, DomainError, ForbiddenError, InputError, NotFoundError } from '../../core/graphql/errors';
import { Connection, paginate, listQuery } from '../../core/graphql/pagination';
import { jobId, PREPARE_REPORT_JOB, REPORTS_QUEUE } from '../../core/queue/queues';
import { requireStructureId } from '../../core/tenancy/scope';
import { isUuid } from '../../core/validation/calendar-date.validator';
import { NotificationsService } from '../notifications/notifications.service';
import {
  AcceptReportInput,
  PrepareReportInput,
  ReportJob,
  ReportListArgs,
  ReportNarrative,
  ReturnReportInput,
  SubmitReportInput,
  UpdateReportInput,
} from './dto/report.dto';
import { QueueGate } from '../../core/queue/queue-gate';
import { ReportFigureRegistry } from './figures/report-figure.registry';
import { ReportFigures, ReportSnapshot } from './figures/report-table.dto';
import { ReportingParametersService } from './parameters/reporting-parameters.service';
import { Report } from './report.entity';

export interface PrepareReportJobData {
  structureId: string;
  /** A lot's report: the lot (the structure is then its provider) and the operator that reviews it. */
  lotId?: string | null;
  reviewerStructureId?: string | null;
  kind: ReportKind;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  requestedByUserId: string | null;
}

export class ReportFrozenError extends DomainError {
  constructor(status: ReportStatus) {
    super(
      'BAD_USER_INPUT',
      `Ce bilan est « ${REPORT_STATUS_LABELS[status]} » : il ne peut plus être modifié. Il redevient modifiable s’il vous est renvoyé.`,
      {
        reason: 'REPORT_FROZEN',
      },
    );
  }
}

/** Reads are in the current structure (a platform admin reaches every structure). */
const readScope = (actor: Actor): string | null => (actor.isPlatformAdmin ? null : requireStructureId(actor));

/** The structure that reviews a report: the lot's operator for a lot's report, the structure itself otherwise. */
export const reviewerOf = (report: Pick<Report, 'structureId' | 'lotId' | 'reviewerStructureId'>): string =>
  report.lotId && report.reviewerStructureId ? report.reviewerStructureId : report.structureId;

/** The lot a report is prepared for: its provider writes it, its operator reviews it. */
export interface ReportLot {
  id: string;
  providerStructureId: string;
  operatorStructureId: string;
  label: string;
}

/**
 * What the screen says about a preparation that went wrong: a job waiting for its next attempt is retried by itself;
 * a failed one has used all its attempts (or a crash outlived them) and must be asked for again.
 */
export function failedReasonOf(state: string, attemptsMade: number, attempts: number): string | null {
  if (state === 'failed')
    return `La préparation du bilan a échoué (${attemptsMade} tentative${attemptsMade > 1 ? 's' : ''}) ; redemandez-la.`;
  if (state === 'delayed' && attemptsMade > 0)
    return `La tentative ${attemptsMade} sur ${attempts} a échoué ; la préparation sera retentée automatiquement.`;
  return null;
}

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly registry: ReportFigureRegistry,
    private readonly notifications: NotificationsService,
    private readonly parameters: ReportingParametersService,
    @InjectQueue(REPORTS_QUEUE) private readonly queue: Queue,
    private readonly gate: QueueGate,
  ) {}

  /**
   * The period of the report asked for — a month, or the action (the calendar year, or the lot's own period) — with
   * the due date given by the reporting rules in force for `rulesStructureId` at the period's end.
   */
  async periodOf(
    rulesStructureId: string,
    input: PrepareReportInput,
    action: ActionPeriod = calendarYearAction(input.year),
  ): Promise<ReportPeriod> {
    if (input.kind === ReportKind.MONTHLY) {
      if (!input.month) throw new InputError({ month: 'Le mois est obligatoire pour un tableau mensuel.' });
      const end = monthlyPeriod(input.year, input.month).end;
      return monthlyPeriod(
        input.year,
        input.month,
        (await this.parameters.inForce(rulesStructureId, end)).monthlyReportDueDay,
      );
    }
    const asOf = `${input.year}-${input.kind === ReportKind.INTERMEDIATE_MAY ? '05-31' : '09-30'}`;
    if (input.kind !== ReportKind.FINAL && (asOf < action.start || `${input.year}-01-01` > action.end)) {
      throw new InputError({
        year: `L’action (du ${frenchDate(action.start)} au ${frenchDate(action.end)}) ne couvre pas cette date.`,
      });
    }
    const end = reportPeriod(input.kind, action, input.year).end;
    return reportPeriod(input.kind, action, input.year, await this.parameters.inForce(rulesStructureId, end));
  }

  /**
   * Who a report asked for belongs to: the current structure, or, with a lot, the provider the lot is awarded to
   * (convention signed), over the lot's period and with the operator's reporting rules. Only the lot's provider and
   * operator may ask; anyone else: NOT_FOUND.
   */
  async target(
    actor: Actor,
    input: PrepareReportInput,
  ): Promise<{ structureId: string; period: ReportPeriod; lot: ReportLot | null }> {
    const structureId = requireStructureId(actor);
    if (!input.lotId) return { structureId, period: await this.periodOf(structureId, input), lot: null };
    const lot = await this.reportLot(input.lotId);
    if (!lot || (lot.providerStructureId !== structureId && lot.operatorStructureId !== structureId))
      throw new NotFoundError('Lot');
    return {
      structureId: lot.providerStructureId,
      period: await this.periodOf(lot.operatorStructureId, input, { start: lot.startsOn, end: lot.endsOn }),
      lot,
    };
  }

  /** A lot with a signed convention, as a report needs it; null otherwise. */
  async reportLot(
    lotId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(ReportLot & ActionPeriod & { startsOn: string; endsOn: string }) | null> {
    if (!isUuid(lotId)) return null;
    const [row] = await manager.query<
      {
        id: string;
        providerStructureId: string;
        operatorStructureId: string;
        number: number;
        reference: string;
        startsOn: string;
        endsOn: string;
      }[]
    >(
      `SELECT l.id, l."awardedStructureId" AS "providerStructureId", l."structureId" AS "operatorStructureId", l.number, m.reference,
              to_char(l."startsOn", 'YYYY-MM-DD') AS "startsOn", to_char(l."endsOn", 'YYYY-MM-DD') AS "endsOn"
         FROM lots l JOIN markets m ON m.id = l."marketId"
        WHERE l.id = $1 AND l."awardedStructureId" IS NOT NULL AND l."conventionSignedOn" IS NOT NULL`,
      [lotId],
    );
    return row ? { ...row, start: row.startsOn, end: row.endsOn, label: `${row.reference} – lot ${row.number}` } : null;
  }

  /**
   * The report of this structure for this period, created as a draft if it does not exist yet. Idempotent: the
   * unique constraint (structure, kind, period) settles concurrent runs.
   */
  async prepare(
    structureId: string,
    period: ReportPeriod,
    userId: string | null,
    lot: ReportLot | null = null,
  ): Promise<{ report: Report; created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const title = reportTitle(period.kind, period.start, period.end);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Report)
        .values({
          structureId,
          lotId: lot?.id ?? null,
          reviewerStructureId: lot?.operatorStructureId ?? null,
          kind: period.kind,
          title: lot ? `${title} — ${lot.label}` : title,
          periodStart: period.start,
          periodEnd: period.end,
          dueOn: period.dueOn,
          createdByUserId: userId,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const created = (inserted.raw as unknown[]).length > 0;
      const report = await manager.findOneByOrFail(Report, {
        ...(lot ? { lotId: lot.id } : { structureId, lotId: IsNull() }),
        kind: period.kind,
        periodStart: period.start,
        periodEnd: period.end,
      });
      if (created) {
        await this.audit.record(manager, null, {
          action: 'report.prepared',
          entityType: 'Report',
          entityId: report.id,
          structureId,
          details: {
            kind: report.kind,
            periodStart: report.periodStart,
            periodEnd: report.periodEnd,
            lotId: report.lotId,
            byUserId: userId,
          },
        });
        const writers = await this.notifications.usersWithPermission(structureId, Permission.REPORTS_WRITE, manager);
        await this.notifications.notify(
          writers.map((userId) => ({
            userId,
            structureId,
            kind: 'report-prepared',
            title: `Bilan à compléter : ${report.title}`,
            body: `Le bilan « ${report.title} » est prêt : ses chiffres sont calculés, il reste à rédiger les parties qualitatives et à le transmettre avant le ${frenchDate(report.dueOn)}.`,
            link: `/bilans/${report.id}`,
            dedupeKey: `report-prepared:${report.id}`,
          })),
          manager,
        );
      }
      return { report, created };
    });
  }

  list(actor: Actor, args: ReportListArgs): Promise<Connection<Report>> {
    const scope = readScope(actor);
    const query = listQuery(this.dataSource, Report, 'r', { periodEnd: 'DESC', kind: 'ASC' });
    if (scope) query.andWhere('(r.structureId = :scope OR r.reviewerStructureId = :scope)', { scope });
    const filter = args.filter ?? {};
    if (filter.lotId) query.andWhere('r.lotId = :lotId', { lotId: isUuid(filter.lotId) ? filter.lotId : null });
    if (filter.lotReports != null) query.andWhere(filter.lotReports ? 'r.lotId IS NOT NULL' : 'r.lotId IS NULL');
    if (filter.kind) query.andWhere('r.kind = :kind', { kind: filter.kind });
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.year) query.andWhere(`date_part('year', r."periodEnd") = :year`, { year: filter.year });
    if (filter.late != null)
      query.andWhere(`${filter.late ? '' : 'NOT '}(r.status IN (:...writing) AND r."dueOn" < :today)`, {
        writing: [ReportStatus.DRAFT, ReportStatus.RETURNED],
        today: todayInParis(),
      });
    return paginate(query, args);
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Report> {
    const scope = readScope(actor);
    if (!isUuid(id)) throw new NotFoundError('Bilan');
    const report = await manager.findOne(Report, {
      where: scope
        ? [
            { id, structureId: scope },
            { id, reviewerStructureId: scope },
          ]
        : { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!report) throw new NotFoundError('Bilan');
    return report;
  }

  /** The frozen snapshot of a submitted report, or the figures computed now for an editable one. */
  async figures(report: Report, manager: EntityManager = this.dataSource.manager): Promise<ReportFigures> {
    if (report.snapshot)
      return { computedAt: new Date(report.snapshot.computedAt), frozen: true, tables: report.snapshot.tables };
    const snapshot = await this.compute(report, manager);
    return { computedAt: new Date(snapshot.computedAt), frozen: false, tables: snapshot.tables };
  }

  sections(report: Report): ReportNarrative[] {
    return REPORT_NARRATIVE_SECTIONS.map(({ key, title }) => ({ key, title, text: report.narratives?.[key] || null }));
  }

  async updateSections(actor: Actor, input: UpdateReportInput): Promise<Report> {
    return this.change(actor, input.id, input.version, null, async (report) => {
      if (isReportFrozen(report.status)) throw new ReportFrozenError(report.status);
      const narratives = { ...report.narratives };
      for (const section of input.sections) {
        const text = section.text?.trim();
        if (text) narratives[section.key] = text;
        else delete narratives[section.key];
      }
      return {
        changes: { narratives },
        audit: { action: 'report.updated', details: { sections: input.sections.map((s) => s.key) } },
      };
    });
  }

  /** Freezes the figures as they are now (jsonb snapshot) and hands the report to the reviewers. */
  async submit(actor: Actor, input: SubmitReportInput): Promise<Report> {
    return this.change(actor, input.id, input.version, 'submit', async (report, manager) => ({
      changes: {
        snapshot: await this.compute(report, manager),
        submittedAt: new Date(),
        submittedByUserId: actor.userId,
        reviewComment: null,
      },
      audit: { action: 'report.submitted' },
      notify: {
        side: 'reviewer',
        permission: Permission.REPORTS_REVIEW,
        kind: 'report-submitted',
        title: `Bilan transmis : ${report.title}`,
        body: `Le bilan « ${report.title} » a été transmis. Validez-le, ou renvoyez-le avec vos remarques.`,
      },
    }));
  }

  async accept(actor: Actor, input: AcceptReportInput): Promise<Report> {
    return this.change(actor, input.id, input.version, 'accept', async (report) => ({
      changes: { reviewedAt: new Date(), reviewedByUserId: actor.userId, reviewComment: input.comment?.trim() || null },
      audit: { action: 'report.accepted' },
      notify: {
        side: 'writer',
        permission: Permission.REPORTS_WRITE,
        kind: 'report-accepted',
        title: `Bilan validé : ${report.title}`,
        body: `Le bilan « ${report.title} » a été validé.${input.comment?.trim() ? ` Remarques : ${input.comment.trim()}` : ''}`,
      },
    }));
  }

  /** Back to the writers with comments: editable again, the snapshot dropped so that figures follow the data. */
  async return(actor: Actor, input: ReturnReportInput): Promise<Report> {
    return this.change(actor, input.id, input.version, 'return', async (report) => ({
      changes: {
        snapshot: null,
        reviewedAt: new Date(),
        reviewedByUserId: actor.userId,
        reviewComment: input.comment.trim(),
      },
      audit: { action: 'report.returned', details: { comment: input.comment.trim() } },
      notify: {
        side: 'writer',
        permission: Permission.REPORTS_WRITE,
        kind: 'report-returned',
        title: `Bilan renvoyé : ${report.title}`,
        body: `Le bilan « ${report.title} » vous est renvoyé avec ces remarques : ${input.comment.trim()}`,
      },
    }));
  }

  /** Enqueues the preparation of a report; the job's id lets the client follow it (`reportJob`). */
  async request(actor: Actor, input: PrepareReportInput): Promise<ReportJob> {
    const { structureId, period, lot } = await this.target(actor, input);
    const data: PrepareReportJobData = {
      structureId,
      lotId: lot?.id ?? null,
      reviewerStructureId: lot?.operatorStructureId ?? null,
      kind: period.kind,
      periodStart: period.start,
      periodEnd: period.end,
      dueOn: period.dueOn,
      requestedByUserId: actor.userId,
    };
    const job = await this.gate.run(this.queue, () =>
      this.queue.add(PREPARE_REPORT_JOB, data, { jobId: jobId('report-demand', randomUUID()) }),
    );
    return { id: job.id!, state: 'waiting', progress: 0, reportId: null, failedReason: null };
  }

  async job(actor: Actor, id: string): Promise<ReportJob> {
    const found = await this.gate.run(this.queue, async () => {
      const job = await this.queue.getJob(id);
      return job ? { job, state: await job.getState() } : null;
    });
    const job = found?.job;
    const scope = readScope(actor);
    const data = job?.data as PrepareReportJobData | undefined;
    if (
      !job ||
      job.name !== PREPARE_REPORT_JOB ||
      (scope && data!.structureId !== scope && data!.reviewerStructureId !== scope)
    )
      throw new NotFoundError('Préparation de bilan');
    const state = found.state;
    return {
      id: job.id!,
      state,
      progress: typeof job.progress === 'number' ? Math.round(job.progress) : 0,
      reportId: (job.returnvalue as { reportId?: string } | null)?.reportId ?? null,
      failedReason: failedReasonOf(state, job.attemptsMade, job.opts.attempts ?? 1),
    };
  }

  private async compute(report: Report, manager: EntityManager): Promise<ReportSnapshot> {
    // The figures of a report the caller was checked to reach, keyed by its structure and lot: aggregates that the row
    // policies would slow down twofold, run as the owner (docs/architecture.md, "Row-level security"). Inside a
    // transaction (submission) the transaction's scope stays in force.
    const tables = await runUnscoped(() =>
      this.registry.compute(manager, {
        structureId: report.structureId,
        lotId: report.lotId,
        kind: report.kind,
        periodStart: report.periodStart,
        periodEnd: report.periodEnd,
      }),
    );
    return { computedAt: new Date().toISOString(), tables };
  }

  /** A change of a report by a person: locked, version-checked, moved through the lifecycle, traced, notified. */
  private async change(
    actor: Actor,
    id: string,
    version: number,
    action: ReportAction | null,
    apply: (
      report: Report,
      manager: EntityManager,
    ) => Promise<{
      changes: Partial<Report>;
      audit: { action: string; details?: Record<string, unknown> };
      notify?: { side: 'writer' | 'reviewer'; permission: Permission; kind: string; title: string; body: string };
    }>,
  ): Promise<Report> {
    const structureId = requireStructureId(actor);
    return this.dataSource.transaction(async (manager) => {
      const report = await this.get({ ...actor, isPlatformAdmin: false, structureId }, id, manager, true);
      // The provider writes its lots' reports, the operator reviews them; an operator's own reports stay in the structure.
      const side = action === 'accept' || action === 'return' ? reviewerOf(report) : report.structureId;
      if (side !== structureId) {
        throw new ForbiddenError(
          action === 'accept' || action === 'return'
            ? 'Seule la structure porteuse du lot valide ou renvoie ce bilan.'
            : 'Ce bilan est rédigé et transmis par le prestataire du lot : vous pouvez le valider ou le renvoyer une fois transmis.',
        );
      }
      // Four eyes: whoever submitted a report (a coordinator writes and reviews) does not review it too.
      if ((action === 'accept' || action === 'return') && report.submittedByUserId === actor.userId)
        throw new ForbiddenError(
          'Vous avez transmis ce bilan : une autre personne de la structure le valide ou le renvoie.',
        );
      if (report.version !== version) throw new ConflictError();
      let status = report.status;
      if (action) {
        const next = reportStatusAfter(report.status, action);
        if (!next) {
          const message =
            action === 'submit'
              ? `Ce bilan est « ${REPORT_STATUS_LABELS[report.status]} » : il ne peut pas être transmis de nouveau.`
              : `Seul un bilan transmis peut être validé ou renvoyé ; celui-ci est « ${REPORT_STATUS_LABELS[report.status]} ».`;
          throw new InputError({ id: message }, message);
        }
        status = next;
      }
      const { changes, audit, notify } = await apply(report, manager);
      await manager.update(Report, { id: report.id }, { ...changes, status, version: report.version + 1 });
      await this.audit.recordOn(manager, actor, audit.action, 'Report', report.id, report.structureId, {
        ...audit.details,
        status,
      });
      if (notify) {
        const recipientStructureId = notify.side === 'reviewer' ? reviewerOf(report) : report.structureId;
        const users = (
          await this.notifications.usersWithPermission(recipientStructureId, notify.permission, manager)
        ).filter((u) => u !== actor.userId);
        await this.notifications.notify(
          users.map((userId) => ({
            userId,
            structureId: recipientStructureId,
            kind: notify.kind,
            title: notify.title,
            body: notify.body,
            link: `/bilans/${report.id}`,
            dedupeKey: `${notify.kind}:${report.id}:${report.version + 1}`,
          })),
          manager,
        );
      }
      return manager.findOneByOrFail(Report, { id: report.id });
    });
  }
}
