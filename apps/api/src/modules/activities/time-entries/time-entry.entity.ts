import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HourKind } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Lot } from '../../markets/lots/lot.entity';
import '../../markets/markets.enums';
import { Orientation } from '../../orientations/orientations/orientation.entity';
import { CreatedAtField, IdField } from '../../../core/database/columns';

/** Staff time on a lot, by kind; where the lot asks, tied to its participants (seed 001, lot 3). */
@ObjectType({
  description:
    'Du temps d’intervenant sur un lot : face à face, préparation ou coordination, lié le cas échéant aux participants du lot.',
})
@Entity('time_entries')
@Index('IDX_time_entries_lot_date', ['lotId', 'date'])
@Index('IDX_time_entries_provider_date', ['providerStructureId', 'date'])
export class TimeEntry {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') lotId!: string;
  @ManyToOne(() => Lot, { onDelete: 'RESTRICT' }) lot?: Relation<Lot>;
  @Column('uuid') structureId!: string;
  @Column('uuid') providerStructureId!: string;
  @Field(() => ID, { nullable: true, description: 'L’intervenant·e.' }) @Column('uuid', { nullable: true }) userId!:
    string | null;
  @Field() @Column({ type: 'date' }) date!: string;
  @Field(() => HourKind) @Column({ type: 'enum', enum: HourKind, enumName: 'hour_kind' }) kind!: HourKind;
  @Field(() => Int) @Column('int') minutes!: number;
  @Field() @Column({ type: 'text' }) description!: string;
  @Field(() => ID, { nullable: true }) @Index() @Column('uuid', { nullable: true }) proofId!: string | null;
  @CreatedAtField() createdAt!: Date;
}

@Entity('time_entry_participants')
export class TimeEntryParticipant {
  @PrimaryColumn('uuid') timeEntryId!: string;
  @ManyToOne(() => TimeEntry, { onDelete: 'CASCADE' }) timeEntry?: Relation<TimeEntry>;
  @Index() @PrimaryColumn('uuid') orientationId!: string;
  @ManyToOne(() => Orientation, { onDelete: 'CASCADE' }) orientation?: Relation<Orientation>;
  /** The orientation's operator and provider, copied by a database trigger for row-level security (never written by the app). */
  @Column({ type: 'uuid', insert: false, update: false }) structureId!: string;
  @Column({ type: 'uuid', insert: false, update: false }) providerStructureId!: string;
}
