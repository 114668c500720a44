'use client';

import { useEffect, useRef, useState } from 'react';
import { formatPeriod, formatWon } from '../format';
import { IntegrationBadge } from '../lot-badges';
import { PassSearch } from '../pass-search';
import type { FoundPass } from '../pass-table';
import { OpenCaseForm } from './open-case-form';

/** New case: find the caller's pass, choose it, then tell what happened. */
export function NewCaseFlow() {
  const [chosen, setChosen] = useState<FoundPass | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The form appears below the results: take the keyboard there.
    if (chosen) headingRef.current?.focus();
  }, [chosen]);

  return (
    <>
      <section className="section" aria-labelledby="new-case-step-1">
        <h2 id="new-case-step-1">1. 정기권 찾기</h2>
        <PassSearch
          renderAction={(pass) => {
            const selected = chosen?.id === pass.id;
            return (
              <button
                type="button"
                className={`button ${selected ? 'button-primary' : 'button-secondary'} button-small`}
                aria-pressed={selected}
                onClick={() => setChosen(pass)}
              >
                이 정기권으로 상담 시작
              </button>
            );
          }}
        />
      </section>
      {chosen && (
        <section className="section" aria-labelledby="new-case-step-2">
          <h2 id="new-case-step-2" ref={headingRef} tabIndex={-1}>
            2. 상담 정보
          </h2>
          <div className="card chosen-pass">
            <dl className="facts">
              <div>
                <dt>고객</dt>
                <dd>
                  {chosen.customer.name} <span className="muted">{chosen.customer.phoneMasked}</span>
                </dd>
              </div>
              <div>
                <dt>차량번호</dt>
                <dd>{chosen.plate}</dd>
              </div>
              <div>
                <dt>주차장</dt>
                <dd>
                  {chosen.lot.name} <IntegrationBadge integration={chosen.lot.integration} />
                </dd>
              </div>
              <div>
                <dt>기간</dt>
                <dd>{formatPeriod(chosen.startsOn, chosen.endsOn)}</dd>
              </div>
              <div>
                <dt>결제금액</dt>
                <dd>{formatWon(chosen.amountPaid)}</dd>
              </div>
            </dl>
            <button type="button" className="button button-secondary button-small" onClick={() => setChosen(null)}>
              다른 정기권 선택
            </button>
          </div>
          <OpenCaseForm key={chosen.id} pass={chosen} />
        </section>
      )}
    </>
  );
}
