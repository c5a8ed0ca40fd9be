import { Injectable } from '@nestjs/common';
import {
  ACTION_EXIT_REASON_LABELS,
  ACTION_RUPTURE_EXIT_REASONS,
  ActionExitReason,
  HOUR_KIND_LABELS,
  HourKind,
  PROSPECTED_STRUCTURE_KIND_LABELS,
  ProspectedStructureKind,
  PROSPECTION_OUTCOME_LABELS,
  ProspectionOutcome,
  STEP_KIND_LABELS,
  StepKind,
} from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import {
  LOT_ACTIVITY_SQL,
  LOT_ENTRIES_SQL,
  LOT_EXITS_SQL,
  LOT_HOURS_SQL,
  LOT_MEMBERS,
  LOT_NO_CONTACT_SQL,
  LOT_PROSPECTIONS_SQL,
  LOT_STEPS_SQL,
} from './lot-criteria.sql';
import { FigureContext, ReportFigureProvider } from './report-figure.registry';
import { ReportRow, ReportTable } from './report-table.dto';
import { typologySql, typologyTables } from './typology';

const LOT_TYPOLOGY_SQL = typologySql(LOT_MEMBERS);
const COUNT = [{ key: 'count', label: 'Nombre' }];
/** Ruptures first, then the other exits: the report shows them apart. */
const EXIT_REASONS = [
  ...ACTION_RUPTURE_EXIT_REASONS,
  ...Object.values(ActionExitReason).filter((r) => !ACTION_RUPTURE_EXIT_REASONS.includes(r)),
];
const PROSPECTION_KEYS = [
  ...Object.values(ProspectionOutcome).map((o) => `outcome:${o}`),
  ...Object.values(ProspectedStructureKind).map((k) => `kind:${k}`),
];

type Keyed = { key: string; n: number };

/**
 * A lot's report: the evaluation criteria of seed 002 §5 for the lot's participants (participants, interviews and
 * workshops per participant, typology by EPCI, commune, age, sex and status at entry, entries, ruptures and other
 * exits, people without contact), the hours done by kind, the structures prospected and the steps of their paths
 * the participants used — all counted in SQL on the lot's activity (a structure's report counts PLIE paths instead).
 */
@Injectable()
export class LotActivityFigures implements ReportFigureProvider {
  readonly key = 'lot-activity';
  readonly order = 10;

  appliesTo(context: FigureContext): boolean {
    return !!context.lotId;
  }

  async compute(manager: EntityManager, context: FigureContext): Promise<ReportTable[]> {
    const params = [context.lotId, context.periodStart, context.periodEnd];
    const [[row], [entries], exits, [contact], hours, prospections, steps, typology] = await Promise.all([
      manager.query<
        {
          oriented: number;
          followed: number;
          exits: number;
          interviews: number;
          workshops: number;
          perParticipant: number | null;
        }[]
      >(LOT_ACTIVITY_SQL, params),
      manager.query<{ oriented: number; entries: number; notEntered: number; activeAtEnd: number }[]>(
        LOT_ENTRIES_SQL,
        params,
      ),
      manager.query<Keyed[]>(LOT_EXITS_SQL, [...params, EXIT_REASONS]),
      manager.query<
        { present: number; withoutContact: number; withoutContactReminded: number; exitProposals: number }[]
      >(LOT_NO_CONTACT_SQL, params),
      manager.query<(Keyed & { hours: number })[]>(LOT_HOURS_SQL, [...params, Object.values(HourKind)]),
      manager.query<Keyed[]>(LOT_PROSPECTIONS_SQL, [...params, PROSPECTION_KEYS]),
      manager.query<(Keyed & { people: number })[]>(LOT_STEPS_SQL, [...params, Object.values(StepKind)]),
      typologyTables(manager, LOT_TYPOLOGY_SQL, params, {
        communes: true,
        entered: 'Âge au démarrage de l’action (à l’orientation tant que la fiche d’entrée n’est pas envoyée).',
      }),
    ]);
    const count = (key: string, label: string, value: number | null): ReportRow => ({ key, label, values: [value] });
    const exitLabel = (key: string) =>
      ({
        ruptures: 'Total des ruptures',
        others: 'Total des autres sorties',
        total: 'Total des sorties',
      })[key] ??
      `${ACTION_RUPTURE_EXIT_REASONS.includes(key as ActionExitReason) ? 'Rupture' : 'Sortie'} : ${ACTION_EXIT_REASON_LABELS[key as ActionExitReason]}`;
    const hourLabel = (key: string) =>
      ({
        'time-total': 'Total du temps d’intervenant saisi',
        interviews: 'Entretiens individuels (durée)',
        sessions: 'Séances collectives tenues (durée des séances)',
        immersions: 'Immersions commencées sur la période (heures prévues)',
      })[key] ?? `Temps d’intervenant : ${HOUR_KIND_LABELS[key as HourKind]}`;
    const prospectionLabel = (key: string) => {
      if (key === 'total') return 'Structures prospectées (chacune comptée une fois)';
      if (key === 'contacts') return 'Contacts de prospection';
      const [what, value] = key.split(':');
      return what === 'outcome'
        ? `dont issue : ${PROSPECTION_OUTCOME_LABELS[value as ProspectionOutcome]}`
        : `dont ${PROSPECTED_STRUCTURE_KIND_LABELS[value as ProspectedStructureKind].toLowerCase()}`;
    };
    return [
      {
        key: 'lot-activity',
        title: 'Activité du lot',
        shortTitle: 'Activité du lot',
        note: 'Participants orientés vers l’action du lot et suivis sur la période (entrés, non sortis avant son début) ; entretiens et ateliers enregistrés par le prestataire.',
        columns: [{ key: 'value', label: 'Nombre' }],
        rows: [
          count('oriented', 'Participants orientés sur la période', row.oriented),
          count('followed', 'Participants suivis', row.followed),
          count('interviews', 'Entretiens individuels', row.interviews),
          count('workshops', 'Ateliers collectifs réalisés', row.workshops),
          count('per-participant', 'Entretiens et présences en atelier par participant', row.perParticipant),
          count('exits', 'Sorties sur la période', row.exits),
        ],
      },
      ...typology,
      {
        key: 'lot-entries',
        title: 'Entrées dans l’action',
        shortTitle: 'Entrées',
        note: 'Entrée : démarrage de l’action indiqué par la fiche de liaison d’entrée. Non-entrées : orientations de la période sans entrée.',
        columns: COUNT,
        rows: [
          count('oriented', 'Orientations reçues sur la période', entries.oriented),
          count('entries', 'Entrées dans l’action sur la période', entries.entries),
          count('not-entered', 'Non-entrées (orientations de la période)', entries.notEntered),
          count('active-at-end', 'Participants dans l’action à la fin de la période', entries.activeAtEnd),
        ],
      },
      {
        key: 'lot-exits',
        title: 'Ruptures et autres sorties de l’action',
        shortTitle: 'Ruptures et sorties',
        note: 'Sorties datées dans la période, par motif. Rupture : sortie à la demande du participant (abandon) ou perte de contact.',
        columns: [{ key: 'count', label: 'Sorties' }],
        rows: exits.map((r) => count(r.key, exitLabel(r.key), r.n)),
      },
      {
        key: 'lot-no-contact',
        title: 'Personnes sans contact',
        shortTitle: 'Sans contact',
        note: 'Participants dans l’action pendant la période sans entretien, présence en séance, relance répondue ni temps de face à face sur la période.',
        columns: COUNT,
        rows: [
          count('present', 'Participants dans l’action pendant la période', contact.present),
          count('without-contact', 'Participants sans aucun contact sur la période', contact.withoutContact),
          count('without-contact-reminded', 'dont relancés sans réponse', contact.withoutContactReminded),
          count('exit-proposals', 'Propositions de sortie (perte de contact) émises', contact.exitProposals),
        ],
      },
      {
        key: 'lot-hours',
        title: 'Heures réalisées',
        shortTitle: 'Heures réalisées',
        note: 'Temps d’intervenant saisi par nature ; durée des entretiens individuels et des séances collectives tenues ; heures prévues des immersions commencées.',
        columns: [
          { key: 'count', label: 'Nombre' },
          { key: 'hours', label: 'Heures' },
        ],
        rows: hours.map((r) => ({ key: r.key, label: hourLabel(r.key), values: [r.n, r.hours] })),
      },
      {
        key: 'lot-prospections',
        title: 'Associations et structures prospectées',
        shortTitle: 'Structures prospectées',
        note: 'Structures contactées sur la période pour accueillir des participants, chacune comptée une fois avec la dernière issue connue.',
        columns: COUNT,
        rows: prospections.map((r) => count(r.key, prospectionLabel(r.key), r.n)),
      },
      {
        key: 'lot-steps',
        title: 'Étapes de parcours mobilisées',
        shortTitle: 'Étapes mobilisées',
        note: 'Étapes des parcours PLIE des participants du lot, commencées au plus tard le dernier jour de la période et non terminées avant son premier jour.',
        columns: [
          { key: 'count', label: 'Étapes' },
          { key: 'people', label: 'Participants' },
        ],
        rows: steps.map((r) => ({
          key: r.key,
          label: r.key === 'total' ? 'Total des étapes mobilisées' : STEP_KIND_LABELS[r.key as StepKind],
          values: [r.n, r.people],
        })),
      },
    ];
  }
}
