import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { Permission, Role, ROLE_PERMISSIONS } from '@passerelle/domain';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { Repository } from 'typeorm';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import { Structure } from '../tenancy/structures/structure.entity';
import { Membership } from '../tenancy/users/user.entity';
import { Actor } from './actor';
import { AuthService } from './auth.service';

export const STRUCTURE_HEADER = 'x-structure-id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Bearer access tokens: only tokens minted as access tokens, whose session is still open (checked on every request,
 * so logout and a password change take effect at once). Resolves the structure from the `X-Structure-Id` header.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly auth: AuthService,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(Structure) private readonly structures: Repository<Structure>,
  ) {
    super();
  }

  async validate(request: Request): Promise<Actor | false> {
    const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer) return false;
    const session = await this.auth.verifyAccessToken(bearer);
    if (!session) throw new UnauthenticatedError('Votre session a expiré. Veuillez vous reconnecter.');
    const memberships = await this.memberships.find({
      where: { userId: session.userId },
      order: { createdAt: 'ASC' },
    });
    if (memberships.length === 0) throw new UnauthenticatedError('Votre compte n’est rattaché à aucune structure.');
    const isPlatformAdmin = memberships.some((m) => m.role === Role.PLATFORM_ADMIN);
    const requested = request.headers[STRUCTURE_HEADER];
    const requestedId = typeof requested === 'string' && requested !== '' ? requested : null;

    let structureId = memberships[0].structureId;
    let role = memberships[0].role;
    if (requestedId) {
      const membership = memberships.find((m) => m.structureId === requestedId);
      if (membership) {
        structureId = membership.structureId;
        role = membership.role;
      } else if (isPlatformAdmin && UUID.test(requestedId) && (await this.structures.existsBy({ id: requestedId }))) {
        structureId = requestedId;
        role = Role.PLATFORM_ADMIN;
      } else {
        throw new ForbiddenError('Vous n’êtes pas rattaché à cette structure.');
      }
    }
    const permissions = new Set<Permission>(ROLE_PERMISSIONS[role]);
    if (isPlatformAdmin) ROLE_PERMISSIONS[Role.PLATFORM_ADMIN].forEach((p) => permissions.add(p));
    return {
      kind: 'user',
      userId: session.userId,
      sessionId: session.sessionId,
      apiKeyId: null,
      structureId,
      role,
      permissions,
      isPlatformAdmin,
      memberStructureIds: memberships.map((m) => m.structureId),
    };
  }
}
