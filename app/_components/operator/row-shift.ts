// Which queue rows just moved or changed under a resting pointer. A press aimed at one row must
// never land on another that slid into its place (the old double-click on 출차 처리 handled the
// next car too), nor on a button a row has just put where another was (확인 → 등록 완료).
// Pure rules, no React.

/**
 * How long a row's buttons ignore pointer presses after the row moved or changed. The second
 * press of a double-click comes within the system's double-click time, 500 ms by default on
 * Windows (macOS and GNOME are shorter), so this covers every double-click while a deliberate
 * press on the row that moved up waits only half a second.
 */
export const SHIFT_GUARD_MS = 500;

/** What a pointer sees of a row: where it is in the list, and which buttons its status shows. */
export function rowSignatures(rows: readonly { key: string; status: string }[]): Map<string, string> {
  return new Map(rows.map((row, index) => [row.key, `${index}:${row.status}`]));
}

/**
 * The rows whose place or buttons differ from the previous list, new rows included. The first
 * list (previous null) changed nothing under the pointer: nobody aimed at anything yet.
 */
export function changedRows(previous: ReadonlyMap<string, string> | null, current: ReadonlyMap<string, string>): string[] {
  if (previous === null) return [];
  return [...current].filter(([key, signature]) => previous.get(key) !== signature).map(([key]) => key);
}
