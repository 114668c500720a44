/**
 * The longest reason staff give for a step others read: a repeated exit request, a rejected
 * registration, an undone duplicate link, a reclassification. The API refuses a longer one and
 * the forms stop typing at it (exit_requests.reason's CHECK holds the same number).
 */
export const STAFF_REASON_MAX = 500;
