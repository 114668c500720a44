import type { ErrorLike } from '@apollo/client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { apiErrorCode, useApiErrorMessage } from './api-error';
import styles from './query-state.module.css';

/** A data view that is still loading: a skeleton announced as busy. */
export function LoadingState({ label }: { label?: string }) {
  const t = useTranslations('common');
  return (
    <div className={styles.state} role="status" aria-busy="true" aria-live="polite">
      <span className="muted">{label ?? t('loading')}</span>
      <div className={styles.skeleton} aria-hidden="true">
        <div className={styles.skeletonLine} />
        <div className={styles.skeletonLine} />
        <div className={styles.skeletonLine} />
      </div>
    </div>
  );
}

/** A data view with nothing to show: a sentence saying so, and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={styles.state}>
      <p className={styles.stateTitle}>{title}</p>
      {children && <div className="muted">{children}</div>}
    </div>
  );
}

/** A data view whose request failed: the reason and, when it helps, a retry. */
export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const t = useTranslations('common');
  return (
    <div className={`${styles.state} ${styles.stateError}`} role="alert">
      <p className={styles.stateTitle}>{message}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

/**
 * A filtered list whose request failed: the API's reason, with a retry unless the filter itself was
 * refused (BAD_USER_INPUT is fixed in the form, not by asking again); `badFilter` words that case.
 */
export function ListErrorState({
  error,
  onRetry,
  badFilter = (reason) => reason,
}: {
  error: ErrorLike;
  onRetry: () => void;
  badFilter?: (reason: string) => string;
}) {
  const errorMessage = useApiErrorMessage();
  const reason = errorMessage(error);
  if (apiErrorCode(error) === 'BAD_USER_INPUT') return <ErrorState message={badFilter(reason)} />;
  return <ErrorState message={reason} onRetry={onRetry} />;
}
