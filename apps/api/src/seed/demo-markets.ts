import {
  BidStatus,
  DEFAULT_SCORING_GRID,
  MarketKind,
  PremisesProvider,
  todayInParis,
  weightedScore,
} from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { User } from '../core/tenancy/users/user.entity';
import { Bid, BidMark } from '../modules/markets/bids/bid.entity';
import { Convention } from '../modules/markets/conventions/convention.entity';
import { Lot } from '../modules/markets/lots/lot.entity';
import { Market, ScoringCriterion } from '../modules/markets/markets/market.entity';

type LotSeed = Partial<Lot> & Pick<Lot, 'number' | 'title' | 'territory' | 'site' | 'premisesProvidedBy'>;

interface MarketSeed {
  structure: 'mlife-amiens' | 'plie-lunel' | 'ml-ales';
  reference: string;
  kind: MarketKind;
  title: string;
  lots: LotSeed[];
  /** The provider each lot is awarded to (with a signed convention), by lot number, and its marks out of 20. */
  awards: Record<number, { provider: 'insertion-plus' | 'cap-competences'; marks: string[]; price: string }>;
  /** Bids that were not retained. */
  otherBids?: Record<number, { provider: 'insertion-plus' | 'cap-competences'; marks: string[]; price: string }>;
}

const year = Number(todayInParis().slice(0, 4));
/** Multi-year demo markets (the year before to the year after), so that dated demo activity always falls inside them. */
const period = { startsOn: `${year - 1}-01-01`, endsOn: `${year + 1}-12-31` };

/** The seed 000 call of Mission Locale Alès: the promo workshops of the CEJ's intensive first month. */
export const ALES_CEJ_MARKET_REFERENCE = `CEJ-ATELIERS-${year}`;

/**
 * Seed 001 (MLIFE Grand Amiénois), seed 002 (PLIE Lunel) and seed 000 (Mission Locale Alès, CEJ workshops): their lots
 * as the calls for tenders state them.
 */
export const DEMO_MARKETS: MarketSeed[] = [
  {
    structure: 'mlife-amiens',
    reference: `MAPA-PLIE-${year}`,
    kind: MarketKind.PUBLIC_CONTRACT,
    title: 'Externalisation des missions d’accompagnement et de mise à l’emploi du public du PLIE',
    lots: [
      {
        number: 1,
        title: 'Missions d’accompagnement du public – Référent de parcours',
        territory: 'Amiens Ouest',
        site: 'Secteur QPV Étouvie',
        premisesProvidedBy: PremisesProvider.PROVIDER,
        minParticipants: 100,
        staffingFte: '1.00',
        maxAnnualPriceTtc: '42000.00',
        fseCoFunded: true,
      },
      {
        number: 2,
        title: 'Missions d’accompagnement du public – Référent de parcours',
        territory: 'Amiens Centre',
        site: 'Secteur Centre-Ville',
        premisesProvidedBy: PremisesProvider.PROVIDER,
        minParticipants: 100,
        staffingFte: '1.00',
        maxAnnualPriceTtc: '42000.00',
        fseCoFunded: true,
      },
      {
        number: 3,
        title: 'Missions spécifiques sur la mise à l’emploi des publics – Référent employabilité',
        territory: 'Amiens Centre',
        site: 'Au sein du PLIE, 10 rue Gresset',
        premisesProvidedBy: PremisesProvider.OPERATOR,
        minParticipants: 60,
        maxAnnualPriceTtc: '25000.00',
        timeTiedToParticipants: true,
        faceToFaceHours: '270.00',
        preparationHours: '75.00',
        coordinationHours: '45.00',
      },
    ],
    awards: {
      1: { provider: 'insertion-plus', marks: ['16', '15', '14', '15', '14'], price: '41500.00' },
      3: { provider: 'insertion-plus', marks: ['17', '16', '15.5', '16', '15'], price: '24800.00' },
    },
  },
  {
    structure: 'plie-lunel',
    reference: `AO-LEVEE-FREINS-${year}`,
    kind: MarketKind.PUBLIC_CONTRACT,
    title: 'Levée des freins sociaux et professionnels',
    lots: [
      {
        number: 1,
        title: 'Approche globale santé et soutien psychosocial',
        territory: 'Lunel, Mauguio, La Grande-Motte, Carnon et Palavas-les-Flots',
        site: 'Lunel, Mauguio, La Grande-Motte, Carnon et Palavas-les-Flots',
        premisesProvidedBy: PremisesProvider.PROVIDER,
        minParticipants: 100,
        staffingFte: '0.70',
        fseCoFunded: true,
        sessionsCount: 3,
        workshopsPerSession: 3,
        workshopMinutes: 180,
        groupMin: 4,
        groupMax: 7,
        interviewsPerParticipant: 5,
        interviewMaxMinutes: 45,
        exchangeSessions: 10,
        exchangeSessionMinutes: 90,
        eventHalfDays: 6,
      },
      {
        number: 2,
        title: 'Lutte contre l’isolement, la perte de confiance en soi, l’image de soi',
        territory: 'Territoire d’intervention du PLIE',
        site: 'Territoire d’intervention du PLIE',
        premisesProvidedBy: PremisesProvider.PROVIDER,
        minParticipants: 16,
        fseCoFunded: true,
        permanentEntry: true,
        sessionsCount: 2,
        groupMin: 8,
        eventHalfDays: 6,
      },
      {
        number: 3,
        title: 'Lutte contre la perte de repère professionnel (immersions)',
        territory: 'Territoire d’intervention du PLIE',
        site: 'Structures d’accueil du territoire',
        premisesProvidedBy: PremisesProvider.PROVIDER,
        minParticipants: 30,
        fseCoFunded: true,
        eventHalfDays: 6,
      },
      {
        number: 4,
        title: 'Émergence ou confirmation de projet professionnel (bilans)',
        territory: 'Lunel, Mauguio et littoral',
        site: 'Lunel, Mauguio et littoral',
        premisesProvidedBy: PremisesProvider.PROVIDER,
        fseCoFunded: true,
        assessmentsCount: 10,
        eventHalfDays: 6,
      },
    ],
    awards: {
      1: { provider: 'cap-competences', marks: ['17', '16', '14', '16', '15'], price: '38000.00' },
      2: { provider: 'cap-competences', marks: ['15', '16', '15', '14', '15'], price: '12000.00' },
      3: { provider: 'cap-competences', marks: ['16', '15', '15', '15', '16'], price: '18000.00' },
      4: { provider: 'cap-competences', marks: ['18', '17', '13', '17', '16'], price: '15000.00' },
    },
    otherBids: { 1: { provider: 'insertion-plus', marks: ['14', '13', '15', '12', '13'], price: '36000.00' } },
  },
  {
    structure: 'ml-ales',
    reference: ALES_CEJ_MARKET_REFERENCE,
    kind: MarketKind.PUBLIC_CONTRACT,
    title: 'Accompagnement des jeunes du Contrat d’Engagement Jeune pendant les ateliers du 1er mois intensif',
    lots: [
      {
        number: 1,
        title: 'Ateliers collectifs du mois intensif (promos CEJ)',
        territory: 'Alès Agglomération et bassin d’emploi d’Alès',
        site: 'Mission Locale Alès, salle collective',
        premisesProvidedBy: PremisesProvider.OPERATOR,
        groupMin: 8,
        groupMax: 15,
      },
    ],
    awards: { 1: { provider: 'cap-competences', marks: ['16', '15', '16', '15', '16'], price: '21000.00' } },
  },
];

/** Inserts the demo markets, lots, bids and conventions that are missing (by reference, lot number, provider); never changes what exists. */
export async function loadDemoMarkets(
  manager: EntityManager,
  structureIds: Map<string, string>,
): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  const coordinator = await manager.findOneBy(User, { email: 'coordination@mlife-amiens.test' });
  for (const seed of DEMO_MARKETS) {
    const structureId = structureIds.get(seed.structure)!;
    let market = await manager.findOneBy(Market, { structureId, reference: seed.reference });
    if (market) existing++;
    else {
      market = await manager.save(
        Market,
        manager.create(Market, {
          structureId,
          kind: seed.kind,
          reference: seed.reference,
          title: seed.title,
          ...period,
          proofsKeptUntil: '2033-12-31',
        }),
      );
      await manager.insert(
        ScoringCriterion,
        DEFAULT_SCORING_GRID.map((c, position) => ({
          marketId: market!.id,
          label: c.label,
          weight: c.weight,
          position,
        })),
      );
      created++;
    }
    const criteria = await manager.find(ScoringCriterion, {
      where: { marketId: market.id },
      order: { position: 'ASC' },
    });
    for (const lotSeed of seed.lots) {
      let lot = await manager.findOneBy(Lot, { marketId: market.id, number: lotSeed.number });
      if (lot) {
        existing++;
        continue;
      }
      lot = await manager.save(
        Lot,
        manager.create(Lot, {
          startsOn: market.startsOn,
          endsOn: market.endsOn,
          fseCoFunded: false,
          permanentEntry: false,
          timeTiedToParticipants: false,
          ...lotSeed,
          marketId: market.id,
          structureId,
        }),
      );
      created++;
      const award = seed.awards[lotSeed.number];
      const other = seed.otherBids?.[lotSeed.number];
      const bids: [typeof award, BidStatus][] = [];
      if (award) bids.push([award, BidStatus.AWARDED]);
      if (other) bids.push([other, award ? BidStatus.REJECTED : BidStatus.SCORED]);
      for (const [bidSeed, status] of bids) {
        const marks = new Map(criteria.map((c, i) => [c.id, bidSeed.marks[i]]));
        const bid = await manager.save(
          Bid,
          manager.create(Bid, {
            lotId: lot.id,
            structureId,
            providerStructureId: structureIds.get(bidSeed.provider)!,
            receivedOn: `${year - 1}-01-10`,
            priceTtc: bidSeed.price,
            summary: null,
            status,
            score: weightedScore(criteria, marks),
            awardJustification: null,
          }),
        );
        await manager.insert(
          BidMark,
          criteria.map((c) => ({ bidId: bid.id, criterionId: c.id, mark: marks.get(c.id)! })),
        );
        if (status === BidStatus.AWARDED) {
          const signedOn = `${year - 1}-01-20`;
          await manager.update(
            Lot,
            { id: lot.id },
            { awardedStructureId: bid.providerStructureId, conventionSignedOn: signedOn },
          );
          await manager.insert(Convention, {
            lotId: lot.id,
            bidId: bid.id,
            structureId,
            providerStructureId: bid.providerStructureId,
            reference: `CONV-${seed.reference}-LOT${lot.number}`,
            signedOn,
            startsOn: market.startsOn,
            endsOn: market.endsOn,
            amountTtc: bid.priceTtc,
            signedByUserId: coordinator?.id ?? null,
          });
        }
      }
    }
  }
  return { created, existing };
}
