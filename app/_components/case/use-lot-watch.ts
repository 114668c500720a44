'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import { notify } from '../ui/toast';
import { clockOffset } from '../operator/waiting-time';
import { useCaseWorkspace, type AgentCase } from './case-workspace-context';
import { useElapsed } from './use-elapsed';
import { handledExit, lotAnswers, waitingOnLot, type LotAnswer } from './wait-state';

const CASE_ACTIVITY = graphql(`
  query CaseActivity($id: ID!) {
    caseActivity(id: $id) {
      caseId
      changedAt
      serverTime
    }
  }
`);

/**
 * Twice a second while the lot is acting, so its step shows within 2 s (issue 15) even on a busy
 * machine; each poll is one primary-key SELECT (and the session's lookup over HTTP).
 */
export const LOT_WATCH_POLL_MS = 500;

/** After the lot handled an exit it may undo it for 5 s: the page keeps watching a little longer. */
const UNDO_WATCH_MS = 10_000;

/**
 * While something waits on the lot, asks the server twice a second when the case last
 * changed (one SELECT, caseActivity) and fetches the whole case only when that moved; any app
 * instance answers the same, since the answer is the database's. What the lot did then shows as
 * a toast. Returns the server's clock offset (ms), for elapsed times the browser's clock cannot skew.
 */
export function useLotWatch(): number {
  const { kase, refresh } = useCaseWorkspace();
  const [offsetMs, setOffsetMs] = useState(0);
  const handledAt = handledExit(kase)?.acknowledgedAt;
  // Re-evaluated on every answer (two a second), so the poll stops once the window has passed.
  // eslint-disable-next-line react-hooks/purity -- reading the clock on each render is the point: the poll stops when it passes
  const justHandled = handledAt != null && kase.status !== 'RESOLVED' && Date.parse(handledAt) + UNDO_WATCH_MS > Date.now() + offsetMs;
  const waiting = waitingOnLot(kase) || justHandled;
  const { data } = useQuery(CASE_ACTIVITY, {
    variables: { id: kase.id },
    skip: !waiting,
    pollInterval: LOT_WATCH_POLL_MS,
    fetchPolicy: 'network-only',
  });
  const fetching = useRef<string | null>(null);
  const activity = data?.caseActivity;

  useEffect(() => {
    if (!activity) return;
    setOffsetMs(clockOffset(activity.serverTime, Date.now()));
    // A different time than the copy on screen: the case changed (the lot's step, a job, another agent).
    if (!waiting || activity.changedAt === kase.updatedAt || fetching.current === activity.changedAt) return;
    fetching.current = activity.changedAt;
    // refresh never throws; after a failed fetch the next poll tries again.
    void refresh().then(() => {
      fetching.current = null;
    });
  }, [activity, kase.updatedAt, waiting, refresh]);

  useLotToasts(kase);
  return offsetMs;
}

/** A toast for each step the lot took since the copy of the case seen before. */
function useLotToasts(kase: AgentCase) {
  const t = useTranslations('caseWait.toast');
  const elapsed = useElapsed();
  const seen = useRef<AgentCase | null>(null);
  useEffect(() => {
    const before = seen.current;
    seen.current = kase;
    if (!before || before.id !== kase.id) return;
    for (const answer of lotAnswers(before, kase)) show(answer);
    function show(answer: LotAnswer) {
      if (answer.kind === 'exitHandled') notify.success(t('exitHandled', { elapsed: elapsed(answer.seconds) }));
      else if (answer.kind === 'exitReopened') notify.info(t('exitReopened'));
      else if (answer.kind === 'registrationAcknowledged') notify.info(t('registrationAcknowledged'));
      else if (answer.kind === 'registrationConfirmed') notify.success(t('registrationConfirmed'));
      else notify.info(t('registrationRejected', { reason: answer.reason }));
    }
  }, [kase, t, elapsed]);
}
