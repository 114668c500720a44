'use client';

import { useId, type FormEvent } from 'react';

/** What an agent searches passes by; null means "not given". */
export interface PassQuery {
  plate: string | null;
  phoneLast4: string | null;
}

/** The agent's pass search: plate (any part) and/or the phone's last four digits. Enter submits. */
export function PassSearchForm({ onSearch, busy }: { onSearch: (query: PassQuery) => void; busy: boolean }) {
  const id = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    // Validation is the API's: one set of rules and messages.
    onSearch({ plate: text('plate'), phoneLast4: text('phoneLast4') });
  }

  return (
    <form className="card search-form" onSubmit={handleSubmit} role="search" aria-label="정기권 검색">
      <div className="field">
        <label htmlFor={`${id}-plate`}>차량번호</label>
        <input
          id={`${id}-plate`}
          className="input"
          name="plate"
          autoComplete="off"
          placeholder="예: 12가3456 또는 3456"
          aria-describedby={`${id}-plate-hint`}
        />
        <span id={`${id}-plate-hint`} className="field-hint">
          일부만 입력해도 됩니다.
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-phone`}>전화번호 뒷자리</label>
        <input
          id={`${id}-phone`}
          className="input"
          name="phoneLast4"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          placeholder="예: 5678"
          aria-describedby={`${id}-phone-hint`}
        />
        <span id={`${id}-phone-hint`} className="field-hint">
          고객 휴대전화 끝 4자리
        </span>
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? '검색 중…' : '검색'}
      </button>
    </form>
  );
}
