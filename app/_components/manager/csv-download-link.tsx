'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type MouseEvent, type ReactNode } from 'react';
import { notify } from '../ui/toast';

interface CsvDownloadLinkProps {
  href: string;
  /** The link's name for screen readers when its text alone is not enough ("운영사 성적표 2026년 4월 CSV 내려받기"). */
  label?: string;
  className?: string;
  disabled?: boolean;
  children: ReactNode;
}

/** The file name the export route gives (Content-Disposition), else the last part of its path. */
function fileNameOf(response: Response, href: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return named ?? new URL(href, window.location.href).pathname.split('/').pop() ?? 'export.csv';
}

/** The export route's refusal ({ error: { code, message } }) in the reader's language. */
async function reasonOf(response: Response, t: ReturnType<typeof useTranslations<'errors.api'>>, locale: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  const code = body?.error?.code;
  const detail = body?.error?.message;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'SERVICE_UNAVAILABLE') return t(code);
  if (!detail) return t('INTERNAL_SERVER_ERROR');
  if (locale === 'ko') return detail;
  const known =
    code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' || code === 'CONFLICT' || code === 'POLICY_DENIED' ? code : 'INTERNAL_SERVER_ERROR';
  return t('detail', { message: t(known), detail });
}

/**
 * A CSV export as a link (it still works as a plain download without scripts, or opened in a
 * new tab) that, clicked, fetches the file itself: busy while the server writes it, a toast
 * when it is saved, and the server's reason with what to do when it is refused.
 */
export function CsvDownloadLink({ href, label, className = 'button button-secondary', disabled, children }: CsvDownloadLinkProps) {
  const t = useTranslations('managerDashboard.csv');
  const tError = useTranslations('errors.api');
  const locale = useLocale();
  const [pending, setPending] = useState(false);

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    // A modified click (new tab, save as) is the browser's to handle.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (pending || disabled) return;
    setPending(true);
    try {
      const response = await fetch(href, { credentials: 'same-origin' });
      if (!response.ok) {
        notify.error(t('failed', { reason: await reasonOf(response, tError, locale) }));
        return;
      }
      const file = fileNameOf(response, href);
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = file;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // The browser has the file once the click ran; free the copy in memory a moment later.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      notify.success(t('done', { file }));
    } catch {
      notify.error(t('failed', { reason: tError('unreachable') }));
    } finally {
      setPending(false);
    }
  }

  return (
    <a
      className={className}
      href={href}
      download
      aria-label={label}
      aria-busy={pending || undefined}
      aria-disabled={pending || disabled || undefined}
      onClick={(event) => void download(event)}
    >
      {pending ? t('downloading') : children}
    </a>
  );
}
