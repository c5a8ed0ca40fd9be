import { Role } from '@passerelle/domain';
import { EntityManager, In } from 'typeorm';
import { InputError } from '../../core/graphql/errors';
import { Branch } from '../../core/tenancy/branches/branch.entity';
import { Lot } from '../markets/lots/lot.entity';
import { Membership } from '../../core/tenancy/users/user.entity';
import { isUuid } from '../../core/validation/calendar-date.validator';

/** Who may follow a CEJ contract or run a promo. */
export const CEJ_COUNSELLOR_ROLES: readonly Role[] = [Role.COUNSELLOR, Role.COORDINATOR];

export async function checkCounsellor(
  manager: EntityManager,
  structureId: string,
  userId: string,
  field = 'counsellorUserId',
): Promise<void> {
  const found =
    isUuid(userId) &&
    (await manager.existsBy(Membership, { userId, structureId, role: In([...CEJ_COUNSELLOR_ROLES]) }));
  if (!found)
    throw new InputError({ [field]: 'Choisissez un·e conseiller·ère ou un·e coordinateur·rice de la structure.' });
}

export async function checkBranch(
  manager: EntityManager,
  structureId: string,
  branchId: string,
  field = 'branchId',
): Promise<void> {
  const found = isUuid(branchId) && (await manager.existsBy(Branch, { id: branchId, structureId }));
  if (!found) throw new InputError({ [field]: 'Cette antenne n’existe pas dans la structure.' });
}

/**
 * A lot that pays CEJ work (promo workshop days, digital workshops, the digital path): one of the structure's own lots,
 * awarded to a provider with a signed convention. Its provider is the structure that delivers.
 */
export async function checkContractedLot(
  manager: EntityManager,
  structureId: string,
  lotId: string,
  field = 'lotId',
): Promise<Lot> {
  const lot = isUuid(lotId) ? await manager.findOneBy(Lot, { id: lotId, structureId }) : null;
  if (!lot?.awardedStructureId || !lot.conventionSignedOn)
    throw new InputError({
      [field]: 'Choisissez un lot de la structure attribué à un prestataire dont la convention est signée.',
    });
  return lot;
}

/** Throws the per-field errors, if any. */
export function throwIfErrors(errors: Record<string, string>, message?: string): void {
  if (Object.keys(errors).length > 0) throw new InputError(errors, message);
}
