import {
  CEJ_CONTRACT_STATUS_LABELS,
  POSITIONING_FIELD_LABELS,
  POSITIONING_MILESTONE_LABELS,
  POSITIONING_SKILLS,
  positioningProgress,
} from '@passerelle/domain';
import ExcelJS from 'exceljs';
import { frenchDate } from './cej-booklet.pdf';
import { BookletData } from './cej-booklet.service';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

function header(sheet: ExcelJS.Worksheet, row: ExcelJS.Row) {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: row.number }];
}

/**
 * The final evaluation of a young person (seed 000: "domaine de compétences acquis, axe de progrès, axes
 * d'amélioration pour chaque thématique, sous forme de tableau"), with the positioning grid's progress.
 */
export async function renderFinalEvaluationXlsx(data: BookletData): Promise<Buffer> {
  const { contract, participant } = data;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelle';
  workbook.created = new Date();

  const sheet = workbook.addWorksheet('Évaluation finale');
  sheet.columns = [{ width: 42 }, { width: 45 }, { width: 45 }, { width: 45 }, { width: 16 }, { width: 16 }];
  sheet.addRow(['Évaluation finale — Contrat d’engagement jeune']).font = { bold: true, size: 14 };
  sheet.addRow(['Jeune', `${participant.firstName} ${participant.lastName}`]);
  sheet.addRow([
    'Contrat',
    `du ${frenchDate(contract.startOn)} au ${frenchDate(contract.endedOn ?? contract.endOn)} (${CEJ_CONTRACT_STATUS_LABELS[contract.status]})`,
  ]);
  sheet.addRow(['Conseiller·ère', data.counsellor?.fullName ?? '']);
  sheet.addRow([]);
  header(
    sheet,
    sheet.addRow([
      'Thème',
      'Compétences acquises',
      'Progrès',
      'Axes d’amélioration',
      'Positionnement initial (sur 4)',
      'Positionnement final (sur 4)',
    ]),
  );
  for (const row of data.finalEvaluation) {
    const added = sheet.addRow([
      row.themeLabel,
      row.skillsAcquired,
      row.progress,
      row.areasToImprove,
      row.positioningBefore,
      row.positioningAfter,
    ]);
    added.alignment = { vertical: 'top', wrapText: true };
  }

  const grid = workbook.addWorksheet('Positionnements');
  grid.columns = [{ width: 26 }, { width: 55 }, ...data.positionings.map(() => ({ width: 22 })), { width: 12 }];
  header(
    grid,
    grid.addRow([
      'Champ',
      'Compétence',
      ...data.positionings.map((p) => `${POSITIONING_MILESTONE_LABELS[p.milestone]} (${frenchDate(p.date)})`),
      'Évolution',
    ]),
  );
  const first = data.positionings[0];
  const last = data.positionings[data.positionings.length - 1];
  const progress = first && last ? positioningProgress(first.scores, last.scores) : null;
  for (const skill of POSITIONING_SKILLS) {
    const scores = data.positionings.map((p) => p.scores.find((s) => s.skill === skill.code)?.score ?? null);
    const delta =
      data.positionings.length >= 2 ? (progress!.skills.find((s) => s.skill === skill.code)?.delta ?? null) : null;
    grid.addRow([POSITIONING_FIELD_LABELS[skill.field], skill.label, ...scores, delta]);
  }
  if (progress) {
    grid.addRow([]);
    for (const field of progress.fields) {
      const values =
        data.positionings.length >= 2
          ? [field.before, ...data.positionings.slice(2).map(() => null), field.after, field.delta]
          : [field.before, null];
      grid.addRow([`Moyenne — ${POSITIONING_FIELD_LABELS[field.field]}`, '', ...values]).font = { italic: true };
    }
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
