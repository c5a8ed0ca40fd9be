import { contentDisposition } from './send-file';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('Bilan d’activité 2025.pdf')).toBe(
      `attachment; filename="Bilan-d-activite-2025.pdf"; filename*=UTF-8''Bilan%20d%E2%80%99activit%C3%A9%202025.pdf`,
    );
  });

  it('lets no stored name break out of the header (quotes, CR/LF, semicolons, apostrophes)', () => {
    const header = contentDisposition('a"b;\r\nSet-Cookie: x=1\'(c).pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(
      `attachment; filename="a-b-_Set-Cookie-x-1-c-.pdf"; filename*=UTF-8''a%22b%3B_Set-Cookie%3A%20x%3D1%27%28c%29.pdf`,
    );
    expect(contentDisposition('\r\n')).toBe(`attachment; filename="_"; filename*=UTF-8''_`);
  });
});
