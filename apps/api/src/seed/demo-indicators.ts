import {
  ActionExitReason,
  HourKind,
  IndicatorMeasure,
  PaymentParams,
  PaymentRule,
  todayInParis,
} from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { PaymentIndicator } from '../modules/indicators/payment-indicator.entity';
import { Lot } from '../modules/markets/lots/lot.entity';
import { Market } from '../modules/markets/markets/market.entity';

const year = Number(todayInParis().slice(0, 4));

/** Communes of Amiens Métropole the demo participants live in (INSEE codes as the demo participants carry them). */
export const AMIENS_METROPOLE_COMMUNES = [
  '80021',
  '80489',
  '80154',
  '80706',
  '80724',
  '80723',
  '80261',
  '80632',
  '80131',
  '80162',
  '80379',
  '80644',
  '80703',
];

interface IndicatorSeed {
  label: string;
  measure: IndicatorMeasure;
  target: number;
  rule: PaymentRule;
  params?: PaymentParams;
  hourKind?: HourKind;
  communeCodes?: string[];
  exitReason?: ActionExitReason;
}

const activeFile100: IndicatorSeed = {
  label: 'File active d’au moins 100 participants résidant sur Amiens Métropole',
  measure: IndicatorMeasure.ACTIVE_FILE,
  target: 100,
  rule: PaymentRule.PRO_RATA,
  communeCodes: AMIENS_METROPOLE_COMMUNES,
};

/**
 * The payment indicators of the demo lots, by market reference prefix and lot number. Seed 001 states them (active
 * file of 100 residents of Amiens Métropole; lot 3: 270 h face to face, 75 h preparation, 45 h coordination, each hour
 * kind governing its share of the annual price); seed 002 states quantities, turned into reasonable indicators.
 * Period: the current calendar year (seed 001: "de la date de notification au 31 décembre").
 */
export const DEMO_INDICATORS: { market: string; lot: number; indicators: IndicatorSeed[] }[] = [
  {
    market: 'MAPA-PLIE-',
    lot: 1,
    indicators: [
      { ...activeFile100, params: { priceShare: 0.9 } },
      {
        label: 'Sorties vers l’emploi ou la formation',
        measure: IndicatorMeasure.EXITS,
        exitReason: ActionExitReason.JOB_OR_TRAINING,
        target: 20,
        rule: PaymentRule.PRO_RATA,
        params: { priceShare: 0.1 },
      },
    ],
  },
  { market: 'MAPA-PLIE-', lot: 2, indicators: [activeFile100] },
  {
    market: 'MAPA-PLIE-',
    lot: 3,
    indicators: [
      {
        label: '270 h de face à face',
        measure: IndicatorMeasure.HOURS,
        hourKind: HourKind.FACE_TO_FACE,
        target: 270,
        rule: PaymentRule.PRO_RATA,
        params: { priceShare: 0.69 },
      },
      {
        label: '75 h de préparation',
        measure: IndicatorMeasure.HOURS,
        hourKind: HourKind.PREPARATION,
        target: 75,
        rule: PaymentRule.PRO_RATA,
        params: { priceShare: 0.19 },
      },
      {
        label: '45 h de coordination',
        measure: IndicatorMeasure.HOURS,
        hourKind: HourKind.COORDINATION,
        target: 45,
        rule: PaymentRule.PRO_RATA,
        params: { priceShare: 0.12 },
      },
    ],
  },
  {
    market: 'AO-LEVEE-FREINS-',
    lot: 1,
    indicators: [
      {
        label: 'File active de 100 participants',
        measure: IndicatorMeasure.ACTIVE_FILE,
        target: 100,
        rule: PaymentRule.PRO_RATA,
        params: { priceShare: 0.5 },
      },
      {
        label: '9 ateliers thématiques (3 sessions de 3)',
        measure: IndicatorMeasure.WORKSHOPS_RUN,
        target: 9,
        rule: PaymentRule.THRESHOLDS,
        params: {
          priceShare: 0.2,
          thresholds: [
            { rate: 0.5, share: 0.5 },
            { rate: 1, share: 1 },
          ],
        },
      },
      {
        label: '400 entretiens individuels (4 par participant)',
        measure: IndicatorMeasure.INTERVIEWS,
        target: 400,
        rule: PaymentRule.PRO_RATA,
        params: { priceShare: 0.2 },
      },
      {
        label: 'Fiches de liaison envoyées dans les 15 jours (90 %)',
        measure: IndicatorMeasure.SHEETS_ON_TIME,
        target: 90,
        rule: PaymentRule.THRESHOLDS,
        params: {
          priceShare: 0.1,
          thresholds: [
            { rate: 0.8, share: 0.5 },
            { rate: 1, share: 1 },
          ],
        },
      },
    ],
  },
  {
    market: 'AO-LEVEE-FREINS-',
    lot: 2,
    indicators: [
      {
        label: 'File active de 16 participants (2 sessions de 8)',
        measure: IndicatorMeasure.ACTIVE_FILE,
        target: 16,
        rule: PaymentRule.THRESHOLDS,
        params: {
          thresholds: [
            { rate: 0.5, share: 0.5 },
            { rate: 0.75, share: 0.75 },
            { rate: 1, share: 1 },
          ],
        },
      },
    ],
  },
  {
    market: 'AO-LEVEE-FREINS-',
    lot: 3,
    indicators: [
      {
        label: '30 participants en immersion',
        measure: IndicatorMeasure.ACTIVE_FILE,
        target: 30,
        rule: PaymentRule.PRO_RATA,
      },
    ],
  },
  {
    market: 'AO-LEVEE-FREINS-',
    lot: 4,
    indicators: [
      {
        label: '10 bilans d’orientation ou de compétences',
        measure: IndicatorMeasure.ASSESSMENTS_DONE,
        target: 10,
        rule: PaymentRule.CAP,
        params: { unitPrice: '1350.00', priceShare: 0.9 },
      },
      {
        label: 'Premier rendez-vous dans les 15 jours suivant l’orientation',
        measure: IndicatorMeasure.FIRST_APPOINTMENT_WAIT,
        target: 15,
        rule: PaymentRule.PRO_RATA,
        params: { priceShare: 0.1 },
      },
    ],
  },
];

/** Inserts the indicators of lots that have none yet; never changes existing ones. */
export async function loadDemoIndicators(
  manager: EntityManager,
  structureIds: Map<string, string>,
): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  for (const seed of DEMO_INDICATORS) {
    const structureId = structureIds.get(seed.market.startsWith('MAPA') ? 'mlife-amiens' : 'plie-lunel')!;
    const market = await manager.findOneBy(Market, { structureId, reference: `${seed.market}${year}` });
    const lot = market && (await manager.findOneBy(Lot, { marketId: market.id, number: seed.lot }));
    if (!lot) continue;
    if (await manager.existsBy(PaymentIndicator, { lotId: lot.id })) {
      existing++;
      continue;
    }
    await manager.insert(
      PaymentIndicator,
      seed.indicators.map((i) => ({
        lotId: lot.id,
        structureId,
        label: i.label,
        measure: i.measure,
        hourKind: i.hourKind ?? null,
        exitReason: i.exitReason ?? null,
        communeCodes: i.communeCodes ?? null,
        target: i.target,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        rule: i.rule,
        params: i.params ?? {},
      })),
    );
    created += seed.indicators.length;
  }
  return { created, existing };
}
