/** Which toast a later call replaces: what notify.pending returned. */
export type ToastId = string;

// sonner (~9.5 kB gzip) is not part of a page's first load: the Toaster asks for it once the
// page is up, and a toast asked for before it arrived waits for it. One promise for every call,
// so that a pending toast and the outcome that replaces it keep their order.
let sonner: Promise<typeof import('sonner')> | undefined;
/** sonner's module, fetched once. */
export const loadSonner = () => (sonner ??= import('sonner'));

let lastPendingId = 0;

/**
 * The outcome of an action, as a toast: success fades after a few seconds, a failure stays
 * until dismissed, since it says what to do next. Messages come from the catalog or the API.
 * Given the id of a pending toast, the outcome replaces it in place.
 */
export const notify = {
  success: (message: string, id?: ToastId) => void loadSonner().then(({ toast }) => toast.success(message, { id })),
  error: (message: string, id?: ToastId) =>
    void loadSonner().then(({ toast }) => toast.error(message, { id, duration: Number.POSITIVE_INFINITY })),
  /**
   * An action still running whose effect is already on screen (an optimistic update, e.g. a row
   * that left its list): the sign that it is not confirmed yet, until success or error replaces it.
   * The id is ours, so the caller has it at once, before sonner has loaded.
   */
  pending: (message: string): ToastId => {
    lastPendingId += 1;
    const id = `pending-${lastPendingId}`;
    void loadSonner().then(({ toast }) => toast.loading(message, { id }));
    return id;
  },
  /**
   * A success that can be taken back for a few seconds: the toast carries the action's button
   * (a real button, reached by Tab or sonner's Alt+T) and fades when the offer ends.
   */
  undoable: (message: string, action: { label: string; onClick: () => void; seconds: number }, id?: ToastId) =>
    void loadSonner().then(({ toast }) =>
      toast.success(message, { id, duration: action.seconds * 1000, action: { label: action.label, onClick: action.onClick } }),
    ),
  /** Neither a success nor a failure: e.g. a shortcut that has nothing to do here. */
  info: (message: string) => void loadSonner().then(({ toast }) => toast.info(message)),
};
