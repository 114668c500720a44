'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated/client';
import type { VocKind } from '@/graphql/generated/client/graphql';
import { VOC_KINDS } from '@/lib/domain/enum-values';
import { STAFF_REASON_MAX } from '@/lib/domain/staff-reason';
import { ActionFeedback } from '../ui/action-feedback';
import { SubmitRow } from '../ui/submit-row';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useConfirmation } from '../ui/use-confirmation';
import { describedBy, Field } from '../ui/field';
import styles from './case-corrections.module.css';
import { useCaseWrite } from './use-case-write';
import actionStyles from '../ui/action-button.module.css';

const RECLASSIFY_CASE = graphql(`
  mutation ReclassifyCase($caseId: ID!, $kind: VocKind!, $reason: String!, $expectedVersion: Int) {
    reclassifyCase(caseId: $caseId, kind: $kind, reason: $reason, expectedVersion: $expectedVersion) {
      id
      kind
      version
    }
  }
`);

/**
 * Corrects the case's VOC kind with a reason, after a confirmation naming both kinds. An agent
 * may while no coupon or refund is on the case (the server also refuses when the case's count
 * backs a coupon of the month); a manager at any time, closed cases too.
 */
export function ReclassifyPanel({ manager = false }: { manager?: boolean }) {
  const t = useTranslations('caseCorrections.reclassify');
  const tLabels = useTranslations('labels');
  const id = useId();
  const { kase, lock: caseLock, action, send } = useCaseWrite();
  const [kind, setKind] = useState<VocKind | null>(null);
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const confirmReclassify = useConfirmation(reclassify);
  const compensated = kase.coupons.length > 0 || kase.refunds.some((refund) => refund.status !== 'REJECTED');
  const lock = manager ? null : (caseLock ?? (compensated ? t('agentRule') : null));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!kind || kind === kase.kind) return action.fail(t('kindMissing'));
    if (!reason.trim()) return action.fail(t('reasonMissing'));
    confirmReclassify.ask();
  }

  function reclassify() {
    if (!kind) return;
    const to = kind;
    void send(RECLASSIFY_CASE, { kind: to, reason: reason.trim() }, t('done', { kind: tLabels(`vocKindShort.${to}`) })).then((ok) => {
      if (!ok) return;
      setKind(null);
      setReason('');
    });
  }

  const reasonId = `${id}-reason`;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <div className="section-header">
        <h2 id={`${id}-heading`}>{t('heading')}</h2>
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={open}
          aria-controls={`${id}-form`}
          onClick={() => setOpen(!open)}
        >
          {open ? t('close') : t('open')}
        </button>
      </div>
      <p className="muted">{t('current', { kind: tLabels(`vocKindShort.${kase.kind}`) })}</p>
      {open && lock && <p className={actionStyles.lockHint}>{lock}</p>}
      {/* Rendered only when open: .form sets display, which would override [hidden]. */}
      {open && (
        <form id={`${id}-form`} className="form" onSubmit={handleSubmit}>
          <fieldset className={styles.kindOptions} disabled={Boolean(lock)}>
            <legend>{t('newKind')}</legend>
            {VOC_KINDS.filter((option) => option !== kase.kind).map((option) => (
              <label key={option} className={styles.kindOption}>
                <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => setKind(option)} />
                <span>
                  <strong>{tLabels(`vocKindShort.${option}`)}</strong>
                  <span className="muted"> · {tLabels(`vocKind.${option}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <Field id={reasonId} label={t('reason')} hint={t('reasonHint')}>
            <textarea
              {...describedBy(reasonId, { hint: true })}
              className="input textarea"
              rows={2}
              maxLength={STAFF_REASON_MAX}
              value={reason}
              disabled={Boolean(lock)}
              onChange={(event) => setReason(event.target.value)}
            />
          </Field>
          <p className="field-hint">{t('consultationNote')}</p>
          <SubmitRow variant="secondary" pending={action.pending} disabled={Boolean(lock)}>
            {t('submit')}
          </SubmitRow>
        </form>
      )}
      <ActionFeedback state={action} />
      <ConfirmDialog
        {...confirmReclassify.dialog}
        title={t('confirmTitle')}
        message={t('confirmMessage', { from: tLabels(`vocKindShort.${kase.kind}`), to: kind ? tLabels(`vocKindShort.${kind}`) : '' })}
        confirmLabel={t('confirm')}
      />
    </section>
  );
}
