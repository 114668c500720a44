'use client';

import type { GuideStepKey } from '@/graphql/generated/client/graphql';
import { useCaseWorkspace } from './case-workspace-context';
import { ScriptBlock } from './guide-script-block';
import { branchLabel, branchLines, type GuideStep } from './guide-steps';

interface GuideBranchScriptProps {
  step: GuideStepKey;
  /** The step as the guide serves it; undefined while the guide loads. */
  guide: GuideStep | undefined;
  branch: string;
  /** Shows the guide's heading of the branch (where a step offers a choice of branches). */
  labelled?: boolean;
  recommended?: boolean;
}

/** One branch of a guide step, read aloud for the case on screen: its lines, with the case's lot. */
export function GuideBranchScript({ step, guide, branch, labelled = false, recommended }: GuideBranchScriptProps) {
  const { kase } = useCaseWorkspace();
  return (
    <ScriptBlock
      step={step}
      branch={branch}
      lines={branchLines(guide, branch)}
      label={labelled ? branchLabel(guide, branch) : undefined}
      lotName={kase.lot.name}
      recommended={recommended}
    />
  );
}
