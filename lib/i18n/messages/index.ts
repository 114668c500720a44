import type { Locale } from '../locales';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enErrors from './en/errors.json';
import enKeyboard from './en/keyboard.json';
import enLabels from './en/labels.json';
import enShell from './en/shell.json';
import koAuth from './ko/auth.json';
import koCommon from './ko/common.json';
import koErrors from './ko/errors.json';
import koKeyboard from './ko/keyboard.json';
import koLabels from './ko/labels.json';
import koShell from './ko/shell.json';

// One JSON file per area and language, so people working on different areas do not edit the
// same file. Korean is the source: its shape is the catalog's type, and English must match it
// key for key (tests/unit/message-catalog.test.ts).
const ko = {
  auth: koAuth,
  common: koCommon,
  errors: koErrors,
  keyboard: koKeyboard,
  labels: koLabels,
  shell: koShell,
};

/** The catalog's shape: every message key the components may use. */
export type Messages = typeof ko;

const en: Messages = {
  auth: enAuth,
  common: enCommon,
  errors: enErrors,
  keyboard: enKeyboard,
  labels: enLabels,
  shell: enShell,
};

/** Every message, by language. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { ko, en };
