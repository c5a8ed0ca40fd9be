import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { requireStructureId } from './scope';
import { Structure } from './structures/structure.entity';

@ObjectType({ description: 'Chiffres d’accueil de la structure courante.' })
export class Dashboard {
  @Field(() => Structure) structure!: Structure;
  @Field(() => Int) memberCount!: number;
  @Field(() => Int) branchCount!: number;
  @Field(() => Int) activeApiKeyCount!: number;
}

@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @RequirePermissions(Permission.STRUCTURE_READ)
  @Query(() => Dashboard)
  async dashboard(@CurrentActor() actor: Actor): Promise<Dashboard> {
    const structureId = requireStructureId(actor);
    const [counts] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM memberships WHERE "structureId" = $1)::int AS "memberCount",
         (SELECT count(*) FROM branches WHERE "structureId" = $1)::int AS "branchCount",
         (SELECT count(*) FROM api_keys WHERE "structureId" = $1 AND "revokedAt" IS NULL)::int AS "activeApiKeyCount"`,
      [structureId],
    );
    const structure = await this.dataSource.getRepository(Structure).findOneByOrFail({ id: structureId });
    return { structure, ...counts };
  }
}
