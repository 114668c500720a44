import type { ReactNode } from 'react';
import type { GuideStepKey } from '@/graphql/generated/client/graphql';
import { STEPS, type GuideStep } from './guide-steps';

interface StepSectionProps {
  stepKey: GuideStepKey;
  guide: GuideStep | undefined;
  done: boolean;
  children: ReactNode;
}

/** One step of the guide: "② 출차여부 탐색", the guide's own title, then its script and actions. */
export function StepSection({ stepKey, guide, done, children }: StepSectionProps) {
  const step = STEPS.find((s) => s.key === stepKey);
  const headingId = `step-${stepKey}-heading`;
  return (
    <section id={`step-${stepKey}`} className={`card step${done ? ' step-done' : ''}`} aria-labelledby={headingId}>
      <div className="step-header">
        <h2 id={headingId}>
          {step?.number} {step?.name}
        </h2>
        {done && <span className="badge badge-success">완료</span>}
      </div>
      {guide && guide.title !== step?.name && <p className="muted step-title">{guide.title}</p>}
      {children}
    </section>
  );
}
