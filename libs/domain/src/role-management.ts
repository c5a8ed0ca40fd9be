import { Permission, ROLE_PERMISSIONS } from './permissions';
import { Role, ROLE_LABELS } from './roles';

/** How high a role stands in a structure: nobody manages a role above their own. */
export const ROLE_RANK: Record<Role, number> = {
  [Role.PLATFORM_ADMIN]: 4,
  [Role.DIRECTOR]: 3,
  [Role.COORDINATOR]: 2,
  [Role.COUNSELLOR]: 1,
  [Role.PROVIDER_STAFF]: 1,
  [Role.CONTROLLER]: 1,
};

/** Who manages accounts: a person with their role, or an API key with its scopes and its creator's role. */
export interface RoleManager {
  /** A person's role in the structure; for an API key, the role its creator holds there today. */
  role: Role | null;
  /** Set for an API key only: the rights it carries. */
  scopes?: readonly Permission[] | null;
}

/**
 * Why this manager may not give a role, nor change or remove the membership of someone who holds it (French), or
 * null when they may. Directors are managed by directors and the platform administrator only, never by a key; below
 * the direction, one gives only rights one holds.
 */
export function roleManagementProblem(manager: RoleManager, role: Role): string | null {
  const isKey = manager.scopes != null;
  if (!manager.role) return 'Vous ne pouvez pas gérer les rôles de cette structure.';
  if (role === Role.PLATFORM_ADMIN && (isKey || manager.role !== Role.PLATFORM_ADMIN)) {
    return 'Seul un administrateur de la plateforme peut attribuer ou retirer ce rôle.';
  }
  if (role === Role.DIRECTOR && (isKey || ROLE_RANK[manager.role] < ROLE_RANK[Role.DIRECTOR])) {
    return 'Seuls la direction et l’administrateur de la plateforme gèrent les comptes de direction.';
  }
  if (ROLE_RANK[role] > ROLE_RANK[manager.role]) {
    return `Vous ne pouvez pas gérer le rôle « ${ROLE_LABELS[role]} », supérieur au vôtre.`;
  }
  // The direction stands above every other role of its structure; everyone else gives only rights they hold.
  const held = isKey
    ? manager.scopes!
    : ROLE_RANK[manager.role] >= ROLE_RANK[Role.DIRECTOR]
      ? null
      : ROLE_PERMISSIONS[manager.role];
  const beyond = held ? ROLE_PERMISSIONS[role].filter((permission) => !held.includes(permission)) : [];
  if (beyond.length) {
    return `Le rôle « ${ROLE_LABELS[role]} » donne des droits que vous n’avez pas : ${beyond.join(', ')}.`;
  }
  return null;
}
