import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../auth/actor';
import { ConflictError, InputError, NotFoundError } from '../../graphql/errors';
import { assertActsIn } from '../scope';
import { Structure } from '../structures/structure.entity';
import { uniqueViolation } from '../../database/unique-violation';
import { BranchAreaInput, CreateBranchInput, UpdateBranchInput } from './branch.dto';
import { Branch, BranchArea } from './branch.entity';
import { isUuid } from '../../validation/calendar-date.validator';
import { updateVersioned } from '../../database/writes';

@Injectable()
export class BranchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateBranchInput): Promise<Branch> {
    assertActsIn(actor, input.structureId);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Structure, { id: input.structureId }))) throw new NotFoundError('Structure');
      await this.checkCode(manager, input.structureId, input.code);
      await this.checkAreas(manager, input.structureId, input.areas, null);
      const branch = await manager.save(Branch, { structureId: input.structureId, name: input.name, code: input.code });
      await this.replaceAreas(manager, branch, input.areas);
      await this.audit.recordOn(manager, actor, 'branch.created', 'Branch', branch.id, branch.structureId);
      return this.load(manager, branch.id);
    });
  }

  async update(actor: Actor, input: UpdateBranchInput): Promise<Branch> {
    return this.dataSource.transaction(async (manager) => {
      const branch = await this.findVisible(manager, actor, input.id);
      assertActsIn(actor, branch.structureId);
      if (input.code && input.code !== branch.code) await this.checkCode(manager, branch.structureId, input.code);
      if (input.areas) await this.checkAreas(manager, branch.structureId, input.areas, branch.id);
      await updateVersioned(manager, Branch, branch.id, input.version, {
        ...(input.name ? { name: input.name } : {}),
        ...(input.code ? { code: input.code } : {}),
      });
      if (input.areas) await this.replaceAreas(manager, branch, input.areas);
      await this.audit.recordOn(manager, actor, 'branch.updated', 'Branch', branch.id, branch.structureId);
      return this.load(manager, branch.id);
    });
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const branch = await this.findVisible(manager, actor, id);
      assertActsIn(actor, branch.structureId);
      await manager.delete(Branch, { id });
      await this.audit.recordOn(manager, actor, 'branch.deleted', 'Branch', id, branch.structureId, {
        name: branch.name,
      });
      return true;
    });
  }

  private async findVisible(manager: EntityManager, actor: Actor, id: string): Promise<Branch> {
    const branch = isUuid(id) ? await manager.findOneBy(Branch, { id }) : null;
    if (!branch || !(actor.isPlatformAdmin || actor.memberStructureIds.includes(branch.structureId)))
      throw new NotFoundError('Antenne');
    return branch;
  }

  private async load(manager: EntityManager, id: string): Promise<Branch> {
    return manager.findOneOrFail(Branch, {
      where: { id },
      relations: { areas: true },
      order: { areas: { label: 'ASC' } },
    });
  }

  private async checkCode(manager: EntityManager, structureId: string, code: string): Promise<void> {
    if (await manager.existsBy(Branch, { structureId, code }))
      throw new InputError({ code: 'Une antenne de la structure porte déjà ce code.' });
  }

  /** An area may belong to one branch only: report each one already covered elsewhere, or listed twice. */
  private async checkAreas(
    manager: EntityManager,
    structureId: string,
    areas: BranchAreaInput[],
    branchId: string | null,
  ): Promise<void> {
    const fields: Record<string, string> = {};
    const seen = new Set<string>();
    areas.forEach((area, index) => {
      const key = `${area.kind}:${area.code}`;
      if (seen.has(key)) fields[`areas.${index}.code`] = 'Zone saisie deux fois.';
      seen.add(key);
    });
    if (areas.length > 0) {
      const taken = await manager.find(BranchArea, {
        where: { structureId, code: In(areas.map((a) => a.code)), ...(branchId ? { branchId: Not(branchId) } : {}) },
        relations: { branch: true },
      });
      areas.forEach((area, index) => {
        const clash = taken.find((t) => t.kind === area.kind && t.code === area.code);
        if (clash) fields[`areas.${index}.code`] = `Zone déjà couverte par l’antenne « ${clash.branch!.name} ».`;
      });
    }
    if (Object.keys(fields).length > 0) throw new InputError(fields);
  }

  private async replaceAreas(manager: EntityManager, branch: Branch, areas: BranchAreaInput[]): Promise<void> {
    await manager.delete(BranchArea, { branchId: branch.id });
    if (areas.length === 0) return;
    try {
      await manager.insert(
        BranchArea,
        areas.map((area) => ({ ...area, branchId: branch.id, structureId: branch.structureId })),
      );
    } catch (error) {
      if (uniqueViolation(error) !== null)
        throw new ConflictError('Une zone vient d’être attribuée à une autre antenne. Rechargez la page.');
      throw error;
    }
  }
}
