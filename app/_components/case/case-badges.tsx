import type { CaseStatus, VocKind } from '@/graphql/generated/client/graphql';
import { CASE_STATUS_LABEL, CASE_STATUS_TONE, VOC_KIND_LABEL, VOC_KIND_SHORT } from './case-labels';

/** 진행 중 / 운영사 대기 / 종결. */
export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`badge ${CASE_STATUS_TONE[status]}`}>{CASE_STATUS_LABEL[status]}</span>;
}

/** The VOC kind in short; the guide's full wording is its tooltip. */
export function VocKindBadge({ kind }: { kind: VocKind }) {
  return (
    <span className="badge badge-outline" title={VOC_KIND_LABEL[kind]}>
      {VOC_KIND_SHORT[kind]}
    </span>
  );
}
