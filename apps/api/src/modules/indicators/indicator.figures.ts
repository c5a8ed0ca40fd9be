import { Injectable } from '@nestjs/common';
import { eurosToCents } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { FigureContext, ReportFigureProvider } from '../reports/figures/report-figure.registry';
import { ReportTable } from '../reports/figures/report-table.dto';
import { computeStatuses } from './indicator-statuses';
import { PaymentIndicator } from './payment-indicator.entity';

const COLUMNS = [
  { key: 'value', label: 'Valeur réalisée' },
  { key: 'target', label: 'Cible' },
  { key: 'rate', label: 'Taux de réalisation (%)' },
  { key: 'amount', label: 'Montant payable (€)' },
  { key: 'projection', label: 'Projection fin de période' },
  { key: 'unproven', label: 'Unités sans preuve (non comptées)' },
];

/**
 * The payment indicators in a report: one row per indicator of the lots the structure owns (operator) or delivers
 * (provider, convention signed), as of the last day of the report. The same computation as the API (`computeStatuses`),
 * frozen with the other figures when the report is submitted. A lot's report: the indicators of that lot only. Indicators whose period starts after the report's last
 * day are left out; none left: no table.
 */
@Injectable()
export class IndicatorFigures implements ReportFigureProvider {
  readonly key = 'payment-indicators';
  readonly order = 50;

  async compute(manager: EntityManager, context: FigureContext): Promise<ReportTable[]> {
    const lots = await manager.query<{ id: string; number: number; reference: string }[]>(
      `SELECT l.id, l.number, m.reference FROM lots l JOIN markets m ON m.id = l."marketId"
        WHERE CASE WHEN $2::uuid IS NOT NULL THEN l.id = $2::uuid
                   ELSE l."structureId" = $1 OR (l."awardedStructureId" = $1 AND l."conventionSignedOn" IS NOT NULL) END`,
      [context.structureId, context.lotId ?? null],
    );
    const lotById = new Map(lots.map((l) => [l.id, l]));
    const indicators = lots.length
      ? await manager
          .getRepository(PaymentIndicator)
          .createQueryBuilder('pi')
          .where('pi."lotId" = ANY(:lots)', { lots: lots.map((l) => l.id) })
          .andWhere('pi."periodStart" <= :end', { end: context.periodEnd })
          .getMany()
      : [];
    // No sheet at all for a structure without indicators over the period (a Mission Locale, an earlier year).
    if (indicators.length === 0) return [];
    const statuses = await computeStatuses(manager, indicators, context.periodEnd);
    statuses.sort((a, b) => {
      const la = lotById.get(a.indicator.lotId)!;
      const lb = lotById.get(b.indicator.lotId)!;
      return (
        la.reference.localeCompare(lb.reference) ||
        la.number - lb.number ||
        a.indicator.measure.localeCompare(b.indicator.measure) ||
        a.indicator.label.localeCompare(b.indicator.label)
      );
    });
    const euros = (amount: string) => Number(eurosToCents(amount)) / 100;
    return [
      {
        key: 'indicators',
        title: 'Indicateurs de paiement',
        shortTitle: 'Indicateurs',
        note: `Activité prouvée au ${context.periodEnd.split('-').reverse().join('/')} (feuilles d’émargement signées, entretiens et temps avec justificatif, fiches de liaison envoyées) ; le montant payable applique la règle de paiement de chaque indicateur au prix du lot.`,
        columns: COLUMNS,
        rows: statuses.map((s) => {
          const lot = lotById.get(s.indicator.lotId)!;
          return {
            key: s.indicator.id,
            label: `${lot.reference} – lot ${lot.number} – ${s.indicator.label}`,
            values: [
              s.value,
              s.target,
              Math.round(s.achievementRate * 10_000) / 100,
              euros(s.amountPayable),
              s.projectedValue,
              s.unprovenUnits,
            ],
          };
        }),
      },
    ];
  }
}
