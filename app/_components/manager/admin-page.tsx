import type { ComponentProps } from 'react';
import { PageFrame } from '../shell/page-frame';

type AdminPageProps = ComponentProps<typeof PageFrame> & {
  /** Names the page's one section for screen readers (the heading above names the page). */
  sectionLabel: string;
};

/** A manager's page that is one tool (a queue, the accounts, the targets): the page's frame around one labelled section. */
export function AdminPage({ sectionLabel, children, ...frame }: AdminPageProps) {
  return (
    <PageFrame {...frame}>
      <section className="section" aria-label={sectionLabel}>
        {children}
      </section>
    </PageFrame>
  );
}
