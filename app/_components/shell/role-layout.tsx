import type { ReactNode } from 'react';
import { PortalApolloProvider } from '@/app/_components/shell/apollo-provider';
import { DashboardShell } from '@/app/_components/shell/dashboard-shell';
import { requireRole } from '@/lib/auth/viewer';

/** One role's pages: that role only; others get a 403, strangers the sign-in page. */
export async function RoleLayout({ role, children }: { role: Parameters<typeof requireRole>[0]; children: ReactNode }) {
  const viewer = await requireRole(role);
  return (
    <PortalApolloProvider>
      <DashboardShell viewer={{ name: viewer.name, role: viewer.role }}>{children}</DashboardShell>
    </PortalApolloProvider>
  );
}
