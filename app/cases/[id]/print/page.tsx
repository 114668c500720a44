import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden, redirect } from 'next/navigation';
import { PortalApolloProvider } from '@/app/_components/shell/apollo-provider';
import { CasePrintView } from '@/app/_components/case/print/case-print-view';
import type { Role } from '@/graphql/generated/client/graphql';
import { getViewer } from '@/lib/auth/viewer';
import styles from '@/app/_components/case/case.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('print');
  return { title: t('title') };
}

/** Who keeps case records on paper, and where each goes back to: the role's own case page. */
const CASE_PAGE_OF: Partial<Record<Role, (id: string) => string>> = {
  AGENT: (id) => `/agent/cases/${id}`,
  MANAGER: (id) => `/manager/cases/${id}`,
};

/**
 * A case on paper, for the records: agents and managers only (others get a 403, strangers the
 * sign-in page). No dashboard frame: the page is the record, and prints as it reads.
 */
export default async function CasePrintPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/login');
  const casePage = CASE_PAGE_OF[viewer.role];
  if (!casePage) forbidden();
  const { id } = await params;
  return (
    <PortalApolloProvider>
      <main className={styles.printPage}>
        <CasePrintView caseId={id} backHref={casePage(id)} />
      </main>
    </PortalApolloProvider>
  );
}
