'use client';

import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ResponseTargetsQuery } from '@/graphql/generated/client/graphql';
import { apiErrorMessage } from '../../api-error';
import { formatTarget, parseMinutes, spanOfMinutes, TARGET_LABEL, TARGET_MAX, TARGET_MIN, type TargetField } from './target-fields';
import { RESPONSE_TARGETS, SET_RESPONSE_TARGETS } from './target-queries';
import styles from './targets.module.css';

/** A row of the targets table. */
export type TargetRowData = ResponseTargetsQuery['responseTargets'][number];

type Values = Record<TargetField, string>;
const FIELDS: readonly TargetField[] = ['exitAckMinutes', 'registrationConfirmMinutes'];
const valuesOf = (row: Pick<TargetRowData, TargetField>): Values => ({
  exitAckMinutes: String(row.exitAckMinutes),
  registrationConfirmMinutes: String(row.registrationConfirmMinutes),
});

interface TargetRowProps {
  row: TargetRowData;
  onSaved: (message: string) => void;
  onFailed: (message: string) => void;
}

/** One operator's targets, edited in place; Enter in either box saves the row. */
export function TargetRow({ row, onSaved, onFailed }: TargetRowProps) {
  const id = useId();
  const rowRef = useRef<HTMLTableRowElement>(null);
  const [values, setValues] = useState<Values>(() => valuesOf(row));
  const [errors, setErrors] = useState<Partial<Record<TargetField, string>>>({});
  const [save, { loading }] = useMutation(SET_RESPONSE_TARGETS, { refetchQueries: [RESPONSE_TARGETS], awaitRefetchQueries: true });
  const saved = valuesOf(row);
  const dirty = FIELDS.some((field) => values[field].trim() !== saved[field]);
  const name = row.operator.name;

  function focus(field: TargetField) {
    rowRef.current?.querySelector<HTMLInputElement>(`input[name="${field}"]`)?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const exit = parseMinutes(values.exitAckMinutes);
    const registration = parseMinutes(values.registrationConfirmMinutes);
    const found: Partial<Record<TargetField, string>> = {};
    if ('error' in exit) found.exitAckMinutes = exit.error;
    if ('error' in registration) found.registrationConfirmMinutes = registration.error;
    setErrors(found);
    if ('error' in exit || 'error' in registration) return focus('error' in exit ? 'exitAckMinutes' : 'registrationConfirmMinutes');
    try {
      const { data } = await save({ variables: { operatorId: row.operator.id, exitAckMinutes: exit.minutes, registrationConfirmMinutes: registration.minutes } });
      const result = data?.setResponseTargets ?? { exitAckMinutes: exit.minutes, registrationConfirmMinutes: registration.minutes };
      setValues(valuesOf(result));
      onSaved(`${name}의 목표를 저장했습니다: 출차 확인 ${formatTarget(result.exitAckMinutes)}, 차량등록 완료 ${formatTarget(result.registrationConfirmMinutes)}.`);
    } catch (caught) {
      const field = CombinedGraphQLErrors.is(caught) ? caught.errors[0]?.extensions?.field : undefined;
      const message = caught instanceof Error ? apiErrorMessage(caught) : String(caught);
      if (field === 'exitAckMinutes' || field === 'registrationConfirmMinutes') {
        setErrors({ [field]: message });
        focus(field);
      } else onFailed(`${name}: ${message}`);
    }
  }

  const formId = `${id}-form`;
  return (
    <tr ref={rowRef}>
      <th scope="row" data-label="운영사">
        <span className={styles.line}>{name}</span>
      </th>
      {FIELDS.map((field) => {
        const base = `${id}-${field}`;
        const parsed = parseMinutes(values[field]);
        const hint = 'minutes' in parsed && parsed.minutes >= 60 ? spanOfMinutes(parsed.minutes) : null;
        const error = errors[field];
        return (
          <td key={field} data-label={`${TARGET_LABEL[field]} 목표`}>
            <div className={styles.minutes}>
              <label htmlFor={base} className="visually-hidden">{`${name} ${TARGET_LABEL[field]} 목표(분)`}</label>
              <input
                id={base}
                form={formId}
                name={field}
                className={`input ${styles.minutesInput}`}
                type="number"
                inputMode="numeric"
                min={TARGET_MIN}
                max={TARGET_MAX}
                step={1}
                value={values[field]}
                aria-invalid={error ? true : undefined}
                aria-describedby={[hint && `${base}-hint`, error && `${base}-error`].filter(Boolean).join(' ') || undefined}
                onChange={(event) => {
                  setValues((current) => ({ ...current, [field]: event.target.value }));
                  if (error) setErrors(({ [field]: _cleared, ...rest }) => rest);
                }}
              />
              <span aria-hidden="true">분</span>
            </div>
            {hint && (
              <span id={`${base}-hint`} className="field-hint">
                = {hint}
              </span>
            )}
            {error && (
              <span id={`${base}-error`} className={styles.fieldError}>
                {error}
              </span>
            )}
          </td>
        );
      })}
      <td data-label="기준">
        <span className={styles.line}>
          <span className={`badge ${row.isDefault ? 'badge-neutral' : 'badge-accent'}`}>{row.isDefault ? '기본값' : '개별 설정'}</span>
        </span>
      </td>
      <td data-label="저장" className="row-action">
        <form id={formId} noValidate className={styles.actions} onSubmit={(event) => void handleSubmit(event)}>
          <button type="submit" className={`button ${dirty ? 'button-primary' : 'button-secondary'}`} disabled={!dirty || loading} aria-busy={loading || undefined} aria-label={`${name} 목표 저장`}>
            {loading ? '저장 중…' : '저장'}
          </button>
          {dirty && !loading && (
            <button
              type="button"
              className="button button-secondary"
              aria-label={`${name} 목표 되돌리기`}
              onClick={() => {
                setValues(saved);
                setErrors({});
              }}
            >
              되돌리기
            </button>
          )}
        </form>
      </td>
    </tr>
  );
}
