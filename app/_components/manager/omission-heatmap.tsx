import Link from 'next/link';
import { useId } from 'react';
import { heatBands, heatLevel } from './heatmap-scale';
import type { OmissionHeatmap as HeatmapData } from './manager-report-query';
import styles from './omission-heatmap.module.css';
import { formatCount, formatMonth, omissionCasesHref } from './report-format';
import { ReportSectionHeader } from './report-section-header';

const COUNT = new Intl.NumberFormat('ko-KR');
const LEVEL_CLASS = [styles.level0, styles.level1, styles.level2, styles.level3, styles.level4];
// The dashboard's query asks for this many lots (manager-report-query.ts).
const MAX_LOTS = 15;

/**
 * The busiest lots' counted omissions per month over the last months, shaded by how many;
 * every count is printed too, and a count opens the cases behind it.
 */
export function OmissionHeatmap({ month, heatmap }: { month: string; heatmap: HeatmapData }) {
  const id = useId();
  const { months, rows } = heatmap;
  const first = months[0];
  const last = months[months.length - 1];
  const period = first && last ? `${formatMonth(first)}–${formatMonth(last)}` : '';
  const max = Math.max(0, ...rows.flatMap((row) => row.counts));

  return (
    <section className="subsection" aria-labelledby={`${id}-heading`}>
      <ReportSectionHeader
        headingId={`${id}-heading`}
        title={`주차장·월별 누락 (최근 ${months.length}개월)`}
        csv={rows.length > 0 ? { table: 'heatmap', month } : null}
      />
      {rows.length === 0 ? (
        <p className="muted">{period} 동안 집계된 정기권 등록 누락이 없습니다.</p>
      ) : (
        <div className="card table-card">
          <div className={styles.scroll} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
            <table className={`table ${styles.table}`}>
              <caption id={`${id}-caption`}>
                {period} 주차장·월별 정기권 등록 누락 건수 (합계가 많은 주차장 순, 최대 {MAX_LOTS}곳)
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.lotHead}>
                    주차장
                  </th>
                  {months.map((month) => (
                    <th key={month} scope="col" className={styles.month}>
                      {formatMonth(month)}
                    </th>
                  ))}
                  <th scope="col" className="numeric">합계</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.lot.id}>
                    <th scope="row" className={styles.lot}>
                      {row.lot.name}
                      <span className="cell-sub">{row.lot.operator.name}</span>
                    </th>
                    {row.counts.map((count, index) => {
                      const month = months[index] ?? '';
                      return (
                        <td key={month} className={`${styles.cell} ${LEVEL_CLASS[heatLevel(count, max)]}`}>
                          {count === 0 ? (
                            <span className={styles.zero}>0</span>
                          ) : (
                            <Link
                              className={styles.count}
                              href={omissionCasesHref(month, row.lot.id)}
                              aria-label={`${row.lot.name} ${formatMonth(month)} 누락 ${formatCount(count)}, 상담 목록 보기`}
                            >
                              {COUNT.format(count)}
                            </Link>
                          )}
                        </td>
                      );
                    })}
                    <td className={`numeric ${styles.total}`}>{COUNT.format(row.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className={styles.legend}>
            <span id={`${id}-legend`} className="muted">
              색이 진할수록 누락이 많습니다
            </span>
            <ul className={styles.legendList} aria-labelledby={`${id}-legend`}>
              {heatBands(max).map((band) => (
                <li key={band.level} className={styles.legendItem}>
                  <span className={`${styles.swatch} ${LEVEL_CLASS[band.level]}`} aria-hidden="true" />
                  {band.from === band.to ? formatCount(band.from) : `${COUNT.format(band.from)}–${formatCount(band.to)}`}
                </li>
              ))}
            </ul>
            <span className={`muted ${styles.hint}`}>숫자를 누르면 그 달의 상담 목록이 열립니다.</span>
          </div>
        </div>
      )}
    </section>
  );
}
