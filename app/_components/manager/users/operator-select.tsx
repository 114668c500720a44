'use client';

import { useQuery } from '@apollo/client/react';
import { apiErrorMessage } from '../../api-error';
import { describedBy, FieldMessage } from '../../ui/field';
import { OPERATOR_CHOICES } from './user-queries';
import styles from './users.module.css';

interface OperatorSelectProps {
  base: string;
  error?: string;
  onChange: () => void;
}

/** The operator an operator account works for; required, so it starts unchosen. */
export function OperatorSelect({ base, error, onChange }: OperatorSelectProps) {
  const { data, error: loadError, refetch } = useQuery(OPERATOR_CHOICES, { fetchPolicy: 'cache-and-network' });
  const operators = data?.operators;
  const unavailable = !operators ? (loadError ? apiErrorMessage(loadError) : '운영사 목록을 불러오는 중…') : operators.length === 0 ? '등록된 운영사가 없습니다. 운영사를 먼저 등록해 주세요.' : null;

  return (
    <div className="field">
      <label htmlFor={base}>소속 운영사</label>
      <select className="input" name="operatorId" defaultValue="" disabled={!operators?.length} onChange={onChange} {...describedBy(base, { hint: true, error })}>
        <option value="">운영사 선택</option>
        {operators?.map((operator) => (
          <option key={operator.id} value={operator.id}>
            {operator.name}
          </option>
        ))}
      </select>
      <FieldMessage base={base} hint={unavailable ?? '이 계정은 선택한 운영사의 주차장 요청만 봅니다.'} error={error} />
      {loadError && !operators && (
        <button type="button" className={`button button-secondary button-small ${styles.inlineButton}`} onClick={() => void refetch().catch(() => undefined)}>
          다시 불러오기
        </button>
      )}
    </div>
  );
}
