import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StructureKind } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../auth/actor';
import { InputError, NotFoundError } from '../../graphql/errors';
import { Connection, PageArgs, paginate } from '../../graphql/pagination';
import { assertActsIn, assertCanSeeStructure } from '../scope';
import { escapeLike } from '../../database/sql';
import { uniqueViolation } from '../../database/unique-violation';
import { CreateStructureInput, StructureFilter, UpdateStructureInput } from './structure.dto';
import { Structure } from './structure.entity';
import { isUuid } from '../../validation/calendar-date.validator';
import { saveNew, updateVersioned } from '../../database/writes';

@Injectable()
export class StructuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, page: PageArgs, filter: StructureFilter = {}): Promise<Connection<Structure>> {
    const query = this.dataSource
      .getRepository(Structure)
      .createQueryBuilder('s')
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC');
    if (!actor.isPlatformAdmin) query.andWhere('s.id IN (:...ids)', { ids: actor.memberStructureIds });
    if (filter.kind) query.andWhere('s.kind = :kind', { kind: filter.kind });
    if (filter.search?.trim()) {
      query.andWhere('(s.name ILIKE :search OR s.city ILIKE :search OR s.siret LIKE :search)', {
        search: `%${escapeLike(filter.search.trim())}%`,
      });
    }
    return paginate(query, page);
  }

  async get(actor: Actor, id: string): Promise<Structure> {
    assertCanSeeStructure(actor, id);
    if (!isUuid(id)) throw new NotFoundError('Structure');
    const structure = await this.dataSource.getRepository(Structure).findOneBy({ id });
    if (!structure) throw new NotFoundError('Structure');
    return structure;
  }

  async create(actor: Actor, input: CreateStructureInput): Promise<Structure> {
    checkOperatorType(input.kind, input.operatorType ?? null);
    return this.dataSource.transaction(async (manager) => {
      try {
        const structure = await saveNew(manager, Structure, { ...input, operatorType: input.operatorType ?? null });
        await this.audit.recordOn(manager, actor, 'structure.created', 'Structure', structure.id, structure.id);
        return structure;
      } catch (error) {
        throw translateUniqueError(error);
      }
    });
  }

  async update(actor: Actor, input: UpdateStructureInput): Promise<Structure> {
    assertActsIn(actor, input.id);
    const { id, version, ...changes } = input;
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(Structure, { id });
      if (!current) throw new NotFoundError('Structure');
      if (changes.operatorType !== undefined) checkOperatorType(current.kind, changes.operatorType);
      try {
        await updateVersioned(manager, Structure, id, version, changes);
      } catch (error) {
        throw translateUniqueError(error);
      }
      await this.audit.recordOn(manager, actor, 'structure.updated', 'Structure', id, id, {
        fields: Object.keys(changes),
      });
      return manager.findOneByOrFail(Structure, { id });
    });
  }
}

function checkOperatorType(kind: StructureKind, operatorType: string | null): void {
  if (kind === StructureKind.OPERATOR && !operatorType) {
    throw new InputError({ operatorType: 'Précisez s’il s’agit d’une Mission Locale ou d’un PLIE.' });
  }
  if (kind === StructureKind.PROVIDER && operatorType) {
    throw new InputError({ operatorType: 'Un prestataire n’a pas de type de structure porteuse.' });
  }
  if (kind === StructureKind.NETWORK && operatorType) {
    throw new InputError({ operatorType: 'Un réseau n’a pas de type de structure porteuse.' });
  }
}

function translateUniqueError(error: unknown): unknown {
  const constraint = uniqueViolation(error);
  if (constraint !== null) return new InputError({ siret: 'Une structure existe déjà avec ce SIRET.' });
  return error;
}
