import { useTranslations } from 'next-intl';
import styles from './case.module.css';

interface CaseBannersProps {
  resolved: boolean;
  conflict: boolean;
  refreshing: boolean;
  onRefresh: () => void;
  changedBy: string | null;
  onDismissChange: () => void;
}

/** A closed case, a write lost to another user's change, and news that someone else changed the case. */
export function CaseBanners({ resolved, conflict, refreshing, onRefresh, changedBy, onDismissChange }: CaseBannersProps) {
  const t = useTranslations('case.banners');
  return (
    <>
      {resolved && (
        <div className={`${styles.banner} ${styles.bannerNeutral}`}>
          <p>{t('resolved')}</p>
        </div>
      )}
      {conflict && (
        <div className={`${styles.banner} ${styles.bannerDanger}`} role="alert">
          <p>{t('conflict')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={onRefresh}
            disabled={refreshing}
            aria-busy={refreshing || undefined}
          >
            {refreshing ? t('refreshing') : t('refresh')}
          </button>
        </div>
      )}
      <div className={styles.liveRegion} role="status" aria-live="polite">
        {changedBy && (
          <div className={`${styles.banner} ${styles.bannerInfo}`}>
            <p>{t('changedBy', { name: changedBy })}</p>
            <button type="button" className="button button-secondary" onClick={onDismissChange}>
              {t('dismiss')}
            </button>
          </div>
        )}
      </div>
    </>
  );
}
