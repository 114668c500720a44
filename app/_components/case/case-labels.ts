import type { CaseStatus, RefundBasis, RefundStatus, RequestStatus, VocKind } from '@/graphql/generated/client/graphql';
import { CASE_STATUS_LABEL as DOMAIN_STATUS_LABEL, VOC_KIND_SHORT as DOMAIN_KIND_SHORT } from '@/lib/domain/case-labels';

/** The three VOC kinds in the guide's own words (정기권 보상정책 table headings). */
export const VOC_KIND_LABEL: Record<VocKind, string> = {
  OPERATOR_OMISSION: '일반차량으로 인식(운영사 정기권 등록누락)',
  EQUIPMENT_FAULT: '일반차량으로 인식 및 차단기 안열림(설비이슈/LPR오인식)',
  REFUND_CLAIM: '정기권 이용 중 클레임으로 인한 환불요청',
};

// Shared with the CSV export, so they live with the domain.
export const VOC_KIND_SHORT: Record<VocKind, string> = DOMAIN_KIND_SHORT;
export const CASE_STATUS_LABEL: Record<CaseStatus, string> = DOMAIN_STATUS_LABEL;

/** An exit request is done once the operator has opened the barrier. */
export const EXIT_STATUS_LABEL: Record<RequestStatus, string> = {
  REQUESTED: '요청됨',
  ACKNOWLEDGED: '처리됨',
  CONFIRMED: '처리됨',
  REJECTED: '반려',
};

/** A registration request goes requested → acknowledged → confirmed or rejected. */
export const REGISTRATION_STATUS_LABEL: Record<RequestStatus, string> = {
  REQUESTED: '요청됨',
  ACKNOWLEDGED: '운영사 확인 중',
  CONFIRMED: '등록 완료',
  REJECTED: '반려',
};

export const REFUND_STATUS_LABEL: Record<RefundStatus, string> = {
  PROPOSED: '제안됨',
  APPROVED: '승인',
  REJECTED: '반려',
};

export const REFUND_BASIS_LABEL: Record<RefundBasis, string> = {
  CONSUMER_AGENCY: '소보원 기준',
  COMPANY_POLICY: '당사 정책',
};

/** Badge tones: green is done, red is refused, blue is waiting on someone. */
export const CASE_STATUS_TONE: Record<CaseStatus, string> = {
  OPEN: 'badge-accent',
  WAITING_ON_OPERATOR: 'badge-warning',
  RESOLVED: 'badge-neutral',
};

export const REQUEST_STATUS_TONE: Record<RequestStatus, string> = {
  REQUESTED: 'badge-accent',
  ACKNOWLEDGED: 'badge-success',
  CONFIRMED: 'badge-success',
  REJECTED: 'badge-danger',
};

export const REFUND_STATUS_TONE: Record<RefundStatus, string> = {
  PROPOSED: 'badge-accent',
  APPROVED: 'badge-success',
  REJECTED: 'badge-danger',
};
