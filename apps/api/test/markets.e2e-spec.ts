import { errorCode, GqlResult, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const LOT = `id number title territory site premisesProvidedBy minParticipants staffingFte maxAnnualPriceTtc fseCoFunded permanentEntry timeTiedToParticipants
  conventionSignedOn version quantities { faceToFaceHours preparationHours coordinationHours groupMin groupMax interviewMaxMinutes workshopMinutes sessionsCount workshopsPerSession }
  awardedProvider { name } convention { reference amountTtc }`;
const CREATE_MARKET = `mutation($input: CreateMarketInput!) { createMarket(input: $input) { id reference proofsKeptUntil criteria { id label weight } } }`;
const CREATE_LOT = `mutation($input: CreateLotInput!) { createLot(input: $input) { ${LOT} } }`;
const UPDATE_LOT = `mutation($input: UpdateLotInput!) { updateLot(input: $input) { ${LOT} } }`;
const RECORD_BID = `mutation($input: RecordBidInput!) { recordBid(input: $input) { id status score version } }`;
const SCORE_BID = `mutation($input: ScoreBidInput!) { scoreBid(input: $input) { id status score version marks { criterionId mark } } }`;
const AWARD = `mutation($input: AwardLotInput!) { awardLot(input: $input) { id status awardJustification } }`;
const SIGN = `mutation($input: SignConventionInput!) { signConvention(input: $input) { id reference amountTtc providerStructureId } }`;

describe('markets, lots, bids and conventions', () => {
  let t: TestApp;
  let coordinator: Session;
  let counsellor: Session;
  let provider: Session;
  let lunel: Session;
  let insertionPlus: string;
  let capCompetences: string;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.login('coordination@mlife-amiens.test');
    counsellor = await t.login('referent@mlife-amiens.test');
    provider = await t.login('prestataire@insertion-plus.test');
    lunel = await t.login('coordination@plie-lunel.test');
    insertionPlus = await t.structureId('Insertion Plus Picardie');
    capCompetences = await t.structureId('Cap Compétences Méditerranée');
  });
  afterAll(() => t.close());

  it('seeds the lots of seeds 001 and 002 with their quantities, awards and conventions', async () => {
    const markets = await ok(
      t.gql(
        `{ markets { totalCount edges { node { reference proofsKeptUntil criteria { weight } lots { ${LOT} } } } } }`,
        {},
        coordinator,
      ),
    );
    expect(markets.totalCount).toBe(1);
    const market = markets.edges[0].node;
    expect(market.proofsKeptUntil).toBe('2033-12-31');
    expect(market.criteria.map((c: any) => c.weight)).toEqual([30, 20, 20, 15, 15]);
    expect(market.lots.map((l: any) => [l.number, l.minParticipants, l.maxAnnualPriceTtc])).toEqual([
      [1, 100, '42000.00'],
      [2, 100, '42000.00'],
      [3, 60, '25000.00'],
    ]);
    expect(market.lots[2]).toMatchObject({
      premisesProvidedBy: 'OPERATOR',
      timeTiedToParticipants: true,
      quantities: { faceToFaceHours: '270.00', preparationHours: '75.00', coordinationHours: '45.00' },
      awardedProvider: { name: 'Insertion Plus Picardie' },
    });
    const lunelLots = await ok(t.gql(`{ lots { totalCount edges { node { ${LOT} } } } }`, {}, lunel));
    expect(lunelLots.totalCount).toBe(4);
    expect(lunelLots.edges[0].node.quantities).toMatchObject({
      groupMin: 4,
      groupMax: 7,
      interviewMaxMinutes: 45,
      workshopMinutes: 180,
      sessionsCount: 3,
      workshopsPerSession: 3,
    });
    expect(lunelLots.edges[1].node.permanentEntry).toBe(true);
  });

  it('shows a provider only the lots it delivers, never the bids', async () => {
    const lots = await ok(
      t.gql(
        `{ lots { totalCount edges { node { number territory bids { id } convention { reference } } } } }`,
        {},
        provider,
      ),
    );
    expect(lots.edges.map((e: any) => e.node.number)).toEqual([1, 3]);
    expect(lots.edges.every((e: any) => e.node.bids.length === 0)).toBe(true);
    const [{ id: lunelLot }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' AND l.number = 1`,
    );
    expect(errorCode(await t.gql(`query($id: ID!) { lot(id: $id) { id } }`, { id: lunelLot }, provider))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(`query($id: ID!) { lot(id: $id) { id } }`, { id: lunelLot }, coordinator))).toBe(
      'NOT_FOUND',
    );
  });

  it('runs a call for tenders: lot, bids, scoring, award only to a scored bid, convention', async () => {
    expect(
      errorCode(
        await t.gql(
          CREATE_MARKET,
          {
            input: {
              kind: 'PUBLIC_CONTRACT',
              reference: 'X',
              title: 'X',
              startsOn: '2026-01-01',
              endsOn: '2026-12-31',
              proofsKeptUntil: '2033-12-31',
            },
          },
          counsellor,
        ),
      ),
    ).toBe('FORBIDDEN');
    const badGrid = await t.gql(
      CREATE_MARKET,
      {
        input: {
          kind: 'PUBLIC_CONTRACT',
          reference: 'G',
          title: 'G',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          proofsKeptUntil: '2033-12-31',
          criteria: [{ label: 'Prix', weight: 60 }],
        },
      },
      coordinator,
    );
    expect(badGrid.errors![0].extensions.fields).toEqual({
      criteria: 'Les pondérations doivent totaliser 100 % (total actuel : 60 %).',
    });
    const market = await ok(
      t.gql(
        CREATE_MARKET,
        {
          input: {
            kind: 'CALL_FOR_APPLICATIONS',
            reference: 'AAP-2026',
            title: 'Appel à projets 2026',
            startsOn: '2026-01-01',
            endsOn: '2026-12-31',
            proofsKeptUntil: '2033-12-31',
          },
        },
        coordinator,
      ),
    );
    expect(market.criteria.map((c: any) => c.weight)).toEqual([30, 20, 20, 15, 15]);

    const badLot = await t.gql(
      CREATE_LOT,
      {
        input: {
          marketId: market.id,
          number: 1,
          title: 'Lot',
          territory: 'Amiens',
          site: 'Amiens',
          premisesProvidedBy: 'PROVIDER',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          maxAnnualPriceTtc: '12,5',
        },
      },
      coordinator,
    );
    expect(badLot.errors![0].extensions.fields).toEqual({
      maxAnnualPriceTtc: 'Montant invalide (ex. 42000 ou 42000.50, sans espace).',
    });
    const lot = await ok(
      t.gql(
        CREATE_LOT,
        {
          input: {
            marketId: market.id,
            number: 1,
            title: 'Ateliers numériques',
            territory: 'Amiens',
            site: 'Amiens',
            premisesProvidedBy: 'OPERATOR',
            startsOn: '2026-02-01',
            endsOn: '2026-12-31',
            maxAnnualPriceTtc: '20000',
            quantities: { groupMin: 4, groupMax: 8 },
          },
        },
        coordinator,
      ),
    );
    expect(lot).toMatchObject({ maxAnnualPriceTtc: '20000.00', quantities: { groupMin: 4, groupMax: 8 } });
    const updated = await ok(
      t.gql(
        UPDATE_LOT,
        { input: { id: lot.id, version: lot.version, staffingFte: '0.5', quantities: { workshopMinutes: 120 } } },
        coordinator,
      ),
    );
    expect(updated).toMatchObject({
      staffingFte: '0.50',
      quantities: { groupMin: 4, groupMax: 8, workshopMinutes: 120 },
    });
    expect(
      errorCode(await t.gql(UPDATE_LOT, { input: { id: lot.id, version: lot.version, title: 'Stale' } }, coordinator)),
    ).toBe('CONFLICT');

    const bidA = await ok(
      t.gql(
        RECORD_BID,
        { input: { lotId: lot.id, providerStructureId: insertionPlus, receivedOn: '2026-01-15', priceTtc: '19000' } },
        coordinator,
      ),
    );
    const bidB = await ok(
      t.gql(
        RECORD_BID,
        {
          input: { lotId: lot.id, providerStructureId: capCompetences, receivedOn: '2026-01-16', priceTtc: '18500.50' },
        },
        coordinator,
      ),
    );
    const notProvider = await t.gql(
      RECORD_BID,
      {
        input: { lotId: lot.id, providerStructureId: coordinator.structureId, receivedOn: '2026-01-15', priceTtc: '1' },
      },
      coordinator,
    );
    expect(notProvider.errors![0].extensions.fields).toEqual({
      providerStructureId: 'Choisissez une structure prestataire.',
    });

    const unscored = await t.gql(AWARD, { input: { bidId: bidA.id } }, coordinator);
    expect(unscored.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BID_NOT_SCORED' });

    const ids = market.criteria.map((c: any) => c.id);
    const partial = await ok(
      t.gql(
        SCORE_BID,
        { input: { bidId: bidA.id, version: bidA.version, marks: [{ criterionId: ids[0], mark: '16' }] } },
        coordinator,
      ),
    );
    expect(partial).toMatchObject({ status: 'SUBMITTED', score: null });
    expect(errorCode(await t.gql(AWARD, { input: { bidId: bidA.id } }, coordinator))).toBe('BAD_USER_INPUT');
    const badMark = await t.gql(
      SCORE_BID,
      { input: { bidId: bidA.id, version: partial.version, marks: [{ criterionId: ids[1], mark: '21' }] } },
      coordinator,
    );
    expect(badMark.errors![0].extensions.fields).toEqual({
      'marks.0.mark': 'Note invalide : un nombre de 0 à 20 (ex. 15.5).',
    });
    const scoredA = await ok(
      t.gql(
        SCORE_BID,
        {
          input: {
            bidId: bidA.id,
            version: partial.version,
            marks: ids
              .slice(1)
              .map((criterionId: string, i: number) => ({ criterionId, mark: ['14.5', '12', '15', '10.25'][i] })),
          },
        },
        coordinator,
      ),
    );
    expect(scoredA).toMatchObject({ status: 'SCORED', score: '69.44' });
    const scoredB = await ok(
      t.gql(
        SCORE_BID,
        {
          input: {
            bidId: bidB.id,
            version: bidB.version,
            marks: ids.map((criterionId: string) => ({ criterionId, mark: '15' })),
          },
        },
        coordinator,
      ),
    );
    expect(scoredB.score).toBe('75.00');

    const ranking = await ok(
      t.gql(`query($id: ID!) { lot(id: $id) { bids { rank score provider { name } } } }`, { id: lot.id }, coordinator),
    );
    expect(ranking.bids).toEqual([
      { rank: 1, score: '75.00', provider: { name: 'Cap Compétences Méditerranée' } },
      { rank: 2, score: '69.44', provider: { name: 'Insertion Plus Picardie' } },
    ]);
    const notBest = await t.gql(AWARD, { input: { bidId: bidA.id } }, coordinator);
    expect(notBest.errors![0].extensions.fields).toEqual({
      justification: 'Cette candidature n’est pas la mieux notée : justifiez le choix.',
    });

    expect(
      errorCode(
        await t.gql(
          SIGN,
          {
            input: {
              lotId: lot.id,
              reference: 'C',
              signedOn: '2026-01-30',
              startsOn: '2026-02-01',
              endsOn: '2026-12-31',
              amountTtc: '18000',
            },
          },
          coordinator,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const awarded = await ok(
      t.gql(AWARD, { input: { bidId: bidA.id, justification: 'Seul candidat implanté à Amiens' } }, coordinator),
    );
    expect(awarded).toMatchObject({ status: 'AWARDED', awardJustification: 'Seul candidat implanté à Amiens' });
    const after = await ok(
      t.gql(
        `query($id: ID!) { lot(id: $id) { awardedProvider { name } bids { status } } }`,
        { id: lot.id },
        coordinator,
      ),
    );
    expect(after.awardedProvider.name).toBe('Insertion Plus Picardie');
    expect(after.bids.map((b: any) => b.status).sort()).toEqual(['AWARDED', 'REJECTED']);

    // Awarded but not yet contracted: the provider does not reach the lot.
    expect(errorCode(await t.gql(`query($id: ID!) { lot(id: $id) { id } }`, { id: lot.id }, provider))).toBe(
      'NOT_FOUND',
    );
    const tooExpensive = await t.gql(
      SIGN,
      {
        input: {
          lotId: lot.id,
          reference: 'CONV-1',
          signedOn: '2026-01-30',
          startsOn: '2026-02-01',
          endsOn: '2026-12-31',
          amountTtc: '20000.01',
        },
      },
      coordinator,
    );
    expect(tooExpensive.errors![0].extensions.fields).toEqual({
      amountTtc: 'Le montant dépasse le prix maximum du lot (20000.00 € TTC).',
    });
    const convention = await ok(
      t.gql(
        SIGN,
        {
          input: {
            lotId: lot.id,
            reference: 'CONV-1',
            signedOn: '2026-01-30',
            startsOn: '2026-02-01',
            endsOn: '2026-12-31',
            amountTtc: '19000',
          },
        },
        coordinator,
      ),
    );
    expect(convention).toMatchObject({
      reference: 'CONV-1',
      amountTtc: '19000.00',
      providerStructureId: insertionPlus,
    });
    const reached = await ok(
      t.gql(
        `query($id: ID!) { lot(id: $id) { title conventionSignedOn market { reference } } }`,
        { id: lot.id },
        provider,
      ),
    );
    expect(reached).toEqual({
      title: 'Ateliers numériques',
      conventionSignedOn: '2026-01-30',
      market: { reference: 'AAP-2026' },
    });
  });

  it('lists the providers to market managers (paper bids) and to providers (joint bids), searchable', async () => {
    const DIRECTORY = `query($search: String) { providerDirectory(search: $search, first: 10) { totalCount edges { node { id name siret city } } } }`;
    const all = await ok(t.gql(DIRECTORY, {}, coordinator));
    expect(all.edges.map((e: any) => e.node.name)).toEqual(['Cap Compétences Méditerranée', 'Insertion Plus Picardie']);
    const found = await ok(t.gql(DIRECTORY, { search: 'picardie' }, coordinator));
    expect(found.edges.map((e: any) => e.node.id)).toEqual([insertionPlus]);
    expect(errorCode(await t.gql(DIRECTORY, {}, counsellor))).toBe('FORBIDDEN');
    // A provider names the co-contractors of a joint bid from the same directory.
    expect((await ok(t.gql(DIRECTORY, { search: 'picardie' }, provider))).totalCount).toBe(1);
  });
});
