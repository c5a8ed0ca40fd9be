import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { tenancyLoaders } from '../../core/graphql/loaders';
import { Branch } from '../../core/tenancy/branches/branch.entity';
import { User } from '../../core/tenancy/users/user.entity';
import { MlActivity, MlActivityFilter, RecordMlContactInput, UpdateMlContactInput } from './ml-contact.dto';
import { MlContact } from './ml-contact.entity';
import { MlActivityService } from './ml-activity.service';

@Resolver(() => MlContact)
export class MlContactsResolver {
  constructor(
    private readonly service: MlActivityService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Query(() => [MlContact], {
    description: 'Les contacts de la Mission Locale avec un ou une jeune, du plus récent au plus ancien.',
  })
  mlContacts(@CurrentActor() actor: Actor, @Args('participantId', { type: () => ID }) participantId: string) {
    return this.service.list(actor, participantId);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Mutation(() => MlContact, {
    description:
      'Enregistre un contact de la Mission Locale (premier accueil, entretien individuel, atelier, téléphone, courriel, visite) avec un ou une jeune, CEJ ou non.',
  })
  recordMlContact(@CurrentActor() actor: Actor, @Args('input') input: RecordMlContactInput) {
    return this.service.record(actor, input);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Mutation(() => MlContact, { description: 'Corrige un contact (CONFLICT si quelqu’un l’a changé depuis).' })
  updateMlContact(@CurrentActor() actor: Actor, @Args('input') input: UpdateMlContactInput) {
    return this.service.update(actor, input);
  }

  @RequirePermissions(Permission.REPORTS_READ)
  @Query(() => MlActivity, {
    description:
      'Tableau de bord de la Mission Locale courante : premiers accueils, jeunes suivis, entretiens, entrées et sorties de CEJ par motif, par mois et par antenne.',
  })
  missionLocaleActivity(@CurrentActor() actor: Actor, @Args('filter') filter: MlActivityFilter) {
    return this.service.activity(actor, filter);
  }

  @ResolveField(() => User, { description: 'Le conseiller ou la conseillère.' })
  user(@Parent() contact: MlContact, @Context() context: object) {
    return tenancyLoaders(context, this.dataSource).userById.load(contact.userId);
  }

  @ResolveField(() => Branch, { nullable: true })
  branch(@Parent() contact: MlContact, @Context() context: object) {
    return contact.branchId ? tenancyLoaders(context, this.dataSource).branchById.load(contact.branchId) : null;
  }
}
