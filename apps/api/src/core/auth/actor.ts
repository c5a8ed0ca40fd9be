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
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}
