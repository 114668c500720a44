'use client';

import { useQuery } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { VocKind } from '@/graphql/generated/client/graphql';
import { describedBy, Field } from '../ui/field';
import styles from './case-corrections.module.css';
import { Gloss } from './gloss';
import { OUTCOME_TEMPLATES, templateOfDigit, templatesFor, type OutcomeTemplateItem } from './outcome-template-queries';

interface TemplateTextFieldProps {
  id: string;
  name: string;
  label: string;
  kind: VocKind;
  /** Only the templates meant for the first response (1차). */
  firstResponse?: boolean;
  disabled: boolean;
  placeholder?: string;
  maxLength: number;
  actionId?: string;
}

/**
 * A text area with the manager's outcome templates above it, each picked with one key: its
 * digit while the template buttons have focus, Alt+digit inside the text area. The Korean body
 * goes in (outcomes are the team's Korean record) and stays editable; English readers see the
 * template's English text as a gloss.
 */
export function TemplateTextField({
  id,
  name,
  label,
  kind,
  firstResponse = false,
  disabled,
  placeholder,
  maxLength,
  actionId,
}: TemplateTextFieldProps) {
  const t = useTranslations('caseCorrections.templates');
  const locale = useLocale();
  const { data, error } = useQuery(OUTCOME_TEMPLATES);
  const field = useRef<HTMLTextAreaElement>(null);
  const [picked, setPicked] = useState<OutcomeTemplateItem | null>(null);
  const templates = templatesFor(data?.outcomeTemplates ?? [], kind, { firstResponse }).slice(0, 9);
  const labelOf = (template: OutcomeTemplateItem) => (locale === 'ko' ? template.labelKo : template.labelEn);

  function pick(template: OutcomeTemplateItem) {
    const area = field.current;
    if (!area) return;
    area.value = template.bodyKo;
    setPicked(template);
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }

  function onKey(event: KeyboardEvent, inField: boolean) {
    if (disabled || event.ctrlKey || event.metaKey || inField !== event.altKey) return;
    // Alt+digit: the key's code, since Alt changes the character typed on some layouts.
    const digit = event.code.startsWith('Digit') ? event.code.slice(5) : event.key;
    const template = templateOfDigit(templates, digit);
    if (!template) return;
    // Taken here: the page's step keys 1–4 must not act on it too.
    event.preventDefault();
    pick(template);
  }

  return (
    <Field id={id} label={label} hint={templates.length > 0 ? t('hint') : undefined}>
      {templates.length > 0 && (
        <ul className={styles.templates} aria-label={t('groupLabel')} onKeyDown={(event) => onKey(event, false)}>
          {templates.map((template, index) => (
            <li key={template.id}>
              {/* Its name is what it shows, "1 1차 불가안내·정책안내·케어"; aria-keyshortcuts names the keys. */}
              <button
                type="button"
                className={`button button-secondary button-small ${styles.templateButton}`}
                disabled={disabled}
                aria-keyshortcuts={`${index + 1} Alt+${index + 1}`}
                onClick={() => pick(template)}
              >
                <kbd className={styles.templateKey}>{index + 1}</kbd>
                <span>{labelOf(template)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <textarea
        {...describedBy(id, { hint: templates.length > 0 })}
        ref={field}
        className="input textarea"
        name={name}
        rows={3}
        maxLength={maxLength}
        required
        disabled={disabled}
        data-action={actionId}
        placeholder={placeholder}
        onKeyDown={(event) => onKey(event, true)}
      />
      {picked && locale !== 'ko' && <Gloss text={picked.bodyEn} />}
      {/* Without templates the field still works: the agent types the text. */}
      {error && <span className="field-hint">{t('loadFailed')}</span>}
    </Field>
  );
}
