import { createHash, Hash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';

/** Passes bytes through, counting them and computing their SHA-256 on the way. */
export class HashingStream extends Transform {
  private readonly hash: Hash = createHash('sha256');
  /** Not `size`: the S3 SDK would take a `size` property for the body's length. */
  byteCount = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.byteCount += chunk.length;
    callback(null, chunk);
  }

  static of(content: Buffer): string {
    return createHash('sha256').update(content).digest('hex');
  }

  /** Hex SHA-256 of everything that went through; call once the stream has ended. */
  digest(): string {
    return this.hash.digest('hex');
  }
}
