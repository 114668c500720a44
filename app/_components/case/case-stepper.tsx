import { useTranslations } from 'next-intl';
import { isStepDone, STEPS } from './guide-steps';
import type { AgentCase } from './case-workspace-context';

/** The guide's order at a glance; each step links to its section. */
export function CaseStepper({ kase }: { kase: AgentCase }) {
  const t = useTranslations('case');
  return (
    <nav aria-label={t('stepper.label')}>
      <ol className="stepper">
        {STEPS.map((step) => {
          const done = isStepDone(kase, step.key);
          return (
            <li key={step.key} className={done ? 'stepper-done' : undefined}>
              <a href={`#step-${step.key}`}>
                <span className="stepper-number" aria-hidden="true">
                  {done ? '✓' : step.number}
                </span>
                {t(`steps.${step.key}`)}
                {done && <span className="visually-hidden">{t('stepper.done')}</span>}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
