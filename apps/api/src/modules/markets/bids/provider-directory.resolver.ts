import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, StructureKind } from '@passerelle/domain';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { RequireAnyPermission } from '../../../core/auth/access.decorator';
import { PageArgs, Paginated, paginate } from '../../../core/graphql/pagination';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { escapeLike } from '../../../core/database/sql';

@ObjectType({
  description: 'Un prestataire inscrit sur Passerelle, tel qu’un acheteur le voit pour enregistrer sa candidature.',
})
export class ProviderDirectoryEntry {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() siret!: string;
  @Field() city!: string;
}

const ProviderDirectoryConnection = Paginated(ProviderDirectoryEntry);

@ArgsType()
class ProviderDirectoryArgs extends PageArgs {
  @Field({ nullable: true, description: 'Nom, ville ou SIRET.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

/**
 * Providers' public identity (name, SIRET, city), so an operator can record a bid received on paper or by mail, and a
 * provider can name the co-contractors of a joint bid.
 */
@Resolver()
export class ProviderDirectoryResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @RequireAnyPermission(Permission.MARKETS_MANAGE, Permission.BIDS_SUBMIT)
  @Query(() => ProviderDirectoryConnection, {
    description:
      'Les structures prestataires : pour enregistrer une candidature reçue hors de Passerelle, ou nommer les cotraitants d’un groupement.',
  })
  providerDirectory(@Args() { search, ...page }: ProviderDirectoryArgs) {
    const query = this.dataSource
      .getRepository(Structure)
      .createQueryBuilder('s')
      .select(['s.id', 's.name', 's.siret', 's.city'])
      .where('s.kind = :kind', { kind: StructureKind.PROVIDER })
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC');
    if (search?.trim()) {
      query.andWhere('(s.name ILIKE :search OR s.city ILIKE :search OR s.siret LIKE :search)', {
        search: `%${escapeLike(search.trim())}%`,
      });
    }
    return paginate(query, page);
  }
}
