import type { ReactNode } from 'react';
import { RoleLayout } from '@/app/_components/shell/role-layout';

/** The operators' pages: OPERATOR only. */
export default function OperatorLayout({ children }: { children: ReactNode }) {
  return <RoleLayout role="OPERATOR">{children}</RoleLayout>;
}
