import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContactMode, FollowUpKind } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import { PliePath } from '../paths/plie-path.entity';
import '../plie.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** The follow-up log: interviews, reminders ("relances") and collective meetings. */
@ObjectType({ description: 'Une ligne du suivi : entretien, relance ou réunion collective.' })
@Entity('plie_follow_ups')
@Index('IDX_plie_follow_ups_path_date', ['pathId', 'date'])
export class FollowUp {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') pathId!: string;
  @ManyToOne(() => PliePath, { onDelete: 'CASCADE' }) path?: Relation<PliePath>;

  @Field(() => FollowUpKind)
  @Column({ type: 'enum', enum: FollowUpKind, enumName: 'follow_up_kind' })
  kind!: FollowUpKind;
  @Field() @Column({ type: 'date' }) date!: string;
  @Field(() => Int, { nullable: true, description: 'Durée en minutes (entretiens, réunions).' })
  @Column({ type: 'int', nullable: true })
  durationMinutes!: number | null;
  @Field(() => ContactMode, { nullable: true })
  @Column({ type: 'enum', enum: ContactMode, enumName: 'contact_mode', nullable: true })
  mode!: ContactMode | null;
  @Field(() => String, { nullable: true, description: 'Compte rendu (entretien) ou objet.' })
  @Column({ type: 'text', nullable: true })
  summary!: string | null;
  @Field(() => String, { nullable: true, description: 'Thème de la réunion collective.' })
  @Column({ type: 'varchar', nullable: true })
  topic!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Relance : la personne a-t-elle répondu ?' })
  @Column({ type: 'boolean', nullable: true })
  answered!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Réunion collective : la personne est-elle venue ?' })
  @Column({ type: 'boolean', nullable: true })
  attended!: boolean | null;

  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) byUserId!: string | null;
  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}
