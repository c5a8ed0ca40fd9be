import { PNG } from 'pngjs';
import { canonicalSignaturePng } from './signature-image';

function drawn(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let x = 0; x < width; x++) png.data[(Math.floor(height / 2) * width + x) * 4 + 3] = 255;
  return PNG.sync.write(png);
}

describe('signature images', () => {
  it('accepts a drawn signature and re-encodes it as a PNG that decodes to the same size', () => {
    const result = canonicalSignaturePng(drawn(480, 200));
    if (!('png' in result)) throw new Error(result.problem);
    expect(PNG.sync.read(result.png)).toMatchObject({ width: 480, height: 200 });
  });

  it('refuses a PNG header followed by garbage', () => {
    const valid = drawn(480, 200);
    const garbage = Buffer.concat([valid.subarray(0, 33), Buffer.from('not an image at all'.repeat(20))]);
    expect(canonicalSignaturePng(garbage)).toEqual({
      problem: 'L’image de la signature est illisible : signez à nouveau.',
    });
  });

  it('refuses huge dimensions from the header alone, before inflating anything', () => {
    const header = Buffer.from(drawn(480, 200));
    header.writeUInt32BE(100_000, 16);
    expect(canonicalSignaturePng(header)).toEqual({
      problem: 'L’image de la signature doit mesurer entre 16 × 8 et 2000 × 1000 pixels.',
    });
  });

  it('refuses what is not a PNG, and more than 64 KiB', () => {
    expect(canonicalSignaturePng(Buffer.from('GIF89a........................'))).toEqual({
      problem: 'La signature doit être une image PNG (data:image/png;base64,…).',
    });
    expect(canonicalSignaturePng(Buffer.alloc(64 * 1024 + 1))).toEqual({
      problem: 'L’image de la signature est trop lourde (64 Ko au plus).',
    });
  });
});
