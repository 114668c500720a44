import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Role } from '@/graphql/generated/client/graphql';
import { DashboardNav } from './dashboard-nav';
import { ROLE_LABEL } from './format';
import { SignOutButton } from './sign-out-button';
import { ViewerOperatorName } from './viewer-operator-name';

interface ShellViewer {
  name: string;
  role: Role;
}

/** The frame of every dashboard: product name, the role's menu, who is signed in, sign-out. */
export function DashboardShell({ viewer, children }: { viewer: ShellViewer; children: ReactNode }) {
  return (
    <>
      <header className="shell-header">
        <div className="shell-header-inner">
          <Link className="brand" href="/">
            주차 CS 포털
          </Link>
          <DashboardNav role={viewer.role} />
          <div className="viewer">
            <p className="viewer-who">
              <span className="viewer-name">{viewer.name}</span>
              <span className="viewer-role">
                {ROLE_LABEL[viewer.role]}
                {viewer.role === 'OPERATOR' && <ViewerOperatorName />}
              </span>
            </p>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="shell-main">{children}</main>
    </>
  );
}
