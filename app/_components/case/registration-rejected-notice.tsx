import { useTranslations } from 'next-intl';
import type { AgentCase } from './case-workspace-context';
import styles from './wait.module.css';

/**
 * The lot rejected the latest registration request: the case is the agent's again, with the
 * operator's reason and what the customer was told (the rejection text, queued by the server).
 */
export function RegistrationRejectedNotice({ latest }: { latest: AgentCase['registrationRequests'][number] | undefined }) {
  const t = useTranslations('caseWait.rejected');
  if (latest?.status !== 'REJECTED') return null;
  return (
    <div className={styles.rejected} data-registration-rejected>
      <p className={styles.rejectedTitle}>{t('title')}</p>
      {latest.rejectReason && <p>{t('reason', { reason: latest.rejectReason })}</p>}
      <p className="muted">{t('next')}</p>
    </div>
  );
}
