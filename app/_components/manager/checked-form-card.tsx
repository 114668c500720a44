import type { FormEvent, ReactNode, RefObject } from 'react';

interface CheckedFormCardProps {
  /** From useFieldErrors: the prefix of the form's ids, and the ref that sends the focus to a refused field. */
  id: string;
  formRef: RefObject<HTMLFormElement | null>;
  heading: string;
  /** The form's own layout class, beside the shared `form`. */
  className?: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
  /** Inside the card, under the form: a rule to keep in mind, the last outcome. */
  after?: ReactNode;
}

/**
 * A card holding one form under its heading. The form checks its own fields (noValidate): the
 * messages beside each field say what is wrong in the reader's language, not the browser's.
 */
export function CheckedFormCard({ id, formRef, heading, className, onSubmit, children, after }: CheckedFormCardProps) {
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <form ref={formRef} className={className ? `form ${className}` : 'form'} noValidate onSubmit={(event) => void onSubmit(event)}>
        {children}
      </form>
      {after}
    </section>
  );
}
