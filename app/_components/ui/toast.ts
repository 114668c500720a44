import { toast } from 'sonner';

/** Which toast a later call replaces: what notify.pending returned. */
export type ToastId = string | number;

/**
 * The outcome of an action, as a toast: success fades after a few seconds, a failure stays
 * until dismissed, since it says what to do next. Messages come from the catalog or the API.
 * Given the id of a pending toast, the outcome replaces it in place.
 */
export const notify = {
  success: (message: string, id?: ToastId) => toast.success(message, { id }),
  error: (message: string, id?: ToastId) => toast.error(message, { id, duration: Number.POSITIVE_INFINITY }),
  /**
   * An action still running whose effect is already on screen (an optimistic update, e.g. a row
   * that left its list): the sign that it is not confirmed yet, until success or error replaces it.
   */
  pending: (message: string): ToastId => toast.loading(message),
  /** Neither a success nor a failure: e.g. a shortcut that has nothing to do here. */
  info: (message: string) => toast.info(message),
};
