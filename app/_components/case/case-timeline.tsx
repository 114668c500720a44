import { useTranslations } from 'next-intl';
import { formatInstant } from '../ui/format';
import { Badge } from '../ui/badge';
import type { AgentCase } from './case-workspace-context';
import { STEPS } from './guide-steps';
import styles from './case.module.css';
import { ReasonText } from '../ui/reason-text';
import { DataText } from '../ui/data-text';

/** Every step taken on the case, newest first: when, who, what, at which step of the guide. */
export function CaseTimeline({ kase }: { kase: AgentCase }) {
  const t = useTranslations('case');
  // Reversed first: entries of one transaction share a time, and the later-written one is newer.
  const events = [...kase.timeline].reverse().sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  // A type the catalog does not know yet (a newer server) shows as the server names it.
  const eventLabel = (type: string) => {
    const key = `timeline.events.${type}` as 'timeline.events.CASE_OPENED';
    return t.has(key) ? t(key) : type;
  };
  return (
    <section className={`card ${styles.timelineCard}`} aria-labelledby="timeline-heading">
      <div className="section-header">
        <h2 id="timeline-heading">{t('timeline.heading')}</h2>
        <span className="muted">{t('timeline.order')}</span>
      </div>
      {events.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <ol className={`timeline ${styles.timeline}`}>
          {events.map((event, index) => {
            const step = STEPS.find((s) => s.key === event.scriptStep);
            return (
              <li key={`${event.at}-${event.type}-${index}`}>
                <p className={styles.timelineHead}>
                  <span className={styles.timelineType}>{eventLabel(event.type)}</span>
                  {step && (
                    <Badge tone="neutral">
                      {step.number} {t(`steps.${step.key}`)}
                    </Badge>
                  )}
                </p>
                {event.detail && (
                  <p className={styles.timelineDetail}>
                    <ReasonText text={event.detail} reason={event.reason} />
                  </p>
                )}
                <p className={styles.timelineMeta}>
                  <time dateTime={event.at}>{formatInstant(event.at)}</time>
                  {event.actor && (
                    <>
                      {' · '}
                      <DataText>{event.actor.name}</DataText>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
