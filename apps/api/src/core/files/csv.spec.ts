import { toCsv } from './csv';

describe('CSV writer', () => {
  it('writes French CSV: BOM, semicolons, decimal commas, Oui/Non, quoted cells, neutralised formulas', () => {
    const rows = [
      { name: 'Dupont; Jean', share: 33.3, ok: true, note: 'dit "bonjour"\nensuite' },
      { name: '=SUM(A1)', share: null, ok: false, note: undefined },
    ];
    const csv = toCsv(
      [
        { header: 'Nom', value: (r: (typeof rows)[number]) => r.name },
        { header: 'Part (%)', value: (r) => r.share },
        { header: 'Présent', value: (r) => r.ok },
        { header: 'Note', value: (r) => r.note },
      ],
      rows,
    );
    expect(csv).toBe(
      '\uFEFFNom;Part (%);Présent;Note\r\n"Dupont; Jean";33,3;Oui;"dit ""bonjour""\nensuite"\r\n\'=SUM(A1);;Non;\r\n',
    );
  });
});
