/**
 * How long the texts an agent writes on a case may be. The API refuses a longer text and the
 * forms stop typing at the same number, so nobody writes a note the server will then refuse.
 */

/** The note written when the case is opened. */
export const OPENING_NOTE_MAX = 1000;

/** A note added later to the case's record. */
export const CASE_NOTE_MAX = 2000;

/** What the customer was first told, and the outcome the case is resolved with (templates fill both). */
export const CASE_RESPONSE_MAX = 1000;

/** The detail an agent records for a guide step. */
export const GUIDANCE_DETAIL_MAX = 500;

/** A note on a repeated call about an incident already on another case. */
export const REPEAT_CONTACT_NOTE_MAX = 500;
