import type { Metadata } from 'next';
import { ResponseTargets } from '@/app/_components/manager/targets/response-targets';
import { formatTarget } from '@/app/_components/manager/targets/target-fields';
import { DEFAULT_RESPONSE_TARGETS } from '@/lib/domain/response-targets';

export const metadata: Metadata = { title: '처리 목표 시간' };

/** How fast each operator should answer exit and registration requests. */
export default function ManagerTargetsPage() {
  return (
    <div className="page">
      <div className="page-header">
        <h1>처리 목표 시간</h1>
        <p className="muted">
          운영사가 출차 요청을 확인(차단기 개방)하고 차량등록 요청을 완료하기까지의 목표입니다. 기본값은 출차 확인{' '}
          {formatTarget(DEFAULT_RESPONSE_TARGETS.exitAckMinutes)}, 차량등록 완료 {formatTarget(DEFAULT_RESPONSE_TARGETS.registrationConfirmMinutes)}이며
          따로 정하지 않은 운영사에 적용됩니다.
        </p>
        <p className="muted">바꾼 목표는 대기 중인 요청의 ‘목표 시간 초과’ 표시와 대시보드의 기한 내 처리율(지난 달 포함)에 바로 반영됩니다.</p>
      </div>
      <section className="section" aria-label="운영사별 처리 목표">
        <ResponseTargets />
      </section>
    </div>
  );
}
