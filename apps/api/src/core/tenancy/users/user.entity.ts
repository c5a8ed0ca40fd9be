import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@passerelle/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, Relation, VersionColumn } from 'typeorm';
import { Structure, StructureSummary } from '../structures/structure.entity';
import { CreatedAtField, IdField } from '../../database/columns';

registerEnumType(Role, { name: 'Role' });

@ObjectType()
@Entity('users')
export class User {
  @IdField() id!: string;

  /** Stored lower-cased; unique. */
  @Field() @Index({ unique: true }) @Column() email!: string;

  @Field() @Column() fullName!: string;

  @Column() passwordHash!: string;

  @Column({ type: 'int', default: 0 }) failedLoginCount!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) lastLoginAt!: Date | null;

  /** Notifications are e-mailed too (the user's choice; in-app notifications are always kept). */
  @Column({ default: true }) notificationEmails!: boolean;

  @VersionColumn() version!: number;
  @CreatedAtField() createdAt!: Date;
}

/** A user's role in one structure. */
@ObjectType()
@Entity('memberships')
export class Membership {
  @PrimaryColumn('uuid') userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user?: Relation<User>;

  @Index() @PrimaryColumn('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field(() => Role) @Column({ type: 'enum', enum: Role, enumName: 'role' }) role!: Role;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** A membership as GraphQL shows it, with the structure resolved. */
@ObjectType('Membership')
export class MembershipView {
  @Field(() => StructureSummary) structure!: StructureSummary;
  @Field(() => Role) role!: Role;
}
