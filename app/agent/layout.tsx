import type { ReactNode } from 'react';
import { PortalApolloProvider } from '@/app/_components/shell/apollo-provider';
import { DashboardShell } from '@/app/_components/shell/dashboard-shell';
import { requireRole } from '@/lib/auth/viewer';

/** The agents' pages: AGENT only; others get a 403, strangers the sign-in page. */
export default async function AgentLayout({ children }: { children: ReactNode }) {
  const viewer = await requireRole('AGENT');
  return (
    <PortalApolloProvider>
      <DashboardShell viewer={{ name: viewer.name, role: viewer.role }}>{children}</DashboardShell>
    </PortalApolloProvider>
  );
}
