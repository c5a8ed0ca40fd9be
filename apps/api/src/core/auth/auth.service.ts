import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, Role, ROLE_PERMISSIONS } from '@passerelle/domain';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Env } from '../config/env';
import { InputError, UnauthenticatedError } from '../graphql/errors';
import { Structure } from '../tenancy/structures/structure.entity';
import { Membership, User } from '../tenancy/users/user.entity';
import { Actor } from './actor';
import { LoginThrottle } from './login-throttle';
import { AuthPayload, Me } from './dto/auth.dto';
import { decoyPasswordHash, hashPassword, passwordWeakness, verifyPassword } from './password';
import { RefreshToken } from './refresh-token.entity';

const BAD_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';
const SESSION_EXPIRED = 'Votre session a expiré. Veuillez vous reconnecter.';
const ROTATION_GRACE_MS = 10_000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly env: Env,
    private readonly audit: AuditService,
    private readonly loginThrottle: LoginThrottle,
  ) {}

  /**
   * An unknown e-mail goes through the very same steps as a wrong password (a hash is verified, the same counters
   * move, the same delay is waited), so neither the answer nor its timing tells whether an account exists.
   */
  async login(email: string, password: string, address: string): Promise<AuthPayload> {
    const normalized = email.trim().toLowerCase();
    await this.loginThrottle.check(address, normalized);
    const users = this.dataSource.getRepository(User);
    const user = await users.findOneBy({ email: normalized });
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !matches) {
      await this.loginThrottle.failed(address, normalized);
      throw new UnauthenticatedError(BAD_CREDENTIALS);
    }
    await this.loginThrottle.succeeded(address, normalized);
    await users.update(user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() });
    return this.dataSource.transaction(async (manager) => {
      await this.audit.record(manager, null, {
        action: 'auth.login',
        entityType: 'User',
        entityId: user.id,
        structureId: null,
      });
      return this.issueTokens(manager, user, randomUUID());
    });
  }

  /** Rotates a refresh token. Presenting an already rotated token revokes the whole family (likely theft). */
  async refresh(token: string): Promise<AuthPayload> {
    const found = await this.findRefreshToken(token);
    if (!found) throw new UnauthenticatedError(SESSION_EXPIRED);
    if (found.expiresAt <= new Date() || found.revokedAt) throw new UnauthenticatedError(SESSION_EXPIRED);
    // Two tabs or two quick reloads may present the same token: tolerated for a few seconds, then it is a replay.
    const withinGrace = found.rotatedAt && Date.now() - found.rotatedAt.getTime() < ROTATION_GRACE_MS;
    if (found.rotatedAt && !withinGrace) {
      await this.revokeFamily(found.familyId);
      throw new UnauthenticatedError(SESSION_EXPIRED);
    }

    return this.dataSource.transaction(async (manager) => {
      if (!withinGrace) {
        const rotated = await manager.update(
          RefreshToken,
          { id: found.id, rotatedAt: IsNull(), revokedAt: IsNull() },
          { rotatedAt: new Date() },
        );
        if (rotated.affected !== 1) throw new UnauthenticatedError(SESSION_EXPIRED);
      }
      const user = await manager.findOneByOrFail(User, { id: found.userId });
      return this.issueTokens(manager, user, found.familyId);
    });
  }

  async logout(token: string): Promise<boolean> {
    const found = await this.findRefreshToken(token);
    if (found) await this.revokeFamily(found.familyId);
    return true;
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId! });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new InputError({ currentPassword: 'Mot de passe actuel incorrect.' });
    }
    const weakness = passwordWeakness(newPassword);
    if (weakness) throw new InputError({ newPassword: weakness });
    if (newPassword === currentPassword)
      throw new InputError({ newPassword: 'Le nouveau mot de passe doit différer de l’actuel.' });
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { passwordHash });
      await manager.update(RefreshToken, { userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(manager, actor, {
        action: 'auth.password-changed',
        entityType: 'User',
        entityId: user.id,
      });
    });
    return true;
  }

  /** Deletes refresh tokens that expired more than a day ago; returns how many. */
  async purgeExpiredRefreshTokens(now = new Date()): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(RefreshToken)
      .where('"expiresAt" < :limit', { limit: new Date(now.getTime() - 86_400_000) })
      .execute();
    return result.affected ?? 0;
  }

  async me(actor: Actor): Promise<Me> {
    const manager = this.dataSource.manager;
    const user = await manager.findOneByOrFail(User, { id: actor.userId! });
    return this.buildMe(manager, user, actor.structureId, actor.role, [...actor.permissions]);
  }

  private async issueTokens(manager: EntityManager, user: User, familyId: string): Promise<AuthPayload> {
    const secret = randomBytes(32).toString('base64url');
    const refresh = await manager.save(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: sha256(secret),
      expiresAt: new Date(Date.now() + this.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
      revokedAt: null,
      rotatedAt: null,
    });
    const accessTokenExpiresAt = new Date(Date.now() + this.env.ACCESS_TOKEN_TTL_SECONDS * 1000);
    const accessToken = await this.jwt.signAsync({ sub: user.id }, { expiresIn: this.env.ACCESS_TOKEN_TTL_SECONDS });
    const memberships = await manager.find(Membership, { where: { userId: user.id }, order: { createdAt: 'ASC' } });
    if (memberships.length === 0) throw new UnauthenticatedError('Votre compte n’est rattaché à aucune structure.');
    const first = memberships[0];
    const isAdmin = memberships.some((m) => m.role === Role.PLATFORM_ADMIN);
    const permissions = new Set<Permission>([
      ...ROLE_PERMISSIONS[first.role],
      ...(isAdmin ? ROLE_PERMISSIONS[Role.PLATFORM_ADMIN] : []),
    ]);
    return {
      accessToken,
      accessTokenExpiresAt,
      refreshToken: `${refresh.id}.${secret}`,
      user: await this.buildMe(manager, user, first.structureId, first.role, [...permissions]),
    };
  }

  private async buildMe(
    manager: EntityManager,
    user: User,
    structureId: string | null,
    role: Role | null,
    permissions: string[],
  ): Promise<Me> {
    const memberships = await manager.find(Membership, {
      where: { userId: user.id },
      relations: { structure: true },
      order: { createdAt: 'ASC' },
    });
    const current = structureId ? await manager.findOneBy(Structure, { id: structureId }) : null;
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      memberships: memberships.map((m) => ({ structure: m.structure!, role: m.role })),
      currentStructure: current,
      currentRole: role,
      permissions: permissions.sort(),
    };
  }

  private async findRefreshToken(token: string): Promise<RefreshToken | null> {
    const [id, secret] = token.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const found = await this.dataSource.getRepository(RefreshToken).findOneBy({ id });
    if (!found) return null;
    const expected = Buffer.from(found.tokenHash);
    const given = Buffer.from(sha256(secret));
    return expected.length === given.length && timingSafeEqual(expected, given) ? found : null;
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource
      .getRepository(RefreshToken)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
