import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MlActivityMeasure, MlContactKind } from '@passerelle/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CreatedAtField, VersionField } from '../../core/database/columns';

registerEnumType(MlContactKind, { name: 'MlContactKind', description: 'Type de contact de la Mission Locale.' });
registerEnumType(MlActivityMeasure, { name: 'MlActivityMeasure' });

/**
 * One contact of a Mission Locale with a young person (CEJ or not): first welcome, individual interview, workshop,
 * phone call, e-mail or visit; by whom, where (branch), with a short non-sensitive note. Seeds 000 and 003.
 */
@ObjectType({ description: 'Un contact de la Mission Locale avec un ou une jeune (CEJ ou non).' })
@Entity('ml_contacts')
@Index('IDX_ml_contacts_structure_date', ['structureId', 'date'])
@Index('IDX_ml_contacts_participant_date', ['participantId', 'date'])
export class MlContact {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_ml_contacts' }) id!: string;
  @Field(() => ID) @Column('uuid') structureId!: string;
  @Field(() => ID) @Column('uuid') participantId!: string;
  @Field(() => MlContactKind)
  @Column({ type: 'enum', enum: MlContactKind, enumName: 'ml_contact_kind' })
  kind!: MlContactKind;
  @Field({ description: 'Jour du contact.' }) @Column({ type: 'date' }) date!: string;
  @Field(() => ID, { description: 'Le conseiller ou la conseillère qui a eu le contact.' })
  @Index('IDX_ml_contacts_userId')
  @Column('uuid')
  userId!: string;
  @Field(() => ID, { nullable: true, description: 'L’antenne où le contact a eu lieu.' })
  @Index('IDX_ml_contacts_branchId')
  @Column('uuid', { nullable: true })
  branchId!: string | null;
  @Field(() => String, { nullable: true, description: 'Note courte, sans donnée sensible.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column('uuid', { nullable: true }) createdByUserId!: string | null;
}
