import type { Locale } from '../locales';
import enAgent from './en/agent.json';
import enAuth from './en/auth.json';
import enCase from './en/case.json';
import enCommon from './en/common.json';
import enErrors from './en/errors.json';
import enGuide from './en/guide.json';
import enLabels from './en/labels.json';
import enPassSearch from './en/passSearch.json';
import enPrint from './en/print.json';
import enShell from './en/shell.json';
import koAgent from './ko/agent.json';
import koAuth from './ko/auth.json';
import koCase from './ko/case.json';
import koCommon from './ko/common.json';
import koErrors from './ko/errors.json';
import koGuide from './ko/guide.json';
import koLabels from './ko/labels.json';
import koPassSearch from './ko/passSearch.json';
import koPrint from './ko/print.json';
import koShell from './ko/shell.json';

// One JSON file per area and language, so people working on different areas do not edit the
// same file. Korean is the source: its shape is the catalog's type, and English must match it
// key for key (tests/unit/message-catalog.test.ts).
const ko = {
  agent: koAgent,
  auth: koAuth,
  case: koCase,
  common: koCommon,
  errors: koErrors,
  guide: koGuide,
  labels: koLabels,
  passSearch: koPassSearch,
  print: koPrint,
  shell: koShell,
};

/** The catalog's shape: every message key the components may use. */
export type Messages = typeof ko;

const en: Messages = {
  agent: enAgent,
  auth: enAuth,
  case: enCase,
  common: enCommon,
  errors: enErrors,
  guide: enGuide,
  labels: enLabels,
  passSearch: enPassSearch,
  print: enPrint,
  shell: enShell,
};

/** Every message, by language. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { ko, en };
