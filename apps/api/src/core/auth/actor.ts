import { Permission, Role } from '@passerelle/domain';

/** Who is calling, in which structure and with which rights. Set on the request by authentication. */
export interface Actor {
  kind: 'user' | 'apiKey';
  userId: string | null;
  /** The sign-in session of a user's access token (`sid`); null for an API key. */
  sessionId: string | null;
  apiKeyId: string | null;
  /** The structure the call acts in: chosen with the `X-Structure-Id` header, or the key's structure. */
  structureId: string | null;
  role: Role | null;
  permissions: ReadonlySet<Permission>;
  isPlatformAdmin: boolean;
  /** Structures the caller belongs to (all of them for a platform admin is not listed here). */
  memberStructureIds: readonly string[];
  /** For an API key: the person who created it and the role they hold in the key's structure today. */
  delegator?: { userId: string; role: Role } | null;
}

/** The role that bounds what the caller may grant: a person's own, an API key's creator's. */
export function managingRole(actor: Actor): Role | null {
  return actor.kind === 'apiKey' ? (actor.delegator?.role ?? null) : actor.role;
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}
