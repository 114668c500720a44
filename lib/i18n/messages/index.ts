import type { Locale } from '../locales';
import enAuth from './en/auth.json';
import enBulk from './en/bulk.json';
import enCommon from './en/common.json';
import enErrors from './en/errors.json';
import enLabels from './en/labels.json';
import enManagerCases from './en/managerCases.json';
import enManagerDashboard from './en/managerDashboard.json';
import enShell from './en/shell.json';
import koAuth from './ko/auth.json';
import koBulk from './ko/bulk.json';
import koCommon from './ko/common.json';
import koErrors from './ko/errors.json';
import koLabels from './ko/labels.json';
import koManagerCases from './ko/managerCases.json';
import koManagerDashboard from './ko/managerDashboard.json';
import koShell from './ko/shell.json';

// One JSON file per area and language, so people working on different areas do not edit the
// same file. Korean is the source: its shape is the catalog's type, and English must match it
// key for key (tests/unit/message-catalog.test.ts).
const ko = {
  auth: koAuth,
  bulk: koBulk,
  common: koCommon,
  errors: koErrors,
  labels: koLabels,
  managerCases: koManagerCases,
  managerDashboard: koManagerDashboard,
  shell: koShell,
};

/** The catalog's shape: every message key the components may use. */
export type Messages = typeof ko;

const en: Messages = {
  auth: enAuth,
  bulk: enBulk,
  common: enCommon,
  errors: enErrors,
  labels: enLabels,
  managerCases: enManagerCases,
  managerDashboard: enManagerDashboard,
  shell: enShell,
};

/** Every message, by language. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { ko, en };
