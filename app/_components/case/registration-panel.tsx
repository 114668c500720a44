'use client';

import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import { formatInstant } from '../ui/format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import type { AgentCase } from './case-workspace-context';
import { GuideBranchScript } from './guide-branch-script';
import type { GuideStep } from './guide-steps';
import { PassRegisteredBadge } from './pass-registered-badge';
import { RegistrationRejectedNotice } from './registration-rejected-notice';
import { RequestRecordList } from './request-record-list';
import { useCaseWrite } from './use-case-write';
import { waitingExit } from './wait-state';
import styles from './case.module.css';

const REQUEST_REGISTRATION = graphql(`
  mutation RequestRegistration($caseId: ID!, $expectedVersion: Int) {
    requestRegistration(caseId: $caseId, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

/** In every case: ask the operator to check and register the pass's plate. */
export function RegistrationPanel({ guide }: { guide: GuideStep | undefined }) {
  const t = useTranslations('case.registration');
  const { kase, lock, action, send } = useCaseWrite();
  // A new request makes sense only when there is none yet or the last one was rejected.
  const open = kase.registrationRequests.some((request) => request.status !== 'REJECTED');
  // The guide reads this line after the wait; it may be sent during it, but is not "read now" yet.
  const exitWaiting = waitingExit(kase) !== null;

  function request() {
    void send(REQUEST_REGISTRATION, {}, t('sent'), { creating: true });
  }

  return (
    <div className={styles.branch}>
      <GuideBranchScript step="EXIT_CHECK" guide={guide} branch="REGISTRATION" recommended={!open && !exitWaiting} />
      <div className={styles.stepActions}>
        <ActionButton pending={action.pending} disabled={Boolean(lock) || open} onClick={request} actionId="request-registration">
          {t('send')}
        </ActionButton>
        <span className="field-hint">
          {t('current')} <PassRegisteredBadge registered={kase.pass.registered} />
        </span>
      </div>
      <ActionFeedback state={action} />
      <RegistrationRejectedNotice latest={kase.registrationRequests.at(-1)} />
      {kase.registrationRequests.length > 0 && <RegistrationRequestList requests={kase.registrationRequests} />}
    </div>
  );
}

/** The case's registration requests: status, late or escalated, when asked, taken and resolved, and why rejected. */
export function RegistrationRequestList({ requests }: { requests: AgentCase['registrationRequests'] }) {
  const t = useTranslations('case.registration');
  return (
    <RequestRecordList
      request="registration"
      requests={requests}
      laterTime={(registration) =>
        registration.resolvedAt &&
        t(registration.status === 'REJECTED' ? 'rejectedAt' : 'confirmedAt', { at: formatInstant(registration.resolvedAt) })
      }
    >
      {(registration) =>
        registration.rejectReason && (
          <span className={styles.requestReason}>
            {t.rich('rejectReason', { reason: registration.rejectReason, words: (chunks) => <span lang="ko">{chunks}</span> })}
          </span>
        )
      }
    </RequestRecordList>
  );
}
