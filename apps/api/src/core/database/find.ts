import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { NotFoundError } from '../graphql/errors';
import { isUuid } from '../validation/calendar-date.validator';

/**
 * The row matching `where` (an `id`, and possibly the caller's scope), or NOT_FOUND naming `what`: an id that is not
 * even a UUID is answered without asking the database.
 */
export async function findOrNotFound<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T> & { id: string },
  what: string,
): Promise<T> {
  const found = isUuid(where.id) ? await manager.findOneBy(entity, where) : null;
  if (!found) throw new NotFoundError(what);
  return found;
}
