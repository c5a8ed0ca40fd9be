import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { loadAuthor, UserSummary } from '../../../core/tenancy/users/user-summary';
import { ParticipantDocumentsArgs } from './participant-document.dto';
import { ParticipantDocument } from './participant-document.types';
import { ParticipantDocumentsService } from './participant-documents.service';

const ParticipantDocumentConnection = Paginated(ParticipantDocument);

@Resolver(() => ParticipantDocument)
export class ParticipantDocumentsResolver {
  constructor(
    private readonly service: ParticipantDocumentsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Query(() => ParticipantDocumentConnection, {
    description:
      'Les documents du dossier d’un participant (pièces déposées, fiches de liaison, feuilles d’émargement signées des séances suivies, fiches de fin d’immersion), ' +
      'du plus récent au plus ancien. Chaque lecture est tracée. Dépôt : POST /files/participants/:participantId/documents.',
  })
  participantDocuments(@CurrentActor() actor: Actor, @Args() { participantId, ...page }: ParticipantDocumentsArgs) {
    return this.service.list(actor, participantId, page);
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Qui a déposé le fichier ou envoyé la fiche.' })
  author(@Parent() document: ParticipantDocument, @Context() context: object) {
    return loadAuthor(context, this.dataSource, document.authorUserId);
  }
}
