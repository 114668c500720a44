import type { GuideScriptQuery, GuideStepKey } from '@/graphql/generated/client/graphql';
import { GUIDE_STEP_KEYS } from '@/lib/domain/guide-script';
import type { AgentCase } from './case-workspace-context';
import { exitCheckDone } from './wait-state';

/** A step of the guide as the API serves it. */
export type GuideStep = GuideScriptQuery['guideScript'][number];

const STEP_NUMBERS = ['①', '②', '③', '④'] as const;

/** The four steps in order; their short names are the catalog's case.steps. */
export const STEPS: readonly { key: GuideStepKey; number: string }[] = GUIDE_STEP_KEYS.map((key, i) => ({ key, number: STEP_NUMBERS[i]! }));

/** The lines of one branch of a step; empty while the guide loads. */
export function branchLines(step: GuideStep | undefined, branchKey: string): readonly string[] {
  return step?.branches.find((branch) => branch.key === branchKey)?.lines ?? [];
}

/** The guide's label of one branch, e.g. "출차 예정". */
export function branchLabel(step: GuideStep | undefined, branchKey: string): string | null {
  return step?.branches.find((branch) => branch.key === branchKey)?.label ?? null;
}

/** Whether the case shows a step as done; steps 3 and 4 only apply to some calls. */
export function isStepDone(kase: AgentCase, key: GuideStepKey): boolean {
  switch (key) {
    case 'BASIC_CARE':
      return kase.identityVerified;
    case 'EXIT_CHECK':
      return exitCheckDone(kase);
    case 'ONSITE_PAYMENT':
      return kase.onsitePayments.length > 0 && kase.onsitePayments.every((payment) => payment.cancellationRequested);
    case 'COMPENSATION':
      // The first response (1차) alone completes it: a first omission gets no coupon.
      return kase.firstResponseAt != null || kase.coupons.length > 0 || kase.refunds.length > 0;
  }
}
