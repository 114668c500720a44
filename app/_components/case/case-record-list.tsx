import type { ReactNode } from 'react';
import styles from './case.module.css';

interface CaseRecordListProps<T> {
  /** The list's accessible name. */
  label: string;
  records: readonly T[];
  /** What the record is, in the line's lead. */
  name: (record: T) => ReactNode;
  /** The rest of the line: badges, times, reasons. */
  children: (record: T) => ReactNode;
}

/** One kind of what was done on the case (exit or registration requests, coupons, refunds): a line each, its name first. */
export function CaseRecordList<T extends { id: string }>({ label, records, name, children }: CaseRecordListProps<T>) {
  return (
    <ul className={styles.requestList} aria-label={label}>
      {records.map((record) => (
        <li key={record.id}>
          <span className={styles.requestName}>{name(record)}</span>
          {children(record)}
        </li>
      ))}
    </ul>
  );
}
