import Link from 'next/link';
import { formatInstant, formatPeriod, formatPhone, formatWon } from '../format';
import { CallButtonBadge, IntegrationBadge } from '../lot-badges';
import { CaseStatusBadge } from '../ui/status-badges';
import { VOC_KIND_LABEL } from './case-labels';
import type { AgentCase } from './case-workspace-context';

/** Where a case's links lead: the agent's workspace, or the manager's read-only view. */
export interface CaseLinks {
  list: string;
  caseHref: (id: string) => string;
}

const AGENT_LINKS: CaseLinks = { list: '/agent', caseHref: (id) => `/agent/cases/${id}` };

/** Who called, about which pass at which lot, and what kind of case it is. */
export function CaseHeader({ kase, links = AGENT_LINKS }: { kase: AgentCase; links?: CaseLinks }) {
  return (
    <header className="case-header">
      <p>
        <Link href={links.list}>← 상담 목록</Link>
      </p>
      <div className="case-title">
        <h1>
          상담 <span className="case-code">{kase.code}</span>
        </h1>
        <CaseStatusBadge status={kase.status} />
      </div>
      <p className="case-kind">{VOC_KIND_LABEL[kase.kind]}</p>
      <p className="muted consultation-type">{kase.consultationType.join(' ▶ ')}</p>
      {kase.duplicateOf && (
        <p className="muted">
          중복 문의: <Link href={links.caseHref(kase.duplicateOf.id)}>{kase.duplicateOf.code}</Link>
        </p>
      )}
      <dl className="facts card">
        <div>
          <dt>고객</dt>
          <dd>
            {kase.customer.name} <span className="muted">{kase.customer.phoneMasked}</span>
          </dd>
        </div>
        <div>
          <dt>정기권</dt>
          <dd>
            <span className="nowrap">{kase.pass.plate}</span> · {formatPeriod(kase.pass.startsOn, kase.pass.endsOn)} ·{' '}
            <span className="nowrap">{formatWon(kase.pass.amountPaid)}</span>
          </dd>
        </div>
        <div>
          <dt>주차장</dt>
          <dd>
            {kase.lot.name}{' '}
            <span className="badges-inline">
              <IntegrationBadge integration={kase.lot.integration} />
              <CallButtonBadge hasExitCallButton={kase.lot.hasExitCallButton} />
            </span>
            <span className="cell-sub">
              현장 전화 <a href={`tel:${kase.lot.phone.replace(/[^0-9+]/g, '')}`}>{formatPhone(kase.lot.phone)}</a>
            </span>
          </dd>
        </div>
        <div>
          <dt>사고 일시</dt>
          <dd>{formatInstant(kase.incidentAt)} (KST)</dd>
        </div>
        <div>
          <dt>접수</dt>
          <dd>
            {formatInstant(kase.createdAt)} · {kase.agent.name}
          </dd>
        </div>
        {kase.note && (
          <div>
            <dt>메모</dt>
            <dd className="pre-line">{kase.note}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
