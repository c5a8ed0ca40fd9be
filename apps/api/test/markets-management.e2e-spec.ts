import { errorCode, GqlResult, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const MARKET = `id reference title startsOn endsOn version criteria { id label weight }`;
const CREATE_MARKET = `mutation($input: CreateMarketInput!) { createMarket(input: $input) { ${MARKET} } }`;
const UPDATE_MARKET = `mutation($input: UpdateMarketInput!) { updateMarket(input: $input) { ${MARKET} } }`;
const CREATE_LOT = `mutation($input: CreateLotInput!) { createLot(input: $input) { id version } }`;
const UPDATE_LOT = `mutation($input: UpdateLotInput!) { updateLot(input: $input) { id title version quantities { groupMax } } }`;
const BID = `id status score version withdrawnAt priceTtc lot { id title }`;
const SUBMIT = `mutation($input: SubmitBidInput!) { submitBid(input: $input) { ${BID} } }`;
const WITHDRAW = `mutation($input: WithdrawBidInput!) { withdrawBid(input: $input) { ${BID} } }`;
const SCORE = `mutation($input: ScoreBidInput!) { scoreBid(input: $input) { id status score version } }`;
const AWARD = `mutation($input: AwardLotInput!) { awardLot(input: $input) { id status } }`;
const SIGN = `mutation($input: SignConventionInput!) { signConvention(input: $input) { id version endsOn amountTtc } }`;
const AMEND = `mutation($input: AmendConventionInput!) { amendConvention(input: $input) { number signedOn reason description previousEndsOn endsOn previousAmountTtc amountTtc } }`;
const LOT_BIDS = `query($id: ID!) { lot(id: $id) { bids { id status rank provider { name } } convention { version endsOn amountTtc amendments { number reason previousEndsOn endsOn previousAmountTtc amountTtc } } } }`;
const OPEN_LOTS = `{ openLots(first: 50) { edges { node { id title } } } }`;
const MY_BIDS = `{ myBids(first: 50) { totalCount edges { node { id status lot { title } } } } }`;

describe('market management: edits with versions, providers’ bids, convention amendments, FSE+ from the entry sheet', () => {
  let t: TestApp;
  let coordinator: Session;
  let lunel: Session;
  let provider: Session;
  let otherProvider: Session;
  let market: any;
  let lotId: string;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.login('coordination@mlife-amiens.test');
    lunel = await t.login('coordination@plie-lunel.test');
    provider = await t.login('prestataire@insertion-plus.test');
    otherProvider = await t.login('prestataire@cap-competences.test');
    market = await ok(
      t.gql(
        CREATE_MARKET,
        {
          input: {
            kind: 'CALL_FOR_APPLICATIONS',
            reference: 'AAP-2030',
            title: 'Appel 2030',
            startsOn: '2030-01-01',
            endsOn: '2030-12-31',
            proofsKeptUntil: '2033-12-31',
          },
        },
        coordinator,
      ),
    );
    const lot = await ok(
      t.gql(
        CREATE_LOT,
        {
          input: {
            marketId: market.id,
            number: 1,
            title: 'Mobilité',
            territory: 'Amiens',
            site: 'Amiens',
            premisesProvidedBy: 'PROVIDER',
            startsOn: '2030-02-01',
            endsOn: '2030-11-30',
            maxAnnualPriceTtc: '30000',
            quantities: { groupMin: 4, groupMax: 8 },
          },
        },
        coordinator,
      ),
    );
    lotId = lot.id;
  });
  afterAll(() => t.close());

  it('edits a market and its grid with the version read; a stale edit gets CONFLICT; another structure gets NOT_FOUND', async () => {
    const edited = await ok(
      t.gql(
        UPDATE_MARKET,
        {
          input: {
            id: market.id,
            version: market.version,
            title: 'Appel à projets 2030',
            criteria: [
              { label: 'Prix', weight: 40 },
              { label: 'Méthode', weight: 60 },
            ],
          },
        },
        coordinator,
      ),
    );
    expect(edited).toMatchObject({ title: 'Appel à projets 2030', version: market.version + 1 });
    expect(edited.criteria.map((c: any) => [c.label, c.weight])).toEqual([
      ['Prix', 40],
      ['Méthode', 60],
    ]);
    const stale = await t.gql(
      UPDATE_MARKET,
      { input: { id: market.id, version: market.version, title: 'Écrasé' } },
      coordinator,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const badGrid = await t.gql(
      UPDATE_MARKET,
      { input: { id: market.id, version: edited.version, criteria: [{ label: 'Prix', weight: 50 }] } },
      coordinator,
    );
    expect(badGrid.errors![0].extensions.fields).toEqual({
      criteria: 'Les pondérations doivent totaliser 100 % (total actuel : 50 %).',
    });
    const lotOutside = await t.gql(
      UPDATE_MARKET,
      { input: { id: market.id, version: edited.version, startsOn: '2030-03-01' } },
      coordinator,
    );
    expect(lotOutside.errors![0].extensions.fields).toEqual({
      startsOn: 'Le lot 1 sortirait de la période du marché : modifiez-le d’abord.',
    });
    expect(
      errorCode(
        await t.gql(UPDATE_MARKET, { input: { id: market.id, version: edited.version, title: 'Pris' } }, lunel),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(UPDATE_MARKET, { input: { id: market.id, version: edited.version, title: 'Pris' } }, provider),
      ),
    ).toBe('FORBIDDEN');
    const [row] = await t.dataSource.query(`SELECT title, version FROM markets WHERE id = $1`, [market.id]);
    expect(row).toEqual({ title: 'Appel à projets 2030', version: edited.version });
    market = edited;
  });

  it('edits a lot with its version; a stale edit gets CONFLICT and changes nothing', async () => {
    const [{ version }] = await t.dataSource.query(`SELECT version FROM lots WHERE id = $1`, [lotId]);
    const edited = await ok(
      t.gql(
        UPDATE_LOT,
        { input: { id: lotId, version, title: 'Mobilité et permis', quantities: { groupMax: 10 } } },
        coordinator,
      ),
    );
    expect(edited).toMatchObject({ title: 'Mobilité et permis', version: version + 1, quantities: { groupMax: 10 } });
    expect(errorCode(await t.gql(UPDATE_LOT, { input: { id: lotId, version, title: 'Écrasé' } }, coordinator))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(await t.gql(UPDATE_LOT, { input: { id: lotId, version: edited.version, title: 'Pris' } }, lunel)),
    ).toBe('NOT_FOUND');
    const [{ title }] = await t.dataSource.query(`SELECT title FROM lots WHERE id = $1`, [lotId]);
    expect(title).toBe('Mobilité et permis');
  });

  it('lets providers bid on open lots and withdraw before the award, never after', async () => {
    const open = await ok(t.gql(OPEN_LOTS, {}, provider));
    expect(open.edges.map((e: any) => e.node.id)).toContain(lotId);
    expect(errorCode(await t.gql(OPEN_LOTS, {}, coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SUBMIT, { input: { lotId, priceTtc: '28000' } }, coordinator))).toBe('FORBIDDEN');

    const mine = await ok(
      t.gql(SUBMIT, { input: { lotId, priceTtc: '28000', summary: 'Ateliers mobilité, code de la route' } }, provider),
    );
    expect(mine).toMatchObject({ status: 'SUBMITTED', priceTtc: '28000.00', lot: { title: 'Mobilité et permis' } });
    const twice = await t.gql(SUBMIT, { input: { lotId, priceTtc: '27000' } }, provider);
    expect(twice.errors![0].extensions.fields).toEqual({ lotId: 'Votre structure a déjà candidaté sur ce lot.' });
    const theirs = await ok(t.gql(SUBMIT, { input: { lotId, priceTtc: '25000' } }, otherProvider));

    // A provider cannot touch another provider's bid, nor withdraw with a stale version.
    expect(errorCode(await t.gql(WITHDRAW, { input: { bidId: theirs.id, version: theirs.version } }, provider))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(WITHDRAW, { input: { bidId: mine.id, version: mine.version + 5 } }, provider))).toBe(
      'CONFLICT',
    );
    const withdrawn = await ok(t.gql(WITHDRAW, { input: { bidId: mine.id, version: mine.version } }, provider));
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.withdrawnAt).not.toBeNull();
    const myBids = await ok(t.gql(MY_BIDS, {}, provider));
    expect(myBids.edges.map((e: any) => [e.node.lot.title, e.node.status])).toContainEqual([
      'Mobilité et permis',
      'WITHDRAWN',
    ]);

    // The operator cannot score a withdrawn bid; it scores and awards the other one.
    const criteria = market.criteria;
    const scoreWithdrawn = await t.gql(
      SCORE,
      { input: { bidId: mine.id, version: withdrawn.version, marks: [{ criterionId: criteria[0].id, mark: '12' }] } },
      coordinator,
    );
    expect(scoreWithdrawn.errors![0].extensions.fields).toEqual({
      bidId: 'Le prestataire a retiré cette candidature : elle ne se note plus.',
    });
    // Resubmitting a withdrawn bid reopens it.
    const again = await ok(t.gql(SUBMIT, { input: { lotId, priceTtc: '26000' } }, provider));
    expect(again).toMatchObject({ id: mine.id, status: 'SUBMITTED', priceTtc: '26000.00', withdrawnAt: null });

    const scored = await ok(
      t.gql(
        SCORE,
        {
          input: {
            bidId: theirs.id,
            version: theirs.version,
            marks: criteria.map((c: any) => ({ criterionId: c.id, mark: '15' })),
          },
        },
        coordinator,
      ),
    );
    expect(scored).toMatchObject({ status: 'SCORED', score: '75.00' });
    const gridLocked = await t.gql(
      UPDATE_MARKET,
      { input: { id: market.id, version: market.version, criteria: [{ label: 'Tout', weight: 100 }] } },
      coordinator,
    );
    expect(gridLocked.errors![0].extensions.fields).toEqual({
      criteria: 'Des candidatures sont déjà notées sur cette grille : elle ne peut plus changer.',
    });
    await ok(t.gql(AWARD, { input: { bidId: theirs.id } }, coordinator));

    const late = await t.gql(WITHDRAW, { input: { bidId: mine.id, version: again.version } }, provider);
    expect(late.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOT_ALREADY_AWARDED' });
    const lot = await ok(t.gql(LOT_BIDS, { id: lotId }, coordinator));
    expect(lot.bids.map((b: any) => [b.provider.name, b.status, b.rank])).toEqual([
      ['Cap Compétences Méditerranée', 'AWARDED', 1],
      ['Insertion Plus Picardie', 'REJECTED', null],
    ]);
    expect((await ok(t.gql(OPEN_LOTS, {}, provider))).edges.map((e: any) => e.node.id)).not.toContain(lotId);
    expect(errorCode(await t.gql(SUBMIT, { input: { lotId, priceTtc: '1000' } }, provider))).toBe('BAD_USER_INPUT');
  });

  it('records dated amendments to a signed convention, keeping the former terms', async () => {
    const convention = await ok(
      t.gql(
        SIGN,
        {
          input: {
            lotId,
            reference: 'CONV-2030-1',
            signedOn: '2030-01-20',
            startsOn: '2030-02-01',
            endsOn: '2030-11-30',
            amountTtc: '25000',
          },
        },
        coordinator,
      ),
    );
    expect(convention.version).toBe(1);
    const input = {
      conventionId: convention.id,
      version: convention.version,
      signedOn: '2030-06-01',
      reason: 'Hausse des orientations',
      description: 'Prolongation d’un mois et 2 ateliers de plus',
      endsOn: '2030-12-31',
      amountTtc: '28000',
    };
    expect(errorCode(await t.gql(AMEND, { input }, lunel))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(AMEND, { input }, otherProvider))).toBe('FORBIDDEN');
    const tooMuch = await t.gql(
      AMEND,
      { input: { ...input, amountTtc: '31000', signedOn: '2030-01-01' } },
      coordinator,
    );
    expect(tooMuch.errors![0].extensions.fields).toEqual({
      amountTtc: 'Le montant dépasse le prix maximum du lot (30000.00 € TTC).',
      signedOn: 'Un avenant ne peut précéder la signature de la convention.',
    });
    const first = await ok(t.gql(AMEND, { input }, coordinator));
    expect(first).toMatchObject({
      number: 1,
      previousEndsOn: '2030-11-30',
      endsOn: '2030-12-31',
      previousAmountTtc: '25000.00',
      amountTtc: '28000.00',
    });
    expect(errorCode(await t.gql(AMEND, { input: { ...input, amountTtc: '29000' } }, coordinator))).toBe('CONFLICT');
    await ok(
      t.gql(
        AMEND,
        {
          input: {
            ...input,
            version: convention.version + 1,
            signedOn: '2030-09-01',
            reason: 'Révision du prix',
            description: 'Montant ramené',
            endsOn: null,
            amountTtc: '27000',
          },
        },
        coordinator,
      ),
    );
    const lot = await ok(t.gql(LOT_BIDS, { id: lotId }, otherProvider));
    expect(lot.convention).toMatchObject({ version: 3, endsOn: '2030-12-31', amountTtc: '27000.00' });
    expect(
      lot.convention.amendments.map((a: any) => [a.number, a.reason, a.previousAmountTtc, a.amountTtc, a.endsOn]),
    ).toEqual([
      [1, 'Hausse des orientations', '25000.00', '28000.00', '2030-12-31'],
      [2, 'Révision du prix', '28000.00', '27000.00', '2030-12-31'],
    ]);
  });

  it('fills the participant’s empty FSE+ entry fields from the entry sheet’s questionnaire, and traces it', async () => {
    const [{ id: lot3 }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'MAPA-PLIE%' AND l.number = 3`,
    );
    const [{ id: participantId }] = await t.dataSource.query(
      `SELECT id FROM participants WHERE "lastName" = 'Lefebvre'`,
    );
    await t.dataSource.query(
      `UPDATE participants SET "fseEmploymentStatus" = 'INACTIVE', "fseHouseholdSituation" = NULL, "fseHomeless" = NULL WHERE id = $1`,
      [participantId],
    );
    const referent = await t.login('referent@mlife-amiens.test');
    const today = new Date().toISOString().slice(0, 10);
    const o = await ok(
      t.gql(
        `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id version } }`,
        { input: { participantId, lotId: lot3, orientedOn: today } },
        referent,
      ),
    );
    const [{ version: before }] = await t.dataSource.query(`SELECT version FROM participants WHERE id = $1`, [
      participantId,
    ]);
    await ok(
      t.gql(
        `mutation($input: SendEntryLiaisonSheetInput!) { sendEntryLiaisonSheet(input: $input) { id } }`,
        {
          input: {
            orientationId: o.id,
            version: o.version,
            entered: true,
            startedOn: today,
            fseEntry: {
              employmentStatus: 'LONG_TERM_UNEMPLOYED',
              householdSituation: 'JOBLESS_HOUSEHOLD',
              homeless: 'NO',
            },
          },
        },
        provider,
      ),
    );
    const p = await ok(
      t.gql(
        `query($id: ID!) { participant(id: $id) { fseEntry { employmentStatus householdSituation homeless } } }`,
        { id: participantId },
        referent,
      ),
    );
    // The referent's answer stays; the empty questions take the provider's answers.
    expect(p.fseEntry).toEqual({
      employmentStatus: 'INACTIVE',
      householdSituation: 'JOBLESS_HOUSEHOLD',
      homeless: 'NO',
    });
    const [{ version: after }] = await t.dataSource.query(`SELECT version FROM participants WHERE id = $1`, [
      participantId,
    ]);
    expect(after).toBe(before + 1);
    const [trace] = await t.dataSource.query(
      `SELECT details FROM audit_logs WHERE action = 'participant.fse-entry.filled-from-liaison-sheet' AND "entityId" = $1`,
      [participantId],
    );
    expect(trace.details.fields.sort()).toEqual(['fseHomeless', 'fseHouseholdSituation']);
  });
});
