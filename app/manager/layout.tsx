import type { ReactNode } from 'react';
import { RoleLayout } from '@/app/_components/shell/role-layout';

/** The managers' pages: MANAGER only. */
export default function ManagerLayout({ children }: { children: ReactNode }) {
  return <RoleLayout role="MANAGER">{children}</RoleLayout>;
}
