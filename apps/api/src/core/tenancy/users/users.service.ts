import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, ROLE_LABELS, roleManagementProblem, ROLES_BY_STRUCTURE_KIND } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Actor, managingRole } from '../../auth/actor';
import { hashPassword, passwordWeakness } from '../../auth/password';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../graphql/errors';
import { Connection, PageArgs, paginate } from '../../graphql/pagination';
import { assertActsIn, requireStructureId } from '../scope';
import { Structure } from '../structures/structure.entity';
import { escapeLike } from '../../database/sql';
import { uniqueViolation } from '../../database/unique-violation';
import { CreateUserInput, RemoveMembershipInput, SetMembershipInput, UserFilter } from './user.dto';
import { Membership, User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Members of the current structure. */
  list(actor: Actor, page: PageArgs, filter: UserFilter = {}): Promise<Connection<User>> {
    const structureId = requireStructureId(actor);
    const query = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin(Membership, 'm', 'm."userId" = u.id AND m."structureId" = :structureId', { structureId })
      .orderBy('u.fullName', 'ASC')
      .addOrderBy('u.id', 'ASC');
    if (filter.role) query.andWhere('m.role = :role', { role: filter.role });
    if (filter.search?.trim()) {
      query.andWhere('(u."fullName" ILIKE :search OR u.email ILIKE :search)', {
        search: `%${escapeLike(filter.search.trim())}%`,
      });
    }
    return paginate(query, page);
  }

  /**
   * Creates the account, or, when the address already has an account elsewhere, attaches that account to the
   * structure with this role (its name and password unchanged). The answer has the same shape either way, so that
   * it does not tell who holds an account in another structure.
   */
  async create(actor: Actor, input: CreateUserInput): Promise<User> {
    const structureId = requireStructureId(actor);
    const weakness = passwordWeakness(input.password);
    if (weakness) throw new InputError({ password: weakness });
    const passwordHash = await hashPassword(input.password);
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      await this.checkRole(manager, actor, structureId, input.role);
      const existing = await manager.findOneBy(User, { email });
      if (existing) {
        if (await manager.existsBy(Membership, { userId: existing.id, structureId })) {
          throw new InputError({ email: 'Un compte existe déjà avec cette adresse dans la structure.' });
        }
        await manager.insert(Membership, { userId: existing.id, structureId, role: input.role });
        await this.audit.record(manager, actor, {
          action: 'membership.set',
          entityType: 'User',
          entityId: existing.id,
          details: { role: input.role, existingAccount: true },
        });
        return existing;
      }
      try {
        const user = await manager.save(User, {
          email,
          fullName: input.fullName.trim(),
          passwordHash,
          lockedUntil: null,
          lastLoginAt: null,
        });
        await manager.insert(Membership, { userId: user.id, structureId, role: input.role });
        await this.audit.record(manager, actor, {
          action: 'user.created',
          entityType: 'User',
          entityId: user.id,
          details: { role: input.role },
        });
        return user;
      } catch (error) {
        // Created meanwhile by someone else: the caller retries and gets the attachment above.
        if (uniqueViolation(error) !== null) throw new ConflictError('Ce compte vient d’être créé, réessayez.');
        throw error;
      }
    });
  }

  async setMembership(actor: Actor, input: SetMembershipInput): Promise<User> {
    assertActsIn(actor, input.structureId);
    if (input.userId === actor.userId) throw new ForbiddenError('Vous ne pouvez pas modifier votre propre rôle.');
    return this.dataSource.transaction(async (manager) => {
      const user = await this.findManageable(manager, actor, input.userId, input.structureId);
      await this.checkRole(manager, actor, input.structureId, input.role);
      const current = await this.lockedMembership(manager, user.id, input.structureId);
      if (current) {
        this.checkManages(actor, current.role);
        if (current.role === Role.DIRECTOR && input.role !== Role.DIRECTOR) {
          await this.keepOneDirector(manager, input.structureId);
        }
      }
      await manager.upsert(Membership, { userId: user.id, structureId: input.structureId, role: input.role }, [
        'userId',
        'structureId',
      ]);
      await this.audit.recordOn(manager, actor, 'membership.set', 'User', user.id, input.structureId, {
        role: input.role,
      });
      return user;
    });
  }

  async removeMembership(actor: Actor, input: RemoveMembershipInput): Promise<User> {
    assertActsIn(actor, input.structureId);
    if (input.userId === actor.userId)
      throw new ForbiddenError('Vous ne pouvez pas retirer votre propre rattachement.');
    return this.dataSource.transaction(async (manager) => {
      const user = await this.findManageable(manager, actor, input.userId, input.structureId);
      const current = await this.lockedMembership(manager, user.id, input.structureId);
      if (!current) throw new NotFoundError('Rattachement');
      this.checkManages(actor, current.role);
      if (current.role === Role.DIRECTOR) await this.keepOneDirector(manager, input.structureId);
      const removed = await manager.delete(Membership, { userId: user.id, structureId: input.structureId });
      if (!removed.affected) throw new NotFoundError('Rattachement');
      await this.audit.recordOn(manager, actor, 'membership.removed', 'User', user.id, input.structureId);
      return user;
    });
  }

  /** A platform admin manages anyone; others only people who are already members of their structure. */
  private async findManageable(
    manager: EntityManager,
    actor: Actor,
    userId: string,
    structureId: string,
  ): Promise<User> {
    const user = await manager.findOneBy(User, { id: userId });
    const visible = user && (actor.isPlatformAdmin || (await manager.existsBy(Membership, { userId, structureId })));
    if (!visible) throw new NotFoundError('Utilisateur');
    return user;
  }

  /** The caller may give this role: it exists in the structure, and it is not above what they may manage. */
  private async checkRole(manager: EntityManager, actor: Actor, structureId: string, role: Role): Promise<void> {
    const problem = this.managementProblem(actor, role);
    if (problem) throw new InputError({ role: problem });
    const structure = await manager.findOneBy(Structure, { id: structureId });
    if (!structure) throw new NotFoundError('Structure');
    if (!ROLES_BY_STRUCTURE_KIND[structure.kind].includes(role)) {
      throw new InputError({ role: `Le rôle « ${ROLE_LABELS[role]} » n’existe pas dans ce type de structure.` });
    }
  }

  /** Nobody grants, changes or removes a role above their own, nor gives rights they do not hold. */
  private checkManages(actor: Actor, role: Role): void {
    const problem = this.managementProblem(actor, role);
    if (problem) throw new ForbiddenError(problem);
  }

  private managementProblem(actor: Actor, role: Role): string | null {
    return roleManagementProblem(
      {
        role: actor.isPlatformAdmin ? Role.PLATFORM_ADMIN : managingRole(actor),
        scopes: actor.kind === 'apiKey' ? [...actor.permissions] : null,
      },
      role,
    );
  }

  /**
   * The membership, locked until the transaction ends. The structure's directors are locked first, always in the same
   * order, so that two changes to the direction wait for each other instead of both removing a director.
   */
  private async lockedMembership(
    manager: EntityManager,
    userId: string,
    structureId: string,
  ): Promise<Membership | null> {
    await this.lockedDirectors(manager, structureId);
    return manager.findOne(Membership, { where: { userId, structureId }, lock: { mode: 'pessimistic_write' } });
  }

  private lockedDirectors(manager: EntityManager, structureId: string): Promise<Membership[]> {
    return manager.find(Membership, {
      where: { structureId, role: Role.DIRECTOR },
      order: { userId: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** A structure keeps at least one director: the last one is neither demoted nor removed. */
  private async keepOneDirector(manager: EntityManager, structureId: string): Promise<void> {
    const directors = await this.lockedDirectors(manager, structureId);
    if (directors.length <= 1) {
      throw new ConflictError(
        'C’est le dernier compte de direction de la structure : nommez d’abord une autre personne à la direction.',
      );
    }
  }
}
