'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState, type MouseEvent } from 'react';
import { useApiErrorMessage } from '../ui/api-error';
import { ErrorState } from '../ui/query-state';
import { notify } from '../ui/toast';
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
import { useSettlingRows } from './use-settling-rows';
import { useWaitingCountInTitle } from './use-waiting-count-in-title';
import styles from './operator.module.css';

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

  const settlingRows = useSettlingRows(rows, queues.loaded);

  const { pending, acknowledgeExit, acknowledgeRegistration } = actions;
  // "a" acknowledges only: an exit, or a registration nobody has looked at yet; else it says why.
  const acknowledge = useCallback(
    (item: QueueRow) => {
      if (pending.has(item.key)) notify.info(t('nothingToDo.busy'));
      else if (item.kind === 'exit') {
        if (item.row.status === 'REQUESTED') void acknowledgeExit(item.row);
        else notify.info(t('nothingToDo.handled'));
      } else if (item.row.status === 'REQUESTED') void acknowledgeRegistration(item.row);
      else if (item.row.status === 'ACKNOWLEDGED') notify.info(t('nothingToDo.acknowledged'));
      else notify.info(t('nothingToDo.handled'));
    },
    [pending, acknowledgeExit, acknowledgeRegistration, t],
  );
  const selection = useQueueSelection(rows, acknowledge);

  // Every handler is bound to its request (the row's own data), and drops a pointer press that
  // reached the row while it had just moved or changed under the pointer.
  const renderActions = (item: QueueRow) => {
    const press = (act: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
      if (!settlingRows.ignoresPointer(item.key, event)) act();
    };
    return (
      <RequestActions
        item={item}
        pending={pending.has(item.key)}
        settling={settlingRows.settling.has(item.key)}
        onAcknowledgeExit={press(() => item.kind === 'exit' && void actions.acknowledgeExit(item.row))}
        onAcknowledgeRegistration={press(() => item.kind === 'registration' && void actions.acknowledgeRegistration(item.row))}
        onConfirm={press(() => item.kind === 'registration' && void actions.confirmRegistration(item.row))}
        onReject={(row, event) => press(() => setRejecting(row))(event)}
      />
    );
  };
  const shared = { loaded: queues.loaded, now, selected: selection.selected, onSelect: selection.select, actions: renderActions };

  return (
    <section className={`section ${styles.desk}`} id="requests" aria-label={t('desk.label')}>
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
