'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { CustomerPanel } from '../customer/customer-panel';
import { SameIncidentOffer } from '../customer/same-incident-offer';
import type { HistoryCase } from '../customer/use-customer-history';
import { formatPeriod } from '../ui/format';
import { Fact } from '../ui/fact';
import { IntegrationBadge } from '../lots/lot-badges';
import { PassSearch } from '../passes/pass-search';
import type { FoundPass } from '../passes/pass-table';
import { useFormat } from '../ui/use-format';
import { OpenCaseForm } from './open-case-form';
import styles from './case.module.css';
import { DataText } from '../ui/data-text';

/** New case: find the caller's pass, choose it, then tell what happened. */
export function NewCaseFlow() {
  const t = useTranslations('case.newCase');
  const format = useFormat();
  const [chosen, setChosen] = useState<FoundPass | null>(null);
  // "같은 사고의 재문의": the earlier case the new one is opened as a duplicate of.
  const [repeatOf, setRepeatOf] = useState<HistoryCase | null>(null);
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
                onClick={() => {
                  setChosen(pass);
                  setRepeatOf(null);
                }}
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
          <div className={`card ${styles.chosenPass}`}>
            <dl className={styles.facts}>
              <Fact term={t('customer')}>
                <DataText>{chosen.customer.name}</DataText> <span className="muted">{chosen.customer.phoneMasked}</span>
              </Fact>
              <Fact term={t('plate')}>
                <DataText>{chosen.plate}</DataText>
              </Fact>
              <Fact term={t('lot')}>
                <DataText>{chosen.lot.name}</DataText> <IntegrationBadge integration={chosen.lot.integration} />
              </Fact>
              <Fact term={t('period')}>{formatPeriod(chosen.startsOn, chosen.endsOn)}</Fact>
              <Fact term={t('amountPaid')}>{format.won(chosen.amountPaid)}</Fact>
            </dl>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setChosen(null);
                setRepeatOf(null);
              }}
            >
              {t('chooseAnother')}
            </button>
          </div>
          <SameIncidentOffer customerId={chosen.customer.id} lotId={chosen.lot.id} chosen={repeatOf} onChoose={setRepeatOf} />
          <OpenCaseForm
            key={`${chosen.id}-${repeatOf?.id ?? 'new'}`}
            pass={chosen}
            repeatOf={repeatOf}
            onNewIncident={() => setRepeatOf(null)}
          />
          <CustomerPanel customerId={chosen.customer.id} lotId={chosen.lot.id} caseHref={(id) => `/agent/cases/${id}`} />
        </section>
      )}
    </>
  );
}
