import type { ReactNode } from 'react';

/** A select's options for a list of values: "none chosen" first (the empty value), then each value as `label` words it. */
export function ValueOptions<T extends string>({
  values,
  label,
  none,
}: {
  values: readonly T[];
  label: (value: T) => ReactNode;
  none: ReactNode;
}) {
  return (
    <>
      <option value="">{none}</option>
      {values.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}
