import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { Permission, Role, ROLE_PERMISSIONS } from '@passerelle/domain';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Repository } from 'typeorm';
import { Env } from '../config/env';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import { Structure } from '../tenancy/structures/structure.entity';
import { Membership } from '../tenancy/users/user.entity';
import { Actor } from './actor';

export const STRUCTURE_HEADER = 'x-structure-id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Bearer access tokens; resolves the current structure from the `X-Structure-Id` header. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    env: Env,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(Structure) private readonly structures: Repository<Structure>,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: env.JWT_SECRET,
      passReqToCallback: true,
    });
  }

  async validate(request: Request, payload: { sub: string }): Promise<Actor> {
    const memberships = await this.memberships.find({ where: { userId: payload.sub }, order: { createdAt: 'ASC' } });
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
      userId: payload.sub,
      apiKeyId: null,
      structureId,
      role,
      permissions,
      isPlatformAdmin,
      memberStructureIds: memberships.map((m) => m.structureId),
    };
  }
}
