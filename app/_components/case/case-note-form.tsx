'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated/client';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { describedBy, Field } from '../ui/field';
import styles from './case-corrections.module.css';
import { useCaseAction, useCaseWorkspace } from './case-workspace-context';

const ADD_CASE_NOTE = graphql(`
  mutation AddCaseNote($caseId: ID!, $text: String!, $expectedVersion: Int) {
    addCaseNote(caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

/** An internal note on the timeline, at any time (also before verification and after closing); operators never see it. */
export function CaseNoteForm() {
  const t = useTranslations('caseCorrections.note');
  const id = useId();
  const { kase } = useCaseWorkspace();
  const client = useApolloClient();
  const action = useCaseAction();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = String(new FormData(form).get('note') ?? '').trim();
    if (!text) return action.fail(t('missing'));
    void action
      .run((expectedVersion) => client.mutate({ mutation: ADD_CASE_NOTE, variables: { caseId: kase.id, text, expectedVersion } }), t('done'))
      .then((ok) => ok && form.reset());
  }

  const noteId = `${id}-note`;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <form className={`form ${styles.noteForm}`} onSubmit={handleSubmit}>
        <Field id={noteId} label={t('label')} hint={t('hint')}>
          <textarea {...describedBy(noteId, { hint: true })} className="input textarea" name="note" rows={2} maxLength={2000} required />
        </Field>
        <div className="form-actions">
          <ActionButton type="submit" variant="secondary" pending={action.pending}>
            {t('submit')}
          </ActionButton>
        </div>
      </form>
      <ActionFeedback state={action} />
    </section>
  );
}
