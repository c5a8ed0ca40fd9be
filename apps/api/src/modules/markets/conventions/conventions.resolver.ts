import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { marketLoaders } from '../markets.loaders';
import { Convention, ConventionAmendment } from './convention.entity';

@Resolver(() => Convention)
export class ConventionFieldsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [ConventionAmendment], { description: 'Les avenants, dans l’ordre.' })
  amendments(@Parent() convention: Convention, @Context() context: object) {
    return marketLoaders(context, this.dataSource).amendmentsByConvention.load(convention.id);
  }
}
