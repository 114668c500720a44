'use client';

import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ResponseTargetsQuery } from '@/graphql/generated/client/graphql';
import { useApiErrorMessage } from '../../ui/api-error';
import { formatTarget, parseMinutes, problemMessage, type TargetField } from './target-fields';
import { RESPONSE_TARGETS, SET_RESPONSE_TARGETS } from './target-queries';

/** A row of the targets table. */
export type TargetRowData = ResponseTargetsQuery['responseTargets'][number];

/** What the two boxes of a row hold, as typed. */
export type TargetValues = Record<TargetField, string>;

/** A save's outcome, for the page's one line of feedback. */
export type SaveOutcome = { done: string } | { failed: string } | { fieldError: TargetField };

export const TARGET_FIELDS: readonly TargetField[] = ['exitAckMinutes', 'registrationConfirmMinutes'];

const savedValues = (row: Pick<TargetRowData, TargetField>): TargetValues => ({
  exitAckMinutes: String(row.exitAckMinutes),
  registrationConfirmMinutes: String(row.registrationConfirmMinutes),
});

type Errors = Partial<Record<TargetField, string>>;

/**
 * The table's edits, per operator: what each row's boxes hold (until saved, the server's values
 * otherwise), their errors, which rows are being saved, and the save itself.
 */
export function useTargetDrafts() {
  const t = useTranslations('targets');
  const errorMessage = useApiErrorMessage();
  const [drafts, setDrafts] = useState<Record<string, TargetValues>>({});
  const [errors, setErrors] = useState<Record<string, Errors>>({});
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [save] = useMutation(SET_RESPONSE_TARGETS, { refetchQueries: [RESPONSE_TARGETS], awaitRefetchQueries: true });

  const valuesOf = (row: TargetRowData) => drafts[row.operator.id] ?? savedValues(row);
  const errorsOf = (row: TargetRowData): Errors => errors[row.operator.id] ?? {};
  const isDirty = (row: TargetRowData) => TARGET_FIELDS.some((field) => valuesOf(row)[field].trim() !== savedValues(row)[field]);
  const setRowErrors = (id: string, next: Errors) => setErrors((all) => ({ ...all, [id]: next }));
  const forget = (id: string) => setDrafts(({ [id]: _dropped, ...rest }) => rest);

  function change(row: TargetRowData, field: TargetField, value: string) {
    setDrafts((all) => ({ ...all, [row.operator.id]: { ...valuesOf(row), [field]: value } }));
    if (errorsOf(row)[field]) setRowErrors(row.operator.id, { ...errorsOf(row), [field]: undefined });
  }

  function revert(row: TargetRowData) {
    forget(row.operator.id);
    setRowErrors(row.operator.id, {});
  }

  /** Checks and saves a row; the field at fault, or the sentence to show. */
  async function submit(row: TargetRowData): Promise<SaveOutcome> {
    const id = row.operator.id;
    const name = row.operator.name;
    const values = valuesOf(row);
    const exit = parseMinutes(values.exitAckMinutes);
    const registration = parseMinutes(values.registrationConfirmMinutes);
    const found: Errors = {};
    if ('error' in exit) found.exitAckMinutes = problemMessage(t, exit.error);
    if ('error' in registration) found.registrationConfirmMinutes = problemMessage(t, registration.error);
    setRowErrors(id, found);
    if ('error' in exit || 'error' in registration)
      return { fieldError: 'error' in exit ? 'exitAckMinutes' : 'registrationConfirmMinutes' };
    setSaving((set) => new Set(set).add(id));
    try {
      const { data } = await save({
        variables: { operatorId: id, exitAckMinutes: exit.minutes, registrationConfirmMinutes: registration.minutes },
      });
      const result = data?.setResponseTargets ?? { exitAckMinutes: exit.minutes, registrationConfirmMinutes: registration.minutes };
      forget(id);
      return {
        done: t('saved', {
          operator: name,
          exit: formatTarget(t, result.exitAckMinutes),
          registration: formatTarget(t, result.registrationConfirmMinutes),
        }),
      };
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      const field = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.field : undefined;
      if (field === 'exitAckMinutes' || field === 'registrationConfirmMinutes') {
        setRowErrors(id, { [field]: errorMessage(error) });
        return { fieldError: field };
      }
      return { failed: t('failed', { operator: name, message: errorMessage(error) }) };
    } finally {
      setSaving((set) => {
        const next = new Set(set);
        next.delete(id);
        return next;
      });
    }
  }

  return { valuesOf, errorsOf, isDirty, isSaving: (row: TargetRowData) => saving.has(row.operator.id), change, revert, submit };
}

/** The table's edits and actions, as the cells use them. */
export type TargetDrafts = ReturnType<typeof useTargetDrafts>;
