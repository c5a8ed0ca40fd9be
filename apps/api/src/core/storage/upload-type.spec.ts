import { fileTypeFromBuffer } from 'file-type';
import { classifyUpload } from './upload-type';

async function classify(content: Buffer | string, mimeType: string, fileName: string) {
  const head = Buffer.from(content);
  return classifyUpload({ mimeType, fileName }, head, await fileTypeFromBuffer(head));
}

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { fields: Record<string, string> }).fields.file;
  }
  return undefined;
};

describe('classifyUpload', () => {
  it('takes a PDF for a PDF whatever the client declared, and names it .pdf', async () => {
    expect(await classify('%PDF-1.7\n1 0 obj', 'application/octet-stream', 'scan')).toEqual({
      mimeType: 'application/pdf',
      extension: '.pdf',
    });
  });

  it('refuses an executable declared as a PDF (facture.pdf.exe with an MZ header)', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]);
    await expect(classify(exe, 'application/pdf', 'facture.pdf.exe')).rejects.toMatchObject({
      fields: { file: expect.stringContaining('Type de fichier non accepté') },
    });
  });

  it('refuses HTML declared as an image, and HTML declared as text', async () => {
    const html = '<!DOCTYPE html><html><script>alert(1)</script></html>';
    await expect(classify(html, 'image/png', 'photo.png')).rejects.toMatchObject({
      fields: { file: expect.stringContaining('ne correspond pas au type annoncé (image/png)') },
    });
    await expect(classify(html, 'text/plain', 'note.txt')).rejects.toMatchObject({
      fields: { file: expect.stringContaining('n’est pas un texte brut') },
    });
  });

  it('accepts text declared as text (by type or by extension), with accents in Latin-1 or UTF-8', async () => {
    expect(await classify('Relance envoyée le 3 mars', 'text/plain', 'relance.txt')).toEqual({
      mimeType: 'text/plain',
      extension: '.txt',
    });
    expect(await classify(Buffer.from('nom;présent\n', 'latin1'), 'application/vnd.ms-excel', 'liste.csv')).toEqual({
      mimeType: 'text/csv',
      extension: '.csv',
    });
  });

  it('refuses binary garbage declared as text, an empty file, and a ZIP', async () => {
    expect(
      fieldOf(() => classifyUpload({ mimeType: 'text/plain', fileName: 'x.txt' }, Buffer.alloc(0), undefined)),
    ).toBe('Le fichier est vide.');
    await expect(classify(Buffer.from([1, 2, 3, 0, 0, 9]), 'text/plain', 'x.txt')).rejects.toMatchObject({
      fields: { file: expect.stringContaining('n’est pas un texte brut') },
    });
    const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]);
    await expect(classify(zip, 'application/pdf', 'archive.pdf')).rejects.toMatchObject({
      fields: { file: expect.stringContaining('Type de fichier non accepté') },
    });
  });
});
