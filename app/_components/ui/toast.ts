import { toast } from 'sonner';

/**
 * The outcome of an action, as a toast: success fades after a few seconds, a failure stays
 * until dismissed, since it says what to do next. Messages come from the catalog or the API.
 */
export const notify = {
  success: (message: string) => toast.success(message),
  /** Neither a success nor a failure: e.g. a shortcut that has nothing to do here. */
  info: (message: string) => toast.info(message),
  error: (message: string) => toast.error(message, { duration: Number.POSITIVE_INFINITY }),
};
