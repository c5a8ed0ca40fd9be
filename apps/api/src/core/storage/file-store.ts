import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayInParis } from '@passerelle/domain';
import { createHash, randomUUID } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import { PinoLogger } from 'nestjs-pino';
import { DataSource, EntityManager } from 'typeorm';
import { HashingStream } from './hashing-stream';
import { STORAGE_DRIVER, StorageDriver, StoredObjectMissingError } from './storage-driver';
import { StoredFileCorruptedError, StoredFileMissingError } from './storage-errors';

/** A file written to storage, with what was measured on the way. */
export interface StagedFile {
  key: string;
  size: number;
  sha256: string;
}

/** What a row records about its file: the read is checked against it. */
export interface FileRef {
  key: string;
  sha256: string;
  size: number;
}

/** Files up to this size are checked in memory before the first byte is sent; larger ones are read twice. */
const VERIFY_IN_MEMORY_BYTES = 8 * 1024 * 1024;

/**
 * The one way files are written and read. A write is journaled in `pending_files` first and committed by the
 * transaction that references it (`commit`), so a crash between the two leaves a journal row the sweep acts on,
 * never an unknown file. Every read is checked against the SHA-256 recorded at write: a mismatch or a missing file
 * is refused with a typed error and logged as an operations alert (ids only).
 */
@Injectable()
export class FileStore {
  constructor(
    @Inject(STORAGE_DRIVER) readonly driver: StorageDriver,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(FileStore.name);
  }

  /** A new generated key (never the client's file name): `2026-12/<uuid>.pdf`. */
  newKey(extension: string): { id: string; key: string } {
    const id = randomUUID();
    return { id, key: `${todayInParis().slice(0, 7)}/${id}${extension}` };
  }

  /** Journals then writes `body` under `key`, hashing on the fly; on failure nothing stays behind. */
  async stage(key: string, body: Readable | Buffer): Promise<StagedFile> {
    await this.dataSource.query(`INSERT INTO pending_files (key) VALUES ($1)`, [key]);
    const hashing = new HashingStream();
    const source = Buffer.isBuffer(body) ? Readable.from([body]) : body;
    try {
      await this.driver.write(
        key,
        pipeline(source, hashing, () => undefined),
      );
    } catch (error) {
      await this.discard(key);
      throw error;
    }
    return { key, size: hashing.byteCount, sha256: hashing.digest() };
  }

  /** In the transaction that records the row referencing `key`: the file is no longer pending. */
  async commit(manager: EntityManager, key: string): Promise<void> {
    await manager.query(`DELETE FROM pending_files WHERE key = $1`, [key]);
  }

  /**
   * Removes `key` if it is still pending (its transaction failed, or it was released by a delete); a committed file
   * is never touched, so calling this after any error is safe.
   */
  async discard(key: string): Promise<void> {
    try {
      const pending: unknown[] = await this.dataSource.query(`SELECT 1 FROM pending_files WHERE key = $1`, [key]);
      if (pending.length === 0) return;
      await this.driver.remove(key);
      await this.dataSource.query(`DELETE FROM pending_files WHERE key = $1`, [key]);
    } catch (error) {
      this.logger.warn({ key, err: error }, 'Could not discard an uncommitted file; the orphan sweep will retry');
    }
  }

  /**
   * In the transaction that deletes the row referencing `key`: the file becomes pending again, so that `discard`
   * after the commit (or the sweep, after a crash) removes it, and a rollback keeps it.
   */
  async release(manager: EntityManager, key: string): Promise<void> {
    await manager.query(`INSERT INTO pending_files (key) VALUES ($1) ON CONFLICT (key) DO NOTHING`, [key]);
  }

  /**
   * The file's bytes, checked against the recorded SHA-256 and size before anything is sent. `ids` (never names)
   * go into the operations alert if the file is missing or altered.
   */
  async read(file: FileRef, ids: Record<string, string | null>): Promise<Readable> {
    if (file.size <= VERIFY_IN_MEMORY_BYTES) {
      const content = await this.readAll(file, ids);
      this.verify(file, content.length, HashingStream.of(content), ids);
      return Readable.from([content]);
    }
    const check = createHash('sha256');
    let size = 0;
    for await (const chunk of await this.open(file, ids)) {
      check.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    this.verify(file, size, check.digest('hex'), ids);
    // Checked once; the second read is checked again as it streams, and cut if the bytes changed in between.
    const again = new HashingStream();
    const guard = new Transform({
      transform: (chunk, _encoding, callback) => callback(null, chunk),
      flush: (callback) => {
        const sha256 = again.digest();
        if (again.byteCount === file.size && sha256 === file.sha256) return callback();
        this.alert('FILE_INTEGRITY', file, ids);
        callback(new StoredFileCorruptedError());
      },
    });
    return pipeline(await this.open(file, ids), again, guard, () => undefined);
  }

  /** Orphans: journal rows older than the grace period; their files are deleted, then the rows. */
  async sweepOrphans(graceMinutes: number): Promise<{ removed: number }> {
    const rows: { key: string }[] = await this.dataSource.query(
      `SELECT key FROM pending_files WHERE "createdAt" < now() - make_interval(mins => $1) ORDER BY "createdAt" LIMIT 1000`,
      [graceMinutes],
    );
    let removed = 0;
    for (const { key } of rows) {
      await this.driver.remove(key);
      await this.dataSource.query(`DELETE FROM pending_files WHERE key = $1`, [key]);
      removed += 1;
    }
    if (removed) this.logger.warn({ removed }, 'Orphan files removed (written, never committed)');
    return { removed };
  }

  private async open(file: FileRef, ids: Record<string, string | null>): Promise<Readable> {
    try {
      return await this.driver.read(file.key);
    } catch (error) {
      if (!(error instanceof StoredObjectMissingError)) throw error;
      this.alert('FILE_MISSING', file, ids);
      throw new StoredFileMissingError();
    }
  }

  private async readAll(file: FileRef, ids: Record<string, string | null>): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.open(file, ids)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  private verify(file: FileRef, size: number, sha256: string, ids: Record<string, string | null>): void {
    if (size === file.size && sha256 === file.sha256) return;
    this.alert('FILE_INTEGRITY', file, ids);
    throw new StoredFileCorruptedError();
  }

  /** One line operations can alert on (`alert` field), with ids and the storage key only. */
  private alert(alert: 'FILE_MISSING' | 'FILE_INTEGRITY', file: FileRef, ids: Record<string, string | null>): void {
    this.logger.error(
      { alert, ...ids, key: file.key, driver: this.driver.name },
      alert === 'FILE_MISSING'
        ? 'Operations alert: a stored file is missing'
        : 'Operations alert: a stored file does not match its recorded SHA-256',
    );
  }
}
