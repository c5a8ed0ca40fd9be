import { ATTENDANCE_STATUS_LABELS, AttendanceStatus, SESSION_KIND_LABELS, SessionKind } from '@passerelle/domain';
import { createPdf, drawPdfTable, PDF_FONT } from '../../../core/pdf/pdf';

export interface SheetLine {
  lastName: string;
  firstName: string;
  attendance: AttendanceStatus | null;
  signature: Buffer | null;
  signedAt: Date | null;
}

export interface SheetFacts {
  operatorName: string;
  providerName: string;
  lotLabel: string;
  fseCoFunded: boolean;
  kind: SessionKind;
  title: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  place: string;
  facilitator: string;
  lines: SheetLine[];
  frozenAt: Date | null;
  generatedAt: Date;
}

const frenchDate = (day: string) => day.split('-').reverse().join('/');
const parisTime = (at: Date) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(at);
const duration = (minutes: number) =>
  `${Math.floor(minutes / 60)} h${minutes % 60 ? String(minutes % 60).padStart(2, '0') : ''}`;

/** What the FSE+ publicity rules require on the documents of a co-funded action (the emblem's statement, seed 001). */
export const FSE_FUNDING_MENTION = 'Cofinancé par l’Union européenne – FSE+';
export const FSE_FUNDING_DETAIL =
  'La présente action est cofinancée avec le concours du Fonds social européen plus (FSE+) de l’Union européenne.';

/** The printable attendance sheet ("feuille d’émargement") of a session, in French, A4 portrait. */
export function renderAttendanceSheet(facts: SheetFacts): Promise<Buffer> {
  const { doc, done } = createPdf({
    size: 'A4',
    margin: 40,
    info: { Title: `Feuille d’émargement – ${facts.title}`, Author: facts.providerName, Subject: facts.lotLabel },
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  if (facts.fseCoFunded) {
    // The EU emblem's statement, framed at the top of the sheet, then what the funding is.
    const top = doc.y;
    doc
      .font(PDF_FONT.bold)
      .fontSize(11)
      .text(FSE_FUNDING_MENTION, left + 8, top + 6, { width: width - 16 });
    doc
      .font(PDF_FONT.regular)
      .fontSize(8)
      .text(FSE_FUNDING_DETAIL, left + 8, doc.y + 2, { width: width - 16 });
    doc
      .lineWidth(0.8)
      .rect(left, top, width, doc.y + 6 - top)
      .stroke();
    doc.x = left;
    doc.y += 16;
  }

  doc.font(PDF_FONT.bold).fontSize(16).text('Feuille d’émargement', left, doc.y, { width, align: 'center' });
  doc.moveDown(0.5).font(PDF_FONT.regular).fontSize(10);
  doc.text(`Structure porteuse : ${facts.operatorName}`);
  doc.text(`Prestataire : ${facts.providerName}`);
  doc.text(facts.lotLabel);
  doc.moveDown(0.5).font(PDF_FONT.bold).text(`${SESSION_KIND_LABELS[facts.kind]} : ${facts.title}`);
  doc
    .font(PDF_FONT.regular)
    .text(
      `Le ${frenchDate(facts.date)} à ${facts.startTime.replace(':', ' h ')}, durée ${duration(facts.durationMinutes)} – ${facts.place}`,
    );
  doc.text(`Animation : ${facts.facilitator}`);
  doc.moveDown();

  const signatureWidth = 150;
  drawPdfTable(doc, {
    fontSize: 10,
    minRowHeight: 42,
    columns: [
      { header: 'Nom' },
      { header: 'Prénom' },
      { header: 'Présence' },
      { header: 'Signature', minWidth: signatureWidth },
    ],
    rows: facts.lines.map((line) => [
      line.lastName.toUpperCase(),
      line.firstName,
      line.attendance ? ATTENDANCE_STATUS_LABELS[line.attendance] : '',
      '',
    ]),
    drawCell: ({ row, column, x, y, width: cellWidth, height }) => {
      const line = facts.lines[row];
      if (column !== 3 || !line.signature) return;
      doc.image(line.signature, x + 4, y + 3, { fit: [cellWidth - 8, height - 14] });
      doc
        .font(PDF_FONT.regular)
        .fontSize(6)
        .text(`Signé électroniquement le ${parisTime(line.signedAt!)}`, x + 4, y + height - 9, {
          width: cellWidth - 8,
          lineBreak: false,
        })
        .fontSize(10);
    },
  });

  doc.moveDown(0.5).font(PDF_FONT.regular).fontSize(10);
  doc.text(`Signature de l’animateur·rice : ${facts.facilitator}`, left, doc.y);
  doc.moveDown(0.5).fontSize(8);
  doc.text(
    facts.frozenAt
      ? `Feuille signée et figée le ${parisTime(facts.frozenAt)}.`
      : `Feuille générée le ${parisTime(facts.generatedAt)}.`,
    left,
    doc.y,
  );
  doc.end();
  return done;
}
