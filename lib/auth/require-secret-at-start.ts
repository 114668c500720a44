import { authSecret } from './secret';

/** Stops the server process when sessions could not be signed safely (see authSecret). */
export function requireSecretAtStart(): void {
  try {
    authSecret();
  } catch (error) {
    console.error(`[start] ${(error as Error).message}; refusing to start.`);
    process.exit(1);
  }
}
