'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { formatPeriod } from '../format';
import { IntegrationBadge } from '../lot-badges';
import { PassSearch } from '../pass-search';
import type { FoundPass } from '../pass-table';
import { useFormat } from '../use-format';
import { OpenCaseForm } from './open-case-form';

/** New case: find the caller's pass, choose it, then tell what happened. */
export function NewCaseFlow() {
  const t = useTranslations('case.newCase');
  const format = useFormat();
  const [chosen, setChosen] = useState<FoundPass | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The form appears below the results: take the keyboard there.
    if (chosen) headingRef.current?.focus();
  }, [chosen]);

  return (
    <>
      <section className="section" aria-labelledby="new-case-step-1">
        <h2 id="new-case-step-1">{t('findPass')}</h2>
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
                {t('choosePass')}
              </button>
            );
          }}
        />
      </section>
      {chosen && (
        <section className="section" aria-labelledby="new-case-step-2">
          <h2 id="new-case-step-2" ref={headingRef} tabIndex={-1}>
            {t('details')}
          </h2>
          <div className="card chosen-pass">
            <dl className="facts">
              <div>
                <dt>{t('customer')}</dt>
                <dd>
                  {chosen.customer.name} <span className="muted">{chosen.customer.phoneMasked}</span>
                </dd>
              </div>
              <div>
                <dt>{t('plate')}</dt>
                <dd>{chosen.plate}</dd>
              </div>
              <div>
                <dt>{t('lot')}</dt>
                <dd>
                  {chosen.lot.name} <IntegrationBadge integration={chosen.lot.integration} />
                </dd>
              </div>
              <div>
                <dt>{t('period')}</dt>
                <dd>{formatPeriod(chosen.startsOn, chosen.endsOn)}</dd>
              </div>
              <div>
                <dt>{t('amountPaid')}</dt>
                <dd>{format.won(chosen.amountPaid)}</dd>
              </div>
            </dl>
            <button type="button" className="button button-secondary button-small" onClick={() => setChosen(null)}>
              {t('chooseAnother')}
            </button>
          </div>
          <OpenCaseForm key={chosen.id} pass={chosen} />
        </section>
      )}
    </>
  );
}
