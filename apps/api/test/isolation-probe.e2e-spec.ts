import { addDays, API_KEY_SCOPES, Permission, Role, ROLE_PERMISSIONS, todayInParis } from '@passerelle/domain';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  isListType,
  isNonNullType,
  isEnumType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { AccessRule } from '../src/core/auth/access.decorator';
import { fictitiousSiret } from '../src/seed/demo-structures';
import { accessRules, ROOT_TYPE } from './support/access-rules';
import { CROSS_STRUCTURE_TESTS, PUBLIC_OPERATIONS, SHARED_READS } from './support/operation-registry';
import {
  argumentsWith,
  inputPaths,
  operationDocument,
  OperationKind,
  rootFields,
  ScalarPicker,
  valueWith,
} from './support/schema-fuzz';
import { admitToPlie } from './support/plie-admission';
import { GqlOptions, GqlResult, TestApp } from './support/test-app';

/**
 * Tenant isolation, driven by the schema: every operation that takes an id is called by the users (and an API key)
 * of freshly created structures with the ids of the demo structures' records. Each call must be refused
 * (NOT_FOUND or FORBIDDEN) or, for a list filtered by the foreign id, come back empty; and no row of the other
 * structures may change. An operation the probe cannot feed must name the e2e test that proves its isolation in
 * test/support/operation-registry.ts, so a new operation without a cross-structure test fails here.
 */

/** The table holding the record an id names, by the name of the argument or input field that carries it. */
const TABLE_BY_NAME: Record<string, string> = {
  actionId: 'cej_actions',
  awardedStructureId: 'structures',
  bidId: 'bids',
  branchId: 'branches',
  cohortId: 'cej_cohorts',
  committeeId: 'plie_committees',
  contractId: 'cej_contracts',
  contractIds: 'cej_contracts',
  conventionId: 'conventions',
  counsellorUserId: 'users',
  criterionId: 'market_scoring_criteria',
  enrolmentId: 'session_enrolments',
  fileId: 'plie_committee_files',
  indicatorId: 'payment_indicators',
  lotId: 'lots',
  marketId: 'markets',
  memberId: 'structures',
  memberIds: 'structures',
  networkId: 'structures',
  orientationId: 'orientations',
  orientationIds: 'orientations',
  participantId: 'participants',
  pathId: 'plie_paths',
  proofId: 'proof_documents',
  providerStructureId: 'structures',
  referentUserId: 'users',
  renewalId: 'cej_renewals',
  sessionId: 'activity_sessions',
  structureId: 'structures',
  userId: 'users',
  workshopId: 'cej_digital_workshops',
};

/** The table of the record named by a bare `id` (or `ids`), by the type the operation returns. */
const TABLE_BY_TYPE: Record<string, string> = {
  ActivitySession: 'activity_sessions',
  ApiKey: 'api_keys',
  ApprovalCommittee: 'plie_committees',
  Assessment: 'assessments',
  Branch: 'branches',
  CejAction: 'cej_actions',
  CejBookletEntry: 'cej_booklet_entries',
  CejCohort: 'cej_cohorts',
  CejContract: 'cej_contracts',
  CejDigitalPlanItem: 'cej_digital_plan_items',
  CejMarketKnowledge: 'cej_market_knowledge',
  CejPositioning: 'cej_positionings',
  CejTransversalSkill: 'cej_transversal_skills',
  ExitProposal: 'exit_proposals',
  FollowUp: 'plie_follow_ups',
  Immersion: 'immersions',
  Lot: 'lots',
  Market: 'markets',
  Obstacle: 'plie_obstacles',
  Orientation: 'orientations',
  OrientedParticipant: 'participants',
  Participant: 'participants',
  PathStep: 'plie_steps',
  PaymentIndicator: 'payment_indicators',
  PliePath: 'plie_paths',
  ProofDocument: 'proof_documents',
  Report: 'reports',
  RetentionReview: 'retention_reviews',
  Structure: 'structures',
};

/** Where the name or the returned type does not tell: `operation.path` → table. */
const TABLE_BY_PATH: Record<string, string> = {
  'deleteBranch.id': 'branches',
  'deleteCejAction.id': 'cej_actions',
  'deleteProof.id': 'proof_documents',
  'markNotificationsRead.input.ids': 'notifications',
  'submitBid.input.lotId': 'awarded lots',
  'recordCejWorkshopAttendance.input.enrolmentId': 'cej_digital_enrolments',
};

/** Records that stand for a table where not every row is foreign: `name` → FROM clause. */
const FOREIGN_SETS: Record<string, string> = {
  // Open calls take bids from every provider by design (`openLots`): an awarded lot is closed to other providers.
  'awarded lots': `(SELECT * FROM lots WHERE "awardedStructureId" IS NOT NULL)`,
};

/** Tables that the probe's own callers write to (their sessions, their key's last use): left out of the checksum. */
const CALLERS_TABLES = ['auth_sessions', 'refresh_tokens', 'api_keys', 'audit_logs', 'migrations', 'outbox_jobs'];

const PASSWORD = 'Sonde-isolation-2026';

/** Plausible scalars by field name, so that a call fails on the foreign id rather than on a malformed date. */
const pick: ScalarPicker = (name: string, type: GraphQLNamedType) => {
  if (isEnumType(type) && type.name === 'FollowUpKind') return 'REMINDER';
  if (isScalarType(type) && type.name === 'Int' && name === 'year') return 2026;
  if (!isScalarType(type) || type.name !== 'String') return undefined;
  if (/month/i.test(name)) return '2026-01-01';
  if (/time$/i.test(name)) return '09:00';
  if (/(price|amount|income)/i.test(name)) return '1000';
  if (name === 'mark' || name === 'hours') return '10';
  if (name === 'competence') return '1.1';
  if (name === 'code') return 'SONDE';
  if (name === 'key') return 'summary';
  if (/(date|day|on|from|to|at|since|until|start|end)$/i.test(name) || /^(from|to|on|asOf)$/.test(name))
    return '2026-01-15';
  if (/email/i.test(name)) return 'sonde@isolation.test';
  return undefined;
};

/** Every scalar of a type, objects entered down to `depth` (fields that need arguments left out). */
function scalarSelection(type: GraphQLNamedType, depth = 2): string {
  if (!isObjectType(type)) return '';
  const parts = Object.values(type.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
    .map((f) => {
      const named = getNamedType(f.type);
      if (!isObjectType(named)) return f.name;
      if (depth === 0) return '';
      const inner = scalarSelection(named, depth - 1);
      return inner ? `${f.name} ${inner}` : '';
    })
    .filter(Boolean);
  return parts.length ? `{ ${parts.join(' ')} }` : '';
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

const isIdPath = (type: GraphQLInputType, name: string) => {
  const named = getNamedType(type);
  return isScalarType(named) && (named.name === 'ID' || /Ids?$/.test(name));
};

interface Actor {
  label: string;
  /** Callers of one group are interchangeable for the probe: the same structure, or the API key. */
  group: string;
  permissions: ReadonlySet<Permission>;
  options: GqlOptions;
}

interface Probe {
  operation: OperationKind;
  field: GraphQLField<unknown, unknown>;
  path: string;
  table: string;
}

/** What the caller may select on the result to tell an empty list from data. */
function selectionOf(field: GraphQLField<unknown, unknown>): {
  selection: string;
  kind: 'connection' | 'list' | 'one';
} {
  const named = getNamedType(field.type);
  const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (isObjectType(named) && 'edges' in named.getFields())
    return { selection: '{ edges { cursor } }', kind: 'connection' };
  if (isListType(unwrapped)) return { selection: isObjectType(named) ? '{ __typename }' : '', kind: 'list' };
  return { selection: isObjectType(named) ? '{ __typename }' : '', kind: 'one' };
}

function tableOf(operation: string, field: GraphQLField<unknown, unknown>, path: string): string | undefined {
  const leaf = path.split('.').pop()!;
  return (
    TABLE_BY_PATH[`${operation}.${path}`] ??
    TABLE_BY_NAME[leaf] ??
    (['id', 'ids'].includes(leaf) ? TABLE_BY_TYPE[getNamedType(field.type).name] : undefined)
  );
}

/**
 * The demo data has no delivered activity: the PLIE of Lunel orients participants to lots of Cap Compétences, which
 * receives them, plans a session, an immersion and an assessment, reminds one in vain (an exit proposal), uploads a
 * proof; the MLIFE prepares a report and makes an API key;
 * all through their own mutations.
 */
async function buildForeignActivity(t: TestApp): Promise<void> {
  const referent = await t.login('referente@plie-lunel.test');
  const provider = await t.login('prestataire@cap-competences.test');
  const day = (offset: number) => addDays(todayInParis(), offset);
  const ok = async (query: string, input: Record<string, unknown>, session: GqlOptions) => {
    const result = await t.gql(query, { input }, session);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data!)[0] as { id: string; version: number };
  };
  const lots: { id: string }[] = await t.dataSource.query(
    `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' ORDER BY l.number`,
  );
  const entered = async (lotId: string) => {
    const participant = await ok(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      { lastName: 'Isolée', firstName: 'Sonde', sex: 'FEMALE', birthDate: '1980-01-01', confirmNotDuplicate: true },
      referent,
    );
    await admitToPlie(t.dataSource, participant.id);
    const orientation = await ok(
      `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id version } }`,
      { participantId: participant.id, lotId, orientedOn: day(-40) },
      referent,
    );
    await ok(
      `mutation($input: SendEntryLiaisonSheetInput!) { sendEntryLiaisonSheet(input: $input) { id } }`,
      {
        orientationId: orientation.id,
        version: orientation.version,
        entered: true,
        startedOn: day(-39),
        fseEntry: { employmentStatus: 'UNEMPLOYED' },
      },
      provider,
    );
    return orientation.id;
  };
  const orientationId = await entered(lots[0].id);
  const session = await ok(
    `mutation($input: CreateSessionInput!) { createActivitySession(input: $input) { id } }`,
    {
      lotId: lots[0].id,
      kind: 'WORKSHOP',
      title: 'Estime de soi',
      date: day(-1),
      startTime: '09:30',
      durationMinutes: 180,
      place: 'Lunel',
      facilitator: 'Claire Martin',
    },
    provider,
  );
  await ok(
    `mutation($input: EnrolInput!) { enrolInSession(input: $input) { id } }`,
    { sessionId: session.id, orientationId },
    provider,
  );
  // Two unanswered reminders in a row raise an exit proposal for the operator to decide.
  for (const date of [day(-3), day(-2)])
    await ok(
      `mutation($input: RecordReminderInput!) { recordActionReminder(input: $input) { id } }`,
      { orientationId, date, mode: 'PHONE' },
      provider,
    );
  await ok(
    `mutation($input: PlanImmersionInput!) { planImmersion(input: $input) { id } }`,
    {
      orientationId: await entered(lots[2].id),
      hostName: 'Ressourcerie du Pays de Lunel',
      tutorName: 'Marc Vidal',
      objective: 'Reprendre un rythme de travail',
      startsOn: day(-20),
      endsOn: day(-7),
      hours: '30',
    },
    provider,
  );
  await ok(
    `mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }`,
    { orientationId: await entered(lots[3].id), kind: 'GUIDANCE', startedOn: day(-30) },
    provider,
  );
  const proof = await t
    .http()
    .post('/files/proofs')
    .set('authorization', `Bearer ${provider.token}`)
    .field('lotId', lots[0].id)
    .field('kind', 'MAIL')
    .attach('file', Buffer.from('Relance envoyée le 2 mars.'), { filename: 'relance.txt', contentType: 'text/plain' });
  if (proof.status !== 201) throw new Error(JSON.stringify(proof.body));
  // The nightly retention job's flag on a participant whose path is over, written as the job writes it.
  await t.dataSource.query(
    `INSERT INTO retention_reviews ("structureId", "entityType", "entityId", "keepUntil", reason, version)
     SELECT "structureId", 'Participant', id, '2020-01-01', 'Dernière sortie du PLIE le 01/01/2018', 1
     FROM participants WHERE "lastName" = 'Isolée' LIMIT 1`,
  );
  await ok(
    `mutation($input: PrepareReportInput!) { prepareReport(input: $input) { id } }`,
    { kind: 'INTERMEDIATE_MAY', year: 2025 },
    await t.login('coordination@mlife-amiens.test'),
  );
  await ok(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
    { name: 'Intégration MLIFE', scopes: ['participants:read'] },
    await t.login('direction@mlife-amiens.test'),
  );
}

describe('Tenant isolation, probed from the schema', () => {
  let t: TestApp;
  let actors: Actor[];
  let rules: Map<string, AccessRule | undefined>;
  const foreign = new Map<string, string>();
  const foreignIds = new Set<string>();

  const checksum = async (): Promise<Record<string, string>> => {
    const tables: { name: string }[] = await t.dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> ALL($1) ORDER BY 1`,
      [CALLERS_TABLES],
    );
    const sums: Record<string, string> = {};
    for (const { name } of tables) {
      const [{ sum }] = await t.dataSource.query(
        `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS sum FROM "${name}" x`,
      );
      sums[name] = sum;
    }
    return sums;
  };

  beforeAll(async () => {
    t = await TestApp.start({
      env: { RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_API_KEY_PER_MINUTE: '100000' },
    });
    rules = accessRules(t.app);
    await buildForeignActivity(t);
    // One id of another structure's record per table: every demo record belongs to a structure other than the probe's.
    for (const table of new Set([
      ...Object.values(TABLE_BY_NAME),
      ...Object.values(TABLE_BY_TYPE),
      ...Object.values(TABLE_BY_PATH),
    ])) {
      // The same record from run to run (ids are random): ordered by its content, ids and timestamps left out.
      const [row] = await t.dataSource.query(
        `SELECT id FROM ${FOREIGN_SETS[table] ?? `"${table}"`} x ORDER BY (SELECT string_agg(value::text, ',' ORDER BY key) FROM jsonb_each(to_jsonb(x))
          WHERE key !~ '(Id|At|^id)$') LIMIT 1`,
      );
      if (row) foreign.set(table, row.id);
    }

    // Every record that exists before the probe's structures do belongs to another structure.
    const idTables: { name: string }[] = await t.dataSource.query(
      `SELECT table_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'`,
    );
    for (const { name } of idTables)
      for (const row of await t.dataSource.query(`SELECT id FROM "${name}"`)) foreignIds.add(row.id);

    const admin = await t.login('admin@passerelle.test');
    const structure = async (kind: string, operatorType: string | null, name: string, siret: string) => {
      const created = await t.gql(
        `mutation($input: CreateStructureInput!) { createStructure(input: $input) { id } }`,
        {
          input: {
            kind,
            operatorType,
            name,
            siret,
            addressLine: '1 rue de la Sonde',
            postalCode: '75001',
            city: 'Paris',
            territory: 'Paris',
          },
        },
        admin,
      );
      expect(created.errors).toBeUndefined();
      return created.data!.createStructure.id as string;
    };
    const user = async (structureId: string, role: Role, email: string): Promise<Actor> => {
      const created = await t.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { email, fullName: `Sonde ${role}`, password: PASSWORD, role } },
        { token: admin.token, structureId },
      );
      expect(created.errors).toBeUndefined();
      const session = await t.login(email, PASSWORD);
      expect(session.structureId).toBe(structureId);
      return {
        label: `${role}@${email.split('@')[1]}`,
        group: structureId,
        permissions: new Set(ROLE_PERMISSIONS[role]),
        options: session,
      };
    };
    const missionLocale = await structure(
      'OPERATOR',
      'MISSION_LOCALE',
      'Mission Locale Sonde',
      fictitiousSiret('9990000000001'),
    );
    const plie = await structure('OPERATOR', 'PLIE', 'PLIE Sonde', fictitiousSiret('9990000000002'));
    const provider = await structure('PROVIDER', null, 'Prestataire Sonde', fictitiousSiret('9990000000003'));
    const director = await user(missionLocale, Role.DIRECTOR, 'direction@ml-sonde.test');
    actors = [
      director,
      await user(missionLocale, Role.COORDINATOR, 'coordination@ml-sonde.test'),
      await user(plie, Role.COORDINATOR, 'coordination@plie-sonde.test'),
      await user(plie, Role.DIRECTOR, 'direction@plie-sonde.test'),
      await user(provider, Role.PROVIDER_STAFF, 'equipe@prestataire-sonde.test'),
    ];
    const scopes = [...director.permissions].filter((p) => API_KEY_SCOPES.includes(p));
    const key = await t.gql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { name: 'Sonde', scopes } },
      director.options,
    );
    expect(key.errors).toBeUndefined();
    actors.push({
      label: 'api-key@ml-sonde.test',
      group: 'api-key',
      permissions: new Set(scopes),
      options: { apiKey: key.data!.createApiKey.secret },
    });
  }, 180_000);
  afterAll(() => t?.close());

  /** One caller per probe structure, and the key, that the operation's rule lets through: the run stays short. */
  const callersOf = (operation: string): Actor[] => {
    const rule = rules.get(operation);
    const seen = new Set<string>();
    return actors.filter((a) => {
      if (rule?.kind === 'permissions' && !rule.permissions.every((p) => a.permissions.has(p))) return false;
      if (seen.has(a.group)) return false;
      seen.add(a.group);
      return true;
    });
  };

  /** A few calls at a time, as several browser tabs would: the run stays short on a small machine. */
  const inBatches = async (calls: (() => Promise<void>)[]) => {
    for (let i = 0; i < calls.length; i += 6) await Promise.all(calls.slice(i, i + 6).map((call) => call()));
  };

  const probes = (): { probes: Probe[]; unfed: string[]; registered: string[] } => {
    const found: Probe[] = [];
    const unfed: string[] = [];
    const registered: string[] = [];
    for (const { operation, field } of rootFields()) {
      const paths = field.args.flatMap((arg) => inputPaths(arg.type, arg.name, isIdPath));
      if (paths.length === 0 || CROSS_STRUCTURE_TESTS[field.name]) {
        if (paths.length) registered.push(field.name);
        continue;
      }
      let fed = false;
      for (const path of paths) {
        const table = tableOf(field.name, field, path);
        if (table && foreign.has(table)) {
          found.push({ operation, field, path, table });
          fed = true;
        }
      }
      if (!fed) unfed.push(field.name);
    }
    return { probes: found, unfed, registered };
  };

  it('lists every operation the probe cannot feed in the registry, with an existing test that names it', () => {
    const { probes: fed, unfed, registered } = probes();
    const probed = new Set(fed.map((p) => p.field.name));
    const withIds = new Set([...probed, ...unfed, ...registered]);
    expect(probed.size).toBeGreaterThan(60);
    // A new operation that takes an id is either probed or registered with its cross-structure test.
    expect(unfed.filter((name) => !CROSS_STRUCTURE_TESTS[name])).toEqual([]);
    const problems: string[] = [];
    for (const [name, entry] of Object.entries(CROSS_STRUCTURE_TESTS)) {
      if (!withIds.has(name)) problems.push(`${name}: not an operation of the schema that takes an id`);
      const file = join(__dirname, entry.test);
      if (!existsSync(file)) problems.push(`${name}: ${entry.test} does not exist`);
      else if (!readFileSync(file, 'utf8').includes(name)) problems.push(`${name}: ${entry.test} does not mention it`);
    }
    const queries = new Set(
      rootFields()
        .filter((r) => r.operation === 'query')
        .map((r) => r.field.name),
    );
    for (const name of Object.keys(SHARED_READS))
      if (!queries.has(name)) problems.push(`${name}: listed in SHARED_READS but not a query of the schema`);
    expect(problems).toEqual([]);
  });

  it('refuses every operation, and changes nothing, when a caller names another structure as the current one', async () => {
    const before = await checksum();
    const [{ id: other }] = await t.dataSource.query(
      `SELECT id FROM structures WHERE id = ANY($1) ORDER BY siret LIMIT 1`,
      [[...foreignIds]],
    );
    // The acting structure is settled when the token is read, the same way for every user: one caller is enough.
    const users = actors.filter((a) => a.options.token).slice(0, 1);
    const answers: string[] = [];
    const calls = rootFields()
      .filter(({ field }) => !PUBLIC_OPERATIONS[field.name])
      .flatMap(({ operation, field }) => {
        const document = operationDocument(operation, field);
        const variables = argumentsWith(field, {}, pick, true);
        return users.map((actor) => async () => {
          const result = await t.gql(document, variables, { ...actor.options, structureId: other });
          const code = result.errors?.[0]?.extensions.code;
          if (code !== 'FORBIDDEN' || result.data?.[field.name])
            answers.push(`${field.name} as ${actor.label}: ${code ?? JSON.stringify(result.data)}`);
        });
      });
    expect(calls.length).toBeGreaterThan(160 * users.length);
    await inBatches(calls);
    expect(answers.sort()).toEqual([]);
    expect(await checksum()).toEqual(before);
  }, 120_000);

  it('shows no record of another structure through any query called without an id', async () => {
    const queries = rootFields().filter(
      ({ operation, field }) =>
        operation === 'query' &&
        field.args.every((a) => !isNonNullType(a.type) || inputPaths(a.type, a.name, isIdPath).length === 0),
    );
    const problems: string[] = [];
    const calls = queries.flatMap(({ field }) => {
      const document = operationDocument('query', field, scalarSelection(getNamedType(field.type)));
      const variables = argumentsWith(field, {}, pick, true);
      return callersOf(`Query.${field.name}`).map((actor) => async () => {
        const result = await t.gql(document, variables, actor.options);
        const code = result.errors?.[0]?.extensions.code;
        if (code && code !== 'FORBIDDEN' && code !== 'NOT_FOUND')
          problems.push(`${field.name} as ${actor.label}: could not be probed (${code} ${result.errors![0].message})`);
        const seen = (JSON.stringify(result.data).match(UUID) ?? []).filter((id) => foreignIds.has(id));
        if (seen.length && !SHARED_READS[field.name])
          problems.push(`${field.name} as ${actor.label}: shows ${seen.length} record(s) of other structures`);
      });
    });
    expect(calls.length).toBeGreaterThan(40);
    await inBatches(calls);
    expect(problems.sort()).toEqual([]);
  }, 120_000);

  it('refuses another structure’s ids in every operation that takes one, for every role and key that may call it, and changes nothing', async () => {
    const before = await checksum();
    const { probes: all } = probes();
    const calls: { label: string; run: () => Promise<string | null> }[] = [];
    for (const probe of all) {
      const allowed = callersOf(`${ROOT_TYPE[probe.operation]}.${probe.field.name}`);
      const { selection, kind } = selectionOf(probe.field);
      const document = operationDocument(probe.operation, probe.field, selection);
      // Every id the operation takes names a record of another structure; the probed one can be swapped.
      const siblings = all.filter((p) => p.field === probe.field);
      const variablesWith = (id: string) =>
        argumentsWith(
          probe.field,
          Object.fromEntries(
            probe.field.args
              .map((a) => {
                const values = siblings
                  .filter((p) => p.path.split('.')[0] === a.name)
                  .map((p) => ({ path: p.path.split('.').slice(1), value: p === probe ? id : foreign.get(p.table) }));
                return [a.name, values.length ? valueWith(a.type, values, pick, a.name) : undefined];
              })
              .filter(([, value]) => value !== undefined),
          ),
          pick,
          true,
        );
      const leaves = siblings.map((p) => p.path.split('.').pop()!);
      const variables = variablesWith(foreign.get(probe.table)!);
      for (const actor of allowed) {
        calls.push({
          label: `${probe.field.name}(${probe.path} = ${probe.table}) as ${actor.label}`,
          run: async () => {
            const result: GqlResult = await t.gql(document, variables, actor.options);
            const error = result.errors?.[0];
            const code = error?.extensions.code;
            if (code === 'NOT_FOUND' || code === 'FORBIDDEN') return null;
            // Refused field by field: the id is unknown in the caller's structure.
            const fields = Object.keys(error?.extensions.fields ?? {});
            if (code === 'BAD_USER_INPUT' && fields.some((f) => leaves.includes(f.split('.').pop()!))) return null;
            const data = result.data?.[probe.field.name];
            if (!error && kind === 'connection' && data.edges.length === 0) return null;
            if (!error && kind === 'list' && data.length === 0) return null;
            // A query, or a mutation answering a bare count or flag (ids not its caller's are ignored), may answer
            // only exactly what it answers for an id that exists nowhere; the checksum proves nothing changed.
            const bare = !isObjectType(getNamedType(probe.field.type));
            if (!error && kind === 'one' && (probe.operation === 'query' || bare)) {
              const deep = operationDocument(
                probe.operation,
                probe.field,
                scalarSelection(getNamedType(probe.field.type)),
              );
              const [withForeign, withUnknown] = await Promise.all([
                t.gql(deep, variables, actor.options),
                t.gql(deep, variablesWith(randomUUID()), actor.options),
              ]);
              const answer = (r: GqlResult) => JSON.stringify({ data: r.data, errors: r.errors });
              if (!withForeign.errors && answer(withForeign) === answer(withUnknown)) return null;
              return `answers differently than for an unknown id: ${answer(withForeign).slice(0, 300)} / ${answer(withUnknown).slice(0, 300)}`;
            }
            return `${code ?? 'DATA'} ${error?.message ?? JSON.stringify(data).slice(0, 200)} ${JSON.stringify(error?.extensions.fields ?? '')} ${JSON.stringify(variables)}`;
          },
        });
      }
    }
    expect(calls.length).toBeGreaterThan(150);
    const failures: string[] = [];
    await inBatches(
      calls.map((call) => async () => {
        const failure = await call.run();
        if (failure) failures.push(`${call.label}: ${failure}`);
      }),
    );
    expect(failures.sort()).toEqual([]);
    expect(await checksum()).toEqual(before);
  }, 120_000);
});
