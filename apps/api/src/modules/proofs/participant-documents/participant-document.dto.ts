import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PARTICIPANT_DOCUMENT_KINDS, ProofKind } from '@passerelle/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';

@ArgsType()
export class ParticipantDocumentsArgs extends PageArgs {
  @Field(() => ID) @IsUUID('all', { message: 'Participant introuvable.' }) participantId!: string;
}

/** The form fields sent with the multipart upload of a document onto a participant's file (REST). */
export class UploadParticipantDocumentBody {
  @IsIn(PARTICIPANT_DOCUMENT_KINDS, {
    message: 'Nature de document inconnue : CV, pièce d’identité, courrier, document numérisé ou autre.',
  })
  kind!: ProofKind;
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'La description fait au plus 500 caractères.' })
  description?: string;
}
