import { addDays, todayInParis } from '@passerelle/domain';
import { withRowScope } from '../src/core/database/row-scope';
import { errorCode, GqlResult, TestApp } from './support/test-app';

/**
 * Procurement as the seeds run it (seeds 000, 001, 004; issue 15): the bid deadline, joint bids, the bid's content,
 * change requests and renewals on the convention, and the convention's content.
 */

type Session = { token: string; structureId: string };

const CREATE_MARKET = `mutation($input: CreateMarketInput!) { createMarket(input: $input) { id version bidsDueAt bidsDueLabel } }`;
const UPDATE_MARKET = `mutation($input: UpdateMarketInput!) { updateMarket(input: $input) { id version bidsDueAt bidsDueLabel } }`;
const CREATE_LOT = `mutation($input: CreateLotInput!) { createLot(input: $input) { id version } }`;
const SUBMIT = `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id status version } }`;
const WITHDRAW = `mutation($input: WithdrawBidInput!) { withdrawBid(input: $input) { id status version } }`;
const RECORD = `mutation($input: RecordBidInput!) { recordBid(input: $input) { id } }`;
const SUBMIT_JOINT = `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id version members { lead sharePercent structure { name } } } }`;
const MY_BIDS = `{ myBids(first: 100) { edges { node { id priceTtc lot { id } members { lead sharePercent memberStructureId } } } } }`;
const LOT_BIDS = `query($id: ID!) { lot(id: $id) { bids { id provider { name } members { lead sharePercent structure { name } } } } }`;
const OPEN_LOTS = `{ openLots(first: 100) { edges { node { id market { bidsDueAt bidsDueLabel } } } } }`;

describe('procurement (issue 15)', () => {
  let t: TestApp;
  let coordinator: Session;
  let provider: Session;
  let otherProvider: Session;
  let year = 2040;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  /** A market of the Amiens PLIE with one lot, its bids due at the given Paris day and time. */
  async function openCall(bidsDueOn?: string, bidsDueTime?: string): Promise<{ marketId: string; lotId: string }> {
    year += 1;
    const market = await ok(
      t.gql(
        CREATE_MARKET,
        {
          input: {
            kind: 'PUBLIC_CONTRACT',
            reference: `MAPA-${year}`,
            title: `Marché ${year}`,
            startsOn: `${year}-01-01`,
            endsOn: `${year}-12-31`,
            proofsKeptUntil: '2050-12-31',
            ...(bidsDueOn ? { bidsDueOn, bidsDueTime } : {}),
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
            title: `Accompagnement ${year}`,
            territory: 'Amiens Métropole',
            site: 'Amiens',
            premisesProvidedBy: 'PROVIDER',
            startsOn: `${year}-01-01`,
            endsOn: `${year}-12-31`,
            maxAnnualPriceTtc: '60000.00',
          },
        },
        coordinator,
      ),
    );
    return { marketId: market.id, lotId: lot.id };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.login('coordination@mlife-amiens.test');
    provider = await t.login('prestataire@insertion-plus.test');
    otherProvider = await t.login('prestataire@cap-competences.test');
  });
  afterAll(() => t.close());

  describe('bid deadline (« avant le 31 janvier 2023, 16 heures »)', () => {
    it('records the deadline in Paris time and writes it in French', async () => {
      const market = await ok(
        t.gql(
          CREATE_MARKET,
          {
            input: {
              kind: 'PUBLIC_CONTRACT',
              reference: 'MAPA-PLIE-2023',
              title: 'Marché 2023',
              startsOn: '2023-01-01',
              endsOn: '2023-12-31',
              proofsKeptUntil: '2033-12-31',
              bidsDueOn: '2023-01-31',
              bidsDueTime: '16:00',
            },
          },
          coordinator,
        ),
      );
      expect(market.bidsDueAt).toBe('2023-01-31T15:00:00.000Z');
      expect(market.bidsDueLabel).toBe('31 janvier 2023 à 16 h');
    });

    it('refuses a day without its hour, a wrong hour, and a deadline after the market', async () => {
      const base = {
        kind: 'PUBLIC_CONTRACT',
        reference: 'MAPA-ERR',
        title: 'Erreurs',
        startsOn: '2031-01-01',
        endsOn: '2031-12-31',
        proofsKeptUntil: '2033-12-31',
      };
      const noHour = await t.gql(CREATE_MARKET, { input: { ...base, bidsDueOn: '2031-01-15' } }, coordinator);
      expect(noHour.errors![0].extensions.fields).toEqual({ bidsDueTime: 'Indiquez l’heure limite avec le jour.' });
      const badHour = await t.gql(
        CREATE_MARKET,
        { input: { ...base, bidsDueOn: '2031-01-15', bidsDueTime: '25:00' } },
        coordinator,
      );
      expect(badHour.errors![0].extensions.fields).toEqual({ bidsDueTime: 'Heure invalide : HH:MM (ex. 16:00).' });
      const after = await t.gql(
        CREATE_MARKET,
        { input: { ...base, bidsDueOn: '2032-01-15', bidsDueTime: '16:00' } },
        coordinator,
      );
      expect(after.errors![0].extensions.fields).toEqual({
        bidsDueOn: 'La date limite de dépôt ne peut suivre la fin du marché.',
      });
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM markets WHERE reference = 'MAPA-ERR'`,
      );
      expect(count).toBe(0);
    });

    it('takes bids before the deadline and shows it to providers', async () => {
      const tomorrow = addDays(todayInParis(), 1);
      const { lotId } = await openCall(tomorrow, '16:00');
      const open = await ok(t.gql(OPEN_LOTS, {}, provider));
      const shown = open.edges.find((e: any) => e.node.id === lotId);
      expect(shown.node.market.bidsDueLabel).toMatch(/ à 16 h$/);
      const bid = await ok(t.gql(SUBMIT, { input: { lotId, priceTtc: '42000' } }, provider));
      expect(bid.status).toBe('SUBMITTED');
    });

    it('refuses a submission, and a new submission after a withdrawal, once the deadline has passed', async () => {
      const { marketId, lotId } = await openCall(addDays(todayInParis(), 1), '16:00');
      const bid = await ok(t.gql(SUBMIT, { input: { lotId, priceTtc: '42000' } }, provider));
      const withdrawn = await ok(t.gql(WITHDRAW, { input: { bidId: bid.id, version: bid.version } }, provider));
      // The operator moves the deadline to yesterday, 16 h.
      const [market] = await t.dataSource.query(`SELECT version FROM markets WHERE id = $1`, [marketId]);
      const yesterday = addDays(todayInParis(), -1);
      await ok(
        t.gql(
          UPDATE_MARKET,
          { input: { id: marketId, version: market.version, bidsDueOn: yesterday, bidsDueTime: '16:00' } },
          coordinator,
        ),
      );
      const late = await t.gql(SUBMIT, { input: { lotId, priceTtc: '41000' } }, otherProvider);
      expect(errorCode(late)).toBe('BAD_USER_INPUT');
      expect(late.errors![0].extensions.reason).toBe('BID_DEADLINE_PASSED');
      expect(late.errors![0].message).toMatch(
        /^La date limite de dépôt des candidatures est passée \(\d+ \S+ \d{4} à 16 h\) : la candidature ne peut plus être déposée ni modifiée\.$/,
      );
      const again = await t.gql(SUBMIT, { input: { lotId, priceTtc: '41000' } }, provider);
      expect(again.errors![0].extensions.reason).toBe('BID_DEADLINE_PASSED');
      const rows = await t.dataSource.query(`SELECT status, "priceTtc", version FROM bids WHERE "lotId" = $1`, [lotId]);
      expect(rows).toEqual([{ status: 'WITHDRAWN', priceTtc: '42000.00', version: withdrawn.version }]);
      // A closed call is no longer listed as open.
      const open = await ok(t.gql(OPEN_LOTS, {}, otherProvider));
      expect(open.edges.map((e: any) => e.node.id)).not.toContain(lotId);
      // A bid received on paper after the deadline's day is not recorded either.
      const paper = await t.gql(
        RECORD,
        { input: { lotId, providerStructureId: otherProvider.structureId, receivedOn: todayInParis(), priceTtc: '1' } },
        coordinator,
      );
      expect(paper.errors![0].extensions.fields).toEqual({
        receivedOn: expect.stringMatching(
          /^Reçue après la date limite de dépôt \(.+ à 16 h\) : elle ne peut être enregistrée\.$/,
        ),
      });
    });
  });

  describe('joint bids (« Les réponses par groupement … sont acceptées »)', () => {
    let lotId: string;
    let jointBidId: string;

    beforeAll(async () => {
      ({ lotId } = await openCall());
    });

    it('refuses shares that do not add up to 100 %, an unknown co-contractor and the lead named twice', async () => {
      const input = (coContractors: unknown[], leadSharePercent: string | null = '60') => ({
        input: { lotId, priceTtc: '50000', leadSharePercent, coContractors },
      });
      const short = await t.gql(
        SUBMIT_JOINT,
        input([{ structureId: provider.structureId, sharePercent: '30' }]),
        otherProvider,
      );
      expect(short.errors![0].extensions.fields).toEqual({
        coContractors: 'Les parts du groupement doivent totaliser 100 % (total saisi : 90 %).',
      });
      const noLead = await t.gql(
        SUBMIT_JOINT,
        input([{ structureId: provider.structureId, sharePercent: '40' }], null),
        otherProvider,
      );
      expect(noLead.errors![0].extensions.fields).toEqual({
        leadSharePercent: 'Indiquez la part du mandataire (en %).',
      });
      const operator = await t.gql(
        SUBMIT_JOINT,
        input([{ structureId: coordinator.structureId, sharePercent: '40' }]),
        otherProvider,
      );
      expect(operator.errors![0].extensions.fields).toEqual({
        'coContractors.0.structureId': 'Choisissez une structure prestataire.',
      });
      const self = await t.gql(
        SUBMIT_JOINT,
        input([{ structureId: otherProvider.structureId, sharePercent: '40' }]),
        otherProvider,
      );
      expect(self.errors![0].extensions.fields).toEqual({
        'coContractors.0.structureId': 'Votre structure est le mandataire : elle ne peut être aussi cotraitante.',
      });
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM bids WHERE "lotId" = $1`, [
        lotId,
      ]);
      expect(count).toBe(0);
    });

    it('records the lead and its co-contractor with their shares, shown to the operator', async () => {
      const bid = await ok(
        t.gql(
          SUBMIT_JOINT,
          {
            input: {
              lotId,
              priceTtc: '50000',
              leadSharePercent: '60',
              coContractors: [{ structureId: provider.structureId, sharePercent: '40' }],
            },
          },
          otherProvider,
        ),
      );
      jointBidId = bid.id;
      expect(bid.members).toEqual([
        { lead: true, sharePercent: '60.00', structure: { name: 'Cap Compétences Méditerranée' } },
        { lead: false, sharePercent: '40.00', structure: { name: 'Insertion Plus Picardie' } },
      ]);
      const lot = await ok(t.gql(LOT_BIDS, { id: lotId }, coordinator));
      expect(lot.bids).toEqual([
        {
          id: bid.id,
          provider: { name: 'Cap Compétences Méditerranée' },
          members: [
            { lead: true, sharePercent: '60.00', structure: { name: 'Cap Compétences Méditerranée' } },
            { lead: false, sharePercent: '40.00', structure: { name: 'Insertion Plus Picardie' } },
          ],
        },
      ]);
    });

    it('lets the co-contractor read the bid, but not withdraw it; a provider outside the group sees nothing', async () => {
      const mine = await ok(t.gql(MY_BIDS, {}, provider));
      const seen = mine.edges.find((e: any) => e.node.id === jointBidId);
      expect(seen.node.priceTtc).toBe('50000.00');
      expect(seen.node.members.map((m: any) => [m.lead, m.sharePercent, m.memberStructureId])).toEqual([
        [true, '60.00', otherProvider.structureId],
        [false, '40.00', provider.structureId],
      ]);
      const withdraw = await t.gql(WITHDRAW, { input: { bidId: jointBidId, version: 1 } }, provider);
      expect(errorCode(withdraw)).toBe('NOT_FOUND');

      // Insertion Plus bids alone on another lot: Cap Compétences, outside that bid, never sees it.
      const { lotId: soloLot } = await openCall();
      const solo = await ok(t.gql(SUBMIT, { input: { lotId: soloLot, priceTtc: '30000' } }, provider));
      const theirs = await ok(t.gql(MY_BIDS, {}, otherProvider));
      expect(theirs.edges.map((e: any) => e.node.id)).not.toContain(solo.id);
      expect(
        errorCode(await t.gql(WITHDRAW, { input: { bidId: solo.id, version: solo.version } }, otherProvider)),
      ).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(LOT_BIDS, { id: soloLot }, otherProvider))).toBe('NOT_FOUND');
    });

    it('keeps the members’ rows to the structures concerned (row-level security)', async () => {
      const lyon = (await t.login('conseiller@ml-lyon.test')).structureId;
      const rows = (scope: string) =>
        withRowScope({ kind: 'structures', structureIds: [scope] }, () =>
          t.dataSource.query(`SELECT "memberStructureId" FROM bid_members WHERE "bidId" = $1`, [jointBidId]),
        );
      expect(await rows(coordinator.structureId)).toHaveLength(2);
      expect(await rows(otherProvider.structureId)).toHaveLength(2);
      expect(await rows(provider.structureId)).toHaveLength(2);
      expect(await rows(lyon)).toEqual([]);
    });
  });
});
