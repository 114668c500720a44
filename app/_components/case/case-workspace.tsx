'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { apiErrorCode, useApiErrorMessage } from '../ui/api-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import { CaseCustomerSide } from '../customer/case-customer-side';
import { CaseShortcuts } from '../keyboard/case-shortcuts';
import { CaseBanners } from './case-banners';
import { CaseHeader } from './case-header';
import { CaseSideTools } from './case-side-tools';
import { AGENT_CASE, GUIDE_SCRIPT } from './case-queries';
import { CaseStepper } from './case-stepper';
import { CaseTimeline } from './case-timeline';
import { CaseWorkspaceProvider } from './case-workspace-context';
import { ResolveCaseForm } from './resolve-case-form';
import { SmsPreviewCard } from './sms-preview-card';
import { StepBasicCare } from './step-basic-care';
import { StepCompensation } from './step-compensation';
import { StepExitCheck } from './step-exit-check';
import { StepOnsitePayment } from './step-onsite-payment';
import styles from './case.module.css';

const POLL_MS = 10_000;

/** The agent's guided flow through one case; polls so two agents see each other's changes. */
export function CaseWorkspace({ caseId }: { caseId: string }) {
  const t = useTranslations('case.workspace');
  const tc = useTranslations('common');
  const errorMessage = useApiErrorMessage();
  const { data, previousData, error, refetch } = useQuery(AGENT_CASE, {
    variables: { id: caseId },
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const guide = useQuery(GUIDE_SCRIPT);
  const [conflict, setConflict] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [changedBy, setChangedBy] = useState<string | null>(null);
  const seenVersion = useRef<number | null>(null);

  // A failed poll keeps the last good copy on screen.
  const shown = data ?? previousData;
  const kase = shown?.case?.id === caseId ? shown.case : undefined;
  const viewerId = shown?.viewer?.id;

  useEffect(() => {
    if (!kase) return;
    const previous = seenVersion.current;
    seenVersion.current = kase.version;
    if (previous !== null && previous !== kase.version && kase.lastActor && kase.lastActor.id !== viewerId) {
      setChangedBy(kase.lastActor.name);
    }
  }, [kase, viewerId]);

  const refresh = useCallback(async () => {
    await refetch().catch(() => undefined);
  }, [refetch]);
  const reportConflict = useCallback(() => setConflict(true), []);
  const context = useMemo(() => (kase ? { kase, refresh, reportConflict } : null), [kase, refresh, reportConflict]);

  async function reloadAfterConflict() {
    setRefreshing(true);
    await refresh();
    setRefreshing(false);
    setConflict(false);
  }

  if (!context) {
    if (error) {
      const notFound = apiErrorCode(error) === 'NOT_FOUND';
      return notFound ? <NotFound /> : <ErrorState message={errorMessage(error)} onRetry={() => void refresh()} />;
    }
    if (shown && !shown.case) return <NotFound />;
    return <LoadingState label={t('loading')} />;
  }

  const steps = guide.data?.guideScript ?? [];
  const stepOf = (key: string) => steps.find((step) => step.key === key);

  return (
    <CaseWorkspaceProvider value={context}>
      <div className="page">
        <CaseHeader kase={context.kase} />
        <CaseBanners
          resolved={context.kase.status === 'RESOLVED'}
          conflict={conflict}
          refreshing={refreshing}
          onRefresh={() => void reloadAfterConflict()}
          changedBy={changedBy}
          onDismissChange={() => setChangedBy(null)}
        />
        {error && (
          <p className="alert" role="alert">
            {t('pollFailed', { message: errorMessage(error) })}
          </p>
        )}
        {guide.error && (
          <p className="alert" role="alert">
            {t('guideFailed', { message: errorMessage(guide.error) })}{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => void guide.refetch().catch(() => undefined)}
            >
              {tc('retry')}
            </button>
          </p>
        )}
        <div className={styles.workspace}>
          <div className={styles.workspaceMain}>
            <CaseShortcuts kase={context.kase} />
            <CaseStepper kase={context.kase} />
            <StepBasicCare guide={stepOf('BASIC_CARE')} />
            <StepExitCheck guide={stepOf('EXIT_CHECK')} />
            <StepOnsitePayment guide={stepOf('ONSITE_PAYMENT')} />
            <StepCompensation guide={stepOf('COMPENSATION')} />
            <ResolveCaseForm />
          </div>
          <aside className={styles.workspaceSide} aria-label={t('sideLabel')}>
            <CaseSideTools />
            <CaseTimeline kase={context.kase} />
            <CaseCustomerSide kase={context.kase} />
            <SmsPreviewCard kase={context.kase} />
          </aside>
        </div>
      </div>
    </CaseWorkspaceProvider>
  );
}

function NotFound() {
  const t = useTranslations('case.workspace');
  return <EmptyState title={t('notFound')}>{t('notFoundHint')}</EmptyState>;
}
