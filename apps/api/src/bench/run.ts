import 'reflect-metadata';
/* eslint-disable @typescript-eslint/no-explicit-any */
import { DEMO_PASSWORD } from '../seed/demo-structures';
import { startBenchApp } from './bench-app';
import { generateCaseload } from './generate';
import { generateActivity } from './generate-activity';
import { BenchCase, indicatorCases, prepareIndicatorBench, RAW_ACTIVE_FILE_PAGE } from './indicator-cases';
import { todayInParis } from '@passerelle/domain';

/**
 * `pnpm bench`: times the participant search and the référent portfolio through the real GraphQL endpoint on a
 * large generated caseload, next to the same reads in raw SQL; then the payment indicators (each through the service,
 * the lot, the operator overview, a drill-down and a report's figures through the API) on generated activity, next to
 * the same aggregates in raw SQL. Sizes: BENCH_PARTICIPANTS (50 000), BENCH_FOLLOW_UPS (20 per path),
 * BENCH_REFERENTS (500), BENCH_ATTENDANCES (2 000 000 attendance rows), BENCH_PER_SESSION (50 people per workshop).
 * Not a test: it prints timings, it asserts nothing.
 */
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 50_000);
const FOLLOW_UPS = Number(process.env.BENCH_FOLLOW_UPS ?? 20);
const REFERENTS = Number(process.env.BENCH_REFERENTS ?? 500);
const ATTENDANCES = Number(process.env.BENCH_ATTENDANCES ?? 2_000_000);
const PER_SESSION = Number(process.env.BENCH_PER_SESSION ?? 50);
const RUNS = 7;

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

async function main() {
  const { dataSource, base, name, stop } = await startBenchApp();
  try {
    const endpoint = `${base}/graphql`;

    const [{ structureId, referentId }] = await dataSource.query(
      `SELECT m."structureId", u.id AS "referentId" FROM users u JOIN memberships m ON m."userId" = u.id WHERE u.email = 'referent@mlife-amiens.test'`,
    );
    const others = await dataSource.query(
      `INSERT INTO users (email, "fullName", "passwordHash", version) SELECT 'bench' || i || '@bench.test', 'Référent ' || i, 'x', 1 FROM generate_series(2, $1) i RETURNING id`,
      [REFERENTS],
    );
    console.log(
      `Génération : ${PARTICIPANTS} participants, ${PARTICIPANTS * FOLLOW_UPS} entrées de suivi, ${REFERENTS} référents…`,
    );
    const started = performance.now();
    await generateCaseload(dataSource, {
      structureId,
      referentIds: [referentId, ...others.map((o: { id: string }) => o.id)],
      participants: PARTICIPANTS,
      followUpsPerPath: FOLLOW_UPS,
    });
    console.log(`  générés en ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: Record<string, any>; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const login = await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { email: 'referent@mlife-amiens.test', password: DEMO_PASSWORD },
    });
    const token = login.login.accessToken;

    const cases: BenchCase[] = [
      [
        'Recherche par nom (page de 20)',
        () =>
          gql(
            `query { participants(first: 20, filter: { search: "nom4242" }) { totalCount edges { node { id lastName firstName birthDate } } } }`,
            {},
            token,
          ),
        () =>
          dataSource.query(
            `SELECT id, "lastName", "firstName", "birthDate", count(*) OVER () FROM participants WHERE "structureId" = $1 AND "normalizedLastName" LIKE 'NOM4242%' ORDER BY "normalizedLastName", id LIMIT 20`,
            [structureId],
          ),
      ],
      [
        'Participants d’un référent (page de 20)',
        () =>
          gql(
            `query($r: ID) { participants(first: 20, filter: { referentUserId: $r }) { totalCount edges { node { id lastName } } } }`,
            { r: referentId },
            token,
          ),
        () =>
          dataSource.query(
            `SELECT id, "lastName", count(*) OVER () FROM participants WHERE "structureId" = $1 AND "referentUserId" = $2 ORDER BY "normalizedLastName", id LIMIT 20`,
            [structureId, referentId],
          ),
      ],
      [
        'Portefeuille du référent, par urgence (page de 20)',
        () => gql(`query { myPortfolio(first: 20) { totalCount edges { node { alerts lastContactOn } } } }`, {}, token),
        () =>
          dataSource.query(
            `SELECT pp.id, max(f.date) AS last FROM plie_paths pp JOIN participants p ON p.id = pp."participantId" LEFT JOIN plie_follow_ups f ON f."pathId" = pp.id
             WHERE p."referentUserId" = $1 AND pp."structureId" = $2 GROUP BY pp.id ORDER BY last NULLS FIRST LIMIT 20`,
            [referentId, structureId],
          ),
      ],
    ];
    console.log(
      `Génération de l’activité : ${PARTICIPANTS} orientations, ${ATTENDANCES} présences (${PER_SESSION} par atelier), entretiens, temps, fiches…`,
    );
    const activityStarted = performance.now();
    const bench = await prepareIndicatorBench(dataSource, structureId);
    await generateActivity(
      dataSource,
      { structureId, ...bench },
      { orientations: PARTICIPANTS, attendances: ATTENDANCES, perSession: PER_SESSION },
    );
    console.log(`  générée en ${((performance.now() - activityStarted) / 1000).toFixed(1)} s`);
    const coordinator = (
      await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
        i: { email: 'coordination@mlife-amiens.test', password: DEMO_PASSWORD },
      })
    ).login.accessToken;
    const asOf = todayInParis();
    const [activeFile] = await dataSource.query(
      `SELECT id FROM payment_indicators WHERE "lotId" = $1 AND measure = 'ACTIVE_FILE'`,
      [bench.deliveryLot],
    );
    const report = await gql(
      `mutation { prepareReport(input: { kind: FINAL, year: ${Number(asOf.slice(0, 4))} }) { id } }`,
      {},
      coordinator,
    );
    const indicatorSql = (await indicatorCases(dataSource, structureId, asOf, `${asOf.slice(0, 4)}-01-01`)).at(-1)![2];
    cases.push(
      ...(await indicatorCases(dataSource, structureId, asOf, `${asOf.slice(0, 4)}-01-01`)),
      [
        'API : indicateurs du lot (lotIndicators)',
        () =>
          gql(
            `query($l: ID!) { lotIndicators(lotId: $l) { value achievementRate amountPayable projectedValue } }`,
            { l: bench.deliveryLot },
            coordinator,
          ),
        () =>
          dataSource
            .query(`SELECT count(*) FROM payment_indicators WHERE "lotId" = $1`, [bench.deliveryLot])
            .then(() => indicatorSql()),
      ],
      [
        'API : vue d’ensemble porteur (20 lots)',
        () =>
          gql(
            `query { operatorIndicatorOverview(first: 20) { totalCount edges { node { lotId amountPayable indicators { value amountPayable } } } } }`,
            {},
            coordinator,
          ),
        indicatorSql,
      ],
      [
        'API : détail file active (page de 20)',
        () =>
          gql(
            `query($i: ID!) { indicatorUnits(indicatorId: $i, first: 20) { totalCount edges { node { unitId proofId } } } }`,
            { i: activeFile.id },
            coordinator,
          ),
        () => dataSource.query(RAW_ACTIVE_FILE_PAGE, [bench.deliveryLot]),
      ],
      [
        'API : chiffres du bilan final (tous les tableaux)',
        () =>
          gql(
            `query($id: ID!) { report(id: $id) { figures { tables { key rows { values } } } } }`,
            { id: report.prepareReport.id },
            coordinator,
          ),
        indicatorSql,
      ],
    );

    if (process.env.BENCH_GENERATE_ONLY) cases.length = 0;
    console.log(`\n${'opération'.padEnd(52)} ${'API (ms)'.padStart(10)} ${'SQL brut (ms)'.padStart(14)}`);
    for (const [label, viaApi, viaSql] of cases) {
      const api = await median(viaApi);
      const sql = await median(viaSql);
      console.log(`${label.padEnd(52)} ${api.toFixed(1).padStart(10)} ${sql.toFixed(1).padStart(14)}`);
    }
    console.log(`\nMédiane de ${RUNS} exécutions après un premier passage à chaud.`);
  } finally {
    await stop(!!process.env.BENCH_KEEP_DB);
    if (process.env.BENCH_KEEP_DB) console.log(`Base conservée pour EXPLAIN : ${name}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
