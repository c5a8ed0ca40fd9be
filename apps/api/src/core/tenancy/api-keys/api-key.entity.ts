import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import { Structure } from '../structures/structure.entity';
import { CreatedAtField, IdField } from '../../database/columns';

/** A credential for an integration, tied to one structure and a set of scopes. Only its hash is stored. */
@ObjectType()
@Entity('api_keys')
export class ApiKey {
  @IdField() id!: string;

  @Index() @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field() @Column() name!: string;

  @Field({ description: 'Début visible de la clé, pour la reconnaître.' })
  @Index({ unique: true })
  @Column()
  prefix!: string;

  @Column() secretHash!: string;

  @Field(() => [String]) @Column('text', { array: true }) scopes!: string[];

  @Column('uuid', { nullable: true }) createdById!: string | null;

  @CreatedAtField() createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Après cet instant, la clé est refusée.' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
