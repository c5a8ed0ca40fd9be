import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_DROP_OFF_WINDOW_DAYS,
  DropOffMeasure,
  ReportStatus,
  Role,
  StructureKind,
  suppressSmallCount,
  todayInParis,
} from '@passerelle/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { Actor } from '../../core/auth/actor';
import { Env } from '../../core/config/env';
import { InputError, NotFoundError } from '../../core/graphql/errors';
import { requireStructureId } from '../../core/tenancy/scope';
import { Structure } from '../../core/tenancy/structures/structure.entity';
import { Membership, User } from '../../core/tenancy/users/user.entity';
import { monthsBetween } from '../analytics/drop-off.service';
import { NetworkMember } from './network-member.entity';
import { NETWORK_FIGURES_SQL, NETWORK_STATISTICS_SQL } from './network-figures.sql';
import { withRowScope } from '../../core/database/row-scope';
import {
  GrantControllerAccessInput,
  Network,
  NetworkFigures,
  NetworkFiguresFilter,
  NetworkMemberFigures,
  NetworkMemberInput,
} from './networks.dto';

export interface StatisticsCell {
  member: string;
  department: string | null;
  band: string | null;
  sex: string;
  programme: string;
  /** Null when suppressed (fewer people than the threshold). */
  people: number | null;
}

/**
 * The aggregates of a network read its members' rows: the statement runs with the members as its row scope (and the
 * network's own users never reach a member's rows otherwise).
 */
const memberScope = <T>(network: Network, fn: () => Promise<T>): Promise<T> =>
  withRowScope({ kind: 'structures', structureIds: network.members.map((m) => m.id) }, fn);

@Injectable()
export class NetworksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly env: Env,
  ) {}

  /** The network the caller acts in (NOT_FOUND when the current structure is not a network). */
  async current(actor: Actor): Promise<Network> {
    return this.load(this.dataSource.manager, requireStructureId(actor));
  }

  async addMember(actor: Actor, input: NetworkMemberInput): Promise<Network> {
    return this.dataSource.transaction(async (manager) => {
      await this.network(manager, input.networkId);
      const member = await manager.findOneBy(Structure, { id: input.memberId });
      if (!member) throw new InputError({ memberId: 'Structure inconnue.' });
      if (member.kind === StructureKind.NETWORK) {
        throw new InputError({ memberId: 'Un réseau ne peut pas être membre d’un réseau.' });
      }
      const existing = await manager.existsBy(NetworkMember, input);
      if (existing) throw new InputError({ memberId: 'Cette structure est déjà membre du réseau.' });
      await manager.insert(NetworkMember, input);
      return this.membershipChanged(manager, actor, 'network.member-added', input);
    });
  }

  async removeMember(actor: Actor, input: NetworkMemberInput): Promise<Network> {
    return this.dataSource.transaction(async (manager) => {
      await this.network(manager, input.networkId);
      const removed = await manager.delete(NetworkMember, input);
      if (!removed.affected) throw new InputError({ memberId: 'Cette structure n’est pas membre du réseau.' });
      return this.membershipChanged(manager, actor, 'network.member-removed', input);
    });
  }

  /**
   * Gives a controller the CONTROLLER role in each selected member, all or nothing. A person who already holds
   * another role in one of them keeps it: the grant is refused rather than silently changing a role.
   */
  async grantControllerAccess(actor: Actor, input: GrantControllerAccessInput): Promise<User> {
    const memberIds = [...new Set(input.memberIds)];
    return this.dataSource.transaction(async (manager) => {
      await this.network(manager, input.networkId);
      const user = await manager.findOneBy(User, { id: input.userId });
      if (!user) throw new InputError({ userId: 'Utilisateur inconnu.' });
      const members = await manager.findBy(NetworkMember, { networkId: input.networkId, memberId: In(memberIds) });
      if (members.length !== memberIds.length) {
        throw new InputError({ memberIds: 'Choisissez uniquement des structures membres de ce réseau.' });
      }
      const held = await manager.findBy(Membership, { userId: user.id, structureId: In(memberIds) });
      const conflicting = held.filter((m) => m.role !== Role.CONTROLLER);
      if (conflicting.length) {
        throw new InputError({
          memberIds:
            'Cette personne a déjà un autre rôle dans une de ces structures : changez-le structure par structure.',
        });
      }
      const granted = memberIds.filter((id) => !held.some((m) => m.structureId === id));
      if (granted.length) {
        await manager.insert(
          Membership,
          granted.map((structureId) => ({ userId: user.id, structureId, role: Role.CONTROLLER })),
        );
      }
      for (const structureId of granted) {
        await this.audit.recordOn(manager, actor, 'membership.set', 'User', user.id, structureId, {
          role: Role.CONTROLLER,
          networkId: input.networkId,
        });
      }
      return user;
    });
  }

  async figures(actor: Actor, filter: NetworkFiguresFilter): Promise<NetworkFigures> {
    checkPeriod(filter.from, filter.to);
    const network = await this.current(actor);
    const asOf = todayInParis();
    const windowDays = filter.windowDays ?? DEFAULT_DROP_OFF_WINDOW_DAYS;
    const threshold = this.env.NETWORK_SMALL_CELL_THRESHOLD;
    const rows: { sid: string; metric: string; key: string; n: number }[] = network.members.length
      ? await memberScope(network, () =>
          this.dataSource.query(NETWORK_FIGURES_SQL, [
            network.members.map((m) => m.id),
            filter.from,
            filter.to,
            asOf,
            windowDays,
          ]),
        )
      : [];
    const value = (sid: string, metric: string, key = '') =>
      rows.find((r) => r.sid === sid && r.metric === metric && r.key === key)?.n ?? 0;
    const members: NetworkMemberFigures[] = network.members.map((structure) => ({
      structure,
      participants: suppressSmallCount(value(structure.id, 'participants'), threshold),
      peopleContacted: suppressSmallCount(value(structure.id, 'peopleContacted'), threshold),
      dropOff: Object.values(DropOffMeasure).map((measure) => ({
        measure,
        count: suppressSmallCount(value(structure.id, 'dropOff', measure), threshold),
      })),
      interviews: value(structure.id, 'interviews'),
      sessions: value(structure.id, 'sessions'),
      paymentIndicators: value(structure.id, 'paymentIndicators'),
      lotsWithIndicators: value(structure.id, 'lotsWithIndicators'),
      reports: Object.values(ReportStatus).map((status) => ({ status, count: value(structure.id, 'reports', status) })),
    }));
    return { from: filter.from, to: filter.to, asOf, windowDays, smallCellThreshold: threshold, members };
  }

  /** The anonymised statistics of the network the caller acts in, small cells suppressed; the export is audited. */
  async statistics(actor: Actor, from: string, to: string): Promise<{ network: Network; cells: StatisticsCell[] }> {
    checkPeriod(from, to);
    const network = await this.current(actor);
    const threshold = this.env.NETWORK_SMALL_CELL_THRESHOLD;
    const rows: (Omit<StatisticsCell, 'people'> & { n: number })[] = network.members.length
      ? await memberScope(network, () =>
          this.dataSource.query(NETWORK_STATISTICS_SQL, [network.members.map((m) => m.id), from, to]),
        )
      : [];
    await this.audit.record(this.dataSource.manager, actor, {
      action: 'network.statistics-exported',
      entityType: 'Structure',
      entityId: network.id,
      details: { from, to, cells: rows.length },
    });
    return {
      network,
      cells: rows.map(({ n, ...cell }) => ({ ...cell, people: suppressSmallCount(n, threshold) })),
    };
  }

  private async membershipChanged(
    manager: EntityManager,
    actor: Actor,
    action: string,
    input: NetworkMemberInput,
  ): Promise<Network> {
    await this.audit.recordOn(manager, actor, action, 'Structure', input.networkId, input.networkId, {
      memberId: input.memberId,
    });
    return this.load(manager, input.networkId);
  }

  private async network(manager: EntityManager, id: string): Promise<Structure> {
    const network = await manager.findOneBy(Structure, { id, kind: StructureKind.NETWORK });
    if (!network) throw new NotFoundError('Réseau');
    return network;
  }

  private async load(manager: EntityManager, id: string): Promise<Network> {
    const network = await this.network(manager, id);
    const members = await manager
      .getRepository(Structure)
      .createQueryBuilder('s')
      .innerJoin(NetworkMember, 'nm', 'nm."memberId" = s.id AND nm."networkId" = :id', { id })
      .orderBy('s.name', 'ASC')
      .getMany();
    return {
      id: network.id,
      name: network.name,
      members: members.map(({ id: memberId, name, kind, operatorType }) => ({
        id: memberId,
        name,
        kind,
        operatorType,
      })),
    };
  }
}

function checkPeriod(from: string, to: string): void {
  if (to < from) throw new InputError({ to: 'La fin de la période précède son début.' });
  if (monthsBetween(from, to).length > 36) throw new InputError({ to: '36 mois au plus.' });
}
