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
  /** Read participants' files and PLIE paths (not their sensitive data). */
  PARTICIPANTS_READ = 'participants:read',
  /** Create and update participants' files, and record the follow-up of their paths. */
  PARTICIPANTS_WRITE = 'participants:write',
  /** Read and write health, disability and social notes: only the people who follow the person. */
  PARTICIPANTS_SENSITIVE = 'participants:sensitive',
  /** Run approval committees and reopen exited paths (PLIE coordination). */
  PLIE_COORDINATE = 'plie:coordinate',
  /** Read markets, lots, bids and conventions (an operator's own; a provider's awarded lots). */
  MARKETS_READ = 'markets:read',
  /** Publish markets and lots, record and score bids, award lots, sign conventions (operator direction, coordination). */
  MARKETS_MANAGE = 'markets:manage',
  /** Apply for the open lots of a call and withdraw one's application before the award (provider staff). */
  BIDS_SUBMIT = 'bids:submit',
  /** Orient participants to a lot's action and decide the exits the provider proposes (counsellors, coordination). */
  ORIENTATIONS_WRITE = 'orientations:write',
  /** Read orientations, liaison sheets, sessions, attendance, activities and proofs in one's scope. */
  ACTIVITIES_READ = 'activities:read',
  /** Deliver a lot: liaison sheets, sessions, attendance, interviews, time, immersions, assessments, proofs (provider staff). */
  ACTIVITIES_WRITE = 'activities:write',
  /** Read CEJ contracts: planning, positioning, booklet, digital path, allowance. */
  CEJ_READ = 'cej:read',
  /** Prepare, sign, suspend and end CEJ contracts; record the planning, positioning, booklet, declarations. */
  CEJ_WRITE = 'cej:write',
  /** CEJ coordination: renewals after the follow-up commission, ending a contract after a third breach. */
  CEJ_COORDINATE = 'cej:coordinate',
  /**
   * Deliver an awarded CEJ lot (promo workshops, digital path): attendance, Pix, digital plan, certifications and the
   * monthly return of the young people the provider receives (provider staff).
   */
  CEJ_DELIVER = 'cej:deliver',
  /** Read reports ("bilans"), their figures and exports, and the drop-off analysis. */
  REPORTS_READ = 'reports:read',
  /** Prepare reports, write their qualitative sections and submit them. */
  REPORTS_WRITE = 'reports:write',
  /** Accept a submitted report, or return it with comments. */
  REPORTS_REVIEW = 'reports:review',
  /** Export participants' FSE+ entry and exit data (special-category data included) for the funder's system. */
  FSE_EXPORT = 'fse:export',
  /** Decide on files past their retention date (keep longer, or delete by hand). */
  RETENTION_MANAGE = 'retention:manage',
  /** Read a network's aggregated figures and anonymised statistics across its members (no personal file). */
  NETWORK_READ = 'network:read',
  PLATFORM_ADMIN = 'platform:admin',
}

const READ_ONLY = [Permission.STRUCTURE_READ, Permission.USERS_READ];
/** What the people who follow participants need (référents, counsellors, coordinators). */
const FOLLOW_PARTICIPANTS = [
  Permission.PARTICIPANTS_READ,
  Permission.PARTICIPANTS_WRITE,
  Permission.PARTICIPANTS_SENSITIVE,
];
const MARKETS = [Permission.MARKETS_READ, Permission.MARKETS_MANAGE];
/** What CEJ counsellors and coordinators need. */
const FOLLOW_CEJ = [Permission.CEJ_READ, Permission.CEJ_WRITE];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.PLATFORM_ADMIN]: Object.values(Permission),
  [Role.DIRECTOR]: [
    ...READ_ONLY,
    Permission.STRUCTURE_MANAGE,
    Permission.USERS_MANAGE,
    Permission.API_KEYS_MANAGE,
    Permission.AUDIT_READ,
    Permission.PARTICIPANTS_READ,
    ...MARKETS,
    Permission.ACTIVITIES_READ,
    // A provider's director delivers the lots awarded to the provider; in an operator, the lot's rules keep it out.
    Permission.ACTIVITIES_WRITE,
    Permission.CEJ_READ,
    Permission.CEJ_DELIVER,
    Permission.REPORTS_READ,
    Permission.REPORTS_REVIEW,
    Permission.RETENTION_MANAGE,
  ],
  [Role.COORDINATOR]: [
    ...READ_ONLY,
    Permission.USERS_MANAGE,
    Permission.AUDIT_READ,
    ...FOLLOW_PARTICIPANTS,
    Permission.PLIE_COORDINATE,
    ...MARKETS,
    Permission.ORIENTATIONS_WRITE,
    Permission.ACTIVITIES_READ,
    ...FOLLOW_CEJ,
    Permission.CEJ_COORDINATE,
    Permission.REPORTS_READ,
    Permission.REPORTS_WRITE,
    // Coordination reviews the reports of its lots' providers (and a colleague's reports: never one it submitted).
    Permission.REPORTS_REVIEW,
    Permission.FSE_EXPORT,
  ],
  [Role.COUNSELLOR]: [
    ...READ_ONLY,
    ...FOLLOW_PARTICIPANTS,
    Permission.MARKETS_READ,
    Permission.ORIENTATIONS_WRITE,
    Permission.ACTIVITIES_READ,
    ...FOLLOW_CEJ,
    Permission.REPORTS_READ,
  ],
  // Provider staff reach participants only through an orientation to one of their lots; never their sensitive data.
  // They write the reports of their lots, which the operator reviews.
  [Role.PROVIDER_STAFF]: [
    ...READ_ONLY,
    Permission.PARTICIPANTS_READ,
    Permission.MARKETS_READ,
    Permission.BIDS_SUBMIT,
    Permission.ACTIVITIES_READ,
    Permission.ACTIVITIES_WRITE,
    Permission.CEJ_DELIVER,
    Permission.REPORTS_READ,
    Permission.REPORTS_WRITE,
  ],
  [Role.CONTROLLER]: [
    ...READ_ONLY,
    Permission.AUDIT_READ,
    Permission.PARTICIPANTS_READ,
    Permission.MARKETS_READ,
    Permission.ACTIVITIES_READ,
    Permission.CEJ_READ,
    Permission.REPORTS_READ,
  ],
  // Acting in a network structure: aggregates only. No permission that reaches a person's file.
  [Role.NETWORK_ANALYST]: [...READ_ONLY, Permission.NETWORK_READ],
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
  [Permission.PARTICIPANTS_READ]: 'Consulter les dossiers des participants',
  [Permission.PARTICIPANTS_WRITE]: 'Créer et suivre les dossiers des participants',
  [Permission.PARTICIPANTS_SENSITIVE]:
    'Consulter et modifier les données sensibles (santé, handicap, situation sociale)',
  [Permission.PLIE_COORDINATE]: 'Coordonner le PLIE (comités d’agrément, réouvertures de parcours)',
  [Permission.MARKETS_READ]: 'Consulter les marchés, lots, candidatures et conventions',
  [Permission.BIDS_SUBMIT]: 'Candidater aux lots ouverts et retirer sa candidature avant l’attribution',
  [Permission.MARKETS_MANAGE]: 'Gérer les marchés et lots, noter les candidatures, attribuer et conventionner',
  [Permission.ORIENTATIONS_WRITE]: 'Orienter des participants vers les actions des lots et valider leurs sorties',
  [Permission.ACTIVITIES_READ]: 'Consulter les orientations, fiches de liaison, séances, présences et justificatifs',
  [Permission.ACTIVITIES_WRITE]:
    'Réaliser les actions d’un lot attribué (fiches de liaison, séances, émargements, temps, immersions, bilans)',
  [Permission.CEJ_READ]: 'Consulter les contrats d’engagement jeune (planning, positionnements, livret, allocation)',
  [Permission.CEJ_WRITE]: 'Préparer, signer et suivre les contrats d’engagement jeune',
  [Permission.CEJ_DELIVER]:
    'Réaliser un lot CEJ attribué (présences, Pix, plan numérique, certifications, retours mensuels des jeunes reçus)',
  [Permission.CEJ_COORDINATE]: 'Coordonner le CEJ (renouvellements, fins de contrat après un troisième manquement)',
  [Permission.REPORTS_READ]: 'Consulter les bilans, leurs chiffres et l’analyse du décrochage',
  [Permission.REPORTS_WRITE]: 'Préparer, rédiger et transmettre les bilans',
  [Permission.REPORTS_REVIEW]: 'Valider un bilan transmis ou le renvoyer avec des remarques',
  [Permission.FSE_EXPORT]: 'Exporter les données FSE+ des participants (entrée et sortie)',
  [Permission.RETENTION_MANAGE]: 'Décider du sort des dossiers arrivés au terme de leur durée de conservation',
  [Permission.NETWORK_READ]:
    'Consulter les chiffres agrégés et les statistiques anonymisées des structures membres du réseau (sans dossier individuel)',
  [Permission.PLATFORM_ADMIN]: 'Administrer la plateforme',
};
