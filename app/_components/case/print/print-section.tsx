import type { ReactNode } from 'react';
import styles from '../case.module.css';

interface PrintSectionProps {
  id: string;
  heading: string;
  /** Said instead of the content when the case has none of it. */
  empty: string | null;
  children: ReactNode;
}

/** One part of the printed record; on paper a part with content starts a new page, an empty one does not. */
export function PrintSection({ id, heading, empty, children }: PrintSectionProps) {
  return (
    <section className={`card ${styles.printSection}${empty ? ` ${styles.printSectionEmpty}` : ''}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {empty ? <p className="muted">{empty}</p> : children}
    </section>
  );
}
