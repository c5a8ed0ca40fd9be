import { Injectable } from '@nestjs/common';
import { ArgsType, Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addDays,
  CEJ_ATTENTION_WEIGHTS,
  CEJ_TERMINATING_BREACH_RANK,
  CejActionOutcome,
  CejAttentionReason,
  CejContractStatus,
  CejParameterKey,
  COMPANY_DAYS_GRACE_DAYS,
  COMPANY_DAYS_WINDOW_MONTHS,
  INITIAL_POSITIONING_DAYS,
  PositioningMilestone,
  RENEWAL_POSITIONING_DAYS,
  todayInParis,
  weekStart,
} from '@passerelle/domain';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { Connection, connectionOf, decodeCursor, PageArgs } from '../../../core/graphql/pagination';
import { participantStructureId } from '../../participants/participant-access';
import { CejContract } from '../contracts/cej-contract.entity';
import { COMPANY_KINDS_SQL, DONE_OUTCOMES_SQL, paramOn } from './cej-planning.sql';
import '../cej.enums';

@ArgsType()
export class CejAttentionArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Le conseiller ou la conseillère ; par défaut vous-même.' })
  @IsOptional()
  @IsUUID('all', { message: 'Conseiller·ère inconnu·e.' })
  counsellorUserId?: string;

  @Field({ defaultValue: false, description: 'Tous les contrats de la structure (coordination).' })
  @IsBoolean()
  allCounsellors: boolean = false;
}

@ObjectType({ description: 'Un contrat qui demande l’attention : pourquoi, et les chiffres de la semaine écoulée.' })
export class CejAttentionEntry {
  @Field(() => CejContract) contract!: CejContract;
  @Field(() => [CejAttentionReason], { description: 'Du plus urgent au moins urgent.' }) reasons!: CejAttentionReason[];
  @Field({ description: 'Lundi de la semaine écoulée examinée.' }) weekStart!: string;
  @Field(() => Float) plannedHours!: number;
  @Field(() => Float) doneHours!: number;
  @Field(() => Float, { nullable: true }) attendanceRate!: number | null;
  @Field(() => Float) companyDaysDone!: number;
}

/** Reason columns in urgency order; each is a boolean computed in SQL. */
const REASON_COLUMNS: [CejAttentionReason, string][] = [
  [CejAttentionReason.BREACH_DECISION_PENDING, 'breachPending'],
  [CejAttentionReason.LOW_ATTENDANCE, 'lowAttendance'],
  [CejAttentionReason.LOW_INTENSITY, 'lowIntensity'],
  [CejAttentionReason.BREACH_TO_REVIEW, 'breachToReview'],
  [CejAttentionReason.POSITIONING_OVERDUE, 'positioningOverdue'],
  [CejAttentionReason.COMPANY_DAYS_BEHIND, 'companyDaysBehind'],
];

const dueAt = (months: number, milestone: PositioningMilestone) => `(
      (m.start_on + interval '${months} months')::date <= m.last_day + 1
      AND least((m.start_on + interval '${months} months')::date, m.last_day) < $4::date
      AND NOT EXISTS (SELECT 1 FROM cej_positionings p WHERE p."contractId" = m.id AND p.milestone = '${milestone}'))`;

/** Mirrors the domain's positioningSchedule and positioningDueStatus: a sheet due before today and not recorded. */
const POSITIONING_OVERDUE = `(
    (m.start_on + ${INITIAL_POSITIONING_DAYS - 1} < $4::date
      AND NOT EXISTS (SELECT 1 FROM cej_positionings p WHERE p."contractId" = m.id AND p.milestone = '${PositioningMilestone.INITIAL}'))
    OR ${dueAt(6, PositioningMilestone.SIX_MONTHS)}
    OR ${dueAt(12, PositioningMilestone.TWELVE_MONTHS)}
    OR EXISTS (SELECT 1 FROM cej_renewals r WHERE r."contractId" = m.id AND r."commissionOn" + ${RENEWAL_POSITIONING_DAYS - 1} < $4::date
      AND NOT EXISTS (SELECT 1 FROM cej_positionings p WHERE p."renewalId" = r.id)))`;

const WINDOW_END = `((m.start_on + interval '${COMPANY_DAYS_WINDOW_MONTHS} months')::date - 1)`;

/**
 * Running contracts whose last complete week fell below the weekly hours or the attendance rate (thresholds: dated
 * parameters in force that week), whose company days are off track, whose initial positioning is overdue, or with a
 * third breach awaiting a decision, an unexcused absence to review as a possible breach — one SQL statement, ordered by urgency.
 * $1 structure, $2 counsellor (or null), $3 Monday of last week, $4 today, $5 limit, $6 offset.
 */
export const ATTENTION_SQL = `
WITH mine AS (
  SELECT c.id, c."startOn" AS start_on, c.status, coalesce(c."endedOn", c."endOn") AS last_day
  FROM cej_contracts c
  WHERE c."structureId" = $1 AND ($2::uuid IS NULL OR c."counsellorUserId" = $2::uuid)
    AND c.status IN ('${CejContractStatus.ACTIVE}', '${CejContractStatus.SUSPENDED}')
), lw AS (
  SELECT m.id, coalesce(sum(a."plannedHours"), 0) AS planned, coalesce(sum(a."doneHours"), 0) AS done,
    coalesce(sum(a."plannedHours") FILTER (WHERE a.outcome <> 'PLANNED'), 0) AS recorded
  FROM mine m LEFT JOIN cej_actions a ON a."contractId" = m.id AND a.date BETWEEN $3::date AND $3::date + 6
  GROUP BY m.id
), cd AS (
  SELECT m.id,
    (SELECT count(DISTINCT a.date) FROM cej_actions a WHERE a."contractId" = m.id AND a.kind IN (${COMPANY_KINDS_SQL})
      AND a.outcome IN (${DONE_OUTCOMES_SQL}) AND a.date <= ${WINDOW_END}) AS days,
    ${paramOn(CejParameterKey.COMPANY_DAYS_TARGET, 'm.start_on')} AS target
  FROM mine m
), flags AS (
  SELECT m.id, lw.planned::float AS planned, lw.done::float AS done, cd.days::float AS "companyDays",
    CASE WHEN lw.recorded > 0 THEN round(lw.done / lw.recorded, 4)::float END AS rate,
    (m.status = '${CejContractStatus.ACTIVE}' AND m.start_on <= $3::date AND m.last_day >= $3::date + 6
      AND lw.done < ${paramOn(CejParameterKey.WEEKLY_HOURS_MIN, '$3::date')}) AS "lowIntensity",
    (m.status = '${CejContractStatus.ACTIVE}' AND lw.recorded > 0
      AND round(lw.done / lw.recorded, 4) < ${paramOn(CejParameterKey.ATTENDANCE_RATE_MIN, '$3::date')}) AS "lowAttendance",
    (m.status = '${CejContractStatus.ACTIVE}' AND cd.target IS NOT NULL AND cd.days < cd.target
      AND $4::date - m.start_on >= ${COMPANY_DAYS_GRACE_DAYS}
      AND (cd.days = 0 OR $4::date + ceil((cd.target - cd.days) * ($4::date - m.start_on + 1)::numeric / cd.days)::int > ${WINDOW_END})) AS "companyDaysBehind",
    ${POSITIONING_OVERDUE} AS "positioningOverdue",
    EXISTS (SELECT 1 FROM cej_breaches b WHERE b."contractId" = m.id AND b.rank >= ${CEJ_TERMINATING_BREACH_RANK}) AS "breachPending",
    EXISTS (SELECT 1 FROM cej_actions a WHERE a."contractId" = m.id AND a.outcome = '${CejActionOutcome.NOT_DONE_UNEXCUSED}' AND a."breachDismissedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM cej_breaches b WHERE b."actionId" = a.id)) AS "breachToReview"
  FROM mine m JOIN lw ON lw.id = m.id JOIN cd ON cd.id = m.id
), scored AS (
  SELECT f.*, (${REASON_COLUMNS.map(([reason, column]) => `CASE WHEN f."${column}" THEN ${CEJ_ATTENTION_WEIGHTS[reason]} ELSE 0 END`).join(' + ')}) AS urgency
  FROM flags f
)
SELECT s.*, count(*) OVER ()::int AS total FROM scored s WHERE s.urgency > 0
ORDER BY s.urgency DESC, s.id
LIMIT $5 OFFSET $6`;

type Row = {
  id: string;
  planned: number;
  done: number;
  rate: number | null;
  companyDays: number;
  total: number;
} & Record<string, unknown>;

@Injectable()
export class CejAttentionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, args: CejAttentionArgs): Promise<Connection<CejAttentionEntry>> {
    const scope = participantStructureId(actor) ?? actor.structureId;
    const counsellor = args.allCounsellors ? null : (args.counsellorUserId ?? actor.userId);
    const offset = decodeCursor(args.after);
    const today = todayInParis();
    const lastWeek = addDays(weekStart(today), -7);
    const rows: Row[] = await this.dataSource.query(ATTENTION_SQL, [
      scope,
      counsellor,
      lastWeek,
      today,
      args.first,
      offset,
    ]);
    const contracts = await this.dataSource.getRepository(CejContract).findBy({ id: In(rows.map((row) => row.id)) });
    const byId = new Map(contracts.map((c) => [c.id, c]));
    const totalCount = rows[0]?.total ?? 0;
    const entries = rows.map((row) => ({
      contract: byId.get(row.id)!,
      reasons: REASON_COLUMNS.filter(([, column]) => row[column] === true).map(([reason]) => reason),
      weekStart: lastWeek,
      plannedHours: row.planned,
      doneHours: row.done,
      attendanceRate: row.rate,
      companyDaysDone: row.companyDays,
    }));
    return connectionOf(entries, totalCount, offset);
  }
}
