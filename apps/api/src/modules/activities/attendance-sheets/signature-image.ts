import { PNG } from 'pngjs';

export const MAX_SIGNATURE_BYTES = 64 * 1024;
/** The signing pad draws 480 × 200; room for high-density screens, none for decompression bombs. */
export const SIGNATURE_WIDTH = { min: 16, max: 2000 } as const;
export const SIGNATURE_HEIGHT = { min: 8, max: 1000 } as const;

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A drawn signature decoded and re-encoded as a plain 8-bit RGBA PNG, or why it is refused (French). Dimensions are
 * read from the header before any pixel is inflated; the whole image is then decoded (checksums included), so what
 * is stored is an image every PDF renderer reads.
 */
export function canonicalSignaturePng(
  image: Buffer,
  maxBytes = MAX_SIGNATURE_BYTES,
): { png: Buffer } | { problem: string } {
  if (image.length > maxBytes) return { problem: 'L’image de la signature est trop lourde (64 Ko au plus).' };
  const header =
    image.length >= 24 && image.subarray(0, 8).equals(PNG_MAGIC) && image.toString('latin1', 12, 16) === 'IHDR';
  if (!header) return { problem: 'La signature doit être une image PNG (data:image/png;base64,…).' };
  const width = image.readUInt32BE(16);
  const height = image.readUInt32BE(20);
  if (
    width < SIGNATURE_WIDTH.min ||
    width > SIGNATURE_WIDTH.max ||
    height < SIGNATURE_HEIGHT.min ||
    height > SIGNATURE_HEIGHT.max
  ) {
    return {
      problem: `L’image de la signature doit mesurer entre ${SIGNATURE_WIDTH.min} × ${SIGNATURE_HEIGHT.min} et ${SIGNATURE_WIDTH.max} × ${SIGNATURE_HEIGHT.max} pixels.`,
    };
  }
  try {
    const decoded = PNG.sync.read(image);
    return { png: PNG.sync.write(decoded, { colorType: 6, inputColorType: 6, bitDepth: 8 }) };
  } catch {
    return { problem: 'L’image de la signature est illisible : signez à nouveau.' };
  }
}
