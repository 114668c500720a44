'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated/client';
import type { VocKind } from '@/graphql/generated/client/graphql';
import { VOC_KINDS } from '@/lib/domain/enum-values';
import { useApiErrorMessage } from '../ui/api-error';
import { SubmitRow } from '../ui/submit-row';
import { describedBy, Field } from '../ui/field';
import { idempotencyContext, useIdempotencyKey } from '../ui/use-idempotency-key';
import type { FoundPass } from '../passes/pass-table';
import { RepeatContactNotice, type RepeatOf } from '../customer/repeat-contact-notice';
import { kstInputToDateTime, kstInputValue } from './kst-input';
import styles from './case.module.css';
import { OPENING_NOTE_MAX } from '@/lib/domain/case-text-limits';

const OPEN_CASE = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
      code
    }
  }
`);

interface OpenCaseFormProps {
  pass: FoundPass;
  /** "같은 사고의 재문의": the new case is opened as this case's duplicate, with its kind and incident time. */
  repeatOf?: RepeatOf | null;
  onNewIncident?: () => void;
}

/** The case's facts: VOC 유형, 사고 일시 (KST) and a memo; opening it goes to the case. */
export function OpenCaseForm({ pass, repeatOf = null, onNewIncident }: OpenCaseFormProps) {
  const t = useTranslations();
  const errorMessage = useApiErrorMessage();
  const id = useId();
  const client = useApolloClient();
  const router = useRouter();
  const [defaultIncidentAt] = useState(() => kstInputValue(repeatOf ? new Date(repeatOf.incidentAt) : undefined));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A second submit before the answer (double click, Enter twice) reuses the key: one case.
  const idempotency = useIdempotencyKey();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const kind = String(form.get('kind') ?? '') as VocKind;
    const incidentAt = kstInputToDateTime(String(form.get('incidentAt') ?? ''));
    const note = String(form.get('note') ?? '').trim() || null;
    if (!VOC_KINDS.includes(kind)) return setError(t('case.openCase.kindMissing'));
    if (!incidentAt) return setError(t('case.openCase.incidentAtMissing'));
    setPending(true);
    setError(null);
    try {
      const { data } = await client.mutate({
        mutation: OPEN_CASE,
        variables: { input: { passId: pass.id, kind, incidentAt, note, duplicateOfId: repeatOf?.id ?? null } },
        context: idempotencyContext(idempotency.begin()),
      });
      idempotency.settle();
      if (!data) throw new Error('no data');
      // Stay pending while the case loads, so the form cannot be sent twice.
      router.push(`/agent/cases/${data.openCase.id}`);
    } catch (caught) {
      idempotency.settle(caught);
      setError(caught instanceof Error ? errorMessage(caught) : String(caught));
      setPending(false);
    }
  }

  const incidentId = `${id}-incident`;
  return (
    <form className="card form" onSubmit={handleSubmit} aria-describedby={error ? `${id}-error` : undefined}>
      {repeatOf && <RepeatContactNotice repeatOf={repeatOf} onNewIncident={onNewIncident} />}
      <fieldset className={styles.fieldset}>
        <legend>{t('case.openCase.kind')}</legend>
        {VOC_KINDS.map((kind) => (
          <label key={kind} className={styles.choice}>
            <input type="radio" name="kind" value={kind} required defaultChecked={repeatOf?.kind === kind} />
            <span>{t(`labels.vocKind.${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      <Field
        id={incidentId}
        className={styles.fieldNarrow}
        label={t('case.openCase.incidentAt')}
        hint={t('case.openCase.incidentAtHint', { from: pass.startsOn, to: pass.endsOn })}
      >
        <input
          {...describedBy(incidentId, { hint: true })}
          className="input"
          name="incidentAt"
          type="datetime-local"
          defaultValue={defaultIncidentAt}
          required
        />
      </Field>
      <Field id={`${id}-note`} label={t('case.openCase.note')}>
        <textarea {...describedBy(`${id}-note`, {})} className="input textarea" name="note" rows={3} maxLength={OPENING_NOTE_MAX} />
      </Field>
      {error && (
        <p id={`${id}-error`} className="alert" role="alert">
          {error}
        </p>
      )}
      <SubmitRow pending={pending}>{t('case.openCase.submit')}</SubmitRow>
    </form>
  );
}
