import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { lotReportsToPrepareOn, reportsToPrepareOn, StructureKind, todayInParis } from '@passerelle/domain';
import { Job, Queue } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { structureIdsOfKind } from '../../../core/database/sql';
import { jobId, PREPARE_REPORT_JOB, PREPARE_SCHEDULED_REPORTS_JOB, REPORTS_QUEUE } from '../../../core/queue/queues';
import { ReportingParametersService } from '../parameters/reporting-parameters.service';
import { PrepareReportJobData, ReportsService } from '../reports.service';

/** The lots whose provider writes reports (awarded, convention signed), with their action period. */
export async function contractedLots(
  dataSource: DataSource,
): Promise<{ id: string; providerStructureId: string; operatorStructureId: string; start: string; end: string }[]> {
  return dataSource.query(
    `SELECT id, "awardedStructureId" AS "providerStructureId", "structureId" AS "operatorStructureId",
            to_char("startsOn", 'YYYY-MM-DD') AS start, to_char("endsOn", 'YYYY-MM-DD') AS end
       FROM lots WHERE "awardedStructureId" IS NOT NULL AND "conventionSignedOn" IS NOT NULL ORDER BY id`,
  );
}

/**
 * `prepare-scheduled-reports` (cron, 1st of the month): fans out one `prepare-report` per operator structure and
 * report due that day, and one per contracted lot and report due that day over the lot's period (written by its
 * provider), each with a fixed id (structure or lot, kind, period), so that a second run adds nothing.
 * `prepare-report`: creates the draft (unique per structure, kind and period) and computes its figures once.
 */
@Processor(REPORTS_QUEUE)
export class ReportsProcessor extends WorkerHost {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(REPORTS_QUEUE) private readonly queue: Queue,
    private readonly reports: ReportsService,
    private readonly parameters: ReportingParametersService,
    private readonly logger: PinoLogger,
  ) {
    super();
    logger.setContext(ReportsProcessor.name);
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case PREPARE_SCHEDULED_REPORTS_JOB:
        return this.fanOut(job as Job<{ on?: string }>);
      case PREPARE_REPORT_JOB:
        return this.prepare(job as Job<PrepareReportJobData>);
      default:
        throw new Error(`Unknown reports job: ${job.name}`);
    }
  }

  private async fanOut(job: Job<{ on?: string }>): Promise<{ on: string; enqueued: number }> {
    const on = job.data?.on ?? todayInParis();
    // The default calendar tells whether anything is due today; each structure's own rules give the due dates.
    const structures = reportsToPrepareOn(on).length
      ? await structureIdsOfKind(this.dataSource, [StructureKind.OPERATOR])
      : [];
    const jobs: { name: string; data: PrepareReportJobData; opts: { jobId: string } }[] = [];
    for (const structureId of structures) {
      for (const period of reportsToPrepareOn(on, await this.parameters.inForce(structureId, on))) {
        jobs.push({
          name: PREPARE_REPORT_JOB,
          data: {
            structureId,
            kind: period.kind,
            periodStart: period.start,
            periodEnd: period.end,
            dueOn: period.dueOn,
            requestedByUserId: null,
          } satisfies PrepareReportJobData,
          opts: { jobId: jobId('report', structureId, period.kind, period.start, period.end) },
        });
      }
    }
    const lots = await contractedLots(this.dataSource);
    for (const lot of lots) {
      for (const period of lotReportsToPrepareOn(on, lot)) {
        jobs.push({
          name: PREPARE_REPORT_JOB,
          data: {
            structureId: lot.providerStructureId,
            lotId: lot.id,
            reviewerStructureId: lot.operatorStructureId,
            kind: period.kind,
            periodStart: period.start,
            periodEnd: period.end,
            dueOn: period.dueOn,
            requestedByUserId: null,
          },
          opts: { jobId: jobId('lot-report', lot.id, period.kind, period.start, period.end) },
        });
      }
    }
    await this.queue.addBulk(jobs);
    this.logger.info({ jobId: job.id, on, enqueued: jobs.length }, 'Scheduled reports fanned out');
    return { on, enqueued: jobs.length };
  }

  private async prepare(job: Job<PrepareReportJobData>): Promise<{ reportId: string; created: boolean }> {
    const { structureId, lotId, kind, periodStart, periodEnd, dueOn, requestedByUserId } = job.data;
    await job.updateProgress(10);
    const lot = lotId ? await this.reports.reportLot(lotId) : null;
    if (lotId && !lot) throw new Error(`Lot ${lotId} has no signed convention any more`);
    const { report, created } = await this.reports.prepare(
      lot?.providerStructureId ?? structureId,
      { kind, start: periodStart, end: periodEnd, dueOn },
      requestedByUserId,
      lot,
    );
    await job.updateProgress(50);
    // Computing the figures once checks them (a failure is retried and visible in the dashboard) before anyone opens the report.
    await this.reports.figures(report);
    await job.updateProgress(100);
    this.logger.info({ jobId: job.id, reportId: report.id, created }, 'Report prepared');
    return { reportId: report.id, created };
  }
}
