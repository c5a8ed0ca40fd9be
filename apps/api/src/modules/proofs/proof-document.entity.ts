import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProofKind } from '@passerelle/domain';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import '../markets/markets.enums';
import { IdField } from '../../core/database/columns';

/**
 * A proof (scan, signed attendance sheet, mail, extraction), stored through the FileStore (disk or bucket) with its SHA-256, and kept
 * until the programme's closure date: it cannot be deleted before `keepUntil`.
 */
@ObjectType({
  description: 'Un justificatif (feuille signée, scan, courrier…), son empreinte SHA-256, et sa date de conservation.',
})
@Entity('proof_documents')
@Index('IDX_proof_documents_structure_uploaded', ['structureId', 'uploadedAt'])
@Index('IDX_proof_documents_lot', ['lotId'])
@Index('IDX_proof_documents_sha256', ['sha256'])
@Index('IDX_proof_documents_participant_uploaded', ['participantId', 'uploadedAt'])
export class ProofDocument {
  @IdField() id!: string;
  /** The structure that holds the proof (the provider that uploaded it, usually). */
  @Field(() => ID) @Column('uuid') structureId!: string;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) lotId!: string | null;
  /** The operator of the lot, who reads the proofs too. */
  @Index() @Column('uuid', { nullable: true }) operatorStructureId!: string | null;
  /** Set for a document put directly on a participant's file (CV, ID, a mail): only the participant's structure reads it. */
  @Column('uuid', { nullable: true }) participantId!: string | null;
  @Field(() => ProofKind) @Column({ type: 'enum', enum: ProofKind, enumName: 'proof_kind' }) kind!: ProofKind;
  @Field() @Column() fileName!: string;
  @Field() @Column() mimeType!: string;
  @Field(() => Int, { description: 'Taille en octets.' }) @Column('int') size!: number;
  @Field({ description: 'Empreinte SHA-256 du fichier (hexadécimal).' })
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;
  /** Storage key (`2026-12/<id>.pdf`): relative to FILES_DIR on disk, the object's key in a bucket. */
  @Column() storagePath!: string;
  @Field({ description: 'Conservé au moins jusqu’à ce jour (clôture du programme) ; ne peut être supprimé avant.' })
  @Column({ type: 'date' })
  keepUntil!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', nullable: true }) description!: string | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) uploadedByUserId!: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) uploadedAt!: Date;
}
