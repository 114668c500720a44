'use client';

import { useTranslations } from 'next-intl';
import type { VocKind } from '@/graphql/generated/client/graphql';
import caseStyles from '../case/case.module.css';

/** The earlier case a new one is opened as a duplicate of. */
export interface RepeatOf {
  id: string;
  code: string;
  kind: VocKind;
  incidentAt: string;
}

/** Inside the new-case form: this call is opened as the earlier case's duplicate, not counted again. */
export function RepeatContactNotice({ repeatOf, onNewIncident }: { repeatOf: RepeatOf; onNewIncident?: () => void }) {
  const t = useTranslations('customerHistory.sameIncident');
  return (
    <div className={`${caseStyles.eligibility} ${caseStyles.eligibilityNo}`} role="status" data-testid="repeat-contact-notice">
      <p className={caseStyles.eligibilityTitle}>{t('chosen', { code: repeatOf.code })}</p>
      {onNewIncident && (
        <p>
          <button type="button" className="button button-secondary button-small" onClick={onNewIncident}>
            {t('cancelChoice')}
          </button>
        </p>
      )}
    </div>
  );
}
