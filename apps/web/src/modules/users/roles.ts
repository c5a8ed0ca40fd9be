import { Role, ROLE_LABELS, roleManagementProblem } from '@passerelle/domain';

/** Whether someone with `managerRole` may give this role, or change or remove the membership of who holds it. */
export const canManageRole = (managerRole: Role | null, role: Role | null): boolean =>
  role === null || roleManagementProblem({ role: managerRole }, role) === null;

/** Roles one may hand out: none above one's own, the direction only by the direction (the API checks it too). */
export function assignableRoles(managerRole: Role | null): { value: Role; label: string }[] {
  return Object.values(Role)
    .filter((role) => canManageRole(managerRole, role))
    .map((role) => ({ value: role, label: ROLE_LABELS[role] }));
}

/** The role a user holds in the given structure, if any. */
export function roleIn(
  memberships: readonly { role: Role; structure: { id: string } }[],
  structureId: string | null | undefined,
): Role | null {
  return memberships.find((membership) => membership.structure.id === structureId)?.role ?? null;
}
