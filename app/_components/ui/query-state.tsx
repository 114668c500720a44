import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** A data view that is still loading: a skeleton announced as busy. */
export function LoadingState({ label }: { label?: string }) {
  const t = useTranslations('common');
  return (
    <div className="state" role="status" aria-busy="true" aria-live="polite">
      <span className="muted">{label ?? t('loading')}</span>
      <div className="skeleton" aria-hidden="true">
        <div className="skeleton-line" />
        <div className="skeleton-line" />
        <div className="skeleton-line" />
      </div>
    </div>
  );
}

/** A data view with nothing to show: a sentence saying so, and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state">
      <p className="state-title">{title}</p>
      {children && <div className="muted">{children}</div>}
    </div>
  );
}

/** A data view whose request failed: the reason and, when it helps, a retry. */
export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const t = useTranslations('common');
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{message}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
