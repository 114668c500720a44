import { useTranslations } from 'next-intl';
import { isStepDone, STEPS } from './guide-steps';
import type { AgentCase } from './case-workspace-context';
import styles from './case.module.css';

/** The guide's order at a glance; each step links to its section. */
export function CaseStepper({ kase }: { kase: AgentCase }) {
  const t = useTranslations('case');
  return (
    <nav aria-label={t('stepper.label')}>
      <ol className={styles.stepper}>
        {STEPS.map((step) => {
          const done = isStepDone(kase, step.key);
          return (
            <li key={step.key} className={done ? styles.stepperDone : undefined}>
              <a href={`#step-${step.key}`}>
                <span className={styles.stepperNumber} aria-hidden="true">
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
