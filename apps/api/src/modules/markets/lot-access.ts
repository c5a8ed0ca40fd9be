import { EntityManager } from 'typeorm';
import { Actor } from '../../core/auth/actor';
import { DomainError, ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { requireStructureId } from '../../core/tenancy/scope';
import { isUuid } from '../../core/validation/calendar-date.validator';
import { Bid } from './bids/bid.entity';
import { Lot } from './lots/lot.entity';

/**
 * Who reaches a lot: the operator that owns its market (in the structure it acts in), and the provider it was awarded
 * to once the convention is signed. Anyone else is answered NOT_FOUND, as if the lot did not exist.
 */
export function actingStructureId(actor: Actor): string | null {
  return actor.isPlatformAdmin ? null : requireStructureId(actor);
}

/** SQL over a row with the lot's two structures: the operator's or the provider's (the actor's one is `:scope`). */
export const operatorOrProviderSql = (alias: string): string =>
  `(${alias}."structureId" = :scope OR ${alias}."providerStructureId" = :scope)`;

export const isOperatorOf = (actor: Actor, lot: Pick<Lot, 'structureId'>): boolean =>
  actor.isPlatformAdmin || actor.structureId === lot.structureId;

export const isProviderOf = (actor: Actor, lot: Pick<Lot, 'awardedStructureId' | 'conventionSignedOn'>): boolean =>
  !!lot.conventionSignedOn && lot.awardedStructureId !== null && actor.structureId === lot.awardedStructureId;

/**
 * Whether the caller reaches the lot as the `lot` query does. A lot seen through another path (a bid, the open
 * lots) shows its call for tenders only: its award and convention stay with its operator and contracted provider.
 */
export const reachesLot = (actor: Actor, lot: Lot): boolean => isOperatorOf(actor, lot) || isProviderOf(actor, lot);

/** SQL condition on a lot alias: the lots the structure reaches (as operator, or as contracted provider). */
export function reachableLotSql(alias: string): string {
  return `(${alias}."structureId" = :scope OR (${alias}."awardedStructureId" = :scope AND ${alias}."conventionSignedOn" IS NOT NULL))`;
}

async function loadLot(manager: EntityManager, lotId: string, lock: boolean): Promise<Lot | null> {
  if (!isUuid(lotId)) return null;
  return manager.findOne(Lot, {
    where: { id: lotId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

/** A lot the caller reaches, as operator or provider. */
export async function findReachableLot(
  manager: EntityManager,
  actor: Actor,
  lotId: string,
  what = 'Lot',
): Promise<Lot> {
  const lot = await loadLot(manager, lotId, false);
  if (!lot || !(isOperatorOf(actor, lot) || isProviderOf(actor, lot))) throw new NotFoundError(what);
  return lot;
}

/** A lot of the caller's own markets (operator side). */
export async function findOperatorLot(manager: EntityManager, actor: Actor, lotId: string, lock = false): Promise<Lot> {
  const lot = await loadLot(manager, lotId, lock);
  if (!lot || !isOperatorOf(actor, lot)) throw new NotFoundError('Lot');
  return lot;
}

/** Work on a lot that is not awarded (and contracted) to the caller's structure. */
export class LotNotAwardedError extends DomainError {
  constructor(message = 'Ce lot n’est pas attribué à votre structure : vous ne pouvez pas y intervenir.') {
    super('FORBIDDEN', message, { reason: 'LOT_NOT_AWARDED' });
  }
}

/**
 * A lot the caller delivers: awarded to the structure it acts in, with a signed convention. The operator of the lot,
 * or a provider that bid for it, is told precisely why it may not work on it; anyone else gets NOT_FOUND.
 */
export async function findDeliveredLot(
  manager: EntityManager,
  actor: Actor,
  lotId: string,
  lock = false,
): Promise<Lot> {
  const lot = await loadLot(manager, lotId, lock);
  if (!lot) throw new NotFoundError('Lot');
  if (actor.isPlatformAdmin && lot.awardedStructureId && lot.conventionSignedOn) return lot;
  if (isProviderOf(actor, lot)) return lot;
  const knowsLot =
    isOperatorOf(actor, lot) ||
    (actor.structureId !== null &&
      (await manager.existsBy(Bid, { lotId: lot.id, providerStructureId: actor.structureId })));
  if (!knowsLot) throw new NotFoundError('Lot');
  if (lot.awardedStructureId === actor.structureId)
    throw new ForbiddenError('La convention de ce lot n’est pas encore signée : l’action ne peut pas commencer.');
  throw new LotNotAwardedError();
}
