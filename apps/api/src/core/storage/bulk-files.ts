import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream';
import { HashingStream } from './hashing-stream';
import { StorageDriver, StoredObjectMissingError } from './storage-driver';

/** A file to copy, as its row records it. */
export interface FileToCopy {
  id: string;
  key: string;
  sha256: string;
  size: number;
}

export interface CopyReport {
  copied: number;
  alreadyThere: number;
  /** Rows whose file is not in the source. */
  missing: string[];
  /** Rows whose source file does not match the recorded SHA-256 (not copied), or whose copy did not read back equal. */
  mismatched: string[];
}

async function hashOf(driver: StorageDriver, key: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of await driver.read(key)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

const matches = (file: FileToCopy, found: { sha256: string; size: number }) =>
  found.sha256 === file.sha256 && found.size === file.size;

/**
 * Copies files from one store to another (disk to bucket), under the same keys, each checked against its recorded
 * SHA-256 on the way in and read back from the target. A file already in the target with the right hash is left as
 * is, so the copy can be stopped and run again: it resumes where it stopped and never copies twice.
 */
export async function copyStoredFiles(
  files: AsyncIterable<FileToCopy>,
  source: StorageDriver,
  target: StorageDriver,
  progress: (report: CopyReport) => void = () => undefined,
): Promise<CopyReport> {
  const report: CopyReport = { copied: 0, alreadyThere: 0, missing: [], mismatched: [] };
  for await (const file of files) {
    if ((await target.exists(file.key)) && matches(file, await hashOf(target, file.key))) {
      report.alreadyThere += 1;
    } else {
      const copied = await copyOne(file, source, target);
      if (copied === 'copied') report.copied += 1;
      else report[copied].push(file.id);
    }
    progress(report);
  }
  return report;
}

async function copyOne(
  file: FileToCopy,
  source: StorageDriver,
  target: StorageDriver,
): Promise<'copied' | 'missing' | 'mismatched'> {
  let body;
  try {
    body = await source.read(file.key);
  } catch (error) {
    if (error instanceof StoredObjectMissingError) return 'missing';
    throw error;
  }
  const hashing = new HashingStream();
  await target.write(
    file.key,
    pipeline(body, hashing, () => undefined),
  );
  if (!matches(file, { sha256: hashing.digest(), size: hashing.byteCount })) {
    await target.remove(file.key);
    return 'mismatched';
  }
  return matches(file, await hashOf(target, file.key)) ? 'copied' : 'mismatched';
}

export interface VerifyReport {
  checked: number;
  /** Rows whose file is not in the store. */
  missing: string[];
  /** Rows whose file no longer matches the recorded SHA-256 (or size). */
  mismatched: string[];
}

/** Every file against its recorded SHA-256, on any driver (the bucket as well as the disk). */
export async function verifyStoredFiles(files: AsyncIterable<FileToCopy>, store: StorageDriver): Promise<VerifyReport> {
  const report: VerifyReport = { checked: 0, missing: [], mismatched: [] };
  for await (const file of files) {
    report.checked += 1;
    try {
      if (!matches(file, await hashOf(store, file.key))) report.mismatched.push(file.id);
    } catch (error) {
      if (!(error instanceof StoredObjectMissingError)) throw error;
      report.missing.push(file.id);
    }
  }
  return report;
}
