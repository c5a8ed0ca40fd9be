import { Field, FieldOptions, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { IsCalendarDate } from './calendar-date.validator';

/**
 * The GraphQL field and validation decorators that input types repeat, each set under one name (in the spirit of
 * immich's `validation.ts`). Each composite declares the same field and the same constraints, in the same order, as
 * its decorators stacked by hand: the first failing constraint is the one whose message is answered.
 */

type Thunk = () => new (...args: never[]) => unknown;
type Enum = Record<string, string | number>;

/** Applies decorators as if written stacked above a property, top to bottom (so the last one applies first). */
export function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorator of [...decorators].reverse()) decorator(target, key);
  };
}

const nullable = (field?: FieldOptions): FieldOptions => ({ nullable: true, ...field });

/** An optional input object (a filter, an address…), validated in depth. */
export const OptionalNested = (type: Thunk, field?: FieldOptions): PropertyDecorator =>
  stacked(Field(type, nullable(field)), IsOptional(), ValidateNested(), Type(type));

/** A list of input objects, each validated in depth, of at most `max` items. */
export const NestedList = (type: Thunk, max: number, field?: FieldOptions): PropertyDecorator =>
  stacked(
    Field(() => [type()], field),
    IsArray(),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(type),
  );

/** An optional list of input objects (absent or null: unchanged), each validated in depth. */
export const OptionalNestedList = (type: Thunk, max: number, field?: FieldOptions): PropertyDecorator =>
  stacked(
    Field(() => [type()], nullable(field)),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(type),
  );

/** An optional value of a GraphQL enum. */
export const OptionalEnum = (values: Enum, field?: FieldOptions, validation?: ValidationOptions): PropertyDecorator =>
  stacked(
    Field(() => values, nullable(field)),
    IsOptional(),
    IsEnum(values, validation),
  );

/** An optional id (a UUID, else `message`). */
export const OptionalId = (message: string, field?: FieldOptions): PropertyDecorator =>
  stacked(
    Field(() => ID, nullable(field)),
    IsOptional(),
    IsUUID('all', { message }),
  );

/** An optional calendar day (AAAA-MM-JJ, else `message` or the default one). */
export const OptionalDay = (message?: string, field?: FieldOptions): PropertyDecorator =>
  stacked(
    Field(() => String, nullable(field)),
    IsOptional(),
    IsCalendarDate(message ? { message } : undefined),
  );

/** A text that may not be blank, of at most `max` characters (`message` when blank). */
export const RequiredText = (max: number, message: string, field?: FieldOptions): PropertyDecorator =>
  stacked(
    Field(() => String, field),
    IsString(),
    IsNotEmpty({ message }),
    MaxLength(max),
  );

/** An optional text (absent: unchanged) that may not be blank when given, of at most `max` characters. */
export const OptionalText = (max: number, message: string, field?: FieldOptions): PropertyDecorator =>
  stacked(
    Field(() => String, nullable(field)),
    IsOptional(),
    IsString(),
    IsNotEmpty({ message }),
    MaxLength(max),
  );

/** An optional text (absent: unchanged; null or blank: cleared, as the service decides) of at most `max` characters. */
export const OptionalString = (max: number, field?: FieldOptions): PropertyDecorator =>
  stacked(
    Field(() => String, nullable(field)),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );

/** A French phone number (0X XX XX XX XX or +33…, spaces, dots or dashes between pairs). */
export const PHONE = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

/** An optional French phone number. */
export const OptionalPhone = (field?: FieldOptions): PropertyDecorator =>
  stacked(
    Field(() => String, nullable(field)),
    IsOptional(),
    Matches(PHONE, { message: 'Numéro de téléphone invalide (ex. 06 12 34 56 78).' }),
  );

/** An optional e-mail address (at most 254 characters). */
export const OptionalEmail = (field?: FieldOptions): PropertyDecorator =>
  stacked(
    Field(() => String, nullable(field)),
    IsOptional(),
    IsEmail({}, { message: 'Adresse e-mail invalide.' }),
    MaxLength(254),
  );
