import type { createTranslator, NamespaceKeys, NestedKeyOf } from 'next-intl';
import type { Messages } from '@/lib/i18n/messages';

/**
 * A translator of one catalog namespace, as useTranslations and getTranslations return it, for
 * plain functions that word things (a detail line, a span of minutes) without being components.
 */
export type Translate<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>> = never> = ReturnType<
  typeof createTranslator<Messages, Namespace>
>;
