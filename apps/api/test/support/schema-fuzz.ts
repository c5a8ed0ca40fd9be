import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

export const schema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));

/** Strings that reached SQL unchecked: a non-month, an injection attempt, a NUL byte (refused by PostgreSQL). */
export const GARBAGE = ['zz', `' OR '1'='1`, 'a\u0000b', '9999-99-99'];

export interface FuzzCall {
  operation: 'query' | 'mutation';
  field: string;
  /** Where the garbage went: `arg` or `arg.field.field`. */
  path: string;
  garbage: string;
  query: string;
  variables: Record<string, unknown>;
}

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/** A plausible value for a required input, so that only the garbage under test is wrong. */
function sample(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, depth);
  if (isListType(type)) return [sample(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    const required = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return Object.fromEntries(required.map((f) => [f.name, sample(f.type, depth + 1)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'ID':
        return SAMPLE_ID;
      case 'DateTime':
        return '2026-01-01T00:00:00.000Z';
      default:
        return 'texte';
    }
  }
  return null;
}

const isStringLike = (type: GraphQLInputType) => {
  const named = getNamedType(type);
  return isScalarType(named) && ['String', 'ID'].includes(named.name);
};

/** Every path to a String or ID inside an argument (input objects walked, lists entered). */
function stringPaths(type: GraphQLInputType, prefix: string, depth = 0): string[] {
  if (isStringLike(type)) return [prefix];
  const named = getNamedType(type);
  if (!isInputObjectType(named) || depth > 4) return [];
  return Object.values(named.getFields()).flatMap((f) => stringPaths(f.type, `${prefix}.${f.name}`, depth + 1));
}

/** Builds the value of `arg` with `garbage` at `path` and samples for what else is required on the way. */
function valueWithGarbage(arg: GraphQLArgument, path: string[], garbage: string): unknown {
  const place = (type: GraphQLInputType, rest: string[]): unknown => {
    if (isNonNullType(type)) return place(type.ofType, rest);
    if (isListType(type)) return [place(type.ofType, rest)];
    if (rest.length === 0) return garbage;
    const named = getNamedType(type);
    if (!isInputObjectType(named)) return garbage;
    const base = (sample(named) ?? {}) as Record<string, unknown>;
    const [head, ...tail] = rest;
    return { ...base, [head]: place(named.getFields()[head].type, tail) };
  };
  return place(arg.type, path);
}

function callsFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): FuzzCall[] {
  const calls: FuzzCall[] = [];
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const declarations = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const uses = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${operation}(${declarations}) { ${field.name}(${uses})${selection} }`;
  for (const arg of field.args) {
    for (const path of stringPaths(arg.type, arg.name)) {
      for (const garbage of GARBAGE) {
        const variables: Record<string, unknown> = {};
        for (const other of field.args) {
          if (other === arg) variables[other.name] = valueWithGarbage(arg, path.split('.').slice(1), garbage);
          else if (isNonNullType(other.type) && other.defaultValue === undefined)
            variables[other.name] = sample(other.type);
        }
        calls.push({ operation, field: field.name, path, garbage, query, variables });
      }
    }
  }
  return calls;
}

/** One call per (operation, string argument path, garbage value), for every query and mutation of the schema. */
export function fuzzCalls(): FuzzCall[] {
  const query = Object.values(schema.getQueryType()!.getFields()).flatMap((f) => callsFor('query', f));
  const mutation = Object.values(schema.getMutationType()!.getFields()).flatMap((f) => callsFor('mutation', f));
  return [...query, ...mutation];
}
