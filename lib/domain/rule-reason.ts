/**
 * A rule's verdict in words, as a sentence of the catalogs (lib/i18n/messages/{ko,en}/reasons.json)
 * and the values it fills in: the API and the pages word it in the reader's language. The code is
 * a literal, so a caller that hands it on as a catalog reason fails to compile if it is missing.
 */
export interface RuleReason<C extends string = string> {
  readonly code: C;
  readonly params?: Readonly<Record<string, string | number>>;
}
