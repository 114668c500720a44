import type { ReactNode } from 'react';
import { RoleLayout } from '@/app/_components/shell/role-layout';

/** The agents' pages: AGENT only. */
export default function AgentLayout({ children }: { children: ReactNode }) {
  return <RoleLayout role="AGENT">{children}</RoleLayout>;
}
