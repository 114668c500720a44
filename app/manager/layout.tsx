import type { ReactNode } from 'react';
import { PortalApolloProvider } from '@/app/_components/shell/apollo-provider';
import { DashboardShell } from '@/app/_components/shell/dashboard-shell';
import { requireRole } from '@/lib/auth/viewer';

/** The managers' pages: MANAGER only; others get a 403, strangers the sign-in page. */
export default async function ManagerLayout({ children }: { children: ReactNode }) {
  const viewer = await requireRole('MANAGER');
  return (
    <PortalApolloProvider>
      <DashboardShell viewer={{ name: viewer.name, role: viewer.role }}>{children}</DashboardShell>
    </PortalApolloProvider>
  );
}
