import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLArgument, GraphQLInputType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { InputError } from '../graphql/errors';

export const NUL_MESSAGE = 'Caractère non autorisé (caractère nul).';

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/**
 * No text argument, at any depth of any field, holds a NUL character: PostgreSQL refuses it in text, so it would
 * otherwise fail deep in SQL. Field paths are named as the validation pipe names them (from the input's own fields).
 */
export function checkScalarArguments(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): void {
  const fields: Record<string, string> = {};
  const walk = (type: GraphQLInputType, value: unknown, path: string, direct: boolean): void => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return walk(type.ofType, value, path, direct);
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((item, i) => walk(type.ofType, item, join(path, String(i)), direct));
      return;
    }
    if (isInputObjectType(type)) {
      const base = direct ? '' : path;
      for (const [name, field] of Object.entries(type.getFields())) {
        walk(field.type, (value as Record<string, unknown>)[name], join(base, name), false);
      }
      return;
    }
    if (typeof value === 'string' && value.includes('\u0000')) fields[path] = NUL_MESSAGE;
  };
  for (const definition of definitions) walk(definition.type, args[definition.name], definition.name, true);
  if (Object.keys(fields).length) throw new InputError(fields);
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
              checkScalarArguments(info.parentType.getFields()[info.fieldName]?.args ?? [], args);
            },
          };
        },
      };
    },
  };
}
