import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalStorageDriver } from './local-storage.driver';
import { StoredObjectMissingError } from './storage-driver';

describe('LocalStorageDriver', () => {
  let root: string;
  let driver: LocalStorageDriver;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'passerelle-local-'));
    driver = new LocalStorageDriver(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const listed = async () => {
    const objects = [];
    for await (const object of driver.list()) objects.push(object);
    return objects;
  };
  const read = async (key: string) => {
    const chunks: Buffer[] = [];
    for await (const chunk of await driver.read(key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString();
  };

  it('writes under the key, reads back, lists, and removes', async () => {
    await driver.write('2026-12/a.pdf', Readable.from([Buffer.from('%PDF-1.4 a')]));
    expect(await read('2026-12/a.pdf')).toBe('%PDF-1.4 a');
    expect(await driver.exists('2026-12/a.pdf')).toBe(true);
    expect((await listed()).map((o) => [o.key, o.size])).toEqual([['2026-12/a.pdf', 10]]);
    await driver.remove('2026-12/a.pdf');
    await driver.remove('2026-12/a.pdf');
    expect(await driver.exists('2026-12/a.pdf')).toBe(false);
    await expect(driver.read('2026-12/a.pdf')).rejects.toBeInstanceOf(StoredObjectMissingError);
  });

  it('never shows a half-written file, and removing the key takes the half-written one too', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from('%PDF-1.4 début'));
        this.destroy(new Error('connexion coupée'));
      },
    });
    await expect(driver.write('2026-12/b.pdf', failing)).rejects.toThrow('connexion coupée');
    expect(await driver.exists('2026-12/b.pdf')).toBe(false);
    // What a killed process leaves: a partial file, never listed, removed with its key.
    writeFileSync(join(root, '2026-12', 'b.pdf.partial-0123456789ab'), 'début');
    expect(await listed()).toEqual([]);
    await driver.remove('2026-12/b.pdf');
    expect(readdirSync(join(root, '2026-12'))).toEqual([]);
  });

  it('refuses keys that could leave its directory', async () => {
    for (const key of ['../etc/passwd', '2026-12/../../x', '/abs.pdf', '2026-12//x.pdf', 'a\\b.pdf', '']) {
      await expect(driver.read(key)).rejects.toThrow('Unsafe storage key');
    }
  });
});
