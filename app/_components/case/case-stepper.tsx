import { isStepDone, STEPS } from './guide-steps';
import type { AgentCase } from './case-workspace-context';

/** The guide's order at a glance; each step links to its section. */
export function CaseStepper({ kase }: { kase: AgentCase }) {
  return (
    <nav aria-label="응대 순서">
      <ol className="stepper">
        {STEPS.map((step) => {
          const done = isStepDone(kase, step.key);
          return (
            <li key={step.key} className={done ? 'stepper-done' : undefined}>
              <a href={`#step-${step.key}`}>
                <span className="stepper-number" aria-hidden="true">
                  {done ? '✓' : step.number}
                </span>
                {step.name}
                {done && <span className="visually-hidden"> (완료)</span>}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
