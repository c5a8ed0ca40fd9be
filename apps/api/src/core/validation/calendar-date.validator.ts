import { isCalendarDate } from '@passerelle/domain';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { InputError } from '../graphql/errors';

export const CALENDAR_DATE_MESSAGE = 'Date invalide (format AAAA-MM-JJ attendu).';

/** A real calendar day written AAAA-MM-JJ (GraphQL carries calendar days as strings). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: { validate: (value) => isCalendarDate(value), defaultMessage: () => CALENDAR_DATE_MESSAGE },
    },
    options,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that are not even UUIDs are answered NOT_FOUND without asking the database. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** For a calendar day given as a plain argument (`@Args('on', { nullable: true }, CalendarDatePipe)`). */
@Injectable()
export class CalendarDatePipe implements PipeTransform<unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === undefined || value === null || isCalendarDate(value)) return value;
    throw new InputError({ [metadata.data ?? 'date']: CALENDAR_DATE_MESSAGE });
  }
}
