'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { graphql } from '@/graphql/generated/client';
import { formatInstant } from '../ui/format';
import { ActionFeedback } from '../ui/action-feedback';
import { SubmitRow } from '../ui/submit-row';
import { Badge } from '../ui/badge';
import { useCaseTextSubmit } from './use-case-text-submit';
import { TemplateTextField } from './template-text-field';
import styles from './case.module.css';
import { CASE_RESPONSE_MAX } from '@/lib/domain/case-text-limits';

const RECORD_FIRST_RESPONSE = graphql(`
  mutation RecordFirstResponse($caseId: ID!, $text: String!, $expectedVersion: Int) {
    recordFirstResponse(caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {
      id
      version
      firstResponseAt
    }
  }
`);

/**
 * Step ④'s first response (1차: 불가안내/ 정책안내/ 케어) in the agent's words, a template a key
 * away: recording it completes the step for a first omission, which gets no coupon.
 */
export function FirstResponseRecorder() {
  const t = useTranslations('caseCorrections.firstResponse');
  const id = useId();
  const { kase, lock, action, onSubmit } = useCaseTextSubmit(RECORD_FIRST_RESPONSE, 'firstResponse', (text) => ({ text }), {
    missing: t('missing'),
    done: t('done'),
  });
  const recorded = kase.timeline.filter((event) => event.type === 'POLICY_EXPLAINED' && event.scriptStep === 'COMPENSATION');

  if (kase.status === 'RESOLVED' && !kase.firstResponseAt) return null;

  return (
    <div className="subsection">
      <h3>{t('heading')}</h3>
      {kase.firstResponseAt ? (
        <p className={styles.doneLine}>
          <Badge tone="success">{t('recorded')}</Badge>
          <span className="muted">{t('recordedAt', { at: formatInstant(kase.firstResponseAt) })}</span>
        </p>
      ) : (
        <p className="field-hint">{t('intro')}</p>
      )}
      {recorded.map((event, index) => (
        <p key={index} className={styles.preLine} lang="ko">
          {event.detail}
        </p>
      ))}
      {!kase.firstResponseAt && (
        <form className="form" onSubmit={onSubmit}>
          <TemplateTextField
            id={`${id}-text`}
            name="firstResponse"
            label={t('label')}
            kind={kase.kind}
            firstResponse
            disabled={Boolean(lock)}
            maxLength={CASE_RESPONSE_MAX}
          />
          <SubmitRow pending={action.pending} disabled={Boolean(lock)} variant="secondary">
            {t('submit')}
          </SubmitRow>
        </form>
      )}
      <ActionFeedback state={action} />
    </div>
  );
}
