import type { ReactNode } from 'react';

/**
 * A dashboard page's frame: the heading and its muted intro, then the page's own sections.
 * `before` goes above the heading (a back link), `after` below the intro (a second line);
 * `action` sits beside the heading (a button that starts something).
 */
export function PageFrame({
  title,
  intro,
  before,
  after,
  action,
  children,
}: {
  title: ReactNode;
  intro: ReactNode;
  before?: ReactNode;
  after?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  const heading = (
    <>
      <h1>{title}</h1>
      <p className="muted">{intro}</p>
    </>
  );
  return (
    <div className="page">
      {action ? (
        <div className="page-header page-header-row">
          <div>{heading}</div>
          {action}
        </div>
      ) : (
        <div className="page-header">
          {before}
          {heading}
          {after}
        </div>
      )}
      {children}
    </div>
  );
}
