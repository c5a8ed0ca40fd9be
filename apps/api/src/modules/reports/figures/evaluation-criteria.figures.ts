import { Injectable } from '@nestjs/common';
import { EXIT_REASON_LABELS, ExitReason, FollowUpKind, RUPTURE_EXIT_REASONS } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { FigureContext, ReportFigureProvider } from './report-figure.registry';
import { ReportTable } from './report-table.dto';
import { sqlList } from '../../../core/database/sql';
import { typologySql, typologyTables } from './typology';

/**
 * The paths followed during the period: admitted by the committee on or before its last day, and not exited before
 * its first day. $1 structure, $2 first day, $3 last day.
 */
const COHORT = `cohort AS (
  SELECT pp.id, pp."participantId", pp."admittedOn", pp."exitDate", pp."exitReason", pp."exitPositive"
  FROM plie_paths pp
  WHERE pp."structureId" = $1 AND pp."admittedOn" IS NOT NULL AND pp."admittedOn" <= $3::date
    AND (pp."exitDate" IS NULL OR pp."exitDate" >= $2::date)
)`;

const PARTICIPANTS_SQL = `WITH ${COHORT}
SELECT count(DISTINCT c."participantId")::int AS followed,
  count(DISTINCT c."participantId") FILTER (WHERE c."admittedOn" >= $2::date)::int AS entries,
  count(DISTINCT c."participantId") FILTER (WHERE c."admittedOn" < $2::date)::int AS "presentAtStart",
  count(DISTINCT c."participantId") FILTER (WHERE c."exitDate" IS NULL OR c."exitDate" > $3::date)::int AS "activeAtEnd",
  count(*) FILTER (WHERE c."exitDate" <= $3::date)::int AS exits
FROM cohort c`;

const ACTIVITY_SQL = `WITH ${COHORT},
counts AS (
  SELECT count(*) FILTER (WHERE f.kind = '${FollowUpKind.INTERVIEW}')::int AS interviews,
    count(*) FILTER (WHERE f.kind = '${FollowUpKind.COLLECTIVE_MEETING}' AND f.attended IS DISTINCT FROM FALSE)::int AS attendances,
    count(*) FILTER (WHERE f.kind = '${FollowUpKind.REMINDER}')::int AS reminders
  FROM cohort c JOIN plie_follow_ups f ON f."pathId" = c.id AND f.date BETWEEN $2::date AND $3::date
), workshops AS (
  SELECT count(*)::int AS n FROM (
    SELECT DISTINCT f.date, lower(coalesce(f.topic, '')) FROM plie_follow_ups f JOIN plie_paths pp ON pp.id = f."pathId"
    WHERE pp."structureId" = $1 AND f.kind = '${FollowUpKind.COLLECTIVE_MEETING}' AND f.date BETWEEN $2::date AND $3::date
  ) w
), followed AS (SELECT count(DISTINCT "participantId")::int AS n FROM cohort)
SELECT counts.*, workshops.n AS workshops, followed.n AS followed,
  round((counts.interviews + counts.attendances)::numeric / nullif(followed.n, 0), 2)::float8 AS "perParticipant"
FROM counts, workshops, followed`;

const EXITS_SQL = `WITH ${COHORT}
SELECT r.reason AS key, count(c.id)::int AS n, count(c.id) FILTER (WHERE c."exitPositive")::int AS positive
FROM unnest($4::text[]) WITH ORDINALITY AS r(reason, ord)
LEFT JOIN cohort c ON c."exitReason"::text = r.reason AND c."exitDate" <= $3::date
GROUP BY r.reason, r.ord ORDER BY r.ord`;

const EXIT_TOTALS_SQL = `WITH ${COHORT}
SELECT count(*) FILTER (WHERE c."exitReason" IN (${sqlList(RUPTURE_EXIT_REASONS)}))::int AS ruptures,
  count(*) FILTER (WHERE c."exitPositive" IS TRUE AND c."exitReason" IN (${sqlList(RUPTURE_EXIT_REASONS)}))::int AS "rupturesPositive",
  count(*)::int AS total, count(*) FILTER (WHERE c."exitPositive" IS TRUE)::int AS positive
FROM cohort c WHERE c."exitDate" <= $3::date`;

const TYPOLOGY_SQL = typologySql(
  `WITH ${COHORT}, members AS (SELECT "participantId", "admittedOn" AS entered FROM cohort)`,
);

const COUNT = [{ key: 'count', label: 'Nombre' }];
/**
 * The quantitative evaluation criteria of seed 002 §5, computed from the participants and the PLIE follow-up:
 * number of participants, interviews or workshops per participant, collective workshops run, ruptures and other
 * exits, typology of the public (EPCI, age, sex, status).
 */
@Injectable()
export class EvaluationCriteriaFigures implements ReportFigureProvider {
  readonly key = 'evaluation-criteria';
  readonly order = 10;

  /** A lot's report counts the lot's activity instead (`LotActivityFigures`). */
  appliesTo(context: FigureContext): boolean {
    return !context.lotId;
  }

  async compute(manager: EntityManager, context: FigureContext): Promise<ReportTable[]> {
    const params = [context.structureId, context.periodStart, context.periodEnd];
    const [[participants], [activity], exits, [exitTotals], typology] = await Promise.all([
      manager.query(PARTICIPANTS_SQL, params),
      manager.query(ACTIVITY_SQL, params),
      manager.query(EXITS_SQL, [...params, Object.values(ExitReason)]) as Promise<
        { key: ExitReason; n: number; positive: number }[]
      >,
      manager.query(EXIT_TOTALS_SQL, params),
      typologyTables(manager, TYPOLOGY_SQL, params),
    ]);
    return [
      {
        key: 'participants',
        title: 'Nombre de participants',
        shortTitle: 'Participants',
        note: 'Parcours admis en comité au plus tard le dernier jour de la période et non sortis avant son premier jour ; une personne compte une fois.',
        columns: COUNT,
        rows: [
          { key: 'followed', label: 'Participants accompagnés sur la période', values: [participants.followed] },
          {
            key: 'presentAtStart',
            label: 'dont présents au début de la période',
            values: [participants.presentAtStart],
          },
          { key: 'entries', label: 'dont entrés pendant la période', values: [participants.entries] },
          { key: 'activeAtEnd', label: 'En parcours à la fin de la période', values: [participants.activeAtEnd] },
          { key: 'exits', label: 'Sorties pendant la période', values: [participants.exits] },
        ],
      },
      {
        key: 'activity',
        title: 'Entretiens et ateliers',
        shortTitle: 'Entretiens et ateliers',
        note: 'Suivi des participants de la période, daté dans la période. Un atelier collectif animé est une réunion collective distincte (jour et thème).',
        columns: COUNT,
        rows: [
          { key: 'interviews', label: 'Entretiens individuels', values: [activity.interviews] },
          { key: 'attendances', label: 'Participations à des ateliers collectifs', values: [activity.attendances] },
          { key: 'perParticipant', label: 'Entretiens ou ateliers par participant', values: [activity.perParticipant] },
          { key: 'workshops', label: 'Ateliers collectifs animés', values: [activity.workshops] },
          { key: 'reminders', label: 'Relances', values: [activity.reminders] },
        ],
      },
      {
        key: 'exits',
        title: 'Ruptures et autres sorties',
        shortTitle: 'Ruptures et sorties',
        note: 'Sorties datées dans la période, par motif. Rupture : abandon ou perte de contact.',
        columns: [
          { key: 'count', label: 'Sorties' },
          { key: 'positive', label: 'dont positives' },
        ],
        rows: [
          ...exits.map((row) => ({ key: row.key, label: EXIT_REASON_LABELS[row.key], values: [row.n, row.positive] })),
          {
            key: 'ruptures',
            label: 'Ruptures (abandons et pertes de contact)',
            values: [exitTotals.ruptures, exitTotals.rupturesPositive],
          },
          { key: 'total', label: 'Total des sorties', values: [exitTotals.total, exitTotals.positive] },
        ],
      },
      ...typology,
    ];
  }
}
