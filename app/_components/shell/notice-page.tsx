import Link from 'next/link';

/** A page that only says where the viewer ended up and offers one way on: the 403 and 404 pages. */
export function NoticePage({ heading, body, href, label }: { heading: string; body: string; href: string; label: string }) {
  return (
    <main className="centered-page">
      <div className="card centered-card centered-card-wide">
        <h1>{heading}</h1>
        <p className="muted">{body}</p>
        <p>
          <Link className="button button-primary" href={href}>
            {label}
          </Link>
        </p>
      </div>
    </main>
  );
}
