import { OrientationStatus } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { Actor } from '../../core/auth/actor';
import { InputError } from '../../core/graphql/errors';
import { Lot } from '../markets/lots/lot.entity';
import { findDeliveredOrientation } from '../orientations/orientation-access';
import { Orientation } from '../orientations/orientations/orientation.entity';

/**
 * The orientation a provider opens a record on (an assessment, an immersion): its own, locked, and the person has
 * entered the action (entry sheet sent).
 */
export async function findEnteredOrientation(manager: EntityManager, actor: Actor, id: string): Promise<Orientation> {
  const o = await findDeliveredOrientation(manager, actor, id, true);
  if (o.status !== OrientationStatus.ENTERED)
    throw new InputError({ orientationId: 'La personne doit être entrée dans l’action (fiche d’entrée envoyée).' });
  return o;
}

/** What a record opened on an orientation copies from it: for whom, in which lot, for which two structures. */
export const orientationColumns = (o: Orientation) => ({
  orientationId: o.id,
  participantId: o.participantId,
  lotId: o.lotId,
  structureId: o.structureId,
  providerStructureId: o.providerStructureId,
});

/** What a record of a lot's delivery (a session, a time entry) copies from the lot: the operator and its provider. */
export const deliveredLotColumns = (lot: Lot) => ({
  lotId: lot.id,
  structureId: lot.structureId,
  providerStructureId: lot.awardedStructureId!,
});
