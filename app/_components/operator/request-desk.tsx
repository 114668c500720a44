'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState } from 'react';
import { useApiErrorMessage } from '../api-error';
import { ErrorState } from '../ui/query-state';
import { LiveBar } from './live-bar';
import type { QueueRow, RegistrationRow } from './queue-documents';
import { QueueSection } from './queue-section';
import { RejectDialog } from './reject-dialog';
import { RequestActions } from './request-actions';
import { useQueueSelection } from './use-queue-selection';
import { useAlertSwitch, useNewRequestAlerts } from './use-request-alerts';
import { useRequestActions } from './use-request-actions';
import { useRequestQueues } from './use-request-queues';
import { useServerNow } from './use-server-now';
import { useWaitingCountInTitle } from './use-waiting-count-in-title';

/**
 * The operator's live desk: exit requests first (a car is waiting at the barrier), then
 * registration requests, polled every 3 s, with one-click actions, alerts and shortcuts.
 */
export function RequestDesk() {
  const t = useTranslations('operator');
  const errorMessage = useApiErrorMessage();
  const alerts = useAlertSwitch();
  const queues = useRequestQueues(alerts.enabled);
  const announcement = useNewRequestAlerts(queues.exits, queues.registrations, queues.loaded, alerts.enabled);
  const now = useServerNow(queues.offsetMs);
  const actions = useRequestActions(queues.refresh);
  const [rejecting, setRejecting] = useState<RegistrationRow | null>(null);
  const rows = useMemo(() => [...queues.exits, ...queues.registrations], [queues.exits, queues.registrations]);
  useWaitingCountInTitle(queues.loaded ? rows.length : null);

  const { pending, acknowledgeExit, acknowledgeRegistration } = actions;
  // "a" acknowledges only: an exit, or a registration nobody has looked at yet.
  const acknowledge = useCallback(
    (item: QueueRow) => {
      if (pending.has(item.key)) return;
      if (item.kind === 'exit') void acknowledgeExit(item.row);
      else if (item.row.status === 'REQUESTED') void acknowledgeRegistration(item.row);
    },
    [pending, acknowledgeExit, acknowledgeRegistration],
  );
  const selection = useQueueSelection(rows, acknowledge);

  const renderActions = (item: QueueRow) => (
    <RequestActions
      item={item}
      pending={pending.has(item.key)}
      onAcknowledgeExit={() => item.kind === 'exit' && void actions.acknowledgeExit(item.row)}
      onAcknowledgeRegistration={() => item.kind === 'registration' && void actions.acknowledgeRegistration(item.row)}
      onConfirm={() => item.kind === 'registration' && void actions.confirmRegistration(item.row)}
      onReject={setRejecting}
    />
  );
  const shared = { loaded: queues.loaded, now, selected: selection.selected, onSelect: selection.select, actions: renderActions };

  return (
    <section className="section desk" id="requests" aria-label={t('desk.label')}>
      <LiveBar lastUpdated={queues.lastUpdated} failing={Boolean(queues.error)} alerts={alerts} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {queues.error && !queues.loaded ? (
        <ErrorState message={errorMessage(queues.error)} onRetry={() => void queues.refresh()} />
      ) : (
        <>
          <QueueSection id="exit-queue" kind="exit" rows={queues.exits} {...shared} />
          <QueueSection id="registration-queue" kind="registration" rows={queues.registrations} {...shared} />
        </>
      )}
      <RejectDialog
        row={rejecting}
        pending={rejecting !== null && pending.has(`registration:${rejecting.id}`)}
        onReject={actions.rejectRegistration}
        onClose={() => setRejecting(null)}
        onClosed={selection.refocus}
      />
    </section>
  );
}
