import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertSafeKey, StorageDriver, StoredObject, StoredObjectMissingError } from './storage-driver';

/** Suffix of a file being written; it is renamed to its key once complete, and never listed. */
const PARTIAL = '.partial-';

/** Files under one directory (FILES_DIR): for a single machine, on a backed-up volume. */
export class LocalStorageDriver implements StorageDriver {
  readonly name = 'local' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    assertSafeKey(key);
    return join(this.root, key);
  }

  async write(key: string, body: Readable): Promise<void> {
    const target = this.path(key);
    const partial = `${target}${PARTIAL}${randomBytes(6).toString('hex')}`;
    await mkdir(dirname(target), { recursive: true });
    try {
      await pipeline(body, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async read(key: string): Promise<Readable> {
    const path = this.path(key);
    // Opened before it is returned, so a missing file is an error here and not in the middle of a response.
    await access(path).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' || error.code === 'ENOTDIR' ? new StoredObjectMissingError(key) : error;
    });
    return createReadStream(path);
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.path(key)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  /** Also removes what a write of `key` left half-done (the process died while writing). */
  async remove(key: string): Promise<void> {
    const target = this.path(key);
    await rm(target, { force: true });
    const partials = (await readdir(dirname(target)).catch(() => [] as string[])).filter((name) =>
      name.startsWith(`${basename(target)}${PARTIAL}`),
    );
    for (const name of partials) await rm(join(dirname(target), name), { force: true });
  }

  async *list(): AsyncIterable<StoredObject> {
    const entries = await readdir(this.root, { recursive: true, withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      },
    );
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.includes(PARTIAL)) continue;
      const path = join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
      const info = await stat(path).catch(() => null);
      if (!info) continue;
      yield { key: relative(this.root, path).split(sep).join('/'), size: info.size, lastModified: info.mtime };
    }
  }
}
