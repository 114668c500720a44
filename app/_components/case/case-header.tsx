import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatInstant, formatPeriod, formatPhone } from '../ui/format';
import { Fact } from '../ui/fact';
import { CallButtonBadge, IntegrationBadge } from '../lots/lot-badges';
import { useFormat } from '../ui/use-format';
import { CaseStatusBadge } from '../ui/status-badges';
import type { AgentCase } from './case-workspace-context';
import { Gloss } from './gloss';
import styles from './case.module.css';
import { DataText } from '../ui/data-text';
import { dataLang } from '@/lib/i18n/data-lang';

/**
 * Where a case's links lead: the agent's workspace, or the manager's read-only view. `list`
 * null leaves the way back out (the print view has its own).
 */
export interface CaseLinks {
  list: string | null;
  caseHref: (id: string) => string;
}

const AGENT_LINKS: CaseLinks = { list: '/agent', caseHref: (id) => `/agent/cases/${id}` };

/** The print view of a case, for the agent's and the manager's records alike. */
export const casePrintHref = (id: string) => `/cases/${id}/print`;

interface CaseHeaderProps {
  kase: AgentCase;
  links?: CaseLinks;
  /** Offer the print view (off on the print view itself). */
  printLink?: boolean;
}

/** Who called, about which pass at which lot, and what kind of case it is. */
export function CaseHeader({ kase, links = AGENT_LINKS, printLink = true }: CaseHeaderProps) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormat();
  return (
    <header className={styles.caseHeader}>
      {links.list && (
        <p>
          <Link href={links.list}>{t('case.header.backToList')}</Link>
        </p>
      )}
      <div className={styles.caseTitle}>
        <h1>
          {t('case.header.title')} <span className={styles.caseCode}>{kase.code}</span>
        </h1>
        <CaseStatusBadge status={kase.status} />
        {printLink && (
          <Link className={`button button-secondary button-small ${styles.casePrintLink}`} href={casePrintHref(kase.id)}>
            {t('case.header.print')}
          </Link>
        )}
      </div>
      <p className={styles.caseKind}>{t(`labels.vocKind.${kase.kind}`)}</p>
      <div className={styles.consultationType}>
        <p className="muted" lang="ko">
          {kase.consultationType.join(' ▶ ')}
        </p>
        {locale !== 'ko' && <Gloss text={t(`case.header.consultationType.${kase.lot.integration}`)} />}
      </div>
      {kase.duplicateOf && (
        <p className="muted">
          {t('case.header.duplicateOf')} <Link href={links.caseHref(kase.duplicateOf.id)}>{kase.duplicateOf.code}</Link>
        </p>
      )}
      <dl className={`${styles.facts} card`}>
        <Fact term={t('case.header.customer')}>
          <DataText>{kase.customer.name}</DataText> <span className="muted">{kase.customer.phoneMasked}</span>
        </Fact>
        <Fact term={t('case.header.pass')}>
          <span className="nowrap" lang={dataLang(kase.pass.plate)}>
            {kase.pass.plate}
          </span>{' '}
          · {formatPeriod(kase.pass.startsOn, kase.pass.endsOn)} · <span className="nowrap">{format.won(kase.pass.amountPaid)}</span>
        </Fact>
        <Fact term={t('case.header.lot')}>
          <DataText>{kase.lot.name}</DataText>{' '}
          <span className="badges-inline">
            <IntegrationBadge integration={kase.lot.integration} />
            <CallButtonBadge hasExitCallButton={kase.lot.hasExitCallButton} />
          </span>
          <span className="cell-sub">
            {t('case.header.lotPhone')} <a href={`tel:${kase.lot.phone.replace(/[^0-9+]/g, '')}`}>{formatPhone(kase.lot.phone)}</a>
          </span>
        </Fact>
        <Fact term={t('case.header.incidentAt')}>{t('case.header.kst', { at: formatInstant(kase.incidentAt) })}</Fact>
        <Fact term={t('case.header.opened')}>
          {formatInstant(kase.createdAt)} · <DataText>{kase.agent.name}</DataText>
        </Fact>
        {kase.note && (
          <div>
            <dt>{t('case.header.note')}</dt>
            <dd className={styles.preLine} lang="ko">
              {kase.note}
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
