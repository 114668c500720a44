'use client';

import { CombinedGraphQLErrors } from '@apollo/client';
import { useState } from 'react';
import { useApiErrorMessage } from './api-error';
import { ActionButton } from './action-button';
import { notify } from './toast';

interface DownloadButtonProps {
  /** A route that answers with a file, or with the API's JSON error ({ error: { code, message } }). */
  href: string;
  children: string;
  /** Said once the file is saved. */
  doneMessage: string;
  /** Words the reason a download failed. */
  failedMessage: (reason: string) => string;
}

// The name the route gives the file (Content-Disposition), else the last part of its path.
function fileNameOf(response: Response, href: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const quoted = /filename="([^"]+)"/.exec(header)?.[1];
  return quoted ?? new URL(href, window.location.href).pathname.split('/').pop() ?? 'download';
}

// The route's refusal as the API error it is, so it reads like any other failed request.
async function refusalOf(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; field?: string } } | null;
  const refusal = body?.error;
  if (!refusal?.message) return new Error(`HTTP ${response.status}`);
  return new CombinedGraphQLErrors({ errors: [{ message: refusal.message, extensions: { code: refusal.code, field: refusal.field } }] });
}

/**
 * Downloads a file from a route with the progress and outcome of any other action: busy while
 * the server writes it, a toast when it is saved, and the server's reason when it refuses,
 * instead of a link that silently saves an error page.
 */
export function DownloadButton({ href, children, doneMessage, failedMessage }: DownloadButtonProps) {
  const errorMessage = useApiErrorMessage();
  const [pending, setPending] = useState(false);

  async function download() {
    setPending(true);
    try {
      const response = await fetch(href, { credentials: 'same-origin' });
      if (!response.ok) throw await refusalOf(response);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response, href);
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the file; the address is only needed until then.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      notify.success(doneMessage);
    } catch (caught) {
      notify.error(failedMessage(errorMessage(caught instanceof Error ? caught : new Error(String(caught)))));
    } finally {
      setPending(false);
    }
  }

  return (
    <ActionButton variant="secondary" pending={pending} onClick={() => void download()}>
      {children}
    </ActionButton>
  );
}
