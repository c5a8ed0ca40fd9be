import { addDays, todayInParis } from '@passerelle/domain';
import { errorCode, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const CONTACT = `id kind date note version user { fullName } branch { code }`;
const RECORD = `mutation($input: RecordMlContactInput!) { recordMlContact(input: $input) { ${CONTACT} } }`;
const UPDATE = `mutation($input: UpdateMlContactInput!) { updateMlContact(input: $input) { ${CONTACT} } }`;
const LIST = `query($id: ID!) { mlContacts(participantId: $id) { ${CONTACT} } }`;
const ACTIVITY = `query($filter: MlActivityFilter!) { missionLocaleActivity(filter: $filter) {
  months series { measure label values } totals { measure count }
  byBranch { key label counts { measure count } } exitsByReason { reason label positive count } } }`;
const DROP_OFF = `query($filter: DropOffFilter!) { dropOffAnalysis(filter: $filter) {
  series { measure values } totals { measure count } } }`;

const counts = (list: { measure: string; count: number }[]) =>
  Object.fromEntries(list.map((c) => [c.measure, c.count]));

/**
 * A small known year (2023, before any demo data) at the Mission Locale of Alès:
 * A: first welcome in January (Alès centre), interview in February, CEJ from March 1st, dropped out June 30th;
 * B: first welcome in January (Cévennes), never seen again;
 * C: first welcome and a phone call in February (Alès centre), interview in March (Cévennes);
 * D: first welcome April 3rd and CEJ entry the same day (Alès centre), ended without solution September 29th;
 * E: first welcomed in December 2022, a workshop in May 2023 (Alès centre).
 */
describe('Mission Locale contacts, activity dashboard and drop-off', () => {
  let t: TestApp;
  let counsellor: Session;
  let coordinator: Session;
  let counsellorId: string;
  let branches: Record<string, string>;
  const people: Record<string, string> = {};
  let contactOfA: { id: string; version: number };

  async function youngPerson(lastName: string, branch?: string): Promise<string> {
    const result = await t.gql(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      {
        input: {
          lastName,
          firstName: 'Jeune',
          sex: 'FEMALE',
          birthDate: '2004-06-01',
          programme: 'CEJ',
          ...(branch ? { branchId: branches[branch] } : {}),
        },
      },
      counsellor,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createParticipant.id;
  }

  async function contact(person: string, kind: string, date: string, branch: string, note?: string) {
    const result = await t.gql(
      RECORD,
      { input: { participantId: people[person], kind, date, branchId: branches[branch], note } },
      counsellor,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.recordMlContact;
  }

  async function cej(person: string, startOn: string, endedOn: string, reason: string) {
    const created = await t.gql(
      `mutation($input: CreateCejContractInput!) { createCejContract(input: $input) { id version } }`,
      {
        input: {
          participantId: people[person],
          counsellorUserId: counsellorId,
          startOn,
          householdTaxBracket: 'NON_TAXABLE',
        },
      },
      counsellor,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    const signed = await t.gql(
      `mutation($input: SignCejContractInput!) { signCejContract(input: $input) { id version } }`,
      {
        input: {
          id: created.data.createCejContract.id,
          version: created.data.createCejContract.version,
          signedOn: startOn,
          inEducation: false,
          registeredJobseeker: true,
        },
      },
      counsellor,
    );
    if (!signed.data) throw new Error(JSON.stringify(signed.errors));
    const ended = await t.gql(
      `mutation($input: EndCejContractInput!) { endCejContract(input: $input) { id } }`,
      { input: { id: signed.data.signCejContract.id, version: signed.data.signCejContract.version, endedOn, reason } },
      coordinator,
    );
    if (!ended.data) throw new Error(JSON.stringify(ended.errors));
  }

  beforeAll(async () => {
    t = await TestApp.start();
    counsellor = await t.login('conseillere@ml-ales.test');
    coordinator = await t.login('coordination@ml-ales.test');
    [{ id: counsellorId }] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'conseillere@ml-ales.test'`);
    const rows: { code: string; id: string }[] = await t.dataSource.query(
      `SELECT code, id FROM branches WHERE "structureId" = $1`,
      [counsellor.structureId],
    );
    branches = Object.fromEntries(rows.map((r) => [r.code, r.id]));
    for (const [name, branch] of [
      ['A', 'ALES'],
      ['B', 'CEVENNES'],
      ['C', undefined],
      ['D', 'ALES'],
      ['E', undefined],
    ] as const)
      people[name] = await youngPerson(`Activité${name}`, branch);
    contactOfA = await contact('A', 'FIRST_WELCOME', '2023-01-10', 'ALES', 'Orienté par le lycée');
    await contact('A', 'INDIVIDUAL_INTERVIEW', '2023-02-15', 'ALES');
    await contact('B', 'FIRST_WELCOME', '2023-01-20', 'CEVENNES');
    await contact('C', 'FIRST_WELCOME', '2023-02-05', 'ALES');
    await contact('C', 'PHONE', '2023-02-06', 'ALES');
    await contact('C', 'INDIVIDUAL_INTERVIEW', '2023-03-10', 'CEVENNES');
    await contact('D', 'FIRST_WELCOME', '2023-04-03', 'ALES');
    await contact('E', 'FIRST_WELCOME', '2022-12-01', 'ALES');
    await contact('E', 'WORKSHOP', '2023-05-10', 'ALES');
    await cej('A', '2023-03-01', '2023-06-30', 'DROP_OUT');
    await cej('D', '2023-04-03', '2023-09-29', 'END_WITHOUT_SOLUTION');
  }, 180_000);
  afterAll(() => t.close());

  it('records a contact with who and where, lists a young person’s contacts, and versions corrections', async () => {
    expect(contactOfA).toMatchObject({
      kind: 'FIRST_WELCOME',
      date: '2023-01-10',
      note: 'Orienté par le lycée',
      version: 1,
      user: { fullName: expect.any(String) },
      branch: { code: 'ALES' },
    });
    const list = (await t.gql(LIST, { id: people.C }, coordinator)).data!.mlContacts;
    expect(list.map((c: any) => [c.kind, c.date, c.branch.code])).toEqual([
      ['INDIVIDUAL_INTERVIEW', '2023-03-10', 'CEVENNES'],
      ['PHONE', '2023-02-06', 'ALES'],
      ['FIRST_WELCOME', '2023-02-05', 'ALES'],
    ]);

    const updated = await t.gql(
      UPDATE,
      { input: { id: contactOfA.id, version: 1, note: 'Venu avec sa mère' } },
      coordinator,
    );
    expect(updated.data!.updateMlContact).toMatchObject({
      note: 'Venu avec sa mère',
      version: 2,
      kind: 'FIRST_WELCOME',
    });
    const stale = await t.gql(UPDATE, { input: { id: contactOfA.id, version: 1, note: 'Autre' } }, counsellor);
    expect(errorCode(stale)).toBe('CONFLICT');
    const after = (await t.gql(LIST, { id: people.A }, counsellor)).data!.mlContacts;
    expect(after.find((c: any) => c.id === contactOfA.id).note).toBe('Venu avec sa mère');
  });

  it('gives each young person’s last contact of any kind: ML contacts and the CEJ signature', async () => {
    const none = await youngPerson('ActivitéSansContact');
    const last = async (id: string) =>
      (await t.gql(`query($id: ID!) { participant(id: $id) { lastContactOn } }`, { id }, coordinator)).data!.participant
        .lastContactOn;
    // A: interview on 15 February, CEJ signed on 1 March; C: interview on 10 March; E: workshop on 10 May.
    expect(await last(people.A)).toBe('2023-03-01');
    expect(await last(people.B)).toBe('2023-01-20');
    expect(await last(people.C)).toBe('2023-03-10');
    expect(await last(people.E)).toBe('2023-05-10');
    expect(await last(none)).toBeNull();
    // The list reads it for a whole page at once.
    const list = await t.gql(
      `query { participants(first: 50, filter: { search: "Activité" }) { edges { node { lastName lastContactOn } } } }`,
      {},
      counsellor,
    );
    const byName = Object.fromEntries(
      list.data!.participants.edges.map((e: any) => [e.node.lastName, e.node.lastContactOn]),
    );
    expect(byName).toMatchObject({ ActivitéD: '2023-04-03', ActivitéSansContact: null });
  });

  it('refuses bad input with French messages per field, and records nothing', async () => {
    const lyon = await t.login('conseiller@ml-lyon.test');
    const [{ id: lyonBranch }] = await t.dataSource.query(`SELECT id FROM branches WHERE "structureId" = $1 LIMIT 1`, [
      lyon.structureId,
    ]);
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ date: addDays(todayInParis(), 1) }, { date: 'Le contact ne peut pas être dans le futur.' }],
      [{ branchId: lyonBranch }, { branchId: 'Cette antenne n’existe pas dans la structure.' }],
      [{ note: 'x'.repeat(501) }, { note: '500 caractères au plus.' }],
    ];
    for (const [change, fields] of cases) {
      const result = await t.gql(
        RECORD,
        { input: { participantId: people.B, kind: 'PHONE', date: '2023-03-01', ...change } },
        counsellor,
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual(fields);
    }
    expect((await t.gql(LIST, { id: people.B }, counsellor)).data!.mlContacts).toHaveLength(1);
  });

  it('keeps another structure out: NOT_FOUND, nothing changed; a PLIE records no ML contact', async () => {
    const lyon = await t.login('conseiller@ml-lyon.test');
    expect(errorCode(await t.gql(LIST, { id: people.A }, lyon))).toBe('NOT_FOUND');
    expect(
      errorCode(await t.gql(RECORD, { input: { participantId: people.A, kind: 'PHONE', date: '2023-03-01' } }, lyon)),
    ).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(UPDATE, { input: { id: contactOfA.id, version: 2, note: 'Piraté' } }, lyon))).toBe(
      'NOT_FOUND',
    );
    const mine = (await t.gql(LIST, { id: people.A }, counsellor)).data!.mlContacts;
    expect(mine).toHaveLength(2);
    expect(mine.find((c: any) => c.id === contactOfA.id)).toMatchObject({ note: 'Venu avec sa mère', version: 2 });
    const lyonActivity = await t.gql(ACTIVITY, { filter: { from: '2023-01-01', to: '2023-12-31' } }, lyon);
    expect(Object.values(counts(lyonActivity.data!.missionLocaleActivity.totals))).toEqual([0, 0, 0, 0, 0]);

    const plie = await t.login('referente@plie-lunel.test');
    const [{ id: pliePerson }] = await t.dataSource.query(
      `SELECT id FROM participants WHERE "structureId" = $1 LIMIT 1`,
      [plie.structureId],
    );
    const refused = await t.gql(
      RECORD,
      { input: { participantId: pliePerson, kind: 'PHONE', date: '2023-03-01' } },
      plie,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('counts first welcomes, young people followed, interviews and CEJ entries and exits by month, branch and reason', async () => {
    const result = await t.gql(ACTIVITY, { filter: { from: '2023-01-01', to: '2023-12-31' } }, coordinator);
    expect(result.errors).toBeUndefined();
    const activity = result.data!.missionLocaleActivity;
    expect(activity.months).toHaveLength(12);
    expect(Object.fromEntries(activity.series.map((s: any) => [s.measure, s.values]))).toEqual({
      FIRST_WELCOMES: [2, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      YOUNG_PEOPLE_FOLLOWED: [2, 2, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
      INTERVIEWS: [0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      CEJ_ENTRIES: [0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      CEJ_EXITS: [0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0],
    });
    expect(activity.series[0].label).toBe('Premiers accueils');
    // Five distinct young people over the year, not the sum of the months (7).
    expect(counts(activity.totals)).toEqual({
      FIRST_WELCOMES: 4,
      YOUNG_PEOPLE_FOLLOWED: 5,
      INTERVIEWS: 2,
      CEJ_ENTRIES: 2,
      CEJ_EXITS: 2,
    });
    expect(activity.byBranch.map((b: any) => [b.label, counts(b.counts)])).toEqual([
      ['Alès centre', { FIRST_WELCOMES: 3, YOUNG_PEOPLE_FOLLOWED: 4, INTERVIEWS: 1, CEJ_ENTRIES: 2, CEJ_EXITS: 2 }],
      [
        'Antenne des Cévennes',
        { FIRST_WELCOMES: 1, YOUNG_PEOPLE_FOLLOWED: 2, INTERVIEWS: 1, CEJ_ENTRIES: 0, CEJ_EXITS: 0 },
      ],
    ]);
    const exits = Object.fromEntries(
      activity.exitsByReason.filter((e: any) => e.count > 0).map((e: any) => [e.reason, [e.count, e.positive]]),
    );
    expect(exits).toEqual({ DROP_OUT: [1, false], END_WITHOUT_SOLUTION: [1, false] });

    const cevennes = await t.gql(
      ACTIVITY,
      { filter: { from: '2023-01-01', to: '2023-12-31', branchId: branches.CEVENNES } },
      coordinator,
    );
    expect(counts(cevennes.data!.missionLocaleActivity.totals)).toEqual({
      FIRST_WELCOMES: 1,
      YOUNG_PEOPLE_FOLLOWED: 2,
      INTERVIEWS: 1,
      CEJ_ENTRIES: 0,
      CEJ_EXITS: 0,
    });
    const inverted = await t.gql(ACTIVITY, { filter: { from: '2023-12-31', to: '2023-01-01' } }, coordinator);
    expect(inverted.errors![0].extensions!.fields).toEqual({ to: 'La fin de la période précède son début.' });
  });

  it('analyses the drop-off of a Mission Locale from its contacts and CEJ contracts', async () => {
    const result = await t.gql(
      DROP_OFF,
      { filter: { from: '2023-01-01', to: '2023-12-31', windowDays: 90 } },
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    const analysis = result.data!.dropOffAnalysis;
    // E was first welcomed in 2022; D entered the CEJ the day of the first welcome, so D came back; B never did.
    expect(Object.fromEntries(analysis.series.map((s: any) => [s.measure, s.values]))).toEqual({
      FIRST_CONTACTS: [2, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      NEVER_SEEN_AGAIN: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      RUPTURES: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
      EXITS_WITHOUT_SOLUTION: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
    });
    expect(counts(analysis.totals)).toEqual({
      FIRST_CONTACTS: 4,
      NEVER_SEEN_AGAIN: 1,
      RUPTURES: 1,
      EXITS_WITHOUT_SOLUTION: 1,
    });
  });
});
