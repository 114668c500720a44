'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useApiErrorMessage } from '../../ui/api-error';
import { describedBy, Field } from '../../ui/field';
import { OPERATOR_CHOICES } from './user-queries';
import styles from './users.module.css';
import { dataLang } from '@/lib/i18n/data-lang';

interface OperatorSelectProps {
  base: string;
  error?: string;
  onChange: () => void;
}

/** The operator an operator account works for; required, so it starts unchosen. */
export function OperatorSelect({ base, error, onChange }: OperatorSelectProps) {
  const t = useTranslations('users.form');
  const errorMessage = useApiErrorMessage();
  const { data, error: loadError, refetch } = useQuery(OPERATOR_CHOICES, { fetchPolicy: 'cache-and-network' });
  const operators = data?.operators;
  const unavailable = !operators
    ? loadError
      ? errorMessage(loadError)
      : t('operatorsLoading')
    : operators.length === 0
      ? t('noOperators')
      : null;

  return (
    <Field id={base} label={t('operator')} hint={unavailable ?? t('operatorHint')} error={error}>
      <select
        className="input"
        name="operatorId"
        defaultValue=""
        disabled={!operators?.length}
        onChange={onChange}
        {...describedBy(base, { hint: true, error })}
      >
        <option value="">{t('operatorPlaceholder')}</option>
        {operators?.map((operator) => (
          <option key={operator.id} value={operator.id} lang={dataLang(operator.name)}>
            {operator.name}
          </option>
        ))}
      </select>
      {loadError && !operators && (
        <button
          type="button"
          className={`button button-secondary button-small ${styles.inlineButton}`}
          onClick={() => void refetch().catch(() => undefined)}
        >
          {t('reloadOperators')}
        </button>
      )}
    </Field>
  );
}
