import { useTranslations } from 'next-intl';
import type { MessageStatus } from '@/graphql/generated/client/graphql';
import { formatInstant } from '../ui/format';
import { Badge, type BadgeTone } from '../ui/badge';
import type { AgentCase } from './case-workspace-context';
import { Gloss } from './gloss';
import { useSmsGloss } from './sms-gloss';
import styles from './case.module.css';

const MESSAGE_TONE: Record<MessageStatus, BadgeTone> = { QUEUED: 'accent', SENT: 'success', FAILED: 'danger' };

/** The SMS the customer gets once the registration is confirmed, and the texts sent so far. */
export function SmsPreviewCard({ kase }: { kase: AgentCase }) {
  const t = useTranslations('case.sms');
  const gloss = useSmsGloss(kase);
  return (
    <section className={`card ${styles.smsCard}`} aria-labelledby="sms-preview-heading">
      <h2 id="sms-preview-heading">{t('previewHeading')}</h2>
      <p className="muted">{t('previewIntro')}</p>
      <div className={styles.smsBubble} lang="ko">
        {kase.smsPreview}
      </div>
      <Gloss text={gloss(kase.smsPreview)} data={[kase.lot.name, kase.pass.plate]} />
      <h3>{t('sentHeading')}</h3>
      <SentMessages kase={kase} />
    </section>
  );
}

/** The texts sent to the customer about the case: to whom, status, when, and what they said. */
export function SentMessages({ kase }: { kase: AgentCase }) {
  const t = useTranslations('case.sms');
  const gloss = useSmsGloss(kase);
  if (kase.messages.length === 0) return <p className="muted">{t('noneSent')}</p>;
  return (
    <ul className={styles.messageList}>
      {kase.messages.map((message) => (
        <li key={message.id}>
          <p className={styles.messageMeta}>
            <span>{message.toMasked}</span>
            <Badge tone={MESSAGE_TONE[message.status]}>{t(`status.${message.status}`)}</Badge>
            <span className="muted">{formatInstant(message.createdAt)}</span>
          </p>
          <p className={styles.preLine} lang="ko">
            {message.body}
          </p>
          <Gloss text={gloss(message.body)} data={[kase.lot.name, kase.pass.plate]} />
        </li>
      ))}
    </ul>
  );
}
