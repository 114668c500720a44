'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import type { VocKind } from '@/graphql/generated/client/graphql';
import { VOC_KINDS } from '@/lib/domain/enum-values';
import { useApiErrorMessage } from '../../ui/api-error';
import { ActionButton } from '../../ui/action-button';
import { ActionFeedback } from '../../ui/action-feedback';
import { describedBy, Field } from '../../ui/field';
import { notify } from '../../ui/toast';
import { ADD_OUTCOME_TEMPLATE, MANAGER_OUTCOME_TEMPLATES, UPDATE_OUTCOME_TEMPLATE, type ManagerTemplate } from './outcome-template-queries';
import styles from './outcome-templates.module.css';
import { CASE_RESPONSE_MAX } from '@/lib/domain/case-text-limits';

const TEXT_FIELDS = [
  { name: 'labelKo', max: 60, rows: 0 },
  { name: 'labelEn', max: 60, rows: 0 },
  { name: 'bodyKo', max: CASE_RESPONSE_MAX, rows: 4 },
  { name: 'bodyEn', max: CASE_RESPONSE_MAX, rows: 3 },
] as const;

/** Adds a template or rewrites one (editing: `template`); outcomes already saved keep their words. */
export function OutcomeTemplateForm({ template, onDone }: { template: ManagerTemplate | null; onDone: () => void }) {
  const t = useTranslations('caseCorrections.admin');
  const tLabels = useTranslations('labels');
  const id = useId();
  const errorMessage = useApiErrorMessage();
  const options = { refetchQueries: [MANAGER_OUTCOME_TEMPLATES], awaitRefetchQueries: true };
  const [add, added] = useMutation(ADD_OUTCOME_TEMPLATE, options);
  const [update, updated] = useMutation(UPDATE_OUTCOME_TEMPLATE, options);
  const [failure, setFailure] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const kind = text('kind');
    const input = {
      kind: kind ? (kind as VocKind) : null,
      firstResponse: form.get('firstResponse') === 'on',
      labelKo: text('labelKo'),
      labelEn: text('labelEn'),
      bodyKo: text('bodyKo'),
      bodyEn: text('bodyEn'),
      sortOrder: Number(text('sortOrder') || '0'),
    };
    setFailure(null);
    try {
      if (template) await update({ variables: { id: template.id, input } });
      else await add({ variables: { input } });
      notify.success(t('saved'));
      onDone();
    } catch (caught) {
      setFailure(errorMessage(caught instanceof Error ? caught : new Error(String(caught))));
    }
  }

  const field = (name: string) => `${id}-${name}`;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{template ? t('formEdit', { label: template.labelKo }) : t('formAdd')}</h3>
      <form className="form" onSubmit={(event) => void handleSubmit(event)}>
        {TEXT_FIELDS.map(({ name, max, rows }) => (
          <Field key={name} id={field(name)} label={t(name)}>
            {rows === 0 ? (
              <input
                {...describedBy(field(name), {})}
                className="input"
                name={name}
                maxLength={max}
                required
                defaultValue={template?.[name] ?? ''}
                lang={name.endsWith('Ko') ? 'ko' : 'en'}
              />
            ) : (
              <textarea
                {...describedBy(field(name), {})}
                className="input textarea"
                name={name}
                rows={rows}
                maxLength={max}
                required
                defaultValue={template?.[name] ?? ''}
                lang={name.endsWith('Ko') ? 'ko' : 'en'}
              />
            )}
          </Field>
        ))}
        <Field id={field('kind')} label={t('kind')}>
          <select {...describedBy(field('kind'), {})} className="input" name="kind" defaultValue={template?.kind ?? ''}>
            <option value="">{t('anyKind')}</option>
            {VOC_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tLabels(`vocKindShort.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={field('sortOrder')} label={t('sortOrder')}>
          <input
            {...describedBy(field('sortOrder'), {})}
            className="input"
            type="number"
            name="sortOrder"
            min={0}
            max={10000}
            required
            defaultValue={template?.sortOrder ?? 100}
          />
        </Field>
        <label className={styles.checkbox}>
          <input type="checkbox" name="firstResponse" defaultChecked={template?.firstResponse ?? false} /> {t('firstResponseField')}
        </label>
        <div className="form-actions">
          <ActionButton type="submit" pending={added.loading || updated.loading}>
            {t('save')}
          </ActionButton>
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('cancel')}
          </button>
        </div>
      </form>
      <ActionFeedback state={{ done: null, error: failure }} />
    </section>
  );
}
