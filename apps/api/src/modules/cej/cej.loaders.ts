import DataLoader from 'dataloader';
import {
  CejMonthlyReturnStatus,
  CejParameterValue,
  companyDaysProgress,
  POSITIONING_SKILL_CODES,
  todayInParis,
} from '@passerelle/domain';
import { DataSource, In } from 'typeorm';
import { byKey, grouped, perRequestLoaders } from '../../core/graphql/loaders';
import { CejBreach, CejIncomeDeclaration } from './allowance/cej-allowance.entity';
import {
  CejBookletEntry,
  CejFinalEvaluation,
  CejMarketKnowledge,
  CejTransversalSkill,
} from './booklet/cej-booklet.entity';
import { CejParameter } from './allowance/cej-parameter.entity';
import {
  CejDigitalCertification,
  CejDigitalEnrolment,
  CejDigitalPlanItem,
  CejDigitalWorkshop,
  CejPixDiagnostic,
} from './digital/cej-digital.entity';
import { CejAction } from './planning/cej-action.entity';
import { CejMonthlyReturn } from './provider/cej-monthly-return.entity';
import { CejMonthlyReturnFigures } from './provider/cej-provider.dto';
import { MONTHLY_RETURN_FIGURES_SQL } from './provider/cej-provider.sql';
import { CejPositioning } from './positioning/cej-positioning.entity';
import { COMPANY_DAYS_SQL, MONTHS_SQL, WEEKS_SQL } from './planning/cej-planning.sql';
import { CejCompanyDays, CejMonthStats, CejWeekStats } from './planning/cej-planning.types';
import { CejCohort, CejCohortSession } from './cohorts/cej-cohort.entity';
import { CejContract, CejContractEvent, CejRenewal, CejSuspension } from './contracts/cej-contract.entity';

/** One SQL statement for a batch of contracts, rows grouped by contract. */
function sqlGrouped<T>(dataSource: DataSource, sql: string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows: (T & { contractId: string })[] = await dataSource.query(
      sql,
      sql.includes('$2') ? [[...ids], todayInParis()] : [[...ids]],
    );
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const { contractId, ...row } of rows) groups.get(contractId)?.push(row as T);
    return ids.map((id) => groups.get(id)!);
  });
}

function create(dataSource: DataSource) {
  return {
    declarationsByContract: grouped(dataSource, CejIncomeDeclaration, 'contractId', { month: 'ASC' }),
    breachesByContract: grouped(dataSource, CejBreach, 'contractId', { rank: 'ASC' }),
    /** The whole parameters table (a few dozen rows), read once per request. */
    parameters: new DataLoader<'all', CejParameterValue[]>(async (keys) => {
      const rows = await dataSource.getRepository(CejParameter).find({ order: { key: 'ASC', validFrom: 'ASC' } });
      const values = rows.map((row) => ({
        key: row.key,
        validFrom: row.validFrom,
        value: row.value,
        source: row.source,
      }));
      return keys.map(() => values);
    }),
    /** Sheets with their scores, oldest first; scores in the grid's order. */
    positioningsByContract: new DataLoader<string, CejPositioning[]>(async (ids) => {
      const rows = await dataSource.getRepository(CejPositioning).find({
        where: { contractId: In([...ids]) },
        relations: { scores: true },
        order: { date: 'ASC', createdAt: 'ASC' },
      });
      const rank = (skill: string) => POSITIONING_SKILL_CODES.indexOf(skill);
      for (const row of rows) row.scores.sort((a, b) => rank(a.skill) - rank(b.skill));
      return ids.map((id) => rows.filter((row) => row.contractId === id));
    }),
    bookletEntriesByContract: grouped(dataSource, CejBookletEntry, 'contractId', { date: 'ASC', createdAt: 'ASC' }),
    transversalSkillsByContract: grouped(dataSource, CejTransversalSkill, 'contractId', {
      status: 'ASC',
      label: 'ASC',
    }),
    marketKnowledgeByContract: grouped(dataSource, CejMarketKnowledge, 'contractId', { kind: 'ASC', name: 'ASC' }),
    finalEvaluationsByContract: grouped(dataSource, CejFinalEvaluation, 'contractId', { theme: 'ASC' }),
    digitalWorkshopById: byKey(dataSource, CejDigitalWorkshop),
    digitalPlanByContract: grouped(dataSource, CejDigitalPlanItem, 'contractId', { createdAt: 'ASC' }),
    digitalEnrolmentsByContract: grouped(dataSource, CejDigitalEnrolment, 'contractId', { createdAt: 'ASC' }),
    digitalCertificationsByContract: grouped(dataSource, CejDigitalCertification, 'contractId', { obtainedOn: 'ASC' }),
    pixDiagnosticsByContract: new DataLoader<string, CejPixDiagnostic[]>(async (ids) => {
      const rows = await dataSource.getRepository(CejPixDiagnostic).find({
        where: { contractId: In([...ids]) },
        relations: { scores: true },
        order: { date: 'ASC', createdAt: 'ASC' },
      });
      return ids.map((id) => rows.filter((row) => row.contractId === id));
    }),
    actionsByContract: grouped(dataSource, CejAction, 'contractId', { date: 'ASC', createdAt: 'ASC' }),
    weeksByContract: sqlGrouped<CejWeekStats>(dataSource, WEEKS_SQL),
    monthsByContract: sqlGrouped<CejMonthStats>(dataSource, MONTHS_SQL),
    companyDaysByContract: new DataLoader<string, CejCompanyDays | null>(async (ids) => {
      const rows: {
        contractId: string;
        startOn: string;
        target: number | null;
        daysDone: number;
        reachedOn: string | null;
      }[] = await dataSource.query(COMPANY_DAYS_SQL, [[...ids]]);
      const today = todayInParis();
      const map = new Map(
        rows.map((row) => {
          const progress = companyDaysProgress({
            startOn: row.startOn,
            today,
            daysDone: row.daysDone,
            reachedOn: row.reachedOn,
            target: row.target ?? 0,
          });
          // Without a target in force (a contract older than the parameters), there is nothing to project.
          const result: CejCompanyDays =
            row.target === null
              ? { ...progress, target: null, remaining: null, projectedOn: null, onTrack: false, reached: false }
              : progress;
          return [row.contractId, result];
        }),
      );
      return ids.map((id) => map.get(id) ?? null);
    }),
    contractById: byKey(dataSource, CejContract),
    cohortById: byKey(dataSource, CejCohort),
    contractsByParticipant: grouped(dataSource, CejContract, 'participantId', { startOn: 'DESC', id: 'ASC' }),
    contractsByCohort: grouped(dataSource, CejContract, 'cohortId', { startOn: 'ASC', id: 'ASC' }),
    eventsByContract: grouped(dataSource, CejContractEvent, 'contractId', { recordedAt: 'ASC', id: 'ASC' }),
    suspensionsByContract: grouped(dataSource, CejSuspension, 'contractId', { fromOn: 'ASC', id: 'ASC' }),
    renewalsByContract: grouped(dataSource, CejRenewal, 'contractId', { commissionOn: 'ASC', id: 'ASC' }),
    /** The name of the provider a lot is awarded to: who runs the workshops the lot pays for. */
    providerNameByLot: new DataLoader<string, string | null>(async (ids) => {
      const rows: { id: string; name: string }[] = await dataSource.query(
        `SELECT l.id, s.name FROM lots l JOIN structures s ON s.id = l."awardedStructureId" WHERE l.id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const names = new Map(rows.map((row) => [row.id, row.name]));
      return ids.map((id) => names.get(id) ?? null);
    }),
    monthlyReturnsByContract: new DataLoader<string, CejMonthlyReturn[]>(async (ids) => {
      const rows = await dataSource.getRepository(CejMonthlyReturn).find({
        where: { contractId: In([...ids]), status: CejMonthlyReturnStatus.SUBMITTED },
        order: { month: 'DESC', createdAt: 'ASC' },
      });
      return ids.map((id) => rows.filter((row) => row.contractId === id));
    }),
    monthlyReturnFigures: new DataLoader<string, CejMonthlyReturnFigures, string>(async (keys) => {
      const parts = keys.map((key) => key.split('|'));
      const rows: (CejMonthlyReturnFigures & { lotId: string; contractId: string; month: string })[] =
        await dataSource.query(MONTHLY_RETURN_FIGURES_SQL, [
          parts.map((p) => p[0]),
          parts.map((p) => p[1]),
          parts.map((p) => p[2]),
        ]);
      const map = new Map(rows.map((row) => [`${row.lotId}|${row.contractId}|${row.month}`, row]));
      return keys.map((key) => {
        const row = map.get(key)!;
        const counted = row.attended + row.excusedAbsences + row.unexcusedAbsences;
        return { ...row, attendanceRate: counted > 0 ? Math.round((row.attended / counted) * 10_000) / 10_000 : null };
      });
    }),
    sessionsByCohort: grouped(dataSource, CejCohortSession, 'cohortId', { date: 'ASC', id: 'ASC' }),
  };
}

/** Per-request loaders, kept on the GraphQL context (created on first use in a request). */
export const cejLoaders = perRequestLoaders('cej', create);

export type CejLoaders = ReturnType<typeof create>;
