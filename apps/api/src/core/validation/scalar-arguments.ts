import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLArgument, GraphQLInputType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { InputError, NotFoundError } from '../graphql/errors';
import { isUuid } from './calendar-date.validator';

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

export const NUL_MESSAGE = 'Caractère non autorisé (caractère nul).';
export const INVALID_ID_MESSAGE = 'Identifiant invalide.';

/**
 * Checks what every argument's GraphQL type already tells, whatever the field: no text holds a NUL character
 * (PostgreSQL refuses it), and every `ID` is a UUID. An id given directly as an argument that is not even a UUID
 * designates nothing (NOT_FOUND, as the services answer it); one inside an input is an invalid field.
 */
export function checkScalarArguments(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): void {
  const fields: Record<string, string> = {};
  let unknownId = false;

  const walk = (type: GraphQLInputType, value: unknown, path: string, direct: boolean): void => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return walk(type.ofType, value, path, direct);
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((item, i) => walk(type.ofType, item, join(path, String(i)), direct));
      return;
    }
    if (isInputObjectType(type)) {
      // Field paths as the validation pipe names them: from the input's own fields (`email`, `address.city`).
      const base = direct ? '' : path;
      for (const [name, field] of Object.entries(type.getFields())) {
        walk(field.type, (value as Record<string, unknown>)[name], join(base, name), false);
      }
      return;
    }
    if (!isScalarType(type) || typeof value !== 'string') return;
    if (value.includes('\u0000')) fields[path] = NUL_MESSAGE;
    else if (type.name === 'ID' && !isUuid(value)) {
      if (direct) unknownId = true;
      else fields[path] = INVALID_ID_MESSAGE;
    }
  };

  for (const definition of definitions) walk(definition.type, args[definition.name], definition.name, true);
  if (Object.keys(fields).length) throw new InputError(fields);
  if (unknownId) throw new NotFoundError();
}

/** Runs `checkScalarArguments` before each field that takes arguments, nested ones included. */
export function scalarArgumentsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ args, info }) {
              if (Object.keys(args).length === 0) return;
              const definitions = info.parentType.getFields()[info.fieldName]?.args ?? [];
              checkScalarArguments(definitions, args);
            },
          };
        },
      };
    },
  };
}
