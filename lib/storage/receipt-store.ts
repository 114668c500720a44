import { FileSystemReceiptStore, defaultReceiptsDir } from './file-system-receipt-store';

/**
 * Where receipt bytes live, by a key the server chose; the database keeps the rest.
 * A deployment can put S3-compatible storage behind the same three calls.
 */
export interface ReceiptStore {
  /** Stores the bytes under the key, replacing nothing the caller did not create. */
  put(key: string, data: Uint8Array, contentType: string): Promise<void>;
  /** The bytes under the key, or null when there are none. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the key's bytes; a key that is not there is not an error. */
  delete(key: string): Promise<void>;
}

declare global {
  // One store per server process, kept across hot reloads in development.
  var __csPortalReceiptStore: ReceiptStore | undefined;
}

/** The app's receipt store: files under RECEIPTS_DIR (default ./.data/receipts). */
export function getReceiptStore(): ReceiptStore {
  globalThis.__csPortalReceiptStore ??= new FileSystemReceiptStore(defaultReceiptsDir());
  return globalThis.__csPortalReceiptStore;
}
