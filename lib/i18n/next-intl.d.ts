import type { Locale } from './locales';
import type { Messages } from './messages';

// Typed keys: t('no.such.key') is a compile error, so a component cannot render a message
// the catalog does not have.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
