/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg'],
  // forbidden() gives another role's pages a real 403.
  experimental: { authInterrupts: true },
  poweredByHeader: false,
};

export default nextConfig;
