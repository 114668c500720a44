import type { Locale } from '../locales';
import enAccessLog from './en/accessLog.json';
import enAgent from './en/agent.json';
import enAuth from './en/auth.json';
import enBulk from './en/bulk.json';
import enCancellations from './en/cancellations.json';
import enCase from './en/case.json';
import enCaseWait from './en/caseWait.json';
import enCaseCorrections from './en/caseCorrections.json';
import enCommon from './en/common.json';
import enCustomerHistory from './en/customerHistory.json';
import enErrors from './en/errors.json';
import enGuide from './en/guide.json';
import enKeyboard from './en/keyboard.json';
import enLabels from './en/labels.json';
import enManagerCases from './en/managerCases.json';
import enManagerDashboard from './en/managerDashboard.json';
import enOperator from './en/operator.json';
import enOperatorLots from './en/operatorLots.json';
import enPassSearch from './en/passSearch.json';
import enPolicy from './en/policy.json';
import enPrint from './en/print.json';
import enReasons from './en/reasons.json';
import enRefunds from './en/refunds.json';
import enShell from './en/shell.json';
import enTargets from './en/targets.json';
import enUsers from './en/users.json';
import koAccessLog from './ko/accessLog.json';
import koAgent from './ko/agent.json';
import koAuth from './ko/auth.json';
import koBulk from './ko/bulk.json';
import koCancellations from './ko/cancellations.json';
import koCase from './ko/case.json';
import koCaseWait from './ko/caseWait.json';
import koCaseCorrections from './ko/caseCorrections.json';
import koCommon from './ko/common.json';
import koCustomerHistory from './ko/customerHistory.json';
import koErrors from './ko/errors.json';
import koGuide from './ko/guide.json';
import koKeyboard from './ko/keyboard.json';
import koLabels from './ko/labels.json';
import koManagerCases from './ko/managerCases.json';
import koManagerDashboard from './ko/managerDashboard.json';
import koOperator from './ko/operator.json';
import koOperatorLots from './ko/operatorLots.json';
import koPassSearch from './ko/passSearch.json';
import koPolicy from './ko/policy.json';
import koPrint from './ko/print.json';
import koReasons from './ko/reasons.json';
import koRefunds from './ko/refunds.json';
import koShell from './ko/shell.json';
import koTargets from './ko/targets.json';
import koUsers from './ko/users.json';

// One JSON file per area and language, so people working on different areas do not edit the
// same file. Korean is the source: its shape is the catalog's type, and English must match it
// key for key (tests/unit/message-catalog.test.ts).
const ko = {
  accessLog: koAccessLog,
  agent: koAgent,
  auth: koAuth,
  bulk: koBulk,
  cancellations: koCancellations,
  case: koCase,
  caseWait: koCaseWait,
  caseCorrections: koCaseCorrections,
  common: koCommon,
  customerHistory: koCustomerHistory,
  errors: koErrors,
  guide: koGuide,
  keyboard: koKeyboard,
  labels: koLabels,
  managerCases: koManagerCases,
  managerDashboard: koManagerDashboard,
  operator: koOperator,
  operatorLots: koOperatorLots,
  passSearch: koPassSearch,
  policy: koPolicy,
  print: koPrint,
  reasons: koReasons,
  refunds: koRefunds,
  shell: koShell,
  targets: koTargets,
  users: koUsers,
};

/** The catalog's shape: every message key the components may use. */
export type Messages = typeof ko;

const en: Messages = {
  accessLog: enAccessLog,
  agent: enAgent,
  auth: enAuth,
  bulk: enBulk,
  cancellations: enCancellations,
  case: enCase,
  caseWait: enCaseWait,
  caseCorrections: enCaseCorrections,
  common: enCommon,
  customerHistory: enCustomerHistory,
  errors: enErrors,
  guide: enGuide,
  keyboard: enKeyboard,
  labels: enLabels,
  managerCases: enManagerCases,
  managerDashboard: enManagerDashboard,
  operator: enOperator,
  operatorLots: enOperatorLots,
  passSearch: enPassSearch,
  policy: enPolicy,
  print: enPrint,
  reasons: enReasons,
  refunds: enRefunds,
  shell: enShell,
  targets: enTargets,
  users: enUsers,
};

/** Every message, by language. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { ko, en };
