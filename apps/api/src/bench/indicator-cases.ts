import { IndicatorMeasure, ReportKind } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { IndicatorFigures } from '../modules/indicators/indicator.figures';
import { computeStatuses } from '../modules/indicators/indicator-statuses';
import { PaymentIndicator } from '../modules/indicators/payment-indicator.entity';

export type BenchCase = [label: string, viaService: () => Promise<unknown>, viaSql: () => Promise<unknown>];

/**
 * The same aggregate as each measure, written by hand in raw SQL for one indicator ($1 lot, $2 start, $3 last day,
 * $4 hour kind, $5 communes, $6 exit reason): what the service's generic, drill-down-capable query is compared to.
 */
const RAW_SQL: Record<IndicatorMeasure, string> = {
  [IndicatorMeasure.ACTIVE_FILE]: `SELECT count(*) FROM orientations o JOIN participants p ON p.id = o."participantId"
    WHERE o."lotId" = $1 AND ($5::text[] IS NULL OR p."communeCode" = ANY($5::text[])) AND (
      EXISTS (SELECT 1 FROM session_enrolments e JOIN activity_sessions s ON s.id = e."sessionId"
               WHERE e."orientationId" = o.id AND e.attendance = 'PRESENT' AND s."sheetFrozenAt" IS NOT NULL AND s.date BETWEEN $2 AND $3)
      OR EXISTS (SELECT 1 FROM activity_interviews i WHERE i."orientationId" = o.id AND i."proofId" IS NOT NULL AND i.date BETWEEN $2 AND $3))
      AND $4::text IS NULL AND $6::text IS NULL`,
  [IndicatorMeasure.HOURS]: `SELECT sum(t.minutes) / 60.0 FROM time_entries t WHERE t."lotId" = $1 AND t.kind::text = $4 AND t.date BETWEEN $2 AND $3 AND t."proofId" IS NOT NULL
      AND EXISTS (SELECT 1 FROM time_entry_participants tp WHERE tp."timeEntryId" = t.id) AND $5::text[] IS NULL AND $6::text IS NULL`,
  [IndicatorMeasure.WORKSHOPS_RUN]: `SELECT count(*) FROM activity_sessions s WHERE s."lotId" = $1 AND s.date BETWEEN $2 AND $3 AND s."sheetFrozenAt" IS NOT NULL
      AND EXISTS (SELECT 1 FROM session_enrolments e WHERE e."sessionId" = s.id AND e.attendance = 'PRESENT') AND $4::text IS NULL AND $5::text[] IS NULL AND $6::text IS NULL`,
  [IndicatorMeasure.INTERVIEWS]: `SELECT count(*) FROM activity_interviews i WHERE i."lotId" = $1 AND i.date BETWEEN $2 AND $3 AND i."proofId" IS NOT NULL
      AND $4::text IS NULL AND $5::text[] IS NULL AND $6::text IS NULL`,
  [IndicatorMeasure.ASSESSMENTS_DONE]: `SELECT count(*) FROM assessments a WHERE a."lotId" = $1 AND a."completedOn" BETWEEN $2 AND $3 AND $4::text IS NULL AND $5::text[] IS NULL AND $6::text IS NULL`,
  [IndicatorMeasure.EXITS]: `SELECT count(*) FROM orientations o WHERE o."lotId" = $1 AND o."exitOn" BETWEEN $2 AND $3 AND ($6::text IS NULL OR o."exitReason"::text = $6)
      AND EXISTS (SELECT 1 FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind = 'EXIT' AND l."sentOn" <= $3) AND $4::text IS NULL AND $5::text[] IS NULL`,
  [IndicatorMeasure.SHEETS_ON_TIME]: `SELECT 100.0 * count(*) FILTER (WHERE sent <= due) / nullif(count(*), 0) FROM (
      SELECT o."entryDueOn" AS due, o."entrySheetSentOn" AS sent FROM orientations o WHERE o."lotId" = $1 AND o."entryDueOn" BETWEEN $2 AND $3 AND (o."entrySheetSentOn" <= $3 OR o."entryDueOn" < $3)
      UNION ALL
      SELECT o."exitDueOn", o."exitSheetSentOn" FROM orientations o WHERE o."lotId" = $1 AND o."exitDueOn" BETWEEN $2 AND $3 AND (o."exitSheetSentOn" <= $3 OR o."exitDueOn" < $3)) d
      WHERE $4::text IS NULL AND $5::text[] IS NULL AND $6::text IS NULL`,
  [IndicatorMeasure.FIRST_APPOINTMENT_WAIT]: `SELECT avg(greatest(least(fi.date, fp.date) - o."orientedOn", 0)) FROM orientations o
      LEFT JOIN (SELECT e."orientationId", min(s.date) AS date FROM activity_sessions s JOIN session_enrolments e ON e."sessionId" = s.id AND e.attendance = 'PRESENT'
                  WHERE s."lotId" = $1 AND s."sheetFrozenAt" IS NOT NULL AND s.date <= $3 GROUP BY 1) fp ON fp."orientationId" = o.id
      LEFT JOIN (SELECT i."orientationId", min(i.date) AS date FROM activity_interviews i WHERE i."lotId" = $1 AND i."proofId" IS NOT NULL AND i.date <= $3 GROUP BY 1) fi ON fi."orientationId" = o.id
      WHERE o."lotId" = $1 AND o."orientedOn" BETWEEN $2 AND $3 AND o.status <> 'NOT_ENTERED' AND (fi.date IS NOT NULL OR fp.date IS NOT NULL)
        AND $4::text IS NULL AND $5::text[] IS NULL AND $6::text IS NULL`,
};

/** One case per indicator of the structure's lots (value through the service, next to raw SQL), and the report's indicator figures. */
export async function indicatorCases(
  dataSource: DataSource,
  structureId: string,
  asOf: string,
  reportStart: string,
): Promise<BenchCase[]> {
  const indicators = await dataSource
    .getRepository(PaymentIndicator)
    .find({ where: { structureId }, order: { lotId: 'ASC', measure: 'ASC', hourKind: 'ASC' } });
  const cases: BenchCase[] = indicators.map((indicator) => {
    const last = asOf < indicator.periodEnd ? asOf : indicator.periodEnd;
    const params = [
      indicator.lotId,
      indicator.periodStart,
      last,
      indicator.hourKind,
      indicator.communeCodes,
      indicator.exitReason,
    ];
    return [
      `Indicateur ${indicator.measure}${indicator.hourKind ? ` ${indicator.hourKind}` : ''}`,
      () => computeStatuses(dataSource.manager, [indicator], asOf),
      () => dataSource.query(RAW_SQL[indicator.measure], params),
    ];
  });
  const figures = new IndicatorFigures();
  cases.push([
    'Bilan : tableau des indicateurs (service)',
    () =>
      figures.compute(dataSource.manager, {
        structureId,
        kind: ReportKind.FINAL,
        periodStart: reportStart,
        periodEnd: asOf,
      }),
    () =>
      Promise.all(
        indicators.map((i) =>
          dataSource.query(RAW_SQL[i.measure], [
            i.lotId,
            i.periodStart,
            asOf < i.periodEnd ? asOf : i.periodEnd,
            i.hourKind,
            i.communeCodes,
            i.exitReason,
          ]),
        ),
      ),
  ]);
  return cases;
}

/** The first page of the active file's drill-down, written by hand: each participant once with a proof. */
export const RAW_ACTIVE_FILE_PAGE = `SELECT o."participantId", min(s.date) FROM orientations o
  JOIN session_enrolments e ON e."orientationId" = o.id AND e.attendance = 'PRESENT'
  JOIN activity_sessions s ON s.id = e."sessionId" AND s."sheetFrozenAt" IS NOT NULL
  WHERE o."lotId" = $1 GROUP BY o."participantId" ORDER BY 2, 1 LIMIT 20`;

/**
 * The lots the bench works on (seed 001: lot 1 delivers, lot 3 counts staff time), a proof document, the demo
 * indicators stretched over the generated period, and one indicator of each other measure on lot 1.
 */
export async function prepareIndicatorBench(
  dataSource: DataSource,
  structureId: string,
): Promise<{ providerId: string; deliveryLot: string; timeLot: string; proofId: string }> {
  const lots = await dataSource.query<{ id: string; number: number; awardedStructureId: string }[]>(
    `SELECT l.id, l.number, l."awardedStructureId" FROM lots l WHERE l."structureId" = $1 AND l.number IN (1, 3) ORDER BY l.number`,
    [structureId],
  );
  const [delivery, time] = lots;
  const [{ id: proofId }] = await dataSource.query(
    `INSERT INTO proof_documents ("structureId", "lotId", "operatorStructureId", kind, "fileName", "mimeType", size, sha256, "storagePath", "keepUntil")
     VALUES ($1, $2, $3, 'EXTRACTION', 'bench.pdf', 'application/pdf', 0, repeat('0', 64), 'bench/bench.pdf', '2033-12-31') RETURNING id`,
    [delivery.awardedStructureId, delivery.id, structureId],
  );
  await dataSource.query(
    `INSERT INTO payment_indicators ("lotId", "structureId", label, measure, target, "periodStart", "periodEnd", rule, params)
     SELECT $1, $2, m || ' (bench)', m::indicator_measure, t, current_date, current_date, (CASE WHEN m = 'FIRST_APPOINTMENT_WAIT' OR m = 'SHEETS_ON_TIME' THEN 'PRO_RATA' ELSE 'CAP' END)::payment_rule,
            CASE WHEN m = 'FIRST_APPOINTMENT_WAIT' OR m = 'SHEETS_ON_TIME' THEN '{}'::jsonb ELSE '{"unitPrice": "10.00"}'::jsonb END
       FROM (VALUES ('WORKSHOPS_RUN', 20000), ('INTERVIEWS', 200000), ('SHEETS_ON_TIME', 90), ('FIRST_APPOINTMENT_WAIT', 15), ('ASSESSMENTS_DONE', 5000)) v(m, t)`,
    [delivery.id, structureId],
  );
  await dataSource.query(
    `UPDATE payment_indicators SET "periodStart" = current_date - 540, "periodEnd" = current_date + 180 WHERE "structureId" = $1`,
    [structureId],
  );
  return { providerId: delivery.awardedStructureId, deliveryLot: delivery.id, timeLot: time.id, proofId };
}
