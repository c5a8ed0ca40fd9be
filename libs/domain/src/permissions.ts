import { Role } from './roles';

/**
 * What an operation may require. Roles grant a set of permissions in the structure where they are held;
 * API keys carry a subset of them as scopes.
 */
export enum Permission {
  STRUCTURE_READ = 'structure:read',
  STRUCTURE_MANAGE = 'structure:manage',
  USERS_READ = 'users:read',
  USERS_MANAGE = 'users:manage',
  API_KEYS_MANAGE = 'api-keys:manage',
  AUDIT_READ = 'audit:read',
  PLATFORM_ADMIN = 'platform:admin',
}

const READ_ONLY = [Permission.STRUCTURE_READ, Permission.USERS_READ];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.PLATFORM_ADMIN]: Object.values(Permission),
  [Role.DIRECTOR]: [
    ...READ_ONLY,
    Permission.STRUCTURE_MANAGE,
    Permission.USERS_MANAGE,
    Permission.API_KEYS_MANAGE,
    Permission.AUDIT_READ,
  ],
  [Role.COORDINATOR]: [...READ_ONLY, Permission.USERS_MANAGE, Permission.AUDIT_READ],
  [Role.COUNSELLOR]: READ_ONLY,
  [Role.PROVIDER_STAFF]: READ_ONLY,
  [Role.CONTROLLER]: [...READ_ONLY, Permission.AUDIT_READ],
};

/** Scopes an API key may be given: everything but platform administration. */
export const API_KEY_SCOPES: readonly Permission[] = Object.values(Permission).filter(
  (permission) => permission !== Permission.PLATFORM_ADMIN,
);

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export const PERMISSION_LABELS: Record<Permission, string> = {
  [Permission.STRUCTURE_READ]: 'Lire la structure et ses antennes',
  [Permission.STRUCTURE_MANAGE]: 'Modifier la structure et ses antennes',
  [Permission.USERS_READ]: 'Lire les utilisateurs',
  [Permission.USERS_MANAGE]: 'Gérer les utilisateurs et leurs rôles',
  [Permission.API_KEYS_MANAGE]: 'Gérer les clés d’API',
  [Permission.AUDIT_READ]: 'Lire le journal d’audit',
  [Permission.PLATFORM_ADMIN]: 'Administrer la plateforme',
};
