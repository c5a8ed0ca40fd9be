import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FigureContext, ReportFigureProvider } from './report-figure.registry';
import { ReportTable } from './report-table.dto';

/** $1 lot, $2 first day, $3 last day: the lot's evaluation criteria over the period, in one statement. */
const LOT_ACTIVITY_SQL = `
WITH followed AS (
  SELECT o.* FROM orientations o
   WHERE o."lotId" = $1 AND o."orientedOn" <= $3::date AND o.status <> 'NOT_ENTERED' AND (o."exitOn" IS NULL OR o."exitOn" >= $2::date)
), interviews AS (
  SELECT count(*)::int AS n FROM activity_interviews i WHERE i."lotId" = $1 AND i.date BETWEEN $2::date AND $3::date
), workshops AS (
  SELECT count(*)::int AS n, COALESCE(sum(p.n), 0)::int AS attendances FROM activity_sessions s
    JOIN LATERAL (SELECT count(*) AS n FROM session_enrolments e WHERE e."sessionId" = s.id AND e.attendance = 'PRESENT') p ON p.n > 0
   WHERE s."lotId" = $1 AND s.date BETWEEN $2::date AND $3::date
)
SELECT (SELECT count(*) FROM orientations o WHERE o."lotId" = $1 AND o."orientedOn" BETWEEN $2::date AND $3::date)::int AS oriented,
       (SELECT count(DISTINCT "participantId") FROM followed)::int AS followed,
       (SELECT count(*) FROM followed WHERE "exitOn" BETWEEN $2::date AND $3::date)::int AS exits,
       interviews.n AS interviews, workshops.n AS workshops,
       round((interviews.n + workshops.attendances)::numeric / nullif((SELECT count(DISTINCT "participantId") FROM followed), 0), 2)::float8 AS "perParticipant"
  FROM interviews, workshops`;

/**
 * A lot's report: the evaluation criteria of the lot's action (participants oriented and followed, interviews and
 * workshops, per participant, exits), counted on the lot's activity (a structure's report counts PLIE paths instead).
 */
@Injectable()
export class LotActivityFigures implements ReportFigureProvider {
  readonly key = 'lot-activity';
  readonly order = 10;

  appliesTo(context: FigureContext): boolean {
    return !!context.lotId;
  }

  async compute(manager: EntityManager, context: FigureContext): Promise<ReportTable[]> {
    const [row] = await manager.query<
      {
        oriented: number;
        followed: number;
        exits: number;
        interviews: number;
        workshops: number;
        perParticipant: number | null;
      }[]
    >(LOT_ACTIVITY_SQL, [context.lotId, context.periodStart, context.periodEnd]);
    return [
      {
        key: 'lot-activity',
        title: 'Activité du lot',
        shortTitle: 'Activité du lot',
        note: 'Participants orientés vers l’action du lot et suivis sur la période (entrés, non sortis avant son début) ; entretiens et ateliers enregistrés par le prestataire.',
        columns: [{ key: 'value', label: 'Nombre' }],
        rows: [
          { key: 'oriented', label: 'Participants orientés sur la période', values: [row.oriented] },
          { key: 'followed', label: 'Participants suivis', values: [row.followed] },
          { key: 'interviews', label: 'Entretiens individuels', values: [row.interviews] },
          { key: 'workshops', label: 'Ateliers collectifs réalisés', values: [row.workshops] },
          {
            key: 'per-participant',
            label: 'Entretiens et présences en atelier par participant',
            values: [row.perParticipant],
          },
          { key: 'exits', label: 'Sorties sur la période', values: [row.exits] },
        ],
      },
    ];
  }
}
