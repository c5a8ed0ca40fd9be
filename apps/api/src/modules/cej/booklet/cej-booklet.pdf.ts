import {
  BOOKLET_ENTRY_KIND_LABELS,
  BookletEntryKind,
  CEJ_ACTION_KIND_LABELS,
  CEJ_ACTION_OUTCOME_LABELS,
  CEJ_CONTRACT_STATUS_LABELS,
  isWithinLocalArea,
  LOCAL_JOB_MARKET_RADIUS_KM,
  MARKET_KNOWLEDGE_KIND_LABELS,
  MarketKnowledgeKind,
  POSITIONING_FIELD_LABELS,
  POSITIONING_MILESTONE_LABELS,
  positioningProgress,
  SELF_EVALUATION_LABELS,
  TRANSVERSAL_SKILL_STATUS_LABELS,
  TransversalSkillStatus,
  TUTOR_CRITERION_LABELS,
  TutorCriterion,
} from '@passerelle/domain';
import { createPdf, drawPdfTable, PDF_FONT } from '../../../core/pdf/pdf';
import { BookletData } from './cej-booklet.service';

/** "2025-03-10" → "10/03/2025", as French readers write days. */
export const frenchDate = (day: string | null | undefined): string =>
  day ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : '';
const hours = (value: number | null) => (value === null ? '' : `${String(value).replace('.', ',')} h`);

/** The young person's action booklet as a PDF (A4, embedded fonts), section by section. */
export function renderBookletPdf(data: BookletData): Promise<Buffer> {
  const { contract, participant } = data;
  const { doc, done } = createPdf({
    size: 'A4',
    margin: 50,
    info: {
      Title: `Livret d’actions — ${participant.firstName} ${participant.lastName}`,
      Author: 'Passerelle',
      Subject: 'Contrat d’engagement jeune',
    },
  });

  const title = (text: string) =>
    doc
      .moveDown(0.8)
      .font(PDF_FONT.bold)
      .fontSize(13)
      .fillColor('#1d3557')
      .text(text)
      .moveDown(0.3)
      .font(PDF_FONT.regular)
      .fontSize(10)
      .fillColor('black');
  const line = (label: string, value: string | null | undefined) => {
    if (!value) return;
    doc.font(PDF_FONT.bold).text(`${label} : `, { continued: true }).font(PDF_FONT.regular).text(value);
  };
  const empty = (text: string) =>
    doc.font(PDF_FONT.italic).fillColor('#555555').text(text).font(PDF_FONT.regular).fillColor('black');

  doc.font(PDF_FONT.bold).fontSize(18).text('Livret d’actions', { align: 'center' });
  doc.font(PDF_FONT.regular).fontSize(11).text('Contrat d’engagement jeune', { align: 'center' }).moveDown();
  doc.fontSize(10);
  line('Jeune', `${participant.firstName} ${participant.lastName}`);
  line(
    'Contrat',
    `du ${frenchDate(contract.startOn)} au ${frenchDate(contract.endedOn ?? contract.endOn)} (${CEJ_CONTRACT_STATUS_LABELS[contract.status]})`,
  );
  line('Conseiller·ère', data.counsellor?.fullName);

  title('Mes actions');
  if (data.actions.length === 0) empty('Aucune action réalisée pour le moment.');
  for (const action of data.actions) {
    doc
      .font(PDF_FONT.bold)
      .text(`${frenchDate(action.date)} — ${CEJ_ACTION_KIND_LABELS[action.kind]} : ${action.title}`);
    doc.font(PDF_FONT.regular);
    line('Lieu', action.organisation);
    line(
      'Réalisation',
      `${CEJ_ACTION_OUTCOME_LABELS[action.outcome]} (${hours(action.doneHours)} sur ${hours(action.plannedHours)})`,
    );
    line('Objectif', action.objective);
    line('Mon auto-évaluation', action.selfEvaluation ? SELF_EVALUATION_LABELS[action.selfEvaluation] : null);
    line('Ce que j’en retiens', action.selfEvaluationNote);
    doc.moveDown(0.4);
  }

  for (const kind of [
    BookletEntryKind.TUTOR_REVIEW,
    BookletEntryKind.INTERVIEW_REPORT,
    BookletEntryKind.YOUNG_PERSON_WORK,
  ]) {
    title(BOOKLET_ENTRY_KIND_LABELS[kind]);
    const entries = data.entries.filter((e) => e.kind === kind);
    if (entries.length === 0) empty('Rien pour le moment.');
    for (const entry of entries) {
      doc
        .font(PDF_FONT.bold)
        .text(`${frenchDate(entry.date)} — ${entry.title}`)
        .font(PDF_FONT.regular);
      line('Par', entry.author);
      line('Entreprise ou structure', entry.organisation);
      for (const [criterion, score] of Object.entries(entry.ratings ?? {}))
        line(TUTOR_CRITERION_LABELS[criterion as TutorCriterion], `${score} / 4`);
      doc.text(entry.content).moveDown(0.4);
    }
  }

  title('Mes compétences transversales');
  if (data.skills.length === 0) empty('Rien pour le moment.');
  for (const status of [TransversalSkillStatus.ACQUIRED, TransversalSkillStatus.TO_WORK_ON]) {
    const skills = data.skills.filter((s) => s.status === status);
    if (skills.length === 0) continue;
    doc
      .font(PDF_FONT.bold)
      .text(status === TransversalSkillStatus.ACQUIRED ? 'Compétences acquises' : 'Compétences à travailler')
      .font(PDF_FONT.regular);
    for (const skill of skills)
      doc.text(
        `• ${skill.label}${skill.transposition ? ` — ${skill.transposition}` : ''} (${TRANSVERSAL_SKILL_STATUS_LABELS[skill.status]})`,
      );
  }

  title(`Ma connaissance du bassin d’emploi (dans un rayon de ${LOCAL_JOB_MARKET_RADIUS_KM} km)`);
  if (data.market.length === 0) empty('Rien pour le moment.');
  for (const kind of Object.values(MarketKnowledgeKind)) {
    const items = data.market.filter((m) => m.kind === kind);
    if (items.length === 0) continue;
    doc.font(PDF_FONT.bold).text(MARKET_KNOWLEDGE_KIND_LABELS[kind]).font(PDF_FONT.regular);
    for (const item of items) {
      const where = [
        item.commune,
        item.distanceKm !== null
          ? `${item.distanceKm} km${isWithinLocalArea(item.distanceKm) ? '' : ' (hors du bassin)'}`
          : null,
      ]
        .filter(Boolean)
        .join(', ');
      doc.text(
        `• ${item.name}${where ? ` (${where})` : ''}${item.seasonality ? ` — saisonnalité : ${item.seasonality}` : ''}${item.note ? ` — ${item.note}` : ''}`,
      );
    }
  }

  title(BOOKLET_ENTRY_KIND_LABELS[BookletEntryKind.SOCIAL_RESOURCE]);
  const resources = data.entries.filter((e) => e.kind === BookletEntryKind.SOCIAL_RESOURCE);
  if (resources.length === 0) empty('Rien pour le moment.');
  for (const entry of resources)
    doc.text(`• ${entry.title}${entry.organisation ? ` — ${entry.organisation}` : ''} : ${entry.content}`);

  title('Mes positionnements');
  if (data.positionings.length === 0) empty('Aucune fiche de positionnement pour le moment.');
  for (const positioning of data.positionings)
    doc.text(`• ${POSITIONING_MILESTONE_LABELS[positioning.milestone]} — ${frenchDate(positioning.date)}`);
  if (data.positionings.length >= 2) {
    const first = data.positionings[0];
    const last = data.positionings[data.positionings.length - 1];
    const { fields } = positioningProgress(first.scores, last.scores);
    doc
      .moveDown(0.3)
      .font(PDF_FONT.bold)
      .text(`Progression du ${frenchDate(first.date)} au ${frenchDate(last.date)} (moyenne sur 4)`)
      .font(PDF_FONT.regular);
    const decimal = (value: number | null | undefined) => (value == null ? '' : String(value).replace('.', ','));
    drawPdfTable(doc, {
      fontSize: 9,
      columns: [
        { header: 'Domaine' },
        { header: frenchDate(first.date), align: 'right' },
        { header: frenchDate(last.date), align: 'right' },
        { header: 'Évolution', align: 'right' },
      ],
      rows: fields.map((field) => [
        POSITIONING_FIELD_LABELS[field.field],
        decimal(field.before),
        decimal(field.after),
        field.delta === null ? '' : `${field.delta >= 0 ? '+' : ''}${decimal(field.delta)}`,
      ]),
    });
  }

  doc.end();
  return done;
}
