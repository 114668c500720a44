import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serverEnv } from '@/lib/env';
import type { ReceiptStore } from './receipt-store';

// Keys are chosen by the server (UUIDs); anything that could name another folder is refused.
const SAFE_KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/;

/** The built-in store: one file per key in a folder outside the web root. */
export class FileSystemReceiptStore implements ReceiptStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
  }

  // The content type lives in the database row; a file system has nowhere to keep it.
  async put(key: string, data: Uint8Array, _contentType: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(this.dir, { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = path.join(this.dir, `.partial-${randomUUID()}`);
    try {
      await writeFile(partial, data, { mode: 0o600, flag: 'wx' });
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`unsafe receipt storage key: ${JSON.stringify(key)}`);
    return path.join(this.dir, key);
  }
}

/** Where receipts are kept without other configuration: RECEIPTS_DIR, else ./.data/receipts. */
export function defaultReceiptsDir(): string {
  return serverEnv().RECEIPTS_DIR ?? path.join(process.cwd(), '.data', 'receipts');
}
