import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';

@InputType()
export class RecordPathConsentInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) version?: number;
  @Field({ description: 'Jour où la personne a donné son accord (AAAA-MM-JJ).' })
  @IsCalendarDate({ message: 'Date invalide (format AAAA-MM-JJ attendu).' })
  givenOn!: string;
  @Field(() => ID, {
    description:
      'Le justificatif signé : un justificatif du lot (`POST /files/proofs`) ou un document du dossier, de votre structure.',
  })
  @IsUUID('all', { message: 'Joignez le document signé par la personne.' })
  proofId!: string;
}
