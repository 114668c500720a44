import { useTranslations } from 'next-intl';
import type { GuideStepKey } from '@/graphql/generated/client/graphql';
import { withLotName } from '@/lib/domain/guide-script';
import { Badge } from '../ui/badge';
import { Gloss } from './gloss';
import { useGuideGloss } from './guide-gloss';
import styles from './case.module.css';

interface ScriptBlockProps {
  step: GuideStepKey;
  /** The branch of the step whose lines these are, e.g. "CALL_BUTTON". */
  branch: string;
  lines: readonly string[];
  lotName: string;
  /** The guide's branch heading, e.g. "출차 예정". */
  label?: string | null;
  /** The branch the agent should read now. */
  recommended?: boolean;
}

/**
 * Guide lines the agent reads aloud, word for word and in Korean in every language; "OOO 주차장"
 * becomes the case's lot. In English each line carries its gloss underneath.
 */
export function ScriptBlock({ step, branch, lines, lotName, label, recommended = false }: ScriptBlockProps) {
  const t = useTranslations('case.script');
  const gloss = useGuideGloss();
  return (
    <figure className={`${styles.script}${recommended ? ` ${styles.scriptRecommended}` : ''}`}>
      <figcaption className={styles.scriptCaption}>
        <span>
          {t('caption')}
          {label && (
            <>
              {' · '}
              <span lang="ko">{label}</span>
              <Gloss text={gloss.label(step, branch)} inline />
            </>
          )}
        </span>
        {recommended && <Badge tone="accent">{t('readNow')}</Badge>}
      </figcaption>
      <blockquote>
        {lines.map((line, index) => (
          <div key={index} className={styles.scriptLine}>
            <p lang="ko">{withLotName(line, lotName)}</p>
            <Gloss text={gloss.line(step, branch, index, lotName)} data={[lotName]} />
          </div>
        ))}
      </blockquote>
    </figure>
  );
}
