import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, Role, ROLE_PERMISSIONS } from '@passerelle/domain';
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Env } from '../config/env';
import { InputError, UnauthenticatedError } from '../graphql/errors';
import { Structure } from '../tenancy/structures/structure.entity';
import { Membership, User } from '../tenancy/users/user.entity';
import { isUuid } from '../validation/calendar-date.validator';
import { Actor } from './actor';
import { AuthSession } from './auth-session.entity';
import { Me } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { decoyPasswordHash, hashPassword, passwordWeakness, verifyPassword } from './password';
import { RefreshToken } from './refresh-token.entity';
import { TokenPurpose, TokenService } from './tokens';

const BAD_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';
const SESSION_EXPIRED = 'Votre session a expiré. Veuillez vous reconnecter.';
const ROTATION_GRACE_MS = 10_000;

// Raw SQL: this runs on every authenticated request, the query builder would double its cost.
const OPEN_SESSION_SQL = `SELECT 1 FROM auth_sessions WHERE id = $1 AND "userId" = $2 AND "revokedAt" IS NULL AND "expiresAt" > now()`;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** What a sign-in or a refresh hands out; the refresh token goes into the cookie, never into a response body. */
export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export type LoginResult = IssuedTokens & { user: Me };

interface RefreshSecret {
  row: RefreshToken;
  secret: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly env: Env,
    private readonly audit: AuditService,
    private readonly loginThrottle: LoginThrottle,
  ) {}

  /**
   * An unknown e-mail goes through the very same steps as a wrong password (a hash is verified, the same counters
   * move, the same delay is waited), so neither the answer nor its timing tells whether an account exists.
   */
  async login(email: string, password: string, address: string): Promise<LoginResult> {
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
      await this.audit.recordOn(manager, null, 'auth.login', 'User', user.id, null);
      return this.startSession(manager, user);
    });
  }

  /**
   * Rotates a refresh token. A retry within the grace period (two tabs, a lost response) gets the same successor
   * back; presenting a rotated token later revokes the whole session (likely theft).
   */
  async refresh(token: string): Promise<IssuedTokens> {
    const presented = await this.findRefreshToken(token);
    if (!presented) throw new UnauthenticatedError(SESSION_EXPIRED);
    const { row, secret } = presented;
    if (row.expiresAt <= new Date()) throw new UnauthenticatedError(SESSION_EXPIRED);
    const session = await this.dataSource.manager.findOneBy(AuthSession, { id: row.sessionId });
    if (!session || session.revokedAt) throw new UnauthenticatedError(SESSION_EXPIRED);

    if (!row.rotatedAt) {
      const rotated = await this.rotate(row, secret);
      // Null: a concurrent request rotated it first; it is now a retry within the grace period.
      if (rotated) return this.issueTokens(row.userId, session.id, rotated);
      const again = await this.findRefreshToken(token);
      if (!again) throw new UnauthenticatedError(SESSION_EXPIRED);
      Object.assign(row, again.row);
    }
    if (Date.now() - row.rotatedAt!.getTime() >= ROTATION_GRACE_MS) {
      await this.dataSource.transaction(async (manager) => {
        await this.revokeSessions({ id: row.sessionId }, manager);
        // A used token coming back: someone else holds a copy. Recorded for whoever investigates.
        await this.audit.recordOn(manager, null, 'auth.refresh-replayed', 'User', row.userId, null);
      });
      throw new UnauthenticatedError(SESSION_EXPIRED);
    }
    const successor = await this.currentSuccessor(row, secret);
    if (!successor) throw new UnauthenticatedError(SESSION_EXPIRED);
    return this.issueTokens(row.userId, session.id, successor);
  }

  /** Creates the successor and marks `row` rotated, atomically; null when another request rotated it first. */
  private async rotate(row: RefreshToken, secret: string): Promise<RefreshSecret | null> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const successor = await this.createRefreshToken(manager, row.userId, row.sessionId);
        const marked = await manager.update(
          RefreshToken,
          { id: row.id, rotatedAt: IsNull() },
          {
            rotatedAt: new Date(),
            successorId: successor.row.id,
            successorSeal: seal(secret, row.id, successor.secret),
          },
        );
        if (marked.affected !== 1) throw new AlreadyRotated();
        return successor;
      });
    } catch (error) {
      if (error instanceof AlreadyRotated) return null;
      throw error;
    }
  }

  /** Follows the rotation chain from a recently rotated token to the live one, opening each seal in turn. */
  private async currentSuccessor(row: RefreshToken, secret: string): Promise<RefreshSecret | null> {
    let current = { row, secret };
    for (let hops = 0; hops < 10 && current.row.successorId; hops++) {
      const next = await this.dataSource.manager.findOneBy(RefreshToken, { id: current.row.successorId });
      const nextSecret = current.row.successorSeal
        ? unseal(current.secret, current.row.id, current.row.successorSeal)
        : null;
      if (!next || !nextSecret) return null;
      current = { row: next, secret: nextSecret };
    }
    return current.row.successorId ? null : current;
  }

  /** Ends the session of a refresh token (whatever its state): its access tokens stop working at once. */
  async logout(token: string): Promise<void> {
    const found = await this.findRefreshToken(token);
    if (found) await this.revokeSessions({ id: found.row.sessionId });
  }

  /** Ends one session by its id (the `sid` of the caller's access token). */
  async endSession(userId: string, sessionId: string): Promise<void> {
    await this.revokeSessions({ id: sessionId, userId });
  }

  /** Claims of an access token whose session is still open; null otherwise. One primary-key lookup per request. */
  async verifyAccessToken(token: string): Promise<{ userId: string; sessionId: string } | null> {
    const claims = await this.tokens.verify(TokenPurpose.ACCESS, token);
    if (!claims?.sid || !isUuid(claims.sid) || !isUuid(claims.sub)) return null;
    const open: unknown[] = await this.dataSource.query(OPEN_SESSION_SQL, [claims.sid, claims.sub]);
    return open.length > 0 ? { userId: claims.sub, sessionId: claims.sid } : null;
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
      await this.revokeSessions({ userId: user.id }, manager);
      await this.audit.record(manager, actor, {
        action: 'auth.password-changed',
        entityType: 'User',
        entityId: user.id,
      });
    });
    return true;
  }

  /** Deletes refresh tokens, and sessions, that expired more than a day ago; returns how many tokens. */
  async purgeExpiredRefreshTokens(now = new Date()): Promise<number> {
    const limit = new Date(now.getTime() - 86_400_000);
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(RefreshToken)
      .where('"expiresAt" < :limit', { limit })
      .execute();
    await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(AuthSession)
      .where('"expiresAt" < :limit', { limit })
      .execute();
    return result.affected ?? 0;
  }

  async me(actor: Actor): Promise<Me> {
    const manager = this.dataSource.manager;
    const user = await manager.findOneByOrFail(User, { id: actor.userId! });
    return this.buildMe(manager, user, actor.structureId, actor.role, [...actor.permissions]);
  }

  private async startSession(manager: EntityManager, user: User): Promise<LoginResult> {
    const session = await manager.save(AuthSession, {
      userId: user.id,
      expiresAt: this.refreshExpiry(),
      revokedAt: null,
    });
    const refresh = await this.createRefreshToken(manager, user.id, session.id);
    const tokens = await this.issueTokens(user.id, session.id, refresh);
    const memberships = await manager.find(Membership, { where: { userId: user.id }, order: { createdAt: 'ASC' } });
    if (memberships.length === 0) throw new UnauthenticatedError('Votre compte n’est rattaché à aucune structure.');
    const first = memberships[0];
    const isAdmin = memberships.some((m) => m.role === Role.PLATFORM_ADMIN);
    const permissions = new Set<Permission>([
      ...ROLE_PERMISSIONS[first.role],
      ...(isAdmin ? ROLE_PERMISSIONS[Role.PLATFORM_ADMIN] : []),
    ]);
    return { ...tokens, user: await this.buildMe(manager, user, first.structureId, first.role, [...permissions]) };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  }

  private async createRefreshToken(manager: EntityManager, userId: string, sessionId: string): Promise<RefreshSecret> {
    const secret = randomBytes(32).toString('base64url');
    const row = await manager.save(RefreshToken, {
      userId,
      sessionId,
      tokenHash: sha256(secret),
      expiresAt: this.refreshExpiry(),
      rotatedAt: null,
      successorId: null,
      successorSeal: null,
    });
    await manager.update(AuthSession, { id: sessionId }, { expiresAt: row.expiresAt });
    return { row, secret };
  }

  private async issueTokens(userId: string, sessionId: string, refresh: RefreshSecret): Promise<IssuedTokens> {
    const accessTokenExpiresAt = new Date(Date.now() + this.env.ACCESS_TOKEN_TTL_SECONDS * 1000);
    const accessToken = await this.tokens.sign(
      TokenPurpose.ACCESS,
      { sub: userId, sid: sessionId },
      this.env.ACCESS_TOKEN_TTL_SECONDS,
    );
    return {
      accessToken,
      accessTokenExpiresAt,
      refreshToken: `${refresh.row.id}.${refresh.secret}`,
      refreshTokenExpiresAt: refresh.row.expiresAt,
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

  private async findRefreshToken(token: string): Promise<RefreshSecret | null> {
    const [id, secret, extra] = token.split('.');
    if (!id || !secret || extra !== undefined || !isUuid(id)) return null;
    const row = await this.dataSource.getRepository(RefreshToken).findOneBy({ id });
    if (!row) return null;
    const expected = Buffer.from(row.tokenHash);
    const given = Buffer.from(sha256(secret));
    return expected.length === given.length && timingSafeEqual(expected, given) ? { row, secret } : null;
  }

  private async revokeSessions(
    where: { id?: string; userId?: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.update(AuthSession, { ...where, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

class AlreadyRotated extends Error {}

/** The successor's secret, encrypted with a key only the holder of the rotated token can derive. */
function seal(secret: string, tokenId: string, successorSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(secret), iv).setAAD(Buffer.from(tokenId));
  const encrypted = Buffer.concat([cipher.update(successorSecret, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64url');
}

function unseal(secret: string, tokenId: string, sealed: string): string | null {
  try {
    const data = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', sealKey(secret), data.subarray(0, 12)).setAAD(
      Buffer.from(tokenId),
    );
    decipher.setAuthTag(data.subarray(12, 28));
    return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

const sealKey = (secret: string) => createHmac('sha256', secret).update('passerelle/refresh-successor').digest();
