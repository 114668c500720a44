'use client';

import { useId, useRef, type FormEvent } from 'react';
import type { CaseFilter, CaseStatus, VocKind } from '@/graphql/generated/client/graphql';
import { CASE_STATUS_LABEL, VOC_KIND_SHORT } from './case-labels';

const STATUSES = Object.keys(CASE_STATUS_LABEL) as CaseStatus[];
const KINDS = Object.keys(VOC_KIND_SHORT) as VocKind[];

/** The case list's filters: 상태, VOC 유형, 월, 차량번호, 전화번호 뒷자리. Enter searches. */
export function CaseListFilters({ onSearch, busy }: { onSearch: (filter: CaseFilter) => void; busy: boolean }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    // Validation is the API's: one set of rules and messages.
    onSearch({
      status: text('status') as CaseStatus | null,
      kind: text('kind') as VocKind | null,
      month: text('month'),
      plate: text('plate'),
      phoneLast4: text('phoneLast4'),
    });
  }

  function reset() {
    formRef.current?.reset();
    onSearch({});
  }

  return (
    <form ref={formRef} className="card filter-form" onSubmit={handleSubmit} role="search" aria-label="상담 검색">
      <div className="field">
        <label htmlFor={`${id}-status`}>상태</label>
        <select id={`${id}-status`} className="input" name="status" defaultValue="">
          <option value="">전체</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {CASE_STATUS_LABEL[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>VOC 유형</label>
        <select id={`${id}-kind`} className="input" name="kind" defaultValue="">
          <option value="">전체</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {VOC_KIND_SHORT[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-month`}>월</label>
        <input id={`${id}-month`} className="input" name="month" type="month" placeholder="YYYY-MM" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-plate`}>차량번호</label>
        <input id={`${id}-plate`} className="input" name="plate" autoComplete="off" placeholder="예: 12가3456" />
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
        />
      </div>
      <div className="filter-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? '검색 중…' : '검색'}
        </button>
        <button type="button" className="button button-secondary" onClick={reset}>
          초기화
        </button>
      </div>
    </form>
  );
}
