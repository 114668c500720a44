'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { graphql } from '@/graphql/generated/client';
import { ActionFeedback } from '../ui/action-feedback';
import { SubmitRow } from '../ui/submit-row';
import { describedBy, Field } from '../ui/field';
import styles from './case-corrections.module.css';
import { useCaseTextSubmit } from './use-case-text-submit';
import { CASE_NOTE_MAX } from '@/lib/domain/case-text-limits';

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
  const { action, onSubmit } = useCaseTextSubmit(ADD_CASE_NOTE, 'note', (text) => ({ text }), { missing: t('missing'), done: t('done') });

  const noteId = `${id}-note`;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <form className={`form ${styles.noteForm}`} onSubmit={onSubmit}>
        <Field id={noteId} label={t('label')} hint={t('hint')}>
          <textarea
            {...describedBy(noteId, { hint: true })}
            className="input textarea"
            name="note"
            rows={2}
            maxLength={CASE_NOTE_MAX}
            required
          />
        </Field>
        <SubmitRow variant="secondary" pending={action.pending}>
          {t('submit')}
        </SubmitRow>
      </form>
      <ActionFeedback state={action} />
    </section>
  );
}
