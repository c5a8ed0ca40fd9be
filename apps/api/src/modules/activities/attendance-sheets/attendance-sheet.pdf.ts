import { ATTENDANCE_STATUS_LABELS, AttendanceStatus, SESSION_KIND_LABELS, SessionKind } from '@passerelle/domain';
import PDFDocument from 'pdfkit';

export interface SheetLine {
  lastName: string;
  firstName: string;
  attendance: AttendanceStatus | null;
  signature: Buffer | null;
  /** Signed, but the stored image cannot be drawn. */
  signatureUnreadable?: boolean;
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

/** The printable attendance sheet ("feuille d’émargement") of a session, in French, A4 portrait. */
export function renderAttendanceSheet(facts: SheetFacts): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 40,
      info: { Title: `Feuille d’émargement – ${facts.title}`, Author: facts.providerName, Subject: facts.lotLabel },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(16).text('Feuille d’émargement', { align: 'center' });
    doc.moveDown(0.5).font('Helvetica').fontSize(10);
    doc.text(`Structure porteuse : ${facts.operatorName}`);
    doc.text(`Prestataire : ${facts.providerName}`);
    doc.text(facts.lotLabel);
    doc.moveDown(0.5).font('Helvetica-Bold').text(`${SESSION_KIND_LABELS[facts.kind]} : ${facts.title}`);
    doc
      .font('Helvetica')
      .text(
        `Le ${frenchDate(facts.date)} à ${facts.startTime.replace(':', ' h ')}, durée ${duration(facts.durationMinutes)} – ${facts.place}`,
      );
    doc.text(`Animation : ${facts.facilitator}`);
    if (facts.fseCoFunded)
      doc
        .moveDown(0.3)
        .fontSize(9)
        .text('Action cofinancée par l’Union européenne – Fonds social européen plus (FSE+).')
        .fontSize(10);
    doc.moveDown();

    const columns = [40, 190, 320, 420];
    const widths = [150, 130, 100, 135];
    const rowHeight = 42;
    let y = doc.y;
    doc.font('Helvetica-Bold');
    ['Nom', 'Prénom', 'Présence', 'Signature'].forEach((label, i) =>
      doc.text(label, columns[i] + 4, y + 6, { width: widths[i] - 8 }),
    );
    doc.rect(40, y, 515, 22).stroke();
    y += 22;
    doc.font('Helvetica');
    for (const line of facts.lines) {
      if (y + rowHeight > doc.page.height - 70) {
        doc.addPage();
        y = 40;
      }
      doc.rect(40, y, 515, rowHeight).stroke();
      columns.slice(1).forEach((x) =>
        doc
          .moveTo(x, y)
          .lineTo(x, y + rowHeight)
          .stroke(),
      );
      doc.text(line.lastName.toUpperCase(), columns[0] + 4, y + 6, { width: widths[0] - 8 });
      doc.text(line.firstName, columns[1] + 4, y + 6, { width: widths[1] - 8 });
      doc.text(line.attendance ? ATTENDANCE_STATUS_LABELS[line.attendance] : '', columns[2] + 4, y + 6, {
        width: widths[2] - 8,
      });
      if (line.signature || line.signatureUnreadable) {
        if (line.signature) doc.image(line.signature, columns[3] + 4, y + 3, { fit: [widths[3] - 8, rowHeight - 14] });
        else
          doc
            .fontSize(8)
            .text('Image de signature illisible', columns[3] + 4, y + 6)
            .fontSize(10);
        doc
          .fontSize(6)
          .text(`Signé électroniquement le ${parisTime(line.signedAt!)}`, columns[3] + 4, y + rowHeight - 9, {
            width: widths[3] - 8,
          })
          .fontSize(10);
      }
      y += rowHeight;
    }
    doc.y = y + 12;
    doc.x = 40;
    doc.text(`Signature de l’animateur·rice : ${facts.facilitator}`, 40, doc.y);
    doc.moveDown(0.5).fontSize(8);
    doc.text(
      facts.frozenAt
        ? `Feuille signée et figée le ${parisTime(facts.frozenAt)}.`
        : `Feuille générée le ${parisTime(facts.generatedAt)}.`,
      40,
      doc.y,
    );
    doc.end();
  });
}
