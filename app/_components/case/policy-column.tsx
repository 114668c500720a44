'use client';

import { useLocale, useTranslations } from 'next-intl';
import { GUIDE_POLICY_TABLE, GUIDE_POLICY_VALUES, guidePolicyColumn } from '@/lib/domain/guide-script';
import { formatDate } from '../ui/format';
import { useFormat } from '../ui/use-format';
import styles from './case-corrections.module.css';
import caseStyles from './case.module.css';
import { useCaseWorkspace } from './case-workspace-context';
import { Gloss } from './gloss';

type Lookup = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

/**
 * The guide's policy table (정기권 보상정책 24.7.26), only the column of this case's kind, word for
 * word. Where the guide wrote its own amount or threshold (3,000원, 월 2회, 월 1회) the policy in
 * force at the incident stands instead, marked "정책 금액·기준" with the guide's words beside it.
 */
export function PolicyColumn() {
  const t = useTranslations('caseCorrections.policy');
  const tLabels = useTranslations('labels');
  const gloss = useTranslations('caseCorrections.policyGloss') as unknown as Lookup;
  const locale = useLocale();
  const format = useFormat();
  const { kase } = useCaseWorkspace();
  const terms = kase.policyTerms ?? GUIDE_POLICY_VALUES;
  const rows = guidePolicyColumn(kase.kind, terms);
  const glossOf = (key: string) =>
    locale !== 'ko' && gloss.has(key)
      ? gloss(key, { amount: format.won(terms.couponAmount), threshold: terms.repeatThreshold, perMonth: terms.couponsPerMonth })
      : null;

  return (
    <figure className={caseStyles.script}>
      <figcaption className={caseStyles.scriptCaption}>
        <span>{t('columnCaption', { kind: tLabels(`vocKindShort.${kase.kind}`) })}</span>
      </figcaption>
      <p className={styles.policyHeading} lang="ko">
        {GUIDE_POLICY_TABLE[kase.kind].heading.join(' ')}
      </p>
      <Gloss text={glossOf(`heading.${kase.kind}`)} />
      {!kase.policyTerms && <p className="field-hint">{t('noPolicy')}</p>}
      <table className={caseStyles.policyTable}>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <span lang="ko">{row.label}</span>
                <Gloss text={glossOf(`rows.${row.key}`)} inline />
              </th>
              <td>
                {row.lines.length === 0 ? (
                  <span className={styles.emptyCell}>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{t('empty')}</span>
                  </span>
                ) : (
                  row.lines.map((line, index) => (
                    <span key={index} lang="ko" className={styles.policyLine}>
                      {line.text}
                      {line.policyValue && kase.policyTerms && (
                        <span className={styles.policyValue}>
                          <strong>{t('policyValue')}</strong> ·{' '}
                          {t('policyValueNote', { from: formatDate(kase.policyTerms.effectiveFrom), guide: line.guideText })}
                        </span>
                      )}{' '}
                    </span>
                  ))
                )}
                <Gloss text={glossOf(`${kase.kind}.${row.key}`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
