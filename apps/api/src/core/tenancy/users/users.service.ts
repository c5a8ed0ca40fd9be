import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, ROLE_LABELS, ROLES_BY_STRUCTURE_KIND } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../auth/actor';
import { hashPassword, passwordWeakness } from '../../auth/password';
import { ForbiddenError, InputError, NotFoundError } from '../../graphql/errors';
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

  async create(actor: Actor, input: CreateUserInput): Promise<User> {
    const structureId = requireStructureId(actor);
    const weakness = passwordWeakness(input.password);
    if (weakness) throw new InputError({ password: weakness });
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      await this.checkRole(manager, actor, structureId, input.role);
      try {
        const user = await manager.save(User, {
          email: input.email.trim().toLowerCase(),
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
        if (uniqueViolation(error) !== null) {
          throw new InputError({
            email:
              'Un compte existe déjà avec cette adresse. Un administrateur de la plateforme peut le rattacher à votre structure.',
          });
        }
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
      await manager.upsert(Membership, { userId: user.id, structureId: input.structureId, role: input.role }, [
        'userId',
        'structureId',
      ]);
      await this.audit.record(manager, actor, {
        action: 'membership.set',
        entityType: 'User',
        entityId: user.id,
        structureId: input.structureId,
        details: { role: input.role },
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
      const removed = await manager.delete(Membership, { userId: user.id, structureId: input.structureId });
      if (!removed.affected) throw new NotFoundError('Rattachement');
      await this.audit.record(manager, actor, {
        action: 'membership.removed',
        entityType: 'User',
        entityId: user.id,
        structureId: input.structureId,
      });
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

  private async checkRole(manager: EntityManager, actor: Actor, structureId: string, role: Role): Promise<void> {
    if (role === Role.PLATFORM_ADMIN && !actor.isPlatformAdmin) {
      throw new InputError({ role: 'Seul un administrateur de la plateforme peut attribuer ce rôle.' });
    }
    const structure = await manager.findOneBy(Structure, { id: structureId });
    if (!structure) throw new NotFoundError('Structure');
    if (!ROLES_BY_STRUCTURE_KIND[structure.kind].includes(role)) {
      throw new InputError({ role: `Le rôle « ${ROLE_LABELS[role]} » n’existe pas dans ce type de structure.` });
    }
  }
}
