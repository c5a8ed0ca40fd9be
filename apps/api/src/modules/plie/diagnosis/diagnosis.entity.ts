import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ObstacleKind, ObstacleSeverity, ObstacleStatus } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import { PliePath } from '../paths/plie-path.entity';
import '../plie.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** The socio-professional diagnosis: what the référent found, and the professional project. */
@ObjectType({ description: 'Diagnostic socio-professionnel.' })
@Entity('plie_diagnoses')
export class Diagnosis {
  @IdField() id!: string;
  @Field(() => ID) @Index() @Column('uuid') pathId!: string;
  @ManyToOne(() => PliePath, { onDelete: 'CASCADE' }) path?: Relation<PliePath>;

  @Field({ description: 'Jour du diagnostic.' }) @Column({ type: 'date' }) date!: string;
  @Field() @Column({ type: 'text' }) summary!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) professionalProject!:
    string | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) byUserId!: string | null;
  @CreatedAtField() createdAt!: Date;
}

/** An obstacle to employment ("frein") and how far it is lifted. */
@ObjectType({ description: 'Un frein à l’emploi, sa gravité et son traitement.' })
@Entity('plie_obstacles')
export class Obstacle {
  @IdField() id!: string;
  @Field(() => ID) @Index() @Column('uuid') pathId!: string;
  @ManyToOne(() => PliePath, { onDelete: 'CASCADE' }) path?: Relation<PliePath>;

  @Field(() => ObstacleKind)
  @Column({ type: 'enum', enum: ObstacleKind, enumName: 'obstacle_kind' })
  kind!: ObstacleKind;
  @Field(() => ObstacleSeverity)
  @Column({ type: 'enum', enum: ObstacleSeverity, enumName: 'obstacle_severity' })
  severity!: ObstacleSeverity;
  @Field(() => ObstacleStatus)
  @Column({ type: 'enum', enum: ObstacleStatus, enumName: 'obstacle_status', default: ObstacleStatus.IDENTIFIED })
  status!: ObstacleStatus;
  @Field(() => String, {
    nullable: true,
    description: 'Ce qui est fait pour le lever (sans donnée de santé : elles vont dans les données sensibles).',
  })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
  @Field() @Column({ type: 'date' }) identifiedOn!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) liftedOn!: string | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}
