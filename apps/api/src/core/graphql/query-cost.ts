import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isLeafType,
  isListType,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from './pagination';

/** Nesting of fields below the root field (`{ a { b } }` is 1 deep), as graphql-depth-limit counted it. */
export const MAX_QUERY_DEPTH = 10;
/** Estimated objects an operation may load (see `objectCountEstimator`). */
export const MAX_QUERY_COMPLEXITY = 5000;
/** Aliased fields in one operation, fragments included (`__typename` is free). */
export const MAX_QUERY_ALIASES = 30;
/** Size assumed for a plain list field (not a paginated connection): such lists are small by construction. */
export const ASSUMED_LIST_SIZE = 10;

/**
 * Cost of an operation ≈ the number of objects it may load: a scalar is free, an object costs 1, a connection costs
 * its page size (`first`, after the schema's default) times what one edge costs, a plain list `ASSUMED_LIST_SIZE`
 * times one element. Aliases are separate fields, so each alias pays its own cost.
 */
export const objectCountEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return 0;
  if (named.name.endsWith('Connection')) {
    // A larger page is refused by validation with its own message: costing it at the largest keeps that message.
    const pageSize = typeof args.first === 'number' && args.first > 0 ? Math.min(args.first, MAX_PAGE_SIZE) : 1;
    return 1 + pageSize * childComplexity;
  }
  // The page size was counted on the connection: its `edges` list holds exactly that many.
  if (type.name.endsWith('Connection') && field.name === 'edges') return childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + ASSUMED_LIST_SIZE * childComplexity;
  return 1 + childComplexity;
};

/** The estimated cost of one operation of `document`; throws on variables that do not fit their types. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Record<string, unknown> = {},
): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables,
    estimators: [objectCountEstimator],
  });
}

export function tooComplexError(cost: number): GraphQLError {
  return new GraphQLError(
    `Requête trop coûteuse (${cost} objets estimés, au plus ${MAX_QUERY_COMPLEXITY}) : demandez des pages plus petites ou moins de champs.`,
    { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
  );
}

/**
 * Validation rules for the shape of a document. The armor rules would throw their (English) error out of
 * `validate`, which Apollo answers with a 500; they report a French validation error (400) instead. Their
 * fragment walk remembers visited fragments, so a cyclic fragment is left to graphql-js's NoFragmentCycles rule.
 */
export function documentLimitRules(): ValidationRule[] {
  const report = (message: string) => [
    (context: ValidationContext | null) => context?.reportError(new GraphQLError(message)),
  ];
  return [
    maxDepthRule({
      // The armor rule counts the root field as level 1.
      n: MAX_QUERY_DEPTH + 1,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: report(`Requête trop profonde : au plus ${MAX_QUERY_DEPTH} niveaux d’imbrication.`),
    }),
    maxAliasesRule({
      n: MAX_QUERY_ALIASES,
      propagateOnRejection: false,
      onReject: report(`Trop d’alias dans la requête : au plus ${MAX_QUERY_ALIASES}.`),
    }),
  ];
}
