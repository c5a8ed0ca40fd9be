import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FSE_ENTRY_FIELDS,
  detailsAreSensitive,
  FseEntryFacts,
  normalizeName,
  OperatorType,
  Programme,
  Role,
  todayInParis,
} from '@passerelle/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditLog } from '../../core/audit/audit-log.entity';
import { AuditService } from '../../core/audit/audit.service';
import { Actor } from '../../core/auth/actor';
import { ConflictError, DomainError, InputError, NotFoundError } from '../../core/graphql/errors';
import { Connection, PageArgs, paginate, listQuery } from '../../core/graphql/pagination';
import { Branch, BranchArea } from '../../core/tenancy/branches/branch.entity';
import { Structure } from '../../core/tenancy/structures/structure.entity';
import { escapeLike } from '../../core/database/sql';
import { requireStructureId } from '../../core/tenancy/scope';
import { Membership } from '../../core/tenancy/users/user.entity';
import {
  canSeeSensitive,
  findReachableParticipant,
  PARTICIPANT_ENTITY,
  participantStructureId,
  recordParticipantEvent,
} from './participant-access';
import { PARTICIPANT_ACTION_LABELS } from './participant-audit';
import { ParticipantAuditEntry } from './participant-audit.types';
import {
  AddressInput,
  CreateParticipantInput,
  FseEntryInput,
  ParticipantFilter,
  UpdateParticipantInput,
  UpdateParticipantSensitiveInput,
} from './participant.dto';
import { Participant, ParticipantAddress, ParticipantSensitive } from './participant.entity';
import { saveNew, updateVersioned } from '../../core/database/writes';

/** Roles that may be a participant's référent. */
const REFERENT_ROLES: readonly Role[] = [Role.COUNSELLOR, Role.COORDINATOR];

/** Where each FSE+ entry question is stored (the SQL "missing data" filter and the domain rule share this list). */
export const FSE_INPUT_COLUMNS: Record<keyof FseEntryInput, keyof Participant> = {
  employmentStatus: 'fseEmploymentStatus',
  householdSituation: 'fseHouseholdSituation',
  disability: 'fseDisability',
  thirdCountryNational: 'fseThirdCountryNational',
  foreignBackground: 'fseForeignBackground',
  minority: 'fseMinority',
  homeless: 'fseHomeless',
  ruralArea: 'fseRuralArea',
};

export const FSE_ENTRY_COLUMNS: Record<keyof FseEntryFacts, keyof Participant> = {
  sex: 'sex',
  birthDate: 'birthDate',
  educationLevel: 'educationLevel',
  ...FSE_INPUT_COLUMNS,
};

export function fseEntryFacts(p: Participant): FseEntryFacts {
  return Object.fromEntries(
    Object.entries(FSE_ENTRY_COLUMNS).map(([fact, column]) => [fact, p[column]]),
  ) as FseEntryFacts;
}

/** The SQL twin of the domain's `fseEntryMissing`: true when any FSE+ entry question is unanswered. */
export function fseEntryIncompleteSql(alias: string): string {
  return `(${FSE_ENTRY_FIELDS.map(({ field }) => `${alias}."${FSE_ENTRY_COLUMNS[field]}" IS NULL`).join(' OR ')})`;
}

/** A participant with the same name and birth date is already followed: open that file rather than a second one. */
export class DuplicateParticipantError extends DomainError {
  constructor(ids: string[]) {
    super(
      'CONFLICT',
      'Une personne de mêmes nom, prénom et date de naissance est déjà suivie par la structure : ouvrez sa fiche. S’il s’agit d’un homonyme, confirmez la création.',
      { reason: 'DUPLICATE_PARTICIPANT', existingParticipantId: ids[0], existingParticipantIds: ids },
    );
  }
}

@Injectable()
export class ParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, page: PageArgs, filter: ParticipantFilter = {}): Promise<Connection<Participant>> {
    return paginate(this.listQuery(actor, filter), page);
  }

  /** The list's query, in its order, for a page or for an export. */
  listQuery(actor: Actor, filter: ParticipantFilter = {}) {
    const query = listQuery(
      this.dataSource,
      Participant,
      'p',
      { normalizedLastName: 'ASC', normalizedFirstName: 'ASC' },
      participantStructureId(actor),
    );
    const words = normalizeName(filter.search ?? '')
      .split(' ')
      .filter(Boolean)
      .slice(0, 4);
    // Each word starts the last or first name, or one of their parts: "martin" finds "Dupont-Martin".
    words.forEach((word, i) => {
      query.andWhere(
        `(p."normalizedLastName" LIKE :w${i} OR p."normalizedFirstName" LIKE :w${i} OR p."normalizedLastName" LIKE :inner${i} OR p."normalizedFirstName" LIKE :inner${i})`,
        { [`w${i}`]: `${escapeLike(word)}%`, [`inner${i}`]: `% ${escapeLike(word)}%` },
      );
    });
    if (filter.birthDate) query.andWhere('p.birthDate = :birthDate', { birthDate: filter.birthDate });
    if (filter.branchId) query.andWhere('p.branchId = :branchId', { branchId: filter.branchId });
    if (filter.referentUserId)
      query.andWhere('p.referentUserId = :referentUserId', { referentUserId: filter.referentUserId });
    if (filter.programme) query.andWhere('p.programme = :programme', { programme: filter.programme });
    if (filter.pathStatus) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM plie_paths pp WHERE pp."participantId" = p.id AND pp.status = :pathStatus)',
        { pathStatus: filter.pathStatus },
      );
    }
    if (filter.fseEntryIncomplete === true) query.andWhere(fseEntryIncompleteSql('p'));
    if (filter.fseEntryIncomplete === false) query.andWhere(`NOT ${fseEntryIncompleteSql('p')}`);
    return query;
  }

  /** Reading a file is traced in the audit trail. */
  async get(actor: Actor, id: string): Promise<Participant> {
    const participant = await findReachableParticipant(this.dataSource.manager, actor, id);
    await recordParticipantEvent(this.audit, this.dataSource.manager, actor, participant, 'participant.read');
    return participant;
  }

  async create(actor: Actor, input: CreateParticipantInput): Promise<Participant> {
    const structureId = requireStructureId(actor);
    checkBirthDate(input.birthDate);
    return this.dataSource.transaction(async (manager) => {
      const structure = await manager.findOneBy(Structure, { id: structureId });
      if (!structure) throw new NotFoundError('Structure');
      const normalizedLastName = normalizeName(input.lastName);
      const normalizedFirstName = normalizeName(input.firstName);
      // Serialises concurrent creations of the same person, so that two clicks cannot make two files.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `participant:${structureId}:${input.birthDate}:${[normalizedLastName, normalizedFirstName].sort().join(':')}`,
      ]);
      const duplicates = await this.findDuplicates(
        manager,
        structureId,
        normalizedLastName,
        normalizedFirstName,
        input.birthDate,
      );
      if (duplicates.length > 0 && !input.confirmNotDuplicate) throw new DuplicateParticipantError(duplicates);
      if (input.referentUserId) await this.checkReferent(manager, structureId, input.referentUserId);
      const branch = await this.resolveBranch(manager, structureId, input.address ?? null, input.branchId);
      const participant = await saveNew(manager, Participant, {
        structureId,
        programme: input.programme ?? (structure.operatorType === OperatorType.PLIE ? Programme.PLIE : Programme.CEJ),
        lastName: input.lastName.trim(),
        firstName: input.firstName.trim(),
        normalizedLastName,
        normalizedFirstName,
        sex: input.sex,
        birthDate: input.birthDate,
        phone: input.phone?.trim() || null,
        email: input.email?.trim().toLowerCase() || null,
        ...addressColumns(input.address ?? null),
        ...branch,
        referentUserId: input.referentUserId ?? null,
        entrySituations: [...new Set(input.entrySituations ?? [])],
        educationLevel: input.educationLevel ?? null,
        ...fseColumns(input.fseEntry ?? {}),
      });
      await recordParticipantEvent(
        this.audit,
        manager,
        actor,
        participant,
        'participant.created',
        duplicates.length ? { confirmedNotDuplicateOf: duplicates } : undefined,
      );
      return participant;
    });
  }

  async update(actor: Actor, input: UpdateParticipantInput): Promise<Participant> {
    if (input.birthDate) checkBirthDate(input.birthDate);
    return this.dataSource.transaction(async (manager) => {
      const current = await findReachableParticipant(manager, actor, input.id);
      const changes: Partial<Participant> = {};
      if (input.programme) changes.programme = input.programme;
      if (input.lastName !== undefined)
        Object.assign(changes, { lastName: input.lastName.trim(), normalizedLastName: normalizeName(input.lastName) });
      if (input.firstName !== undefined)
        Object.assign(changes, {
          firstName: input.firstName.trim(),
          normalizedFirstName: normalizeName(input.firstName),
        });
      if (input.sex) changes.sex = input.sex;
      if (input.birthDate) changes.birthDate = input.birthDate;
      if (input.phone !== undefined) changes.phone = input.phone?.trim() || null;
      if (input.email !== undefined) changes.email = input.email?.trim().toLowerCase() || null;
      if (input.referentUserId !== undefined) {
        if (input.referentUserId) await this.checkReferent(manager, current.structureId, input.referentUserId);
        changes.referentUserId = input.referentUserId;
      }
      if (input.entrySituations) changes.entrySituations = [...new Set(input.entrySituations)];
      if (input.educationLevel !== undefined) changes.educationLevel = input.educationLevel;
      if (input.fseEntry) Object.assign(changes, fseColumns(input.fseEntry));
      if (input.address !== undefined) Object.assign(changes, addressColumns(input.address));
      const addressChanged = input.address !== undefined;
      if (input.branchId !== undefined && input.branchId !== null) {
        Object.assign(changes, await this.resolveBranch(manager, current.structureId, null, input.branchId));
      } else if (input.branchFromAddress || input.branchId === null || (addressChanged && !current.branchOverridden)) {
        const address = addressChanged ? (input.address ?? null) : addressOf(current);
        Object.assign(changes, await this.resolveBranch(manager, current.structureId, address, undefined));
      }
      await updateVersioned(manager, Participant, current.id, input.version, { ...changes });
      const fields = Object.keys(changes).filter((key) => !key.startsWith('normalized'));
      await recordParticipantEvent(this.audit, manager, actor, current, 'participant.updated', { fields });
      return manager.findOneByOrFail(Participant, { id: current.id });
    });
  }

  async updateSensitive(actor: Actor, input: UpdateParticipantSensitiveInput): Promise<ParticipantSensitive> {
    return this.dataSource.transaction(async (manager) => {
      const participant = await findReachableParticipant(manager, actor, input.participantId, true);
      const current = await manager.findOneBy(ParticipantSensitive, { participantId: participant.id });
      const notes = {
        ...(input.healthNotes !== undefined ? { healthNotes: input.healthNotes?.trim() || null } : {}),
        ...(input.disabilityNotes !== undefined ? { disabilityNotes: input.disabilityNotes?.trim() || null } : {}),
        ...(input.socialNotes !== undefined ? { socialNotes: input.socialNotes?.trim() || null } : {}),
      };
      if (current) {
        if (input.version === undefined)
          throw new InputError({ version: 'La version lue est obligatoire pour modifier ces données.' });
        const result = await manager
          .createQueryBuilder()
          .update(ParticipantSensitive)
          .set({ ...notes, updatedByUserId: actor.userId, version: () => 'version + 1' })
          .where('"participantId" = :id AND version = :version', { id: participant.id, version: input.version })
          .execute();
        if (result.affected !== 1) throw new ConflictError();
      } else {
        await manager.insert(ParticipantSensitive, {
          participantId: participant.id,
          healthNotes: null,
          disabilityNotes: null,
          socialNotes: null,
          ...notes,
          updatedByUserId: actor.userId,
        });
      }
      await recordParticipantEvent(this.audit, manager, actor, participant, 'participant.sensitive.updated', {
        fields: Object.keys(notes),
      });
      return manager.findOneByOrFail(ParticipantSensitive, { participantId: participant.id });
    });
  }

  async auditTrail(actor: Actor, participantId: string, page: PageArgs): Promise<Connection<ParticipantAuditEntry>> {
    const participant = await findReachableParticipant(this.dataSource.manager, actor, participantId);
    const query = this.dataSource
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .where('a.entityType = :type AND a.entityId = :id', { type: PARTICIPANT_ENTITY, id: participant.id })
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC');
    const connection = await paginate(query, page);
    const sensitive = canSeeSensitive(actor);
    return {
      ...connection,
      edges: connection.edges.map(({ cursor, node }) => ({
        cursor,
        node: {
          id: node.id,
          at: node.at,
          action: node.action,
          label: PARTICIPANT_ACTION_LABELS[node.action] ?? node.action,
          actorUserId: node.actorUserId,
          actorApiKeyId: node.actorApiKeyId,
          // Special-category values (a health obstacle, a health exit…) stay out of reach without the right.
          details:
            node.details && (sensitive || !detailsAreSensitive(node.details)) ? JSON.stringify(node.details) : null,
        },
      })),
    };
  }

  /** Ids of the files of the same person: same birth date and names, possibly typed the other way round. */
  private async findDuplicates(
    manager: EntityManager,
    structureId: string,
    last: string,
    first: string,
    birthDate: string,
  ): Promise<string[]> {
    const rows = await manager.find(Participant, {
      select: { id: true },
      where: [
        { structureId, birthDate, normalizedLastName: last, normalizedFirstName: first },
        { structureId, birthDate, normalizedLastName: first, normalizedFirstName: last },
      ],
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => row.id);
  }

  private async checkReferent(manager: EntityManager, structureId: string, userId: string): Promise<void> {
    const membership = await manager.findOneBy(Membership, { userId, structureId, role: In([...REFERENT_ROLES]) });
    if (!membership)
      throw new InputError({
        referentUserId: 'Le ou la référent·e doit être conseiller·ère ou coordinateur·rice de la structure.',
      });
  }

  /** An explicit branch wins (and is remembered as a manual choice); otherwise the district, then the commune, decides. */
  private async resolveBranch(
    manager: EntityManager,
    structureId: string,
    address: AddressInput | null,
    explicitBranchId: string | null | undefined,
  ): Promise<{ branchId: string | null; branchOverridden: boolean }> {
    if (explicitBranchId) {
      if (!(await manager.existsBy(Branch, { id: explicitBranchId, structureId })))
        throw new InputError({ branchId: 'Cette antenne n’existe pas dans la structure.' });
      return { branchId: explicitBranchId, branchOverridden: true };
    }
    const codes = [address?.districtCode, address?.communeCode].filter((code): code is string => !!code);
    if (codes.length === 0) return { branchId: null, branchOverridden: false };
    const area = await manager
      .getRepository(BranchArea)
      .createQueryBuilder('a')
      .where('a.structureId = :structureId', { structureId })
      .andWhere(`((a.kind = 'DISTRICT' AND a.code = :district) OR (a.kind = 'COMMUNE' AND a.code = :commune))`, {
        district: address?.districtCode ?? '',
        commune: address?.communeCode ?? '',
      })
      .orderBy(`CASE a.kind WHEN 'DISTRICT' THEN 0 ELSE 1 END`)
      .getOne();
    return { branchId: area?.branchId ?? null, branchOverridden: false };
  }
}

function checkBirthDate(birthDate: string): void {
  if (birthDate > todayInParis() || birthDate < '1900-01-01')
    throw new InputError({ birthDate: 'La date de naissance doit être passée (après 1900).' });
}

function addressColumns(address: AddressInput | null): Partial<Participant> {
  return {
    addressLine: address?.line?.trim() || null,
    postalCode: address?.postalCode ?? null,
    communeCode: address?.communeCode?.toUpperCase() ?? null,
    communeName: address?.communeName?.trim() || null,
    districtCode: address?.districtCode ?? null,
    epci: address?.epci?.trim() || null,
    inQpv: address?.inQpv ?? false,
    qpvCode: address?.qpvCode ?? null,
  };
}

/** A participant's address as the API shows it (and as an update that leaves it unchanged gives it back). */
export function addressOf(p: Participant): ParticipantAddress {
  return {
    line: p.addressLine,
    postalCode: p.postalCode,
    communeCode: p.communeCode,
    communeName: p.communeName,
    districtCode: p.districtCode,
    epci: p.epci,
    inQpv: p.inQpv,
    qpvCode: p.qpvCode,
  };
}

function fseColumns(input: FseEntryInput): Partial<Participant> {
  const columns: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(FSE_INPUT_COLUMNS)) {
    const value = input[key as keyof FseEntryInput];
    if (value !== undefined) columns[column] = value;
  }
  return columns as Partial<Participant>;
}
