import { kstDateOf } from './kst-month';

/** "VOC-260401-000007": the KST date the case was opened and its sequence number. */
export function formatCaseCode(openedAt: Date, sequence: number): string {
  const yymmdd = kstDateOf(openedAt).slice(2).replaceAll('-', '');
  return `VOC-${yymmdd}-${String(sequence).padStart(6, '0')}`;
}
