import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './download';

describe('download', () => {
  it('reads the file name the server gives', () => {
    expect(
      fileNameFromDisposition(`attachment; filename="Bilan_final.xlsx"; filename*=UTF-8''Bilan%20final.xlsx`),
    ).toBe('Bilan final.xlsx');
    expect(fileNameFromDisposition('attachment; filename="bilan.pdf"')).toBe('bilan.pdf');
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
