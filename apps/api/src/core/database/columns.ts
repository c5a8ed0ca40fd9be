import { Field, GraphQLISODateTime, ID, Int } from '@nestjs/graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { stacked } from '../validation/fields';

/**
 * The columns most entities declare the same way, each with its GraphQL field, under one name. Each stacks the same
 * decorators as written by hand (`@Field(() => ID) @PrimaryGeneratedColumn('uuid')`…), so schema and tables are
 * unchanged.
 */

/** The uuid primary key, exposed as an `ID`. */
export const IdField = (): PropertyDecorator => stacked(Field(() => ID), PrimaryGeneratedColumn('uuid'));

/** The optimistic-lock version, exposed as an `Int` (updates send back the version they read). */
export const VersionField = (): PropertyDecorator => stacked(Field(() => Int), VersionColumn());

/** The instant the row was inserted (`timestamptz`), exposed as a `DateTime`. */
export const CreatedAtField = (): PropertyDecorator =>
  stacked(Field(() => GraphQLISODateTime), CreateDateColumn({ type: 'timestamptz' }));

/** The instant the row was last saved (`timestamptz`), exposed as a `DateTime`. */
export const UpdatedAtField = (): PropertyDecorator =>
  stacked(Field(() => GraphQLISODateTime), UpdateDateColumn({ type: 'timestamptz' }));
