import { Role, ROLE_LABELS } from '@passerelle/domain';

/** Roles a user may hand out: platform administration only by a platform administrator. */
export function assignableRoles(isPlatformAdmin: boolean): { value: Role; label: string }[] {
  return Object.values(Role)
    .filter((role) => isPlatformAdmin || role !== Role.PLATFORM_ADMIN)
    .map((role) => ({ value: role, label: ROLE_LABELS[role] }));
}

/** The role a user holds in the given structure, if any. */
export function roleIn(
  memberships: readonly { role: Role; structure: { id: string } }[],
  structureId: string | null | undefined,
): Role | null {
  return memberships.find((membership) => membership.structure.id === structureId)?.role ?? null;
}
