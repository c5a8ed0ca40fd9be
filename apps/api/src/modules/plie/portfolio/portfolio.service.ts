import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addDays,
  CURRENT_PATH_STATUSES,
  FollowUpKind,
  OPEN_PATH_STATUSES,
  PathStatus,
  PORTFOLIO_ALERT_WEIGHTS,
  PortfolioAlert,
  STEP_ENDING_SOON_DAYS,
  StepOutcome,
  todayInParis,
  WITHOUT_CONTACT_UNANSWERED_REMINDERS,
} from '@passerelle/domain';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { ForbiddenError } from '../../../core/graphql/errors';
import { Connection, connectionOf, decodeCursor } from '../../../core/graphql/pagination';
import { requireStructureId } from '../../../core/tenancy/scope';
import { PliePath } from '../paths/plie-path.entity';
import { PortfolioArgs, PortfolioEntry } from './portfolio.dto';
import { sqlList } from '../../../core/database/sql';

const OPEN = sqlList(OPEN_PATH_STATUSES);

/** Alert columns in urgency order; each is a boolean computed in SQL. */
const ALERT_COLUMNS: [PortfolioAlert, string][] = [
  [PortfolioAlert.EXIT_SHEET_OWED, 'exitSheetOwed'],
  [PortfolioAlert.WITHOUT_CONTACT, 'withoutContact'],
  [PortfolioAlert.NO_RECENT_CONTACT, 'noRecentContact'],
  [PortfolioAlert.STEP_ENDING_SOON, 'stepEndingSoon'],
  [PortfolioAlert.COMMITTEE_PENDING, 'committeePending'],
];

/**
 * The référent's paths that are not over, and the exited ones still owing FSE+ exit data, with their alerts —
 * all computed in one SQL statement, ordered by urgency, then by the oldest last contact.
 * $1 référent, $2 structure, $3 today, $4 contact cut-off, $5 end of the "ending soon" window, $6 limit, $7 offset.
 */
const PORTFOLIO_SQL = `
WITH mine AS (
  SELECT pp.id, pp.status, pp."followUpEndsOn", pp."orientedOn", pp."admittedOn"
  FROM plie_paths pp JOIN participants p ON p.id = pp."participantId"
  WHERE p."referentUserId" = $1 AND pp."structureId" = $2
    AND (pp.status IN (${sqlList(CURRENT_PATH_STATUSES)})
      OR (pp.status = '${PathStatus.EXITED}' AND coalesce(cardinality(pp."fseExitResults"), 0) = 0))
), flags AS (
  SELECT m.id, lc.last_contact::text AS "lastContactOn",
    (m.status = '${PathStatus.IN_JOB_FOLLOW_UP}' AND m."followUpEndsOn" < $3::date) OR m.status = '${PathStatus.EXITED}' AS "exitSheetOwed",
    (m.status IN (${OPEN}) AND ur.n >= ${WITHOUT_CONTACT_UNANSWERED_REMINDERS}) AS "withoutContact",
    (m.status IN (${OPEN}) AND coalesce(lc.last_contact, m."admittedOn", m."orientedOn") < $4::date) AS "noRecentContact",
    (m.status IN (${OPEN}) AND EXISTS (
      SELECT 1 FROM plie_steps s WHERE s."pathId" = m.id AND s.outcome IN ('${StepOutcome.PLANNED}', '${StepOutcome.IN_PROGRESS}')
        AND coalesce(s."actualEnd", s."plannedEnd") BETWEEN $3::date AND $5::date)) AS "stepEndingSoon",
    m.status IN ('${PathStatus.PROPOSED}', '${PathStatus.AWAITING_COMMITTEE}') AS "committeePending"
  FROM mine m
  LEFT JOIN LATERAL (
    SELECT max(f.date) AS last_contact FROM plie_follow_ups f
    WHERE f."pathId" = m.id AND (f.kind = '${FollowUpKind.INTERVIEW}'
      OR (f.kind = '${FollowUpKind.REMINDER}' AND f.answered IS TRUE)
      OR (f.kind = '${FollowUpKind.COLLECTIVE_MEETING}' AND f.attended IS DISTINCT FROM FALSE))
  ) lc ON TRUE
  LEFT JOIN LATERAL (
    SELECT count(*) AS n FROM plie_follow_ups r
    WHERE r."pathId" = m.id AND r.kind = '${FollowUpKind.REMINDER}' AND r.answered IS NOT TRUE AND (lc.last_contact IS NULL OR r.date > lc.last_contact)
  ) ur ON TRUE
), scored AS (
  SELECT f.*, (${ALERT_COLUMNS.map(([alert, column]) => `CASE WHEN f."${column}" THEN ${PORTFOLIO_ALERT_WEIGHTS[alert]} ELSE 0 END`).join(' + ')}) AS urgency
  FROM flags f
)
SELECT s.*, count(*) OVER ()::int AS total FROM scored s
ORDER BY s.urgency DESC, s."lastContactOn" ASC NULLS FIRST, s.id
LIMIT $6 OFFSET $7`;

type Row = { id: string; lastContactOn: string | null; urgency: number; total: number } & Record<string, unknown>;

@Injectable()
export class PortfolioService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async myPortfolio(actor: Actor, args: PortfolioArgs): Promise<Connection<PortfolioEntry>> {
    if (!actor.userId) throw new ForbiddenError('Le portefeuille est celui d’un·e référent·e connecté·e.');
    const structureId = requireStructureId(actor);
    const offset = decodeCursor(args.after);
    const today = todayInParis();
    const rows: Row[] = await this.dataSource.query(PORTFOLIO_SQL, [
      actor.userId,
      structureId,
      today,
      addDays(today, -7 * args.noContactWeeks),
      addDays(today, STEP_ENDING_SOON_DAYS),
      args.first,
      offset,
    ]);
    const paths = await this.dataSource.getRepository(PliePath).findBy({ id: In(rows.map((row) => row.id)) });
    const byId = new Map(paths.map((path) => [path.id, path]));
    const totalCount = rows[0]?.total ?? (offset > 0 ? await this.count(actor.userId, structureId, today) : 0);
    const entries = rows.map((row) => ({
      path: byId.get(row.id)!,
      alerts: ALERT_COLUMNS.filter(([, column]) => row[column] === true).map(([alert]) => alert),
      urgency: Number(row.urgency),
      lastContactOn: row.lastContactOn,
    }));
    return connectionOf(entries, totalCount, offset);
  }

  /** The total when the page asked for is past the end. */
  private async count(userId: string, structureId: string, today: string): Promise<number> {
    const [row] = await this.dataSource.query(PORTFOLIO_SQL.replace(/LIMIT \$6 OFFSET \$7$/, 'LIMIT 1'), [
      userId,
      structureId,
      today,
      today,
      today,
    ]);
    return row?.total ?? 0;
  }
}
