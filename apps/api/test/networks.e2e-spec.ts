import { loadDemoData } from '../src/seed/demo-data';
import { fictitiousSiret } from '../src/seed/demo-structures';
import { buildMayActivity } from './support/may-activity';
import { errorCode, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const CREATE_STRUCTURE = `mutation($input: CreateStructureInput!) { createStructure(input: $input) { id kind } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const ADD = `mutation($input: NetworkMemberInput!) { addNetworkMember(input: $input) { id name members { name kind } } }`;
const REMOVE = `mutation($input: NetworkMemberInput!) { removeNetworkMember(input: $input) { members { name } } }`;
const NETWORK = `{ network { name members { id name } } }`;
const FIGURES = `query($filter: NetworkFiguresFilter!) { networkFigures(filter: $filter) {
  windowDays smallCellThreshold members { structure { name } participants peopleContacted dropOff { measure count }
  interviews sessions paymentIndicators lotsWithIndicators reports { status count } } } }`;
const GRANT = `mutation($input: GrantControllerAccessInput!) { grantControllerAccess(input: $input) { id } }`;

/**
 * Threshold 3 here (5 by default, see the README): the May activity of the MLIFE PLIE then gives cells on both sides.
 */
describe('Networks: aggregated figures across members, no personal file', () => {
  let t: TestApp;
  let admin: Session;
  let coordinator: Session;
  let analyst: Session;
  let network: string;
  let otherNetwork: string;
  let amiens: string;
  let lunel: string;
  let lyon: string;
  const as = (session: Session, structureId: string) => ({ ...session, structureId });

  beforeAll(async () => {
    t = await TestApp.start({ env: { NETWORK_SMALL_CELL_THRESHOLD: '3' } });
    admin = await t.login('admin@passerelle.test');
    coordinator = await t.login('coordination@mlife-amiens.test');
    amiens = await t.structureId('MLIFE Grand Amiénois (PLIE)');
    lunel = await t.structureId('PLIE du Pays de Lunel et du Pays de l’Or');
    lyon = await t.structureId('Mission Locale de Lyon');
    // The demo activity on the awarded lots (sessions, lot reports, this year), then a known 2025 on top.
    await loadDemoData(t.dataSource, { activity: true });
    const { plie } = await buildMayActivity(t, coordinator);
    const report = await t.gql(
      `mutation($input: PrepareReportInput!) { prepareReport(input: $input) { id } }`,
      { input: { kind: 'INTERMEDIATE_MAY', year: 2025 } },
      coordinator,
    );
    expect(report.errors).toBeUndefined();
    // Three women of 26 to 44 living in Amiens (80), followed in 2025: one cell at the threshold.
    for (const lastName of ['Foxtrot', 'Golf', 'Hotel']) {
      const created = await t.gql(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
        {
          input: {
            lastName,
            firstName: 'Test',
            sex: 'FEMALE',
            birthDate: '1992-05-05',
            programme: 'PLIE',
            address: { line: '1 rue des Lilas', postalCode: '80000', communeCode: '80021', communeName: 'Amiens' },
            phone: '0601020304',
            email: `${lastName.toLowerCase()}@exemple.test`,
            confirmNotDuplicate: true,
          },
        },
        coordinator,
      );
      await plie.admit(created.data!.createParticipant.id, '2025-09-01');
    }
    const structure = (name: string, stem: string) => ({
      kind: 'NETWORK',
      name,
      siret: fictitiousSiret(stem),
      addressLine: '1 rue de la République',
      postalCode: '80000',
      city: 'Amiens',
      territory: 'Hauts-de-France',
    });
    network = (
      await t.gql(CREATE_STRUCTURE, { input: structure('Association régionale des PLIE', '9012345670001') }, admin)
    ).data!.createStructure.id;
    otherNetwork = (await t.gql(CREATE_STRUCTURE, { input: structure('DREETS Auvergne', '9012345680001') }, admin))
      .data!.createStructure.id;
    await t.gql(ADD, { input: { networkId: network, memberId: amiens } }, admin);
    await t.gql(ADD, { input: { networkId: network, memberId: lunel } }, admin);
    await t.gql(ADD, { input: { networkId: otherNetwork, memberId: lyon } }, admin);
    const created = await t.gql(
      CREATE_USER,
      {
        input: {
          email: 'analyste@reseau.test',
          fullName: 'Inès Analyste',
          password: 'Bienvenue-2026',
          role: 'NETWORK_ANALYST',
        },
      },
      as(admin, network),
    );
    expect(created.errors).toBeUndefined();
    analyst = await t.login('analyste@reseau.test', 'Bienvenue-2026');
  }, 180_000);
  afterAll(() => t.close());

  describe('membership, by the platform administrator only', () => {
    it('lists the members of the current network, and nothing of another network', async () => {
      expect(analyst.structureId).toBe(network);
      const result = await t.gql(NETWORK, {}, analyst);
      expect(result.data!.network).toEqual({
        name: 'Association régionale des PLIE',
        members: [
          { id: amiens, name: 'MLIFE Grand Amiénois (PLIE)' },
          { id: lunel, name: 'PLIE du Pays de Lunel et du Pays de l’Or' },
        ],
      });
      expect(errorCode(await t.gql(NETWORK, {}, as(analyst, otherNetwork)))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(NETWORK, {}, coordinator))).toBe('FORBIDDEN');
      // A platform admin reads a network by acting in it; in an operator there is no network to read.
      expect((await t.gql(NETWORK, {}, as(admin, otherNetwork))).data!.network.members).toEqual([
        { id: lyon, name: 'Mission Locale de Lyon' },
      ]);
      expect(errorCode(await t.gql(NETWORK, {}, as(admin, amiens)))).toBe('NOT_FOUND');
    });

    it('refuses members to anyone but a platform admin, and bad members with a French message', async () => {
      const input = { networkId: network, memberId: lyon };
      expect(errorCode(await t.gql(ADD, { input }, analyst))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(ADD, { input }, await t.login('direction@mlife-amiens.test')))).toBe('FORBIDDEN');
      const twice = await t.gql(ADD, { input: { networkId: network, memberId: amiens } }, admin);
      expect(twice.errors![0].extensions.fields).toEqual({ memberId: 'Cette structure est déjà membre du réseau.' });
      const nested = await t.gql(ADD, { input: { networkId: network, memberId: otherNetwork } }, admin);
      expect(nested.errors![0].extensions.fields).toEqual({
        memberId: 'Un réseau ne peut pas être membre d’un réseau.',
      });
      expect(errorCode(await t.gql(ADD, { input: { networkId: amiens, memberId: lyon } }, admin))).toBe('NOT_FOUND');
      const invalid = await t.gql(ADD, { input: { networkId: 'x', memberId: lyon } }, admin);
      expect(invalid.errors![0].extensions.fields).toEqual({ networkId: 'Réseau inconnu.' });
      const notMember = await t.gql(REMOVE, { input }, admin);
      expect(notMember.errors![0].extensions.fields).toEqual({
        memberId: 'Cette structure n’est pas membre du réseau.',
      });
    });

    it('adds and removes a member, both audited', async () => {
      const input = { networkId: otherNetwork, memberId: lunel };
      const added = await t.gql(ADD, { input }, admin);
      expect(added.data!.addNetworkMember.members.map((m: any) => m.name)).toEqual([
        'Mission Locale de Lyon',
        'PLIE du Pays de Lunel et du Pays de l’Or',
      ]);
      const removed = await t.gql(REMOVE, { input }, admin);
      expect(removed.data!.removeNetworkMember.members).toEqual([{ name: 'Mission Locale de Lyon' }]);
      const audit = await t.dataSource.query(
        `SELECT action, details->>'memberId' AS member FROM audit_logs WHERE "entityId" = $1 ORDER BY id`,
        [otherNetwork],
      );
      expect(audit.slice(-2)).toEqual([
        { action: 'network.member-added', member: lunel },
        { action: 'network.member-removed', member: lunel },
      ]);
    });

    it('refuses a network kind with an operator type', async () => {
      const result = await t.gql(
        CREATE_STRUCTURE,
        {
          input: {
            kind: 'NETWORK',
            operatorType: 'PLIE',
            name: 'Réseau',
            siret: fictitiousSiret('9012345690001'),
            addressLine: '1 rue',
            postalCode: '80000',
            city: 'Amiens',
            territory: 'Somme',
          },
        },
        admin,
      );
      expect(result.errors![0].extensions.fields).toEqual({
        operatorType: 'Un réseau n’a pas de type de structure porteuse.',
      });
    });
  });

  describe('aggregated figures', () => {
    it('counts each member’s activity in SQL and hides counts of fewer people than the threshold', async () => {
      const result = await t.gql(FIGURES, { filter: { from: '2025-01-01', to: '2025-12-31' } }, analyst);
      expect(result.errors).toBeUndefined();
      const figures = result.data!.networkFigures;
      expect(figures.smallCellThreshold).toBe(3);
      expect(figures.windowDays).toBe(90);
      const [mlife, plieLunel] = figures.members;
      expect(mlife.structure.name).toBe('MLIFE Grand Amiénois (PLIE)');
      // A, B and D first seen in 2025 (C was never reached), D never seen again, B dropped out, C ended without solution.
      expect(mlife.dropOff).toEqual([
        { measure: 'FIRST_CONTACTS', count: 3 },
        { measure: 'NEVER_SEEN_AGAIN', count: null },
        { measure: 'RUPTURES', count: null },
        { measure: 'EXITS_WITHOUT_SOLUTION', count: null },
      ]);
      // A, B and D had a real contact in 2025; interviews: A 2, B 1, D 1 (people counts only are suppressed).
      expect(mlife.peopleContacted).toBe(3);
      expect(mlife.interviews).toBe(4);
      // Files held today: the same number the member's coordinator sees in its own list.
      const own = await t.gql(`{ participants { totalCount } }`, {}, coordinator);
      expect(mlife.participants).toBe(own.data!.participants.totalCount);
      expect(plieLunel.structure.name).toBe('PLIE du Pays de Lunel et du Pays de l’Or');
      expect(plieLunel.dropOff.every((c: any) => c.count === 0)).toBe(true);
      expect(plieLunel.interviews).toBe(0);
      expect(figures.members).toHaveLength(2);
    });

    it('counts sessions, payment indicators and report statuses as the members see them', async () => {
      const director = await t.login('direction@mlife-amiens.test');
      const totals = { sessions: 0, reports: 0 };
      for (const year of [2025, 2026]) {
        const filter = { from: `${year}-01-01`, to: `${year}-12-31` };
        const mlife = (await t.gql(FIGURES, { filter }, analyst)).data!.networkFigures.members[0];
        for (const { status, count } of mlife.reports) {
          const seen = await t.gql(
            `query($filter: ReportFilter) { reports(filter: $filter) { totalCount } }`,
            { filter: { year, status } },
            director,
          );
          expect([year, status, count]).toEqual([year, status, seen.data!.reports.totalCount]);
          totals.reports += count;
        }
        const sessions = await t.gql(
          `query($filter: SessionFilter) { activitySessions(filter: $filter, first: 1) { totalCount } }`,
          { filter },
          director,
        );
        expect([year, mlife.sessions]).toEqual([year, sessions.data!.activitySessions.totalCount]);
        totals.sessions += mlife.sessions;
        const [indicators] = await t.dataSource.query(
          `SELECT count(*)::int AS n, count(DISTINCT "lotId")::int AS lots FROM payment_indicators
           WHERE "structureId" = $1 AND "periodStart" <= $3 AND "periodEnd" >= $2`,
          [amiens, filter.from, filter.to],
        );
        expect([year, mlife.paymentIndicators, mlife.lotsWithIndicators]).toEqual([
          year,
          indicators.n,
          indicators.lots,
        ]);
      }
      // Something was counted: the 2025 report prepared above, the demo workshops of this year.
      expect(totals.reports).toBeGreaterThan(0);
      expect(totals.sessions).toBeGreaterThan(0);
    });

    it('refuses an inverted or too long period', async () => {
      const inverted = await t.gql(FIGURES, { filter: { from: '2025-12-31', to: '2025-01-01' } }, analyst);
      expect(inverted.errors![0].extensions.fields).toEqual({ to: 'La fin de la période précède son début.' });
      const long = await t.gql(FIGURES, { filter: { from: '2020-01-01', to: '2025-01-01' } }, analyst);
      expect(long.errors![0].extensions.fields).toEqual({ to: '36 mois au plus.' });
      const badDay = await t.gql(FIGURES, { filter: { from: '2025-02-30', to: '2025-03-01' } }, analyst);
      expect(errorCode(badDay)).toBe('BAD_USER_INPUT');
    });

    it('keeps a network to its own members, and member staff out of the network’s figures', async () => {
      const filter = { from: '2025-01-01', to: '2025-12-31' };
      const other = (await t.gql(FIGURES, { filter }, as(admin, otherNetwork))).data!.networkFigures;
      expect(other.members.map((m: any) => m.structure.name)).toEqual(['Mission Locale de Lyon']);
      // Member staff: no network permission in their structure, no membership in the network.
      expect(errorCode(await t.gql(FIGURES, { filter }, coordinator))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(FIGURES, { filter }, as(coordinator, network)))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(FIGURES, { filter }, await t.login('direction@mlife-amiens.test')))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await t.gql(FIGURES, { filter }, as(analyst, otherNetwork)))).toBe('FORBIDDEN');
    });
  });

  describe('no personal file for a network analyst', () => {
    it('answers FORBIDDEN to every participant, path, contract, activity and report query', async () => {
      const [person] = await t.dataSource.query(`SELECT id FROM participants WHERE "structureId" = $1 LIMIT 1`, [
        amiens,
      ]);
      const [path] = await t.dataSource.query(`SELECT id FROM plie_paths WHERE "structureId" = $1 LIMIT 1`, [amiens]);
      const [contract] = await t.dataSource.query(`SELECT id FROM cej_contracts LIMIT 1`);
      const attempts: [string, Record<string, unknown>][] = [
        [`{ participants { totalCount } }`, {}],
        [`query($id: ID!) { participant(id: $id) { lastName } }`, { id: person.id }],
        [`{ participantsWithMissingFseEntry { totalCount } }`, {}],
        [`query($id: ID!) { participantDocuments(participantId: $id) { totalCount } }`, { id: person.id }],
        [`query($id: ID!) { participantAuditTrail(participantId: $id) { totalCount } }`, { id: person.id }],
        [`{ pliePaths { totalCount } }`, {}],
        [`query($id: ID!) { pliePath(id: $id) { status } }`, { id: path.id }],
        [`{ myPortfolio { totalCount } }`, {}],
        [`{ cejContracts { totalCount } }`, {}],
        [`query($id: ID!) { cejContract(id: $id) { status } }`, { id: contract.id }],
        [`{ orientations { totalCount } }`, {}],
        [`query($id: ID!) { orientedParticipant(id: $id) { id } }`, { id: person.id }],
        [`{ activitySessions { totalCount } }`, {}],
        [`{ reports { totalCount } }`, {}],
        [`{ dropOffAnalysis(filter: { from: "2025-01-01", to: "2025-12-31" }) { windowDays } }`, {}],
      ];
      for (const [query, variables] of attempts) {
        const result = await t.gql(query, variables, analyst);
        expect([query, errorCode(result)]).toEqual([query, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
        expect(result.data).toBeNull();
      }
      // Switching to a member structure is refused: the analyst holds no role there.
      expect(errorCode(await t.gql(`{ participants { totalCount } }`, {}, as(analyst, amiens)))).toBe('FORBIDDEN');
      const csv = await t.http().get('/files/participants.csv').set('authorization', `Bearer ${analyst.token}`);
      expect(csv.status).toBe(403);
      const fse = await t
        .http()
        .get('/files/fse-participants.csv?from=2025-01-01&to=2025-12-31')
        .set('authorization', `Bearer ${analyst.token}`);
      expect(fse.status).toBe(403);
    });
  });

  describe('controller access, per member in one step', () => {
    const controller = async () => {
      const [row] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'controle@dreets.test'`);
      return row.id as string;
    };
    const rolesOf = (userId: string) =>
      t.dataSource.query(
        `SELECT s.name, m.role FROM memberships m JOIN structures s ON s.id = m."structureId" WHERE m."userId" = $1 ORDER BY s.name`,
        [userId],
      );

    it('grants the controller role in the chosen members, keeps an existing grant, and audits each one', async () => {
      const userId = await controller();
      const result = await t.gql(GRANT, { input: { networkId: network, userId, memberIds: [amiens, lunel] } }, admin);
      expect(result.errors).toBeUndefined();
      expect(await rolesOf(userId)).toEqual([
        { name: 'MLIFE Grand Amiénois (PLIE)', role: 'CONTROLLER' },
        { name: 'PLIE du Pays de Lunel et du Pays de l’Or', role: 'CONTROLLER' },
      ]);
      const audit = await t.dataSource.query(
        `SELECT "structureId", details->>'role' AS role, details->>'networkId' AS network FROM audit_logs
         WHERE action = 'membership.set' AND "entityId" = $1`,
        [userId],
      );
      expect(audit).toEqual([{ structureId: lunel, role: 'CONTROLLER', network }]);
      const session = await t.login('controle@dreets.test');
      const inLunel = await t.gql(`{ participants { totalCount } }`, {}, as(session, lunel));
      expect(inLunel.errors).toBeUndefined();
    });

    it('changes nothing when a structure is not a member or the person holds another role there', async () => {
      const userId = await controller();
      const before = await rolesOf(userId);
      const outside = await t.gql(GRANT, { input: { networkId: network, userId, memberIds: [lunel, lyon] } }, admin);
      expect(outside.errors![0].extensions.fields).toEqual({
        memberIds: 'Choisissez uniquement des structures membres de ce réseau.',
      });
      const [coord] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'coordination@mlife-amiens.test'`);
      const other = await t.gql(
        GRANT,
        { input: { networkId: network, userId: coord.id, memberIds: [lunel, amiens] } },
        admin,
      );
      expect(other.errors![0].extensions.fields!.memberIds).toMatch(/déjà un autre rôle/);
      expect(await rolesOf(coord.id)).toEqual([{ name: 'MLIFE Grand Amiénois (PLIE)', role: 'COORDINATOR' }]);
      const empty = await t.gql(GRANT, { input: { networkId: network, userId, memberIds: [] } }, admin);
      expect(empty.errors![0].extensions.fields).toEqual({ memberIds: 'Choisissez au moins une structure membre.' });
      expect(
        errorCode(await t.gql(GRANT, { input: { networkId: network, userId, memberIds: [lunel] } }, analyst)),
      ).toBe('FORBIDDEN');
      expect(await rolesOf(userId)).toEqual(before);
    });
  });

  describe('anonymised statistical export', () => {
    const download = (path: string, session: Session) =>
      t.http().get(path).set('authorization', `Bearer ${session.token}`).set('x-structure-id', session.structureId);

    it('publishes counts by member, department, age band, sex and programme, small cells as « s », cell by cell', async () => {
      const response = await download('/files/network-statistics.csv?from=2025-01-01&to=2025-12-31', analyst);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      const lines = response.text.replace(/^\uFEFF/, '').split('\r\n');
      // Followed in 2025 (a path open at some point of the year): A, B, C, D and the three women of Amiens; E left in 2024.
      // Ages on 31 December 2025: A 35, B 57, C 24, D 40, the three women 33.
      expect(lines).toEqual([
        'Structure membre;Département de résidence;Tranche d’âge;Sexe;Dispositif;Personnes',
        'MLIFE Grand Amiénois (PLIE);80;26 à 44 ans;Femme;PLIE;3',
        'MLIFE Grand Amiénois (PLIE);Inconnu;18 à 25 ans;Femme;PLIE;s',
        'MLIFE Grand Amiénois (PLIE);Inconnu;26 à 44 ans;Femme;PLIE;s',
        'MLIFE Grand Amiénois (PLIE);Inconnu;26 à 44 ans;Homme;PLIE;s',
        'MLIFE Grand Amiénois (PLIE);Inconnu;55 ans et plus;Homme;PLIE;s',
        '',
      ]);
      for (const identifier of ['Foxtrot', 'Test', 'Lilas', '80021', 'Amiens;', '0601020304', '@', '1992', '05/05']) {
        expect([identifier, response.text.includes(identifier)]).toEqual([identifier, false]);
      }
      const [audit] = await t.dataSource.query(
        `SELECT details->>'cells' AS cells FROM audit_logs WHERE action = 'network.statistics-exported'`,
      );
      expect(audit).toEqual({ cells: '5' });
    });

    it('is for the network’s readers only, and validates the period', async () => {
      const path = '/files/network-statistics.csv?from=2025-01-01&to=2025-12-31';
      expect((await download(path, coordinator)).status).toBe(403);
      expect((await download(path, as(admin, amiens))).status).toBe(404);
      const bad = await download('/files/network-statistics.csv?from=2025-13-01&to=2025-12-31', analyst);
      expect(bad.status).toBe(400);
      expect(bad.body.fields).toEqual({ from: 'Date invalide (format AAAA-MM-JJ attendu).' });
      const inverted = await download('/files/network-statistics.csv?from=2025-12-31&to=2025-01-01', analyst);
      expect(inverted.body.fields).toEqual({ to: 'La fin de la période précède son début.' });
    });
  });
});
