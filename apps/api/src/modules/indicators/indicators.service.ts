import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  achievementRate, amountPayableCents, centsToEuros, eurosToCents, IndicatorMeasure, isCalendarDate, paymentParamsErrors, projectedValue, todayInParis,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../../core/auth/actor';
import { InputError, NotFoundError } from '../../core/graphql/errors';
import { Connection, PageArgs } from '../../core/graphql/pagination';
import { findOperatorLot, findReachableLot } from '../markets/lot-access';
import { isUuid } from '../participants/calendar-date.validator';
import { CreatePaymentIndicatorInput, IndicatorStatus, IndicatorUnit } from './indicators.dto';
import { PaymentIndicator } from './payment-indicator.entity';

const UNIT_COLUMNS = `"unitId", "proofKind", date, quantity, "participantId", "sessionId", "sheetSha256", "interviewId", "timeEntryId", "assessmentId", "proofId"`;

/**
 * The units a measure counts, with their proof; parameters: $1 lot, $2 period start, $3 last day counted, $4 hour kind,
 * $5 commune codes (null: all). One row per proof; `unitId` is what is counted once.
 */
const UNITS_SQL: Record<IndicatorMeasure, string> = {
  [IndicatorMeasure.ACTIVE_FILE]: `
    SELECT o."participantId"::text AS "unitId", 'ATTENDANCE' AS "proofKind", s.date, 1::numeric AS quantity, o."participantId",
           s.id AS "sessionId", s."sheetSha256", NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", s."sheetProofId" AS "proofId"
      FROM orientations o
      JOIN participants p ON p.id = o."participantId"
      JOIN session_enrolments e ON e."orientationId" = o.id AND e.attendance = 'PRESENT'
      JOIN activity_sessions s ON s.id = e."sessionId" AND s."sheetFrozenAt" IS NOT NULL AND s."lotId" = o."lotId"
     WHERE o."lotId" = $1 AND s.date BETWEEN $2 AND $3 AND ($5::text[] IS NULL OR p."communeCode" = ANY($5::text[]))
    UNION ALL
    SELECT o."participantId"::text, 'INTERVIEW', i.date, 1::numeric, o."participantId",
           NULL::uuid, NULL::varchar, i.id, NULL::uuid, NULL::uuid, i."proofId"
      FROM orientations o
      JOIN participants p ON p.id = o."participantId"
      JOIN activity_interviews i ON i."orientationId" = o.id AND i."lotId" = o."lotId"
     WHERE o."lotId" = $1 AND i.date BETWEEN $2 AND $3 AND ($5::text[] IS NULL OR p."communeCode" = ANY($5::text[]))`,
  [IndicatorMeasure.HOURS]: `
    SELECT t.id::text AS "unitId", 'TIME_ENTRY' AS "proofKind", t.date, t.minutes / 60.0 AS quantity, NULL::uuid AS "participantId",
           NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", t.id AS "timeEntryId", NULL::uuid AS "assessmentId", t."proofId"
      FROM time_entries t
      JOIN lots l ON l.id = t."lotId"
     WHERE t."lotId" = $1 AND t.date BETWEEN $2 AND $3 AND t.kind::text = $4 AND t."proofId" IS NOT NULL
       AND (NOT l."timeTiedToParticipants" OR EXISTS (SELECT 1 FROM time_entry_participants tp WHERE tp."timeEntryId" = t.id))`,
  [IndicatorMeasure.WORKSHOPS_RUN]: `
    SELECT s.id::text AS "unitId", 'ATTENDANCE' AS "proofKind", s.date, 1::numeric AS quantity, e."participantId",
           s.id AS "sessionId", s."sheetSha256", NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", s."sheetProofId" AS "proofId"
      FROM activity_sessions s
      JOIN session_enrolments e ON e."sessionId" = s.id AND e.attendance = 'PRESENT'
     WHERE s."lotId" = $1 AND s."sheetFrozenAt" IS NOT NULL AND s.date BETWEEN $2 AND $3`,
  [IndicatorMeasure.INTERVIEWS]: `
    SELECT i.id::text AS "unitId", 'INTERVIEW' AS "proofKind", i.date, 1::numeric AS quantity, o."participantId",
           NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", i.id AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", i."proofId"
      FROM activity_interviews i
      JOIN orientations o ON o.id = i."orientationId"
     WHERE i."lotId" = $1 AND i.date BETWEEN $2 AND $3`,
  [IndicatorMeasure.ASSESSMENTS_DONE]: `
    SELECT a.id::text AS "unitId", 'ASSESSMENT' AS "proofKind", a."completedOn" AS date, 1::numeric AS quantity, a."participantId",
           NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", a.id AS "assessmentId", NULL::uuid AS "proofId"
      FROM assessments a
     WHERE a."lotId" = $1 AND a."completedOn" BETWEEN $2 AND $3`,
};

/** Each unit once, with its earliest proof. */
const distinctUnits = (measure: IndicatorMeasure) =>
  `SELECT DISTINCT ON ("unitId") ${UNIT_COLUMNS} FROM (${UNITS_SQL[measure]}) raw, (SELECT $4::text AS "hourKind", $5::text[] AS communes) typed ORDER BY "unitId", date, "proofKind", "proofId"`;

interface UnitRow extends Omit<IndicatorUnit, 'quantity' | 'date'> { quantity: string; date: string | Date; total: string }

@Injectable()
export class IndicatorsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(actor: Actor, input: CreatePaymentIndicatorInput): Promise<PaymentIndicator> {
    const lot = await findOperatorLot(this.dataSource.manager, actor, input.lotId);
    const errors: Record<string, string> = {};
    if (input.periodEnd < input.periodStart) errors.periodEnd = 'La fin de période ne peut précéder son début.';
    if (input.measure === IndicatorMeasure.HOURS && !input.hourKind) errors.hourKind = 'Précisez la nature du temps compté.';
    if (input.measure !== IndicatorMeasure.HOURS && input.hourKind) errors.hourKind = 'La nature du temps ne vaut que pour un indicateur en heures.';
    if (input.measure !== IndicatorMeasure.ACTIVE_FILE && input.communeCodes?.length) errors.communeCodes = 'Le territoire ne vaut que pour la file active.';
    const params = { ...(input.params?.thresholds ? { thresholds: input.params.thresholds.map(({ rate, share }) => ({ rate, share })) } : {}), ...(input.params?.unitPrice ? { unitPrice: input.params.unitPrice } : {}) };
    Object.assign(errors, Object.fromEntries(Object.entries(paymentParamsErrors(input.rule, params)).map(([k, v]) => [`params.${k}`, v])));
    if (Object.keys(errors).length) throw new InputError(errors);
    return this.dataSource.getRepository(PaymentIndicator).save({
      lotId: lot.id, structureId: lot.structureId, label: input.label.trim(), measure: input.measure, hourKind: input.hourKind ?? null,
      communeCodes: input.communeCodes?.length ? input.communeCodes : null, target: input.target, periodStart: input.periodStart, periodEnd: input.periodEnd,
      rule: input.rule, params,
    });
  }

  async lotIndicators(actor: Actor, lotId: string, asOf?: string): Promise<IndicatorStatus[]> {
    const day = this.day(asOf);
    const lot = await findReachableLot(this.dataSource.manager, actor, lotId);
    const indicators = await this.dataSource.getRepository(PaymentIndicator).find({ where: { lotId: lot.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const maxCents = lot.maxAnnualPriceTtc ? eurosToCents(lot.maxAnnualPriceTtc) : 0n;
    return Promise.all(indicators.map(async (indicator) => {
      const [{ value }] = await this.dataSource.query<{ value: string }[]>(
        `SELECT COALESCE(ROUND(SUM(quantity), 2), 0)::text AS value FROM (${distinctUnits(indicator.measure)}) u`, this.params(indicator, day));
      const v = Number(value);
      return {
        indicator, asOf: day, value: v, target: indicator.target,
        achievementRate: Math.round(achievementRate(v, indicator.target) * 10_000) / 10_000,
        amountPayable: centsToEuros(amountPayableCents(indicator.rule, indicator.params, v, indicator.target, maxCents)),
        projectedValue: projectedValue(v, indicator.periodStart, indicator.periodEnd, day),
      };
    }));
  }

  async units(actor: Actor, indicatorId: string, page: PageArgs, asOf?: string): Promise<Connection<IndicatorUnit>> {
    const day = this.day(asOf);
    const indicator = isUuid(indicatorId) ? await this.dataSource.getRepository(PaymentIndicator).findOneBy({ id: indicatorId }) : null;
    if (!indicator) throw new NotFoundError('Indicateur');
    await findReachableLot(this.dataSource.manager, actor, indicator.lotId, 'Indicateur');
    const offset = page.after ? this.decode(page.after) : 0;
    const rows = await this.dataSource.query<UnitRow[]>(
      `SELECT u.*, count(*) OVER () AS total FROM (${distinctUnits(indicator.measure)}) u ORDER BY date, "unitId" OFFSET $6 LIMIT $7`,
      [...this.params(indicator, day), offset, page.first]);
    const total = rows.length ? Number(rows[0].total) : (offset > 0 ? (await this.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM (${distinctUnits(indicator.measure)}) u`, this.params(indicator, day)))[0].n : 0);
    const edges = rows.map(({ total: _t, ...row }, i) => ({
      cursor: Buffer.from(`offset:${offset + i}`).toString('base64url'),
      node: { ...row, quantity: Math.round(Number(row.quantity) * 100) / 100, date: typeof row.date === 'string' ? row.date : row.date.toISOString().slice(0, 10) },
    }));
    return {
      edges, totalCount: Number(total),
      pageInfo: { hasNextPage: offset + rows.length < Number(total), hasPreviousPage: offset > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
    };
  }

  private params(indicator: PaymentIndicator, day: string): unknown[] {
    const last = day < indicator.periodEnd ? day : indicator.periodEnd;
    return [indicator.lotId, indicator.periodStart, last, indicator.hourKind, indicator.communeCodes];
  }

  private day(asOf?: string): string {
    if (asOf === undefined || asOf === null) return todayInParis();
    if (!isCalendarDate(asOf)) throw new InputError({ asOf: 'Date invalide (AAAA-MM-JJ attendu).' });
    return asOf;
  }

  private decode(cursor: string): number {
    const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
    if (!match) throw new InputError({ after: 'Curseur de pagination invalide.' });
    return Number(match[1]) + 1;
  }
}
