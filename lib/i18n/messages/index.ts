import type { Locale } from '../locales';
import enAccessLog from './en/accessLog.json';
import enAuth from './en/auth.json';
import enBulk from './en/bulk.json';
import enCommon from './en/common.json';
import enErrors from './en/errors.json';
import enKeyboard from './en/keyboard.json';
import enLabels from './en/labels.json';
import enManagerCases from './en/managerCases.json';
import enManagerDashboard from './en/managerDashboard.json';
import enOperator from './en/operator.json';
import enOperatorLots from './en/operatorLots.json';
import enPolicy from './en/policy.json';
import enRefunds from './en/refunds.json';
import enShell from './en/shell.json';
import enTargets from './en/targets.json';
import enUsers from './en/users.json';
import koAccessLog from './ko/accessLog.json';
import koAuth from './ko/auth.json';
import koBulk from './ko/bulk.json';
import koCommon from './ko/common.json';
import koErrors from './ko/errors.json';
import koKeyboard from './ko/keyboard.json';
import koLabels from './ko/labels.json';
import koManagerCases from './ko/managerCases.json';
import koManagerDashboard from './ko/managerDashboard.json';
import koOperator from './ko/operator.json';
import koOperatorLots from './ko/operatorLots.json';
import koPolicy from './ko/policy.json';
import koRefunds from './ko/refunds.json';
import koShell from './ko/shell.json';
import koTargets from './ko/targets.json';
import koUsers from './ko/users.json';

// One JSON file per area and language, so people working on different areas do not edit the
// same file. Korean is the source: its shape is the catalog's type, and English must match it
// key for key (tests/unit/message-catalog.test.ts).
const ko = {
  accessLog: koAccessLog,
  auth: koAuth,
  bulk: koBulk,
  common: koCommon,
  errors: koErrors,
  keyboard: koKeyboard,
  labels: koLabels,
  managerCases: koManagerCases,
  managerDashboard: koManagerDashboard,
  operator: koOperator,
  operatorLots: koOperatorLots,
  policy: koPolicy,
  refunds: koRefunds,
  shell: koShell,
  targets: koTargets,
  users: koUsers,
};

/** The catalog's shape: every message key the components may use. */
export type Messages = typeof ko;

const en: Messages = {
  accessLog: enAccessLog,
  auth: enAuth,
  bulk: enBulk,
  common: enCommon,
  errors: enErrors,
  keyboard: enKeyboard,
  labels: enLabels,
  managerCases: enManagerCases,
  managerDashboard: enManagerDashboard,
  operator: enOperator,
  operatorLots: enOperatorLots,
  policy: enPolicy,
  refunds: enRefunds,
  shell: enShell,
  targets: enTargets,
  users: enUsers,
};

/** Every message, by language. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { ko, en };
