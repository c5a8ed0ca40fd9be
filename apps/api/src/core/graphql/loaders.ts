import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Branch } from '../tenancy/branches/branch.entity';
import { Structure } from '../tenancy/structures/structure.entity';
import { Membership } from '../tenancy/users/user.entity';

/** Per-request batch loaders, so that lists resolve their relations in one query per relation. */
export function createLoaders(dataSource: DataSource) {
  return {
    structureById: new DataLoader<string, Structure>(async (ids) => {
      const rows = await dataSource.getRepository(Structure).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new Error(`Structure ${id} introuvable`));
    }),
    branchesByStructure: new DataLoader<string, Branch[]>(async (structureIds) => {
      const rows = await dataSource.getRepository(Branch).find({
        where: { structureId: In([...structureIds]) },
        relations: { areas: true },
        order: { name: 'ASC', areas: { label: 'ASC' } },
      });
      return structureIds.map((id) => rows.filter((row) => row.structureId === id));
    }),
    membershipsByUser: new DataLoader<string, Membership[]>(async (userIds) => {
      const rows = await dataSource
        .getRepository(Membership)
        .find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
      return userIds.map((id) => rows.filter((row) => row.userId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
