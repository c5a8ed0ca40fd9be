import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { perRequestLoaders } from '../../../core/graphql/loaders';
import { CejCohortSession } from '../cohorts/cej-cohort.entity';
import { CejDigitalEnrolment, CejDigitalWorkshop } from '../digital/cej-digital.entity';
import { CejAction } from '../planning/cej-action.entity';
import { CejMonthlyReturn } from './cej-monthly-return.entity';

/** A key for what a provider sees of a young person through one lot. */
export const lotContractKey = (lotId: string, contractId: string) => `${lotId}|${contractId}`;

function byLotContract<T>(load: (contractIds: string[]) => Promise<(T & { lotId: string; contractId: string })[]>) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await load([...new Set(keys.map((key) => key.split('|')[1]))]);
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(lotContractKey(row.lotId, row.contractId))?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}

function create(dataSource: DataSource) {
  return {
    /** The promo workshop days a lot pays for, in a young person's planning. */
    workshopDays: byLotContract<CejAction>(async (contractIds) => {
      const { entities, raw } = await dataSource
        .getRepository(CejAction)
        .createQueryBuilder('a')
        .innerJoin(CejCohortSession, 's', 's.id = a."cohortSessionId"')
        .addSelect('s."lotId"', 'session_lot')
        .where('a."contractId" IN (:...contractIds) AND s."lotId" IS NOT NULL', { contractIds })
        .orderBy('a.date', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getRawAndEntities<{ a_id: string; session_lot: string }>();
      const lots = new Map(raw.map((row) => [row.a_id, row.session_lot]));
      return entities.map((action) => Object.assign(action, { lotId: lots.get(action.id)! }));
    }),
    /** The enrolments in the digital workshops a lot pays for. */
    digitalEnrolments: byLotContract<CejDigitalEnrolment>(async (contractIds) => {
      const { entities, raw } = await dataSource
        .getRepository(CejDigitalEnrolment)
        .createQueryBuilder('e')
        .innerJoin(CejDigitalWorkshop, 'w', 'w.id = e."workshopId"')
        .addSelect('w."lotId"', 'workshop_lot')
        .addSelect('w.date', 'workshop_date')
        .where('e."contractId" IN (:...contractIds) AND w."lotId" IS NOT NULL', { contractIds })
        .orderBy('w.date', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .getRawAndEntities<{ e_id: string; workshop_lot: string }>();
      const lots = new Map(raw.map((row) => [row.e_id, row.workshop_lot]));
      return entities.map((enrolment) => Object.assign(enrolment, { lotId: lots.get(enrolment.id)! }));
    }),
    /** All the returns of a lot for a young person, drafts included (the provider's own view). */
    returns: byLotContract<CejMonthlyReturn>((contractIds) =>
      dataSource.getRepository(CejMonthlyReturn).find({
        where: { contractId: In(contractIds) },
        order: { month: 'DESC' },
      }),
    ),
  };
}

export const cejProviderLoaders = perRequestLoaders('cej-provider', create);
