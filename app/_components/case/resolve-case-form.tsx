'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { graphql } from '@/graphql/generated/client';
import { formatInstant } from '../ui/format';
import { ActionFeedback } from '../ui/action-feedback';
import { LockHint } from '../ui/action-button';
import { SubmitRow } from '../ui/submit-row';
import { CaseStatusBadge } from '../ui/status-badges';
import { useCaseTextSubmit } from './use-case-text-submit';
import { TemplateTextField } from './template-text-field';
import styles from './case.module.css';
import { CASE_RESPONSE_MAX } from '@/lib/domain/case-text-limits';

const RESOLVE_CASE = graphql(`
  mutation ResolveCase($caseId: ID!, $outcome: String!, $expectedVersion: Int) {
    resolveCase(caseId: $caseId, outcome: $outcome, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

/** Closes the case with its outcome; afterwards the page is read-only and shows the outcome. */
export function ResolveCaseForm() {
  const t = useTranslations('case.resolve');
  const id = useId();
  const { kase, lock, action, onSubmit } = useCaseTextSubmit(RESOLVE_CASE, 'outcome', (outcome) => ({ outcome }), {
    missing: t('outcomeMissing'),
    done: t('resolved'),
  });

  if (kase.status === 'RESOLVED') {
    return (
      <section className={`card ${styles.resolved}`} aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('heading')}</h2>
        <p>
          <CaseStatusBadge status="RESOLVED" /> {kase.resolvedAt && <span className="muted">{formatInstant(kase.resolvedAt)}</span>}
        </p>
        {kase.outcome && (
          <p className={styles.preLine} lang="ko">
            {kase.outcome}
          </p>
        )}
        <p className="muted">{t('readOnly')}</p>
        <ActionFeedback state={action} />
      </section>
    );
  }

  const outcomeId = `${id}-outcome`;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <LockHint reason={lock} />
      <form className="form" onSubmit={onSubmit}>
        <TemplateTextField
          id={outcomeId}
          name="outcome"
          label={t('outcome')}
          kind={kase.kind}
          disabled={Boolean(lock)}
          maxLength={CASE_RESPONSE_MAX}
          actionId="resolve-case"
          placeholder={t('outcomePlaceholder')}
        />
        <SubmitRow pending={action.pending} disabled={Boolean(lock)}>
          {t('submit')}
        </SubmitRow>
      </form>
      <ActionFeedback state={action} />
    </section>
  );
}
