// Demo mode (the embedded PGlite database) may run without a configured secret; a real
// deployment (DATABASE_URL) must set NEXTAUTH_SECRET.
const DEMO_SECRET = 'parking-cs-portal-demo-secret-not-for-production';

/** The secret that signs session tokens. */
export function authSecret(): string {
  const configured = process.env.NEXTAUTH_SECRET;
  if (configured) return configured;
  if (process.env.DATABASE_URL) throw new Error('NEXTAUTH_SECRET must be set when DATABASE_URL is set');
  return DEMO_SECRET;
}
