'use client';

import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useId } from 'react';
import { heatBands, heatLevel } from './heatmap-scale';
import type { OmissionHeatmap as HeatmapData } from './manager-report-query';
import styles from './omission-heatmap.module.css';
import { omissionCasesHref, useReportFormat } from './report-format';
import { ReportSection } from './report-section-header';
import { DataText } from '../ui/data-text';
import { dataLang } from '@/lib/i18n/data-lang';

const LEVEL_CLASS = [styles.level0, styles.level1, styles.level2, styles.level3, styles.level4];
// The dashboard's query asks for this many lots (manager-report-query.ts).
const MAX_LOTS = 15;

/**
 * The busiest lots' counted omissions per month over the last months, shaded by how many;
 * every count is printed too, and a count opens the cases behind it.
 */
export function OmissionHeatmap({ month, heatmap }: { month: string; heatmap: HeatmapData }) {
  const id = useId();
  const t = useTranslations('managerDashboard.heatmap');
  const format = useReportFormat();
  const number = useFormatter().number;
  const { months, rows } = heatmap;
  const first = months[0];
  const last = months[months.length - 1];
  const period = first && last ? format.period(first, last) : '';
  const max = Math.max(0, ...rows.flatMap((row) => row.counts));

  return (
    <ReportSection
      title={t('title', { months: months.length })}
      csv={{ table: 'heatmap', month }}
      emptyText={rows.length === 0 ? t('empty', { period }) : null}
    >
      <div className="card table-card">
        <div className={styles.scroll} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className={`table ${styles.table}`}>
            <caption id={`${id}-caption`}>{t('caption', { period, max: MAX_LOTS })}</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.lotHead}>
                  {t('lot')}
                </th>
                {months.map((month) => (
                  <th key={month} scope="col" className={styles.month}>
                    {format.monthShort(month)}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t('total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.lot.id}>
                  <th scope="row" className={styles.lot}>
                    <DataText>{row.lot.name}</DataText>
                    <span className="cell-sub" lang={dataLang(row.lot.operator.name)}>
                      {row.lot.operator.name}
                    </span>
                  </th>
                  {row.counts.map((count, index) => {
                    const month = months[index] ?? '';
                    return (
                      <td key={month} className={`${styles.cell} ${LEVEL_CLASS[heatLevel(count, max)]}`}>
                        {count === 0 ? (
                          <span className={styles.zero}>0</span>
                        ) : (
                          // Named by its own text: the count that is seen, with the lot and month around
                          // it for screen readers only, so what is heard contains what is seen.
                          <Link className={styles.count} href={omissionCasesHref(month, row.lot.id)}>
                            {t.rich('cellLink', {
                              lot: row.lot.name,
                              month: format.month(month),
                              count,
                              hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                              data: (chunks) => <span lang={dataLang(row.lot.name)}>{chunks}</span>,
                            })}
                          </Link>
                        )}
                      </td>
                    );
                  })}
                  <td className={`numeric ${styles.total}`}>{number(row.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className={styles.legend}>
          <span id={`${id}-legend`} className="muted">
            {t('legend')}
          </span>
          <ul className={styles.legendList} aria-labelledby={`${id}-legend`}>
            {heatBands(max).map((band) => (
              <li key={band.level} className={styles.legendItem}>
                <span className={`${styles.swatch} ${LEVEL_CLASS[band.level]}`} aria-hidden="true" />
                {band.from === band.to ? format.count(band.from) : t('legendRange', { from: band.from, to: band.to })}
              </li>
            ))}
          </ul>
          <span className={`muted ${styles.hint}`}>{t('hint')}</span>
        </div>
      </div>
    </ReportSection>
  );
}
