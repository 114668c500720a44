'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import type { AgentCase } from './case-workspace-context';
import { ExitWaitStatus } from './exit-wait-status';
import { GuideBranchScript } from './guide-branch-script';
import type { GuideStep } from './guide-steps';
import { RepeatExitDialog } from './repeat-exit-dialog';
import { RequestRecordList } from './request-record-list';
import { useCaseWrite } from './use-case-write';
import { handledExit, waitingExit } from './wait-state';
import styles from './case.module.css';

const REQUEST_EXIT = graphql(`
  mutation RequestExit($caseId: ID!, $expectedVersion: Int, $reason: String) {
    requestExit(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {
      id
      status
    }
  }
`);

interface ExitRequestPanelProps {
  guide: GuideStep | undefined;
  recommended: boolean;
  /** The server's clock minus the browser's, for the waiting time. */
  serverOffsetMs: number;
}

/**
 * No call button: ask the lot to open the barrier (현장 주차장 OB 출차요청) and follow the wait.
 * The guide's lines after the wait show once the lot handled it; asking again after that
 * takes a confirmation and a reason.
 */
export function ExitRequestPanel({ guide, recommended, serverOffsetMs }: ExitRequestPanelProps) {
  const t = useTranslations('case.exitRequest');
  const tw = useTranslations('caseWait');
  const { kase, lock, action, send } = useCaseWrite();
  const [asking, setAsking] = useState(false);
  const waiting = waitingExit(kase);
  const handled = handledExit(kase);

  function request(reason?: string): Promise<boolean> {
    return send(REQUEST_EXIT, { reason }, reason ? tw('repeat.sent') : t('sent'), { creating: true });
  }

  return (
    <div className={styles.branch}>
      <GuideBranchScript
        step="EXIT_CHECK"
        guide={guide}
        branch="EXIT_REQUEST"
        labelled
        recommended={recommended && kase.exitRequests.length === 0}
      />
      <div className={styles.stepActions}>
        {handled ? (
          <ActionButton
            pending={action.pending}
            disabled={Boolean(lock)}
            onClick={() => setAsking(true)}
            variant="secondary"
            actionId="request-exit"
          >
            {tw('repeat.send')}
          </ActionButton>
        ) : (
          <>
            <ActionButton
              pending={action.pending}
              disabled={Boolean(lock) || Boolean(waiting)}
              onClick={() => void request()}
              actionId="request-exit"
            >
              {t('send')}
            </ActionButton>
            <span className="field-hint">{t('hint')}</span>
          </>
        )}
      </div>
      {/* "보냈습니다. 약 5분 소요됩니다." is about the wait: gone once the lot handled it. */}
      <ActionFeedback state={handled ? { ...action, done: null } : action} />
      <ExitWaitStatus waiting={waiting} handled={handled} offsetMs={serverOffsetMs} />
      {handled ? (
        <GuideBranchScript step="EXIT_CHECK" guide={guide} branch="AFTER_EXIT_WAIT" recommended={!lock} />
      ) : (
        waiting && <p className="muted">{tw('status.afterWaitHint')}</p>
      )}
      {kase.exitRequests.length > 0 && <ExitRequestList requests={kase.exitRequests} />}
      <RepeatExitDialog
        open={asking}
        handledAt={handled?.acknowledgedAt ?? null}
        pending={action.pending}
        error={action.error}
        onSend={(reason) => request(reason)}
        onClose={() => setAsking(false)}
      />
    </div>
  );
}

/** The case's exit requests: status, late or escalated, when asked, when the barrier opened and why asked again. */
export function ExitRequestList({ requests }: { requests: AgentCase['exitRequests'] }) {
  const t = useTranslations('caseWait.repeat');
  return (
    <RequestRecordList request="exit" requests={requests}>
      {(exit) => exit.reason && <span className="muted">{t('reasonShown', { reason: exit.reason })}</span>}
    </RequestRecordList>
  );
}
