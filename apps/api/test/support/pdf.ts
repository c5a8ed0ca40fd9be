import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * PDFs read as a person reads them, with poppler-utils (pdftotext, pdftoppm): the laid-out text and the rendered
 * page. `scripts/test.sh` installs poppler-utils as root on a fresh Debian machine.
 */
function poppler(tool: 'pdftotext' | 'pdftoppm', args: string[], input?: Buffer): Buffer {
  if (spawnSync(tool, ['-v']).error)
    throw new Error(
      `${tool} introuvable : installez poppler-utils (apt-get install -y poppler-utils) pour lire les PDF.`,
    );
  return execFileSync(tool, args, { input, maxBuffer: 64 * 1024 * 1024 });
}

/** The text of every page, laid out like the page (`pdftotext -layout`); pages end with a form feed. */
export function pdfToText(pdf: Buffer): string {
  return poppler('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], pdf).toString('utf8');
}

export function pdfPageCount(pdf: Buffer): number {
  return pdfToText(pdf).split('\f').length - 1;
}

/** The text with every kind of space (no-break, narrow no-break) as a plain space, runs of spaces kept. */
export const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

export interface RenderedPage {
  png: Buffer;
  width: number;
  height: number;
  /** Share of the page's pixels that are dark (text, rules): 0 for a blank page. */
  ink: number;
}

/** Page 1 rendered by `pdftoppm` to a PNG (what a viewer shows), and how much of it is ink. */
export function renderFirstPage(pdf: Buffer): RenderedPage {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-render-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const render = (format: '-png' | '-gray', name: string) =>
      poppler('pdftoppm', [
        format,
        '-r',
        '50',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        join(dir, 'in.pdf'),
        join(dir, name),
      ]);
    render('-png', 'page');
    const png = readFileSync(join(dir, 'page.png'));
    if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('pdftoppm did not write a PNG');
    render('-gray', 'gray');
    // PGM (P5): three header lines, then one byte per pixel.
    const pgm = readFileSync(join(dir, 'gray.pgm'));
    let offset = 0;
    for (let lines = 0; lines < 3; offset++) if (pgm[offset] === 0x0a) lines++;
    const pixels = pgm.subarray(offset);
    const dark = pixels.reduce((n, value) => n + (value < 128 ? 1 : 0), 0);
    return { png, width: png.readUInt32BE(16), height: png.readUInt32BE(20), ink: dark / pixels.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A supertest parser that keeps a download's body as bytes (`.buffer(true).parse(binary)`). */
export const binary = (res: any, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
