import { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ConflictError } from '../graphql/errors';

/** Creates a new row of `entity` from `values` and saves it (in the caller's transaction): the saved entity. */
export function saveNew<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  values: DeepPartial<NoInfer<T>>,
): Promise<T> {
  return manager.save(entity, manager.create(entity, values));
}

/**
 * Updates the row `id` as it was read at `version`, and moves its version on: CONFLICT when someone else changed it
 * since (or it is gone), and nothing is written.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  changes: QueryDeepPartialEntity<NoInfer<T>>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw new ConflictError();
}
