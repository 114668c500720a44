import { useTranslations } from 'next-intl';

/** The change a manager picked for every selected case. */
export type BulkChange = { kind: 'REASSIGN'; agentId: string; agentName: string } | { kind: 'ADD_NOTE'; note: string };

/** The bulk bar's sentences about a change, in the reader's language. */
export function useBulkText() {
  const t = useTranslations('bulk');
  return {
    /** The confirmation's sentence: "1,284건의 담당 상담사를 김상담(으)로 변경합니다." */
    change: (change: BulkChange, count: number) =>
      change.kind === 'REASSIGN' ? t('confirm.reassignSentence', { count, agent: change.agentName }) : t('confirm.noteSentence', { count }),
    /** The success line once every batch has run. */
    done: (change: BulkChange, count: number) =>
      change.kind === 'REASSIGN' ? t('progress.reassignDone', { count, agent: change.agentName }) : t('progress.noteDone', { count }),
    /** Progress as "312 / 1,284건". */
    progress: (done: number, total: number) => t('progress.count', { done, total }),
  };
}
