import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { GuideStepKey } from '@/graphql/generated/client/graphql';
import { Badge } from '../ui/badge';
import { Gloss } from './gloss';
import { useGuideGloss } from './guide-gloss';
import { STEPS, type GuideStep } from './guide-steps';
import styles from './case.module.css';

interface StepSectionProps {
  stepKey: GuideStepKey;
  guide: GuideStep | undefined;
  done: boolean;
  children: ReactNode;
}

/**
 * One step of the guide: "② 출차여부 탐색", the guide's own title (Korean, glossed in English),
 * then its script and actions.
 */
export function StepSection({ stepKey, guide, done, children }: StepSectionProps) {
  const t = useTranslations('case');
  const gloss = useGuideGloss();
  const step = STEPS.find((s) => s.key === stepKey);
  const name = t(`steps.${stepKey}`);
  const headingId = `step-${stepKey}-heading`;
  return (
    <section id={`step-${stepKey}`} className={`card ${styles.step}${done ? ` ${styles.stepDone}` : ''}`} aria-labelledby={headingId}>
      <div className={styles.stepHeader}>
        {/* Focusable from script only: the step keys 1–4 land here, never in a field (issue 15). */}
        <h2 id={headingId} tabIndex={-1}>
          {step?.number} {name}
        </h2>
        {done && <Badge tone="success">{t('stepDone')}</Badge>}
      </div>
      {guide && guide.title !== name && (
        <div className={styles.stepTitle}>
          <p className="muted" lang="ko">
            {guide.title}
          </p>
          <Gloss text={gloss.title(stepKey)} />
        </div>
      )}
      {children}
    </section>
  );
}
