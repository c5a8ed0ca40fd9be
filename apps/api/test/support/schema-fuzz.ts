import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
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

export type OperationKind = 'query' | 'mutation' | 'subscription';

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

/** Every root field of the schema (queries, mutations, subscriptions), with its kind. */
export function rootFields(): { operation: OperationKind; field: GraphQLField<unknown, unknown> }[] {
  const roots: [OperationKind, ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([operation, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ operation, field })),
  );
}

/**
 * Chooses a scalar's value by the name of the field or argument that holds it; `undefined` falls back to the
 * generic sample of its type.
 */
export type ScalarPicker = (name: string, type: GraphQLNamedType) => unknown;

/** A plausible value for a required input, so that only the value under test is wrong. */
export function sample(type: GraphQLInputType, depth = 0, pick?: ScalarPicker, name = ''): unknown {
  if (isNonNullType(type)) return sample(type.ofType, depth, pick, name);
  if (isListType(type)) return [sample(type.ofType, depth, pick, name)];
  const picked = pick?.(name, type);
  if (picked !== undefined) return picked;
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    const required = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return Object.fromEntries(required.map((f) => [f.name, sample(f.type, depth + 1, pick, f.name)]));
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

/** Every path (`arg.field.field`) to a scalar inside an argument that `matches` (input objects walked, lists entered). */
export function inputPaths(
  type: GraphQLInputType,
  prefix: string,
  matches: (type: GraphQLInputType, name: string) => boolean,
  depth = 0,
): string[] {
  if (matches(type, prefix.split('.').pop()!)) return [prefix];
  const named = getNamedType(type);
  if (!isInputObjectType(named) || depth > 4) return [];
  return Object.values(named.getFields()).flatMap((f) => inputPaths(f.type, `${prefix}.${f.name}`, matches, depth + 1));
}

/**
 * The value of an argument of `type` with `values` placed at their paths (relative to the argument, `[]` for the
 * argument itself), and samples for what else is required on the way.
 */
export function valueWith(
  type: GraphQLInputType,
  values: { path: string[]; value: unknown }[],
  pick?: ScalarPicker,
  name = '',
): unknown {
  const here = values.find((v) => v.path.length === 0);
  if (here) return isListType(isNonNullType(type) ? type.ofType : type) ? [here.value] : here.value;
  if (isNonNullType(type)) return valueWith(type.ofType, values, pick, name);
  if (isListType(type)) return [valueWith(type.ofType, values, pick, name)];
  if (!isInputObjectType(type)) return sample(type, 0, pick, name);
  const base = (sample(type, 0, pick, name) ?? {}) as Record<string, unknown>;
  const fields = type.getFields();
  const heads = [...new Set(values.map((v) => v.path[0]))];
  for (const head of heads) {
    const below = values.filter((v) => v.path[0] === head).map((v) => ({ ...v, path: v.path.slice(1) }));
    base[head] = valueWith(fields[head].type, below, pick, head);
  }
  return base;
}

/** The document calling one root field with every argument as a variable, and `selection` on what it returns. */
export function operationDocument(
  operation: OperationKind,
  field: GraphQLField<unknown, unknown>,
  selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '',
): string {
  const declarations = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const uses = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const list = (text: string) => (text ? `(${text})` : '');
  return `${operation}${list(declarations)} { ${field.name}${list(uses)} ${selection} }`;
}

/** Samples for the required arguments of `field`, except those given in `given`. */
export function argumentsWith(
  field: GraphQLField<unknown, unknown>,
  given: Record<string, unknown>,
  pick?: ScalarPicker,
  /** Also send the arguments that have a default (the document declares them without it). */
  defaults = false,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (arg.name in given) variables[arg.name] = given[arg.name];
    else if (defaults && arg.defaultValue !== undefined) variables[arg.name] = arg.defaultValue;
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined)
      variables[arg.name] = sample(arg.type, 0, pick, arg.name);
  }
  return variables;
}

function valueWithGarbage(arg: GraphQLArgument, path: string[], garbage: string): unknown {
  return valueWith(arg.type, [{ path, value: garbage }]);
}

function callsFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): FuzzCall[] {
  const calls: FuzzCall[] = [];
  const query = operationDocument(operation, field);
  for (const arg of field.args) {
    for (const path of inputPaths(arg.type, arg.name, isStringLike)) {
      for (const garbage of GARBAGE) {
        const variables = argumentsWith(field, {
          [arg.name]: valueWithGarbage(arg, path.split('.').slice(1), garbage),
        });
        calls.push({ operation, field: field.name, path, garbage, query, variables });
      }
    }
  }
  return calls;
}

/** One call per (operation, string argument path, garbage value), for every query and mutation of the schema. */
export function fuzzCalls(): FuzzCall[] {
  return rootFields()
    .filter((r): r is { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> } =>
      ['query', 'mutation'].includes(r.operation),
    )
    .flatMap((r) => callsFor(r.operation, r.field));
}
