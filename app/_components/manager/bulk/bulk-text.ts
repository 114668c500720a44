import { formatCount } from '../report-format';

/** The change a manager picked for every selected case. */
export type BulkChange = { kind: 'REASSIGN'; agentId: string; agentName: string } | { kind: 'ADD_NOTE'; note: string };

/** The confirmation's sentence: "1,284건의 담당 상담사를 김상담(으)로 변경합니다." */
export function describeChange(change: BulkChange, count: number): string {
  return change.kind === 'REASSIGN'
    ? `${formatCount(count)}의 담당 상담사를 ${change.agentName}(으)로 변경합니다.`
    : `${formatCount(count)}의 상담 기록에 아래 메모를 추가합니다.`;
}

/** The success line once every batch has run. */
export function describeDone(change: BulkChange, count: number): string {
  return change.kind === 'REASSIGN'
    ? `${formatCount(count)}의 담당 상담사를 ${change.agentName}(으)로 변경했습니다.`
    : `${formatCount(count)}의 상담 기록에 메모를 추가했습니다.`;
}

/** Progress as "312 / 1,284건". */
export function describeProgress(done: number, total: number): string {
  return `${new Intl.NumberFormat('ko-KR').format(done)} / ${formatCount(total)}`;
}
