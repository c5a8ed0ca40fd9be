import type { Request } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import type { StorageEngine } from 'multer';
import { Readable } from 'node:stream';
import { FileStore } from './file-store';
import { AcceptedType, classifyUpload, SNIFF_BYTES } from './upload-type';

/** What an upload handler receives instead of a buffer: the file is already in storage, pending its row. */
export interface StoredUpload {
  originalname: string;
  /** Detected from the content, not the client's declared type. */
  mimetype: string;
  extension: string;
  /** The generated id, also the last part of the key. */
  id: string;
  key: string;
  size: number;
  sha256: string;
}

/** Reads the first `bytes` of a stream and gives back a stream of the whole (head included), without buffering more. */
async function peek(stream: Readable, bytes: number): Promise<{ head: Buffer; whole: Readable }> {
  const iterator = stream[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value as Buffer);
    length += (next.value as Buffer).length;
  }
  const head = Buffer.concat(chunks);
  async function* rest() {
    yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value as Buffer;
  }
  return { head, whole: Readable.from(rest(), { objectMode: false }) };
}

/**
 * Multer storage engine: the upload streams to the FileStore (no whole-file buffer), its type is decided from its
 * first bytes before anything is written, and it is stored under a generated key. Multer's `limits.fileSize` still
 * applies (413 in French); a file cut by the limit is removed.
 */
export class StreamingUploadStorage implements StorageEngine {
  constructor(private readonly files: FileStore) {}

  _handleFile(
    _req: Request,
    file: Express.Multer.File,
    callback: (error?: unknown, info?: Partial<StoredUpload>) => void,
  ) {
    this.store(file).then(
      (info) => callback(null, info),
      (error) => callback(error),
    );
  }

  _removeFile(
    _req: Request,
    file: Express.Multer.File & Partial<StoredUpload>,
    callback: (error: Error | null) => void,
  ) {
    if (!file.key) return callback(null);
    this.files.discard(file.key).then(() => callback(null), callback);
  }

  private async store(file: Express.Multer.File): Promise<Partial<StoredUpload>> {
    let truncated = false;
    file.stream.once('limit', () => (truncated = true));
    const { head, whole } = await peek(file.stream, SNIFF_BYTES);
    let type: AcceptedType;
    try {
      type = classifyUpload(
        { mimeType: file.mimetype, fileName: file.originalname },
        head,
        await fileTypeFromBuffer(head),
      );
    } catch (error) {
      file.stream.resume();
      throw error;
    }
    const { id, key } = this.files.newKey(type.extension);
    const staged = await this.files.stage(key, whole);
    // Over the limit: multer answers 413 and removes the file through _removeFile (the key is returned for that).
    if (truncated) return { key };
    return { id, key, size: staged.size, sha256: staged.sha256, mimetype: type.mimeType, extension: type.extension };
  }
}
