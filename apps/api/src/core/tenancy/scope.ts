import { Actor } from '../auth/actor';
import { ForbiddenError, NotFoundError } from '../graphql/errors';

/** Whether the caller may see this structure at all: a member of it, or a platform admin. */
export function canSeeStructure(actor: Actor, structureId: string): boolean {
  return actor.isPlatformAdmin || actor.memberStructureIds.includes(structureId);
}

/** Reading outside one's structures answers "not found", so that ids of other tenants leak nothing. */
export function assertCanSeeStructure(actor: Actor, structureId: string): void {
  if (!canSeeStructure(actor, structureId)) throw new NotFoundError('Structure');
}

/** Changes happen in the current structure only, a platform admin excepted. */
export function assertActsIn(actor: Actor, structureId: string): void {
  if (actor.isPlatformAdmin) return;
  if (!canSeeStructure(actor, structureId)) throw new NotFoundError('Structure');
  if (actor.structureId !== structureId) {
    throw new ForbiddenError('Basculez d’abord sur cette structure pour la modifier.');
  }
}

export function requireStructureId(actor: Actor): string {
  if (!actor.structureId) throw new ForbiddenError('Aucune structure courante.');
  return actor.structureId;
}
