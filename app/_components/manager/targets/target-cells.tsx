'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { ActionButton } from '../../ui/action-button';
import { describedBy, FieldMessage } from '../../ui/field';
import { parseMinutes, spanOfMinutes, TARGET_MAX, TARGET_MIN, type TargetField } from './target-fields';
import type { SaveOutcome, TargetDrafts, TargetRowData } from './use-target-drafts';
import styles from './targets.module.css';

/** The ids of one row's form and boxes: the boxes sit in other cells and join the form by its id. */
export function rowIds(base: string, row: TargetRowData) {
  const prefix = `${base}-${row.operator.id}`;
  return { form: `${prefix}-form`, box: (field: TargetField) => `${prefix}-${field}` };
}

interface MinutesBoxProps {
  base: string;
  row: TargetRowData;
  field: TargetField;
  drafts: TargetDrafts;
}

/** One target of one operator, in minutes, with the span it makes (= 1일) and its error below. */
export function MinutesBox({ base, row, field, drafts }: MinutesBoxProps) {
  const t = useTranslations('targets');
  const ids = rowIds(base, row);
  const id = ids.box(field);
  const value = drafts.valuesOf(row)[field];
  const error = drafts.errorsOf(row)[field];
  const parsed = parseMinutes(value);
  const hint = 'minutes' in parsed && parsed.minutes >= 60 ? t('spanHint', { span: spanOfMinutes(t, parsed.minutes) }) : null;
  // One element: on a phone the cell is a grid of its label and its value.
  return (
    <div>
      <div className={styles.minutes}>
        <label htmlFor={id} className="visually-hidden">
          {t('inputLabel', { operator: row.operator.name, target: t(`field.${field}`) })}
        </label>
        <input
          {...describedBy(id, { hint: Boolean(hint), error })}
          form={ids.form}
          name={field}
          className={`input ${styles.minutesInput}`}
          type="number"
          inputMode="numeric"
          min={TARGET_MIN}
          max={TARGET_MAX}
          step={1}
          value={value}
          onChange={(event) => drafts.change(row, field, event.target.value)}
        />
        <span aria-hidden="true">{t('unit')}</span>
      </div>
      <FieldMessage base={id} hint={hint} error={error} />
    </div>
  );
}

interface SaveActionsProps {
  base: string;
  row: TargetRowData;
  drafts: TargetDrafts;
  onOutcome: (outcome: SaveOutcome) => void;
}

/** A row's form: save (Enter in either box does the same) and, once edited, undo. */
export function SaveActions({ base, row, drafts, onOutcome }: SaveActionsProps) {
  const t = useTranslations('targets');
  const ids = rowIds(base, row);
  const name = row.operator.name;
  const dirty = drafts.isDirty(row);
  const saving = drafts.isSaving(row);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await drafts.submit(row);
    if ('fieldError' in outcome) document.getElementById(ids.box(outcome.fieldError))?.focus();
    onOutcome(outcome);
  }

  return (
    <form id={ids.form} noValidate className={styles.actions} onSubmit={(event) => void handleSubmit(event)}>
      <ActionButton
        type="submit"
        variant={dirty ? 'primary' : 'secondary'}
        pending={saving}
        disabled={!dirty}
        label={t('saveFor', { operator: name })}
      >
        {t('save')}
      </ActionButton>
      {dirty && !saving && (
        <button
          type="button"
          className="button button-secondary"
          aria-label={t('revertFor', { operator: name })}
          onClick={() => drafts.revert(row)}
        >
          {t('revert')}
        </button>
      )}
    </form>
  );
}
