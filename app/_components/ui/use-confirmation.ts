'use client';

import { useState } from 'react';

/**
 * A step asked once more before it runs (a coupon issued, a case closed): `ask` opens the
 * question, and `dialog` is what a ConfirmDialog takes besides its words: confirming closes
 * it and runs the step, cancelling only closes it.
 */
export function useConfirmation(step: () => void) {
  const [open, setOpen] = useState(false);
  return {
    ask: () => setOpen(true),
    dialog: {
      open,
      onConfirm: () => {
        setOpen(false);
        step();
      },
      onCancel: () => setOpen(false),
    },
  };
}
