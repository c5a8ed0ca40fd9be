/** Roles a user holds in a structure (one role per membership). */
export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  DIRECTOR = 'DIRECTOR',
  COORDINATOR = 'COORDINATOR',
  COUNSELLOR = 'COUNSELLOR',
  PROVIDER_STAFF = 'PROVIDER_STAFF',
  CONTROLLER = 'CONTROLLER',
  /** Reads a network's aggregated figures across its members; never a personal file. */
  NETWORK_ANALYST = 'NETWORK_ANALYST',
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.PLATFORM_ADMIN]: 'Administrateur de la plateforme',
  [Role.DIRECTOR]: 'Directeur·rice',
  [Role.COORDINATOR]: 'Coordinateur·rice',
  [Role.COUNSELLOR]: 'Conseiller·ère / référent·e de parcours',
  [Role.PROVIDER_STAFF]: 'Intervenant·e prestataire',
  [Role.CONTROLLER]: 'Contrôleur (lecture seule)',
  [Role.NETWORK_ANALYST]: 'Analyste de réseau (chiffres agrégés)',
};

/** Which roles a membership may hold in each kind of structure ('OPERATOR' | 'PROVIDER' | 'NETWORK'). */
export const ROLES_BY_STRUCTURE_KIND: Record<'OPERATOR' | 'PROVIDER' | 'NETWORK', readonly Role[]> = {
  OPERATOR: [Role.PLATFORM_ADMIN, Role.DIRECTOR, Role.COORDINATOR, Role.COUNSELLOR, Role.CONTROLLER],
  PROVIDER: [Role.PLATFORM_ADMIN, Role.DIRECTOR, Role.PROVIDER_STAFF, Role.CONTROLLER],
  NETWORK: [Role.PLATFORM_ADMIN, Role.NETWORK_ANALYST],
};
