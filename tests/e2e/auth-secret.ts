/**
 * The secret the browser tests' build and server sign sessions with, whatever database URL is
 * set: a test run is never a deployment, and production still refuses to start without one.
 */
export const E2E_AUTH_SECRET = 'e2e-only-secret-0123456789abcdef';
