import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  DocumentNode,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  OperationDefinitionNode,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
} from 'graphql';
import { documentLimitRules, MAX_QUERY_ALIASES, MAX_QUERY_COMPLEXITY, queryCost } from './query-cost';

const schema = buildSchema(readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8'));

/** The web client's operations, as codegen wrote them (one JSON document per line). */
function webDocuments(): [string, DocumentNode][] {
  const source = readFileSync(join(__dirname, '../../../../web/src/generated/graphql.ts'), 'utf8');
  return [...source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)].map(
    ([, name, json]) => [name, JSON.parse(json) as DocumentNode],
  );
}

/** A value of the variable's type, with the largest page the API accepts for every `first`. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type, f.name)]));
  }
  if (isScalarType(type)) {
    if (type.name === 'Int') return name === 'first' ? 100 : 1;
    if (type.name === 'Float') return 1;
    if (type.name === 'Boolean') return true;
    if (type.name === 'ID') return '00000000-0000-4000-8000-000000000000';
    if (type.name === 'DateTime') return '2026-01-01T00:00:00.000Z';
    return '2026-01-01';
  }
  throw new Error(`No sample for ${String(type)}`);
}

function worstCaseVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
    if (isNonNullType(type) || name === 'first') variables[name] = sample(type, name);
  }
  return variables;
}

const participantsPage = (alias: string, first: number) =>
  `${alias}: participants(first: ${first}) { edges { node { id firstName branch { id name } } } }`;

describe('query cost', () => {
  it('keeps every operation of the web client under the ceiling, with pages of 100 wherever the size is a variable', () => {
    const costs: [string, number][] = [];
    for (const [name, document] of webDocuments()) {
      expect(validate(schema, document, documentLimitRules())).toEqual([]);
      const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
      costs.push([name, queryCost(schema, document, undefined, worstCaseVariables(operation))]);
    }
    expect(costs.length).toBeGreaterThan(100);
    const over = costs.filter(([, cost]) => cost > MAX_QUERY_COMPLEXITY);
    expect(over).toEqual([]);
    if (process.env.SHOW_COSTS) console.log(costs.sort((a, b) => b[1] - a[1]).slice(0, 10));
  });

  it('multiplies by page sizes: sixty aliased pages of 100 participants are refused, one page of 100 is not', () => {
    const one = queryCost(schema, parse(`{ ${participantsPage('a', 100)} }`));
    expect(one).toBeLessThan(MAX_QUERY_COMPLEXITY / 10);
    // Each participant costs its edge's node and its branch: two objects.
    expect(one).toBe(1 + 100 * 2);
    const sixty = Array.from({ length: 60 }, (_, i) => participantsPage(`p${i}`, 100)).join(' ');
    expect(queryCost(schema, parse(`{ ${sixty} }`))).toBeGreaterThan(MAX_QUERY_COMPLEXITY);
  });

  it('costs a page larger than allowed at the largest, so that validation says what is wrong with it', () => {
    expect(queryCost(schema, parse(`{ participants(first: 1000) { edges { node { id branch { id } } } } }`))).toBe(
      1 + 100 * 2,
    );
  });

  it('counts the schema’s default page size when `first` is left out', () => {
    expect(queryCost(schema, parse(`{ participants { edges { node { id branch { id } } } } }`))).toBe(1 + 20 * 2);
  });

  it('refuses more aliases than the cap, counted through fragments, with a French message', () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(validate(schema, parse(`{ ${aliases(MAX_QUERY_ALIASES)} }`), documentLimitRules())).toEqual([]);
    const viaFragment = parse(`{ ...F } fragment F on Query { ${aliases(MAX_QUERY_ALIASES + 1)} }`);
    expect(validate(schema, viaFragment, documentLimitRules()).map((e) => e.message)).toEqual([
      `Trop d’alias dans la requête : au plus ${MAX_QUERY_ALIASES}.`,
    ]);
  });

  it('answers a cyclic fragment with validation errors instead of overflowing the stack', () => {
    const cyclic = parse(`{ me { ...A } } fragment A on Me { id ...B } fragment B on Me { fullName ...A }`);
    const errors = validate(schema, cyclic, [...specifiedRules, ...documentLimitRules()]);
    expect(errors.map((e) => e.message)).toContain('Cannot spread fragment "A" within itself via "B".');
  });
});
