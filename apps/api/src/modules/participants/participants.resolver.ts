import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EntrySituation,
  fseEntryMissing,
  FseEmploymentStatus,
  iscedGroup,
  Permission,
  visibleEntrySituations,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Paginated } from '../../core/graphql/pagination';
import { Branch } from '../../core/tenancy/branches/branch.entity';
import { User } from '../../core/tenancy/users/user.entity';
import { canSeeSensitive } from './participant-access';
import { ParticipantAuditEntry } from './participant-audit.types';
import {
  CreateParticipantInput,
  ParticipantAuditTrailArgs,
  ParticipantListArgs,
  UpdateParticipantInput,
  UpdateParticipantSensitiveInput,
} from './participant.dto';
import { FseEntry, Participant, ParticipantAddress, ParticipantSensitive } from './participant.entity';
import { participantLoaders } from './participant.loaders';
import { tenancyLoaders } from '../../core/graphql/loaders';
import { addressOf, fseEntryFacts, ParticipantsService } from './participants.service';
import { loadAuthor, UserSummary } from '../../core/tenancy/users/user-summary';

const ParticipantConnection = Paginated(Participant);
const ParticipantAuditEntryConnection = Paginated(ParticipantAuditEntry);

@Resolver(() => Participant)
export class ParticipantsResolver {
  constructor(
    private readonly service: ParticipantsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Query(() => ParticipantConnection, {
    description:
      'Recherche des participants de la structure courante (nom, date de naissance, antenne, référent, dispositif, statut).',
  })
  participants(@CurrentActor() actor: Actor, @Args() { filter, ...page }: ParticipantListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Query(() => ParticipantConnection, {
    description: 'Les participants dont des données FSE+ d’entrée manquent (à compléter).',
  })
  participantsWithMissingFseEntry(@CurrentActor() actor: Actor, @Args() { filter, ...page }: ParticipantListArgs) {
    return this.service.list(actor, page, { ...filter, fseEntryIncomplete: true });
  }

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Query(() => Participant, {
    description: 'La fiche d’un participant ; chaque lecture est tracée dans le journal d’audit.',
  })
  participant(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.AUDIT_READ)
  @Query(() => ParticipantAuditEntryConnection, {
    description:
      'Le journal d’audit du dossier d’un participant (lectures et modifications), du plus récent au plus ancien.',
  })
  participantAuditTrail(@CurrentActor() actor: Actor, @Args() { participantId, ...page }: ParticipantAuditTrailArgs) {
    return this.service.auditTrail(actor, participantId, page);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Mutation(() => Participant, {
    description:
      'Crée la fiche d’un participant dans la structure courante. Si une personne de mêmes nom, prénom et date de naissance est déjà suivie, ' +
      'répond CONFLICT avec `extensions.existingParticipantId`, sauf si `confirmNotDuplicate` est vrai.',
  })
  createParticipant(@CurrentActor() actor: Actor, @Args('input') input: CreateParticipantInput) {
    return this.service.create(actor, input);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Mutation(() => Participant)
  updateParticipant(@CurrentActor() actor: Actor, @Args('input') input: UpdateParticipantInput) {
    return this.service.update(actor, input);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE, Permission.PARTICIPANTS_SENSITIVE)
  @Mutation(() => ParticipantSensitive, {
    description: 'Saisit les données sensibles (réservé aux personnes qui suivent le participant).',
  })
  updateParticipantSensitive(@CurrentActor() actor: Actor, @Args('input') input: UpdateParticipantSensitiveInput) {
    return this.service.updateSensitive(actor, input);
  }

  @ResolveField(() => ParticipantAddress)
  address(@Parent() p: Participant): ParticipantAddress {
    return addressOf(p);
  }

  @ResolveField(() => Branch, {
    nullable: true,
    description: 'L’antenne : déduite de l’adresse, ou choisie à la main (`branchOverridden`).',
  })
  branch(@Parent() p: Participant, @Context() context: object) {
    return p.branchId ? tenancyLoaders(context, this.dataSource).branchById.load(p.branchId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Jour du dernier contact, tous dispositifs : entretien, relance répondue ou réunion PLIE ; entretien ou atelier CEJ réalisé, signature du contrat ; contact Mission Locale. Vide sans aucun contact.',
  })
  lastContactOn(@Parent() p: Participant, @Context() context: object) {
    return participantLoaders(context, this.dataSource).lastContactByParticipant.load(p.id);
  }

  @ResolveField(() => User, { nullable: true, description: 'Le ou la référent·e de parcours.' })
  referent(@Parent() p: Participant, @Context() context: object) {
    return p.referentUserId ? tenancyLoaders(context, this.dataSource).userById.load(p.referentUserId) : null;
  }

  @ResolveField(() => [EntrySituation], {
    description: 'Situations à l’entrée ; sans `participants:sensitive`, la RQTH (donnée de santé) n’y figure pas.',
  })
  entrySituations(@Parent() p: Participant, @CurrentActor() actor: Actor): EntrySituation[] {
    return visibleEntrySituations(p.entrySituations, canSeeSensitive(actor));
  }

  @ResolveField(() => FseEntry)
  fseEntry(@Parent() p: Participant, @CurrentActor() actor: Actor): FseEntry {
    const sensitive = canSeeSensitive(actor);
    return {
      employmentStatus: p.fseEmploymentStatus,
      longTermUnemployed: p.fseEmploymentStatus === FseEmploymentStatus.LONG_TERM_UNEMPLOYED,
      educationIsced: p.educationLevel ? iscedGroup(p.educationLevel) : null,
      householdSituation: p.fseHouseholdSituation,
      disability: sensitive ? p.fseDisability : null,
      thirdCountryNational: sensitive ? p.fseThirdCountryNational : null,
      foreignBackground: sensitive ? p.fseForeignBackground : null,
      minority: sensitive ? p.fseMinority : null,
      homeless: p.fseHomeless,
      ruralArea: p.fseRuralArea,
    };
  }

  @ResolveField(() => [String], {
    description: 'Libellés des données FSE+ d’entrée qui manquent encore (vide quand tout est saisi).',
  })
  fseEntryMissing(@Parent() p: Participant): string[] {
    return fseEntryMissing(fseEntryFacts(p));
  }

  @ResolveField(() => Boolean, {
    description: 'Vrai si vous pouvez voir les données sensibles (référent·e, coordination).',
  })
  canSeeSensitive(@CurrentActor() actor: Actor): boolean {
    return canSeeSensitive(actor);
  }

  @ResolveField(() => ParticipantSensitive, {
    nullable: true,
    description:
      'Données sensibles : null pour les rôles qui ne suivent pas la personne (direction, contrôle, prestataires), ou si rien n’est saisi. Chaque lecture est tracée.',
  })
  async sensitive(
    @Parent() p: Participant,
    @CurrentActor() actor: Actor,
    @Context() context: object,
  ): Promise<ParticipantSensitive | null> {
    if (!canSeeSensitive(actor)) return null;
    return participantLoaders(context, this.dataSource).sensitiveByParticipant.load(p.id);
  }
}

/** The author of an audit line, by name. */
@Resolver(() => ParticipantAuditEntry)
export class ParticipantAuditEntryResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => UserSummary, {
    nullable: true,
    description: 'Qui a agi (null pour une intégration ou une action publique).',
  })
  actor(@Parent() entry: ParticipantAuditEntry, @Context() context: object) {
    return loadAuthor(context, this.dataSource, entry.actorUserId);
  }
}
