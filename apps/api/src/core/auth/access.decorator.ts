import { SetMetadata } from '@nestjs/common';
import { Permission } from '@passerelle/domain';

export const ACCESS_KEY = 'passerelle:access';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permissions'; permissions: Permission[] }
  | { kind: 'anyPermission'; permissions: Permission[] };

/** Anyone may call this operation (login, token refresh, health). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any signed-in caller may call this operation; it scopes what it returns itself. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule);

/** The caller needs every one of these permissions in the current structure. */
export const RequirePermissions = (...permissions: Permission[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'permissions', permissions } satisfies AccessRule);

/**
 * The caller needs one of these permissions; the operation then checks which side it acts on (an operator's référent
 * with `participants:write`, the provider delivering the lot with `activities:write`, for instance).
 */
export const RequireAnyPermission = (...permissions: Permission[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'anyPermission', permissions } satisfies AccessRule);
