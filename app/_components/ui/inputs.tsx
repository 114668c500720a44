import type { ComponentProps } from 'react';

type InputProps = Omit<ComponentProps<'input'>, 'type' | 'inputMode'>;

/** A whole-number input (won, days, counts): the phone's numeric keypad, no fractions, none below 0 unless told. */
export function WholeNumberInput(props: InputProps) {
  return <input className="input" min={0} step={1} {...props} type="number" inputMode="numeric" />;
}

/** The last four digits of a phone number, as staff search by them; never autofilled from the browser. */
export function PhoneLast4Input(props: Omit<InputProps, 'name' | 'maxLength'>) {
  return <input className="input" autoComplete="off" {...props} name="phoneLast4" inputMode="numeric" maxLength={4} />;
}
