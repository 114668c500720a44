'use client';

import { withLotName } from '@/lib/domain/guide-script';
import type { VocKind } from '@/graphql/generated/client/graphql';
import { LockHint } from '../ui/action-button';
import { useCaseLock, useCaseWorkspace } from './case-workspace-context';
import { CompanyRefundForm } from './company-refund-form';
import { CouponPanel } from './coupon-panel';
import { isStepDone, type GuideStep } from './guide-steps';
import { RefundCalculator } from './refund-calculator';
import { RefundList } from './refund-list';
import { StepSection } from './step-section';

/** What the policy table says for this case's column, beyond the script's omission lines. */
const POLICY_NOTE: Record<VocKind, string> = {
  OPERATOR_OMISSION: '월 2회 이상 발생 시 발행, 월 1회에 한하여 보상합니다.',
  EQUIPMENT_FAULT: '설비이슈/LPR오인식은 보상하지 않습니다. 케어 후 카메라 오인식으로 종결합니다.',
  REFUND_CLAIM:
    '소보원 인입 시 이용일수 금액을 차감하고 환불합니다(당사 정기권 환불정책과 다름). 재발방지 후속조치와 당사 환불정책 안내로 케어합니다.',
};

const REFUND_ONLY_HINT = '환불 제안은 "정기권 이용 중 클레임으로 인한 환불요청" 상담에서만 할 수 있습니다. 계산은 참고용으로 해 볼 수 있습니다.';

const OPEN_REFUND_HINT = '제안됐거나 승인된 환불이 있습니다. 관리자가 반려하면 다시 제안할 수 있습니다.';

/** ④ 보상정책: the policy lines, the coupon when it is due, and the refund calculator. */
export function StepCompensation({ guide }: { guide: GuideStep | undefined }) {
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();
  // The API refuses refunds on other kinds; say so before the agent tries.
  const openRefund = kase.refunds.some((refund) => refund.status !== 'REJECTED');
  const refundLock = lock ?? (kase.kind !== 'REFUND_CLAIM' ? REFUND_ONLY_HINT : openRefund ? OPEN_REFUND_HINT : null);

  return (
    <StepSection stepKey="COMPENSATION" guide={guide} done={isStepDone(kase, 'COMPENSATION')}>
      <LockHint reason={lock} />
      <figure className="script">
        <figcaption className="script-caption">
          <span>정기권 보상정책(24.7.26)</span>
        </figcaption>
        <table className="policy-table">
          <tbody>
            {guide?.branches.map((branch) => (
              <tr key={branch.key}>
                <th scope="row">{branch.label}</th>
                <td>{branch.lines.map((line) => withLotName(line, kase.lot.name)).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
      <p className="policy-note">{POLICY_NOTE[kase.kind]}</p>
      <CouponPanel />
      <div className="subsection">
        <h3>환불</h3>
        {refundLock !== lock && <p className="field-hint">{refundLock}</p>}
        <div className="refund-grid">
          <RefundCalculator disabled={Boolean(refundLock)} />
          <CompanyRefundForm disabled={Boolean(refundLock)} />
        </div>
        <RefundList refunds={kase.refunds} />
      </div>
    </StepSection>
  );
}
