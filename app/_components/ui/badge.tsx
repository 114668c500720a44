import type { ReactNode } from 'react';

/**
 * A badge's look. Each tone means one thing across the three dashboards: accent is with us,
 * warning is waiting on someone, success is done, danger is refused or late, neutral is
 * closed, outline is a kind or a note. The words always carry the meaning; colour only helps.
 */
export type BadgeTone = 'accent' | 'warning' | 'success' | 'danger' | 'neutral' | 'outline' | 'outline-danger' | 'overdue';

interface BadgeProps {
  tone: BadgeTone;
  /** A longer wording, shown on hover and read by screen readers after the badge's text. */
  title?: string;
  children: ReactNode;
}

/** A short status or kind, the one badge every dashboard uses. */
export function Badge({ tone, title, children }: BadgeProps) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}
