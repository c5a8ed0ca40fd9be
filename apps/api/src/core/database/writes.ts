import { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Creates a new row of `entity` from `values` and saves it (in the caller's transaction): the saved entity. */
export function saveNew<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  values: DeepPartial<NoInfer<T>>,
): Promise<T> {
  return manager.save(entity, manager.create(entity, values));
}
