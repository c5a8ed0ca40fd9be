import { EntityManager } from 'typeorm';
import { Actor } from '../../core/auth/actor';
import { ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { isUuid } from '../../core/validation/calendar-date.validator';
import { Orientation } from './orientations/orientation.entity';

/**
 * An orientation is reached by the operator that made it and by the provider of the lot; anyone else gets NOT_FOUND.
 * A provider reaches a participant only through such an orientation.
 */
export function orientationScopeSql(alias: string): string {
  return `(${alias}."structureId" = :scope OR ${alias}."providerStructureId" = :scope)`;
}

export const isOrientingOperator = (actor: Actor, o: Pick<Orientation, 'structureId'>): boolean =>
  actor.isPlatformAdmin || actor.structureId === o.structureId;
export const isOrientationProvider = (actor: Actor, o: Pick<Orientation, 'providerStructureId'>): boolean =>
  actor.isPlatformAdmin || actor.structureId === o.providerStructureId;

async function load(manager: EntityManager, id: string, lock: boolean): Promise<Orientation | null> {
  if (!isUuid(id)) return null;
  return manager.findOne(Orientation, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

export async function findReachableOrientation(
  manager: EntityManager,
  actor: Actor,
  id: string,
  lock = false,
  what = 'Orientation',
): Promise<Orientation> {
  const o = await load(manager, id, lock);
  if (!o || !(isOrientingOperator(actor, o) || isOrientationProvider(actor, o))) throw new NotFoundError(what);
  return o;
}

/** The provider's side: liaison sheets, enrolments, attendance, interviews… The operator is told it is the provider's job. */
export const findDeliveredOrientation = onOneSide(
  isOrientationProvider,
  'C’est au prestataire du lot de renseigner cette information.',
);

/** The operator's side: orienting, deciding exits. */
export const findOperatorOrientation = onOneSide(
  isOrientingOperator,
  'Cette décision revient à la structure porteuse.',
);

/** `findReachableOrientation`, then FORBIDDEN with `refusal` when the caller is not on the side `allowed` names. */
function onOneSide(
  allowed: (actor: Actor, o: Orientation) => boolean,
  refusal: string,
): (manager: EntityManager, actor: Actor, id: string, lock?: boolean, what?: string) => Promise<Orientation> {
  return async (manager, actor, id, lock = false, what = 'Orientation') => {
    const o = await findReachableOrientation(manager, actor, id, lock, what);
    if (!allowed(actor, o)) throw new ForbiddenError(refusal);
    return o;
  };
}
