import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRow, OperatorRow, ParkingLotRow, CustomerRow, PassRow, CaseRow, CaseEventRow, ExitRequestRow, RegistrationRequestRow, OnsitePaymentRow, PaymentCancellationRow, CouponRow, RefundRow, SmsMessageRow, ManagerNoticeRow, PolicyVersionRow, AuditLogRow, BulkJobRow, OutcomeTemplateRow } from '../../db/schema';
import type { CustomerHistoryData } from '../../lib/services/cases/customer-history';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  DateTime: { input: Date; output: Date; }
  Month: { input: string; output: string; }
};

export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  edges: Array<AccessLogEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  cursor: Scalars['String']['output'];
  node: AccessLogEntry;
};

export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  action: Scalars['String']['output'];
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  clientAddress?: Maybe<Scalars['String']['output']>;
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  subjectId?: Maybe<Scalars['String']['output']>;
  subjectLabel?: Maybe<Scalars['String']['output']>;
  subjectType?: Maybe<Scalars['String']['output']>;
};

export type AccessLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  clientAddress?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  subjectId?: InputMaybe<Scalars['String']['input']>;
  subjectType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type BulkCaseAction =
  | 'ADD_NOTE'
  | 'REASSIGN';

export type BulkCaseJob = {
  __typename?: 'BulkCaseJob';
  action: BulkCaseAction;
  createdAt: Scalars['DateTime']['output'];
  done: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  status: BulkJobStatus;
  total: Scalars['Int']['output'];
};

export type BulkJobStatus =
  | 'DONE'
  | 'RUNNING';

export type CancellationStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'REJECTED';

export type Case = {
  __typename?: 'Case';
  agent: User;
  code: Scalars['String']['output'];
  consultationType: Array<Scalars['String']['output']>;
  couponEligibility: CouponEligibility;
  coupons: Array<Coupon>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  duplicateOf?: Maybe<Case>;
  exitRequests: Array<ExitRequest>;
  firstResponseAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  identityUnconfirmedAt?: Maybe<Scalars['DateTime']['output']>;
  identityVerified: Scalars['Boolean']['output'];
  incidentAt: Scalars['DateTime']['output'];
  incidentMonth: Scalars['Month']['output'];
  kind: VocKind;
  lastActor?: Maybe<User>;
  lot: ParkingLot;
  messages: Array<SmsMessage>;
  note?: Maybe<Scalars['String']['output']>;
  onsitePayments: Array<OnsitePayment>;
  outcome?: Maybe<Scalars['String']['output']>;
  pass: Pass;
  policyTerms?: Maybe<PolicyTerms>;
  refunds: Array<Refund>;
  registrationRequests: Array<RegistrationRequest>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  smsPreview: Scalars['String']['output'];
  status: CaseStatus;
  timeline: Array<CaseEvent>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type CaseActivity = {
  __typename?: 'CaseActivity';
  caseId: Scalars['ID']['output'];
  changedAt: Scalars['DateTime']['output'];
  serverTime: Scalars['DateTime']['output'];
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  edges: Array<CaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

export type CaseEvent = {
  __typename?: 'CaseEvent';
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Reason>;
  scriptStep?: Maybe<GuideStepKey>;
  type: Scalars['String']['output'];
};

export type CaseFilter = {
  code?: InputMaybe<Scalars['String']['input']>;
  countedOmissions?: InputMaybe<Scalars['Boolean']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<VocKind>;
  lotId?: InputMaybe<Scalars['ID']['input']>;
  month?: InputMaybe<Scalars['Month']['input']>;
  phoneLast4?: InputMaybe<Scalars['String']['input']>;
  plate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
};

export type CaseStatus =
  | 'OPEN'
  | 'RESOLVED'
  | 'WAITING_ON_OPERATOR';

export type Coupon = {
  __typename?: 'Coupon';
  amount: Scalars['Int']['output'];
  case: Case;
  customer: Customer;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  issuedUnderKind: VocKind;
  month: Scalars['Month']['output'];
  underEarlierKind: Scalars['Boolean']['output'];
};

export type CouponEligibility = {
  __typename?: 'CouponEligibility';
  amount: Scalars['Int']['output'];
  eligible: Scalars['Boolean']['output'];
  omissionsThisMonth: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  passes: Array<Pass>;
  phoneMasked: Scalars['String']['output'];
};

export type CustomerHistory = {
  __typename?: 'CustomerHistory';
  cases: Array<CustomerHistoryCase>;
  countedOmissionsThisMonth: Scalars['Int']['output'];
  coupons: Array<CustomerHistoryCoupon>;
  customerId: Scalars['ID']['output'];
  month: Scalars['Month']['output'];
  openRequests: Array<CustomerOpenRequest>;
  refunds: Array<CustomerHistoryRefund>;
  sameIncident: Array<CustomerHistoryCase>;
  totalCases: Scalars['Int']['output'];
};


export type CustomerHistorySameIncidentArgs = {
  excludeCaseId?: InputMaybe<Scalars['ID']['input']>;
  lotId: Scalars['ID']['input'];
};

export type CustomerHistoryCase = {
  __typename?: 'CustomerHistoryCase';
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  duplicateOfCode?: Maybe<Scalars['String']['output']>;
  duplicateOfId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  identityVerified: Scalars['Boolean']['output'];
  incidentAt: Scalars['DateTime']['output'];
  incidentMonth: Scalars['Month']['output'];
  kind: VocKind;
  lotId: Scalars['ID']['output'];
  lotName: Scalars['String']['output'];
  omissionCount: OmissionCount;
  status: CaseStatus;
};

export type CustomerHistoryCoupon = {
  __typename?: 'CustomerHistoryCoupon';
  amount: Scalars['Int']['output'];
  caseCode: Scalars['String']['output'];
  caseId: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  month: Scalars['Month']['output'];
};

export type CustomerHistoryRefund = {
  __typename?: 'CustomerHistoryRefund';
  amount: Scalars['Int']['output'];
  caseCode: Scalars['String']['output'];
  caseId: Scalars['ID']['output'];
  proposedAt: Scalars['DateTime']['output'];
  status: RefundStatus;
};

export type CustomerInput = {
  accountRef: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone: Scalars['String']['input'];
};

export type CustomerOpenRequest = {
  __typename?: 'CustomerOpenRequest';
  caseCode: Scalars['String']['output'];
  caseId: Scalars['ID']['output'];
  kind: CustomerRequestKind;
  requestedAt: Scalars['DateTime']['output'];
  status: Scalars['String']['output'];
};

export type CustomerRequestKind =
  | 'EXIT'
  | 'PAYMENT_CANCELLATION'
  | 'REGISTRATION';

export type ExitRequest = {
  __typename?: 'ExitRequest';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  case: Case;
  customer: Customer;
  dueAt: Scalars['DateTime']['output'];
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lot: ParkingLot;
  overdue: Scalars['Boolean']['output'];
  plate: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  status: RequestStatus;
};

export type GuideBranch = {
  __typename?: 'GuideBranch';
  key: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  lines: Array<Scalars['String']['output']>;
};

export type GuideStep = {
  __typename?: 'GuideStep';
  branches: Array<GuideBranch>;
  key: GuideStepKey;
  number: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type GuideStepKey =
  | 'BASIC_CARE'
  | 'COMPENSATION'
  | 'EXIT_CHECK'
  | 'ONSITE_PAYMENT';

export type Locale =
  | 'EN'
  | 'KO';

export type LotIntegration =
  | 'LINKED'
  | 'NON_LINKED';

export type LotResponseTimes = {
  __typename?: 'LotResponseTimes';
  lot: ParkingLot;
  times: ResponseTimeStats;
};

export type LotTrendRow = {
  __typename?: 'LotTrendRow';
  change: Scalars['Int']['output'];
  current: Scalars['Int']['output'];
  lot: ParkingLot;
  previous: Scalars['Int']['output'];
};

export type ManagerNotice = {
  __typename?: 'ManagerNotice';
  case?: Maybe<Case>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  lot?: Maybe<ParkingLot>;
  message: Scalars['String']['output'];
  reason?: Maybe<Reason>;
};

export type MessageStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

export type Mutation = {
  __typename?: 'Mutation';
  acknowledgeExit: ExitRequest;
  acknowledgeRegistration: RegistrationRequest;
  addCaseNote: Case;
  addOutcomeTemplate: OutcomeTemplate;
  addPolicyVersion: PolicyVersion;
  completePaymentCancellation: PaymentCancellation;
  confirmRegistration: RegistrationRequest;
  createCustomer: Customer;
  createOperator: Operator;
  createParkingLot: ParkingLot;
  createPass: Pass;
  createUser: User;
  decideRefund: Refund;
  issueCompensationCoupon: Coupon;
  linkDuplicate: Case;
  openCase: Case;
  proposeRefund: Refund;
  reclassifyCase: Case;
  recordFirstResponse: Case;
  recordGuidance: Case;
  recordIdentityUnconfirmed: Case;
  recordOnsitePayment: OnsitePayment;
  recordRepeatContact: Case;
  rejectPaymentCancellation: PaymentCancellation;
  rejectRegistration: RegistrationRequest;
  requestExit: ExitRequest;
  requestPaymentCancellation: OnsitePayment;
  requestRegistration: RegistrationRequest;
  resolveCase: Case;
  runBulkCaseJobBatch: BulkCaseJob;
  setMyLocale: User;
  setOutcomeTemplateActive: OutcomeTemplate;
  setResponseTargets: OperatorResponseTargets;
  setUserActive: User;
  startBulkCaseJob: BulkCaseJob;
  takePaymentCancellation: PaymentCancellation;
  undoAcknowledgeExit: ExitRequest;
  undoAcknowledgeRegistration: RegistrationRequest;
  unlinkDuplicate: Case;
  updateOutcomeTemplate: OutcomeTemplate;
  verifyIdentity: Case;
};


export type MutationAcknowledgeExitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcknowledgeRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddCaseNoteArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type MutationAddOutcomeTemplateArgs = {
  input: OutcomeTemplateInput;
};


export type MutationAddPolicyVersionArgs = {
  input: PolicyVersionInput;
};


export type MutationCompletePaymentCancellationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateCustomerArgs = {
  input: CustomerInput;
};


export type MutationCreateOperatorArgs = {
  input: OperatorInput;
};


export type MutationCreateParkingLotArgs = {
  input: ParkingLotInput;
};


export type MutationCreatePassArgs = {
  input: PassInput;
};


export type MutationCreateUserArgs = {
  input: UserInput;
};


export type MutationDecideRefundArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationIssueCompensationCouponArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationLinkDuplicateArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  ofCaseId: Scalars['ID']['input'];
};


export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


export type MutationProposeRefundArgs = {
  amount?: InputMaybe<Scalars['Int']['input']>;
  basis: RefundBasis;
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  usedDays?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationReclassifyCaseArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  kind: VocKind;
  reason: Scalars['String']['input'];
};


export type MutationRecordFirstResponseArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type MutationRecordGuidanceArgs = {
  caseId: Scalars['ID']['input'];
  detail: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  step: GuideStepKey;
};


export type MutationRecordIdentityUnconfirmedArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRecordOnsitePaymentArgs = {
  amount: Scalars['Int']['input'];
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  paidAt: Scalars['DateTime']['input'];
};


export type MutationRecordRepeatContactArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectPaymentCancellationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectRegistrationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRequestExitArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRequestPaymentCancellationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  onsitePaymentId: Scalars['ID']['input'];
};


export type MutationRequestRegistrationArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationResolveCaseArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  outcome: Scalars['String']['input'];
};


export type MutationRunBulkCaseJobBatchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetMyLocaleArgs = {
  locale: Locale;
};


export type MutationSetOutcomeTemplateActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetResponseTargetsArgs = {
  exitAckMinutes: Scalars['Int']['input'];
  operatorId: Scalars['ID']['input'];
  registrationConfirmMinutes: Scalars['Int']['input'];
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationStartBulkCaseJobArgs = {
  expectedCount: Scalars['Int']['input'];
  filter: CaseFilter;
  note?: InputMaybe<Scalars['String']['input']>;
  reassignTo?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationTakePaymentCancellationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUndoAcknowledgeExitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUndoAcknowledgeRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnlinkDuplicateArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationUpdateOutcomeTemplateArgs = {
  id: Scalars['ID']['input'];
  input: OutcomeTemplateInput;
};


export type MutationVerifyIdentityArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

export type OmissionCount =
  | 'COUNTED'
  | 'DUPLICATE'
  | 'NOT_VERIFIED'
  | 'OTHER_KIND';

export type OmissionHeatmap = {
  __typename?: 'OmissionHeatmap';
  months: Array<Scalars['Month']['output']>;
  rows: Array<OmissionHeatmapRow>;
};

export type OmissionHeatmapRow = {
  __typename?: 'OmissionHeatmapRow';
  counts: Array<Scalars['Int']['output']>;
  lot: ParkingLot;
  total: Scalars['Int']['output'];
};

export type OnsitePayment = {
  __typename?: 'OnsitePayment';
  amount: Scalars['Int']['output'];
  cancellation?: Maybe<PaymentCancellation>;
  cancellationRequested: Scalars['Boolean']['output'];
  hasReceipt: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  paidAt: Scalars['DateTime']['output'];
  receiptUrl?: Maybe<Scalars['String']['output']>;
};

export type OpenCaseInput = {
  duplicateOfId?: InputMaybe<Scalars['ID']['input']>;
  incidentAt: Scalars['DateTime']['input'];
  kind: VocKind;
  note?: InputMaybe<Scalars['String']['input']>;
  passId: Scalars['ID']['input'];
};

export type Operator = {
  __typename?: 'Operator';
  id: Scalars['ID']['output'];
  lots: Array<ParkingLot>;
  name: Scalars['String']['output'];
};

export type OperatorInput = {
  name: Scalars['String']['input'];
};

export type OperatorOmissionRow = {
  __typename?: 'OperatorOmissionRow';
  couponAmount: Scalars['Int']['output'];
  couponsIssued: Scalars['Int']['output'];
  customersWithRepeats: Scalars['Int']['output'];
  omissions: Scalars['Int']['output'];
  operator: Operator;
  refundAmount: Scalars['Int']['output'];
  refundsCount: Scalars['Int']['output'];
};

export type OperatorResponseTargets = {
  __typename?: 'OperatorResponseTargets';
  exitAckMinutes: Scalars['Int']['output'];
  isDefault: Scalars['Boolean']['output'];
  operator: Operator;
  registrationConfirmMinutes: Scalars['Int']['output'];
};

export type OperatorResponseTimes = {
  __typename?: 'OperatorResponseTimes';
  operator: Operator;
  times: ResponseTimeStats;
};

export type OutcomeTemplate = {
  __typename?: 'OutcomeTemplate';
  active: Scalars['Boolean']['output'];
  bodyEn: Scalars['String']['output'];
  bodyKo: Scalars['String']['output'];
  firstResponse: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  kind?: Maybe<VocKind>;
  labelEn: Scalars['String']['output'];
  labelKo: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<User>;
};

export type OutcomeTemplateInput = {
  bodyEn: Scalars['String']['input'];
  bodyKo: Scalars['String']['input'];
  firstResponse: Scalars['Boolean']['input'];
  kind?: InputMaybe<VocKind>;
  labelEn: Scalars['String']['input'];
  labelKo: Scalars['String']['input'];
  sortOrder: Scalars['Int']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ParkingLot = {
  __typename?: 'ParkingLot';
  address: Scalars['String']['output'];
  hasExitCallButton: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  integration: LotIntegration;
  name: Scalars['String']['output'];
  operator: Operator;
  phone: Scalars['String']['output'];
};

export type ParkingLotInput = {
  address: Scalars['String']['input'];
  hasExitCallButton: Scalars['Boolean']['input'];
  integration: LotIntegration;
  name: Scalars['String']['input'];
  operatorId: Scalars['ID']['input'];
  phone: Scalars['String']['input'];
};

export type Pass = {
  __typename?: 'Pass';
  amountPaid: Scalars['Int']['output'];
  availableDays: Scalars['Int']['output'];
  customer: Customer;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  lot: ParkingLot;
  plate: Scalars['String']['output'];
  refundableAmount?: Maybe<Scalars['Int']['output']>;
  registered: Scalars['Boolean']['output'];
  startsOn: Scalars['Date']['output'];
};

export type PassInput = {
  amountPaid: Scalars['Int']['input'];
  availableDays: Scalars['Int']['input'];
  customerId: Scalars['ID']['input'];
  endsOn: Scalars['Date']['input'];
  lotId: Scalars['ID']['input'];
  plate: Scalars['String']['input'];
  startsOn: Scalars['Date']['input'];
};

export type PaymentCancellation = {
  __typename?: 'PaymentCancellation';
  case: Case;
  dueAt: Scalars['DateTime']['output'];
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  overdue: Scalars['Boolean']['output'];
  owner?: Maybe<User>;
  payment: OnsitePayment;
  rejectReason?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<User>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: CancellationStatus;
};

export type PaymentCancellationFigures = {
  __typename?: 'PaymentCancellationFigures';
  completedThisMonth: Scalars['Int']['output'];
  month: Scalars['Month']['output'];
  open: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  rejectedThisMonth: Scalars['Int']['output'];
};

export type PolicyTerms = {
  __typename?: 'PolicyTerms';
  couponAmount: Scalars['Int']['output'];
  couponsPerMonth: Scalars['Int']['output'];
  effectiveFrom: Scalars['DateTime']['output'];
  repeatThreshold: Scalars['Int']['output'];
};

export type PolicyVersion = {
  __typename?: 'PolicyVersion';
  couponAmount: Scalars['Int']['output'];
  couponsPerMonth: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  effectiveFrom: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  repeatThreshold: Scalars['Int']['output'];
};

export type PolicyVersionInput = {
  couponAmount: Scalars['Int']['input'];
  couponsPerMonth: Scalars['Int']['input'];
  effectiveFrom: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  repeatThreshold: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  accessLog: AccessLogConnection;
  bulkCaseJob?: Maybe<BulkCaseJob>;
  case?: Maybe<Case>;
  caseActivity?: Maybe<CaseActivity>;
  cases: CaseConnection;
  customerHistory?: Maybe<CustomerHistory>;
  exitRequestQueue: Array<ExitRequest>;
  guideScript: Array<GuideStep>;
  lots: Array<ParkingLot>;
  managerNotices: Array<ManagerNotice>;
  monthlyTrend: Array<TrendPoint>;
  omissionHeatmap: OmissionHeatmap;
  operatorOmissionReport: Array<OperatorOmissionRow>;
  operators: Array<Operator>;
  outcomeTemplates: Array<OutcomeTemplate>;
  paymentCancellationFigures: PaymentCancellationFigures;
  paymentCancellations: Array<PaymentCancellation>;
  policyVersions: Array<PolicyVersion>;
  refundApprovals: Array<Refund>;
  refundQuote: RefundQuote;
  registrationQueue: Array<RegistrationRequest>;
  repeatCustomers: Array<RepeatCustomerRow>;
  repeatOmissionReport: RepeatOmissionReport;
  responseTargets: Array<OperatorResponseTargets>;
  responseTimes: ResponseTimeReport;
  searchPasses: Array<Pass>;
  serverTime: Scalars['DateTime']['output'];
  unverifiedContacts: UnverifiedContactReport;
  users: Array<User>;
  viewer?: Maybe<User>;
  worseningLots: Array<LotTrendRow>;
};


export type QueryAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBulkCaseJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerHistoryArgs = {
  customerId: Scalars['ID']['input'];
};


export type QueryExitRequestQueueArgs = {
  status?: InputMaybe<RequestStatus>;
};


export type QueryManagerNoticesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMonthlyTrendArgs = {
  endMonth: Scalars['Month']['input'];
  months?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOmissionHeatmapArgs = {
  endMonth: Scalars['Month']['input'];
  lots?: InputMaybe<Scalars['Int']['input']>;
  months?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOperatorOmissionReportArgs = {
  month: Scalars['Month']['input'];
};


export type QueryOutcomeTemplatesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPaymentCancellationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<CancellationStatus>>;
};


export type QueryRefundQuoteArgs = {
  passId: Scalars['ID']['input'];
  usedDays: Scalars['Int']['input'];
};


export type QueryRegistrationQueueArgs = {
  status?: InputMaybe<RequestStatus>;
};


export type QueryRepeatCustomersArgs = {
  month: Scalars['Month']['input'];
};


export type QueryRepeatOmissionReportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['Month']['input'];
};


export type QueryResponseTimesArgs = {
  month: Scalars['Month']['input'];
};


export type QuerySearchPassesArgs = {
  phoneLast4?: InputMaybe<Scalars['String']['input']>;
  plate?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUnverifiedContactsArgs = {
  month: Scalars['Month']['input'];
};


export type QueryWorseningLotsArgs = {
  month: Scalars['Month']['input'];
};

export type Reason = {
  __typename?: 'Reason';
  code: Scalars['String']['output'];
  params: Scalars['String']['output'];
};

export type Refund = {
  __typename?: 'Refund';
  amount: Scalars['Int']['output'];
  availableDays: Scalars['Int']['output'];
  basis: RefundBasis;
  case: Case;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<User>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  paid: Scalars['Int']['output'];
  pass: Pass;
  proposalReason?: Maybe<Scalars['String']['output']>;
  proposedAt: Scalars['DateTime']['output'];
  proposedBy?: Maybe<User>;
  status: RefundStatus;
  usedDays?: Maybe<Scalars['Int']['output']>;
};

export type RefundBasis =
  | 'COMPANY_POLICY'
  | 'CONSUMER_AGENCY';

export type RefundQuote = {
  __typename?: 'RefundQuote';
  availableDays: Scalars['Int']['output'];
  paid: Scalars['Int']['output'];
  refund: Scalars['Int']['output'];
  usedAmount: Scalars['Int']['output'];
  usedDays: Scalars['Int']['output'];
};

export type RefundStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED';

export type RegistrationRequest = {
  __typename?: 'RegistrationRequest';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  case: Case;
  customer: Customer;
  dueAt: Scalars['DateTime']['output'];
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lot: ParkingLot;
  overdue: Scalars['Boolean']['output'];
  pass: Pass;
  plate: Scalars['String']['output'];
  rejectReason?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  status: RequestStatus;
};

export type RepeatCustomerRow = {
  __typename?: 'RepeatCustomerRow';
  couponIssued: Scalars['Boolean']['output'];
  customer: Customer;
  lots: Array<ParkingLot>;
  omissions: Scalars['Int']['output'];
};

export type RepeatOmissionReport = {
  __typename?: 'RepeatOmissionReport';
  month: Scalars['Month']['output'];
  pageInfo: PageInfo;
  rows: Array<RepeatOmissionRow>;
  totalCount: Scalars['Int']['output'];
  totalOmissions: Scalars['Int']['output'];
};

export type RepeatOmissionRow = {
  __typename?: 'RepeatOmissionRow';
  couponAmount: Scalars['Int']['output'];
  couponsIssued: Scalars['Int']['output'];
  customersWithRepeats: Scalars['Int']['output'];
  lot: ParkingLot;
  omissions: Scalars['Int']['output'];
};

export type RequestStatus =
  | 'ACKNOWLEDGED'
  | 'CONFIRMED'
  | 'REJECTED'
  | 'REQUESTED';

export type ResponseTimeReport = {
  __typename?: 'ResponseTimeReport';
  byLot: Array<LotResponseTimes>;
  byOperator: Array<OperatorResponseTimes>;
  month: Scalars['Month']['output'];
};

export type ResponseTimeStats = {
  __typename?: 'ResponseTimeStats';
  exitAckMedianSeconds?: Maybe<Scalars['Float']['output']>;
  exitAckP90Seconds?: Maybe<Scalars['Float']['output']>;
  exitRequests: Scalars['Int']['output'];
  exitWithinTargetShare?: Maybe<Scalars['Float']['output']>;
  overdueCount: Scalars['Int']['output'];
  registrationConfirmMedianSeconds?: Maybe<Scalars['Float']['output']>;
  registrationConfirmP90Seconds?: Maybe<Scalars['Float']['output']>;
  registrationRequests: Scalars['Int']['output'];
  registrationWithinTargetShare?: Maybe<Scalars['Float']['output']>;
};

export type Role =
  | 'AGENT'
  | 'MANAGER'
  | 'OPERATOR';

export type SmsMessage = {
  __typename?: 'SmsMessage';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  status: MessageStatus;
  toMasked: Scalars['String']['output'];
};

export type TrendPoint = {
  __typename?: 'TrendPoint';
  couponAmount: Scalars['Int']['output'];
  couponsIssued: Scalars['Int']['output'];
  month: Scalars['Month']['output'];
  omissions: Scalars['Int']['output'];
  refundAmount: Scalars['Int']['output'];
  refundsCount: Scalars['Int']['output'];
};

export type UnverifiedContactReport = {
  __typename?: 'UnverifiedContactReport';
  month: Scalars['Month']['output'];
  rows: Array<UnverifiedContactRow>;
  total: Scalars['Int']['output'];
};

export type UnverifiedContactRow = {
  __typename?: 'UnverifiedContactRow';
  count: Scalars['Int']['output'];
  lot: ParkingLot;
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Locale;
  name: Scalars['String']['output'];
  operator?: Maybe<Operator>;
  role: Role;
};

export type UserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  operatorId?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
  role: Role;
};

export type VocKind =
  | 'EQUIPMENT_FAULT'
  | 'OPERATOR_OMISSION'
  | 'REFUND_CLAIM';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLogConnection: ResolverTypeWrapper<Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversTypes['AccessLogEdge']> }>;
  AccessLogEdge: ResolverTypeWrapper<Omit<AccessLogEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }>;
  AccessLogEntry: ResolverTypeWrapper<AuditLogRow>;
  AccessLogFilter: AccessLogFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkCaseAction: BulkCaseAction;
  BulkCaseJob: ResolverTypeWrapper<BulkJobRow>;
  BulkJobStatus: BulkJobStatus;
  CancellationStatus: CancellationStatus;
  Case: ResolverTypeWrapper<CaseRow>;
  CaseActivity: ResolverTypeWrapper<CaseActivity>;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'edges'> & { edges: Array<ResolversTypes['CaseEdge']> }>;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  CaseEvent: ResolverTypeWrapper<CaseEventRow>;
  CaseFilter: CaseFilter;
  CaseStatus: CaseStatus;
  Coupon: ResolverTypeWrapper<CouponRow>;
  CouponEligibility: ResolverTypeWrapper<CouponEligibility>;
  Customer: ResolverTypeWrapper<CustomerRow>;
  CustomerHistory: ResolverTypeWrapper<CustomerHistoryData>;
  CustomerHistoryCase: ResolverTypeWrapper<CustomerHistoryCase>;
  CustomerHistoryCoupon: ResolverTypeWrapper<CustomerHistoryCoupon>;
  CustomerHistoryRefund: ResolverTypeWrapper<CustomerHistoryRefund>;
  CustomerInput: CustomerInput;
  CustomerOpenRequest: ResolverTypeWrapper<CustomerOpenRequest>;
  CustomerRequestKind: CustomerRequestKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExitRequest: ResolverTypeWrapper<ExitRequestRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GuideBranch: ResolverTypeWrapper<GuideBranch>;
  GuideStep: ResolverTypeWrapper<GuideStep>;
  GuideStepKey: GuideStepKey;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Locale: Locale;
  LotIntegration: LotIntegration;
  LotResponseTimes: ResolverTypeWrapper<Omit<LotResponseTimes, 'lot'> & { lot: ResolversTypes['ParkingLot'] }>;
  LotTrendRow: ResolverTypeWrapper<Omit<LotTrendRow, 'lot'> & { lot: ResolversTypes['ParkingLot'] }>;
  ManagerNotice: ResolverTypeWrapper<ManagerNoticeRow>;
  MessageStatus: MessageStatus;
  Month: ResolverTypeWrapper<Scalars['Month']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OmissionCount: OmissionCount;
  OmissionHeatmap: ResolverTypeWrapper<Omit<OmissionHeatmap, 'rows'> & { rows: Array<ResolversTypes['OmissionHeatmapRow']> }>;
  OmissionHeatmapRow: ResolverTypeWrapper<Omit<OmissionHeatmapRow, 'lot'> & { lot: ResolversTypes['ParkingLot'] }>;
  OnsitePayment: ResolverTypeWrapper<OnsitePaymentRow>;
  OpenCaseInput: OpenCaseInput;
  Operator: ResolverTypeWrapper<OperatorRow>;
  OperatorInput: OperatorInput;
  OperatorOmissionRow: ResolverTypeWrapper<Omit<OperatorOmissionRow, 'operator'> & { operator: ResolversTypes['Operator'] }>;
  OperatorResponseTargets: ResolverTypeWrapper<Omit<OperatorResponseTargets, 'operator'> & { operator: ResolversTypes['Operator'] }>;
  OperatorResponseTimes: ResolverTypeWrapper<Omit<OperatorResponseTimes, 'operator'> & { operator: ResolversTypes['Operator'] }>;
  OutcomeTemplate: ResolverTypeWrapper<OutcomeTemplateRow>;
  OutcomeTemplateInput: OutcomeTemplateInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParkingLot: ResolverTypeWrapper<ParkingLotRow>;
  ParkingLotInput: ParkingLotInput;
  Pass: ResolverTypeWrapper<PassRow>;
  PassInput: PassInput;
  PaymentCancellation: ResolverTypeWrapper<PaymentCancellationRow>;
  PaymentCancellationFigures: ResolverTypeWrapper<PaymentCancellationFigures>;
  PolicyTerms: ResolverTypeWrapper<PolicyTerms>;
  PolicyVersion: ResolverTypeWrapper<PolicyVersionRow>;
  PolicyVersionInput: PolicyVersionInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reason: ResolverTypeWrapper<Reason>;
  Refund: ResolverTypeWrapper<RefundRow>;
  RefundBasis: RefundBasis;
  RefundQuote: ResolverTypeWrapper<RefundQuote>;
  RefundStatus: RefundStatus;
  RegistrationRequest: ResolverTypeWrapper<RegistrationRequestRow>;
  RepeatCustomerRow: ResolverTypeWrapper<Omit<RepeatCustomerRow, 'customer' | 'lots'> & { customer: ResolversTypes['Customer'], lots: Array<ResolversTypes['ParkingLot']> }>;
  RepeatOmissionReport: ResolverTypeWrapper<Omit<RepeatOmissionReport, 'rows'> & { rows: Array<ResolversTypes['RepeatOmissionRow']> }>;
  RepeatOmissionRow: ResolverTypeWrapper<Omit<RepeatOmissionRow, 'lot'> & { lot: ResolversTypes['ParkingLot'] }>;
  RequestStatus: RequestStatus;
  ResponseTimeReport: ResolverTypeWrapper<Omit<ResponseTimeReport, 'byLot' | 'byOperator'> & { byLot: Array<ResolversTypes['LotResponseTimes']>, byOperator: Array<ResolversTypes['OperatorResponseTimes']> }>;
  ResponseTimeStats: ResolverTypeWrapper<ResponseTimeStats>;
  Role: Role;
  SmsMessage: ResolverTypeWrapper<SmsMessageRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TrendPoint: ResolverTypeWrapper<TrendPoint>;
  UnverifiedContactReport: ResolverTypeWrapper<Omit<UnverifiedContactReport, 'rows'> & { rows: Array<ResolversTypes['UnverifiedContactRow']> }>;
  UnverifiedContactRow: ResolverTypeWrapper<Omit<UnverifiedContactRow, 'lot'> & { lot: ResolversTypes['ParkingLot'] }>;
  User: ResolverTypeWrapper<UserRow>;
  UserInput: UserInput;
  VocKind: VocKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogConnection: Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccessLogEdge']> };
  AccessLogEdge: Omit<AccessLogEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  AccessLogEntry: AuditLogRow;
  AccessLogFilter: AccessLogFilter;
  Boolean: Scalars['Boolean']['output'];
  BulkCaseJob: BulkJobRow;
  Case: CaseRow;
  CaseActivity: CaseActivity;
  CaseConnection: Omit<CaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['CaseEdge']> };
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  CaseEvent: CaseEventRow;
  CaseFilter: CaseFilter;
  Coupon: CouponRow;
  CouponEligibility: CouponEligibility;
  Customer: CustomerRow;
  CustomerHistory: CustomerHistoryData;
  CustomerHistoryCase: CustomerHistoryCase;
  CustomerHistoryCoupon: CustomerHistoryCoupon;
  CustomerHistoryRefund: CustomerHistoryRefund;
  CustomerInput: CustomerInput;
  CustomerOpenRequest: CustomerOpenRequest;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ExitRequest: ExitRequestRow;
  Float: Scalars['Float']['output'];
  GuideBranch: GuideBranch;
  GuideStep: GuideStep;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LotResponseTimes: Omit<LotResponseTimes, 'lot'> & { lot: ResolversParentTypes['ParkingLot'] };
  LotTrendRow: Omit<LotTrendRow, 'lot'> & { lot: ResolversParentTypes['ParkingLot'] };
  ManagerNotice: ManagerNoticeRow;
  Month: Scalars['Month']['output'];
  Mutation: Record<PropertyKey, never>;
  OmissionHeatmap: Omit<OmissionHeatmap, 'rows'> & { rows: Array<ResolversParentTypes['OmissionHeatmapRow']> };
  OmissionHeatmapRow: Omit<OmissionHeatmapRow, 'lot'> & { lot: ResolversParentTypes['ParkingLot'] };
  OnsitePayment: OnsitePaymentRow;
  OpenCaseInput: OpenCaseInput;
  Operator: OperatorRow;
  OperatorInput: OperatorInput;
  OperatorOmissionRow: Omit<OperatorOmissionRow, 'operator'> & { operator: ResolversParentTypes['Operator'] };
  OperatorResponseTargets: Omit<OperatorResponseTargets, 'operator'> & { operator: ResolversParentTypes['Operator'] };
  OperatorResponseTimes: Omit<OperatorResponseTimes, 'operator'> & { operator: ResolversParentTypes['Operator'] };
  OutcomeTemplate: OutcomeTemplateRow;
  OutcomeTemplateInput: OutcomeTemplateInput;
  PageInfo: PageInfo;
  ParkingLot: ParkingLotRow;
  ParkingLotInput: ParkingLotInput;
  Pass: PassRow;
  PassInput: PassInput;
  PaymentCancellation: PaymentCancellationRow;
  PaymentCancellationFigures: PaymentCancellationFigures;
  PolicyTerms: PolicyTerms;
  PolicyVersion: PolicyVersionRow;
  PolicyVersionInput: PolicyVersionInput;
  Query: Record<PropertyKey, never>;
  Reason: Reason;
  Refund: RefundRow;
  RefundQuote: RefundQuote;
  RegistrationRequest: RegistrationRequestRow;
  RepeatCustomerRow: Omit<RepeatCustomerRow, 'customer' | 'lots'> & { customer: ResolversParentTypes['Customer'], lots: Array<ResolversParentTypes['ParkingLot']> };
  RepeatOmissionReport: Omit<RepeatOmissionReport, 'rows'> & { rows: Array<ResolversParentTypes['RepeatOmissionRow']> };
  RepeatOmissionRow: Omit<RepeatOmissionRow, 'lot'> & { lot: ResolversParentTypes['ParkingLot'] };
  ResponseTimeReport: Omit<ResponseTimeReport, 'byLot' | 'byOperator'> & { byLot: Array<ResolversParentTypes['LotResponseTimes']>, byOperator: Array<ResolversParentTypes['OperatorResponseTimes']> };
  ResponseTimeStats: ResponseTimeStats;
  SmsMessage: SmsMessageRow;
  String: Scalars['String']['output'];
  TrendPoint: TrendPoint;
  UnverifiedContactReport: Omit<UnverifiedContactReport, 'rows'> & { rows: Array<ResolversParentTypes['UnverifiedContactRow']> };
  UnverifiedContactRow: Omit<UnverifiedContactRow, 'lot'> & { lot: ResolversParentTypes['ParkingLot'] };
  User: UserRow;
  UserInput: UserInput;
};

export type AccessLogConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccessLogEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
};

export type AccessLogEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  clientAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BulkCaseJobResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BulkCaseJob'] = ResolversParentTypes['BulkCaseJob']> = {
  action?: Resolver<ResolversTypes['BulkCaseAction'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BulkJobStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  agent?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consultationType?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  couponEligibility?: Resolver<ResolversTypes['CouponEligibility'], ParentType, ContextType>;
  coupons?: Resolver<Array<ResolversTypes['Coupon']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  exitRequests?: Resolver<Array<ResolversTypes['ExitRequest']>, ParentType, ContextType>;
  firstResponseAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identityUnconfirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  identityVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  incidentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  incidentMonth?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VocKind'], ParentType, ContextType>;
  lastActor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['ParkingLot'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['SmsMessage']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onsitePayments?: Resolver<Array<ResolversTypes['OnsitePayment']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pass?: Resolver<ResolversTypes['Pass'], ParentType, ContextType>;
  policyTerms?: Resolver<Maybe<ResolversTypes['PolicyTerms']>, ParentType, ContextType>;
  refunds?: Resolver<Array<ResolversTypes['Refund']>, ParentType, ContextType>;
  registrationRequests?: Resolver<Array<ResolversTypes['RegistrationRequest']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  smsPreview?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseActivity'] = ResolversParentTypes['CaseActivity']> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  serverTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CaseConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseEdge'] = ResolversParentTypes['CaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
};

export type CaseEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['Reason']>, ParentType, ContextType>;
  scriptStep?: Resolver<Maybe<ResolversTypes['GuideStepKey']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CouponResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Coupon'] = ResolversParentTypes['Coupon']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedUnderKind?: Resolver<ResolversTypes['VocKind'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  underEarlierKind?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CouponEligibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CouponEligibility'] = ResolversParentTypes['CouponEligibility']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  omissionsThisMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passes?: Resolver<Array<ResolversTypes['Pass']>, ParentType, ContextType>;
  phoneMasked?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerHistoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerHistory'] = ResolversParentTypes['CustomerHistory']> = {
  cases?: Resolver<Array<ResolversTypes['CustomerHistoryCase']>, ParentType, ContextType>;
  countedOmissionsThisMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coupons?: Resolver<Array<ResolversTypes['CustomerHistoryCoupon']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  openRequests?: Resolver<Array<ResolversTypes['CustomerOpenRequest']>, ParentType, ContextType>;
  refunds?: Resolver<Array<ResolversTypes['CustomerHistoryRefund']>, ParentType, ContextType>;
  sameIncident?: Resolver<Array<ResolversTypes['CustomerHistoryCase']>, ParentType, ContextType, RequireFields<CustomerHistorySameIncidentArgs, 'lotId'>>;
  totalCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerHistoryCaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerHistoryCase'] = ResolversParentTypes['CustomerHistoryCase']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  duplicateOfCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  duplicateOfId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identityVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  incidentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  incidentMonth?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VocKind'], ParentType, ContextType>;
  lotId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lotName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  omissionCount?: Resolver<ResolversTypes['OmissionCount'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
};

export type CustomerHistoryCouponResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerHistoryCoupon'] = ResolversParentTypes['CustomerHistoryCoupon']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
};

export type CustomerHistoryRefundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerHistoryRefund'] = ResolversParentTypes['CustomerHistoryRefund']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
};

export type CustomerOpenRequestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerOpenRequest'] = ResolversParentTypes['CustomerOpenRequest']> = {
  caseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CustomerRequestKind'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExitRequestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExitRequest'] = ResolversParentTypes['ExitRequest']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  escalatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['ParkingLot'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
};

export type GuideBranchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GuideBranch'] = ResolversParentTypes['GuideBranch']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GuideStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GuideStep'] = ResolversParentTypes['GuideStep']> = {
  branches?: Resolver<Array<ResolversTypes['GuideBranch']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['GuideStepKey'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LotResponseTimesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LotResponseTimes'] = ResolversParentTypes['LotResponseTimes']> = {
  lot?: Resolver<ResolversTypes['ParkingLot'], ParentType, ContextType>;
  times?: Resolver<ResolversTypes['ResponseTimeStats'], ParentType, ContextType>;
};

export type LotTrendRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LotTrendRow'] = ResolversParentTypes['LotTrendRow']> = {
  change?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['ParkingLot'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ManagerNoticeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ManagerNotice'] = ResolversParentTypes['ManagerNotice']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lot?: Resolver<Maybe<ResolversTypes['ParkingLot']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['Reason']>, ParentType, ContextType>;
};

export interface MonthScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Month'], any> {
  name: 'Month';
}

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeExit?: Resolver<ResolversTypes['ExitRequest'], ParentType, ContextType, RequireFields<MutationAcknowledgeExitArgs, 'id'>>;
  acknowledgeRegistration?: Resolver<ResolversTypes['RegistrationRequest'], ParentType, ContextType, RequireFields<MutationAcknowledgeRegistrationArgs, 'id'>>;
  addCaseNote?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationAddCaseNoteArgs, 'caseId' | 'text'>>;
  addOutcomeTemplate?: Resolver<ResolversTypes['OutcomeTemplate'], ParentType, ContextType, RequireFields<MutationAddOutcomeTemplateArgs, 'input'>>;
  addPolicyVersion?: Resolver<ResolversTypes['PolicyVersion'], ParentType, ContextType, RequireFields<MutationAddPolicyVersionArgs, 'input'>>;
  completePaymentCancellation?: Resolver<ResolversTypes['PaymentCancellation'], ParentType, ContextType, RequireFields<MutationCompletePaymentCancellationArgs, 'id'>>;
  confirmRegistration?: Resolver<ResolversTypes['RegistrationRequest'], ParentType, ContextType, RequireFields<MutationConfirmRegistrationArgs, 'id'>>;
  createCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  createOperator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType, RequireFields<MutationCreateOperatorArgs, 'input'>>;
  createParkingLot?: Resolver<ResolversTypes['ParkingLot'], ParentType, ContextType, RequireFields<MutationCreateParkingLotArgs, 'input'>>;
  createPass?: Resolver<ResolversTypes['Pass'], ParentType, ContextType, RequireFields<MutationCreatePassArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  decideRefund?: Resolver<ResolversTypes['Refund'], ParentType, ContextType, RequireFields<MutationDecideRefundArgs, 'approve' | 'id'>>;
  issueCompensationCoupon?: Resolver<ResolversTypes['Coupon'], ParentType, ContextType, RequireFields<MutationIssueCompensationCouponArgs, 'caseId'>>;
  linkDuplicate?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationLinkDuplicateArgs, 'caseId' | 'ofCaseId'>>;
  openCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationOpenCaseArgs, 'input'>>;
  proposeRefund?: Resolver<ResolversTypes['Refund'], ParentType, ContextType, RequireFields<MutationProposeRefundArgs, 'basis' | 'caseId'>>;
  reclassifyCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationReclassifyCaseArgs, 'caseId' | 'kind' | 'reason'>>;
  recordFirstResponse?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRecordFirstResponseArgs, 'caseId' | 'text'>>;
  recordGuidance?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRecordGuidanceArgs, 'caseId' | 'detail' | 'step'>>;
  recordIdentityUnconfirmed?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRecordIdentityUnconfirmedArgs, 'caseId'>>;
  recordOnsitePayment?: Resolver<ResolversTypes['OnsitePayment'], ParentType, ContextType, RequireFields<MutationRecordOnsitePaymentArgs, 'amount' | 'caseId' | 'paidAt'>>;
  recordRepeatContact?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRecordRepeatContactArgs, 'caseId'>>;
  rejectPaymentCancellation?: Resolver<ResolversTypes['PaymentCancellation'], ParentType, ContextType, RequireFields<MutationRejectPaymentCancellationArgs, 'id' | 'reason'>>;
  rejectRegistration?: Resolver<ResolversTypes['RegistrationRequest'], ParentType, ContextType, RequireFields<MutationRejectRegistrationArgs, 'id' | 'reason'>>;
  requestExit?: Resolver<ResolversTypes['ExitRequest'], ParentType, ContextType, RequireFields<MutationRequestExitArgs, 'caseId'>>;
  requestPaymentCancellation?: Resolver<ResolversTypes['OnsitePayment'], ParentType, ContextType, RequireFields<MutationRequestPaymentCancellationArgs, 'onsitePaymentId'>>;
  requestRegistration?: Resolver<ResolversTypes['RegistrationRequest'], ParentType, ContextType, RequireFields<MutationRequestRegistrationArgs, 'caseId'>>;
  resolveCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationResolveCaseArgs, 'caseId' | 'outcome'>>;
  runBulkCaseJobBatch?: Resolver<ResolversTypes['BulkCaseJob'], ParentType, ContextType, RequireFields<MutationRunBulkCaseJobBatchArgs, 'id'>>;
  setMyLocale?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetMyLocaleArgs, 'locale'>>;
  setOutcomeTemplateActive?: Resolver<ResolversTypes['OutcomeTemplate'], ParentType, ContextType, RequireFields<MutationSetOutcomeTemplateActiveArgs, 'active' | 'id'>>;
  setResponseTargets?: Resolver<ResolversTypes['OperatorResponseTargets'], ParentType, ContextType, RequireFields<MutationSetResponseTargetsArgs, 'exitAckMinutes' | 'operatorId' | 'registrationConfirmMinutes'>>;
  setUserActive?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserActiveArgs, 'active' | 'id'>>;
  startBulkCaseJob?: Resolver<ResolversTypes['BulkCaseJob'], ParentType, ContextType, RequireFields<MutationStartBulkCaseJobArgs, 'expectedCount' | 'filter'>>;
  takePaymentCancellation?: Resolver<ResolversTypes['PaymentCancellation'], ParentType, ContextType, RequireFields<MutationTakePaymentCancellationArgs, 'id'>>;
  undoAcknowledgeExit?: Resolver<ResolversTypes['ExitRequest'], ParentType, ContextType, RequireFields<MutationUndoAcknowledgeExitArgs, 'id'>>;
  undoAcknowledgeRegistration?: Resolver<ResolversTypes['RegistrationRequest'], ParentType, ContextType, RequireFields<MutationUndoAcknowledgeRegistrationArgs, 'id'>>;
  unlinkDuplicate?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationUnlinkDuplicateArgs, 'caseId' | 'reason'>>;
  updateOutcomeTemplate?: Resolver<ResolversTypes['OutcomeTemplate'], ParentType, ContextType, RequireFields<MutationUpdateOutcomeTemplateArgs, 'id' | 'input'>>;
  verifyIdentity?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationVerifyIdentityArgs, 'caseId'>>;
};

export type OmissionHeatmapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OmissionHeatmap'] = ResolversParentTypes['OmissionHeatmap']> = {
  months?: Resolver<Array<ResolversTypes['Month']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['OmissionHeatmapRow']>, ParentType, ContextType>;
};

export type OmissionHeatmapRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OmissionHeatmapRow'] = ResolversParentTypes['OmissionHeatmapRow']> = {
  counts?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['ParkingLot'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OnsitePaymentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OnsitePayment'] = ResolversParentTypes['OnsitePayment']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancellation?: Resolver<Maybe<ResolversTypes['PaymentCancellation']>, ParentType, ContextType>;
  cancellationRequested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasReceipt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receiptUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OperatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Operator'] = ResolversParentTypes['Operator']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lots?: Resolver<Array<ResolversTypes['ParkingLot']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OperatorOmissionRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OperatorOmissionRow'] = ResolversParentTypes['OperatorOmissionRow']> = {
  couponAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  couponsIssued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customersWithRepeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  omissions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  refundAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OperatorResponseTargetsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OperatorResponseTargets'] = ResolversParentTypes['OperatorResponseTargets']> = {
  exitAckMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  registrationConfirmMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OperatorResponseTimesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OperatorResponseTimes'] = ResolversParentTypes['OperatorResponseTimes']> = {
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  times?: Resolver<ResolversTypes['ResponseTimeStats'], ParentType, ContextType>;
};

export type OutcomeTemplateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutcomeTemplate'] = ResolversParentTypes['OutcomeTemplate']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bodyEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyKo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstResponse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['VocKind']>, ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelKo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParkingLotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParkingLot'] = ResolversParentTypes['ParkingLot']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasExitCallButton?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  integration?: Resolver<ResolversTypes['LotIntegration'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PassResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Pass'] = ResolversParentTypes['Pass']> = {
  amountPaid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availableDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['ParkingLot'], ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundableAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PaymentCancellationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentCancellation'] = ResolversParentTypes['PaymentCancellation']> = {
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  escalatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['OnsitePayment'], ParentType, ContextType>;
  rejectReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CancellationStatus'], ParentType, ContextType>;
};

export type PaymentCancellationFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentCancellationFigures'] = ResolversParentTypes['PaymentCancellationFigures']> = {
  completedThisMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedThisMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyTermsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyTerms'] = ResolversParentTypes['PolicyTerms']> = {
  couponAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  couponsPerMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  repeatThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyVersion'] = ResolversParentTypes['PolicyVersion']> = {
  couponAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  couponsPerMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repeatThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessLog?: Resolver<ResolversTypes['AccessLogConnection'], ParentType, ContextType, RequireFields<QueryAccessLogArgs, 'first'>>;
  bulkCaseJob?: Resolver<Maybe<ResolversTypes['BulkCaseJob']>, ParentType, ContextType, RequireFields<QueryBulkCaseJobArgs, 'id'>>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  caseActivity?: Resolver<Maybe<ResolversTypes['CaseActivity']>, ParentType, ContextType, RequireFields<QueryCaseActivityArgs, 'id'>>;
  cases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryCasesArgs, 'first'>>;
  customerHistory?: Resolver<Maybe<ResolversTypes['CustomerHistory']>, ParentType, ContextType, RequireFields<QueryCustomerHistoryArgs, 'customerId'>>;
  exitRequestQueue?: Resolver<Array<ResolversTypes['ExitRequest']>, ParentType, ContextType, Partial<QueryExitRequestQueueArgs>>;
  guideScript?: Resolver<Array<ResolversTypes['GuideStep']>, ParentType, ContextType>;
  lots?: Resolver<Array<ResolversTypes['ParkingLot']>, ParentType, ContextType>;
  managerNotices?: Resolver<Array<ResolversTypes['ManagerNotice']>, ParentType, ContextType, RequireFields<QueryManagerNoticesArgs, 'first'>>;
  monthlyTrend?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType, RequireFields<QueryMonthlyTrendArgs, 'endMonth' | 'months'>>;
  omissionHeatmap?: Resolver<ResolversTypes['OmissionHeatmap'], ParentType, ContextType, RequireFields<QueryOmissionHeatmapArgs, 'endMonth' | 'lots' | 'months'>>;
  operatorOmissionReport?: Resolver<Array<ResolversTypes['OperatorOmissionRow']>, ParentType, ContextType, RequireFields<QueryOperatorOmissionReportArgs, 'month'>>;
  operators?: Resolver<Array<ResolversTypes['Operator']>, ParentType, ContextType>;
  outcomeTemplates?: Resolver<Array<ResolversTypes['OutcomeTemplate']>, ParentType, ContextType, RequireFields<QueryOutcomeTemplatesArgs, 'includeInactive'>>;
  paymentCancellationFigures?: Resolver<ResolversTypes['PaymentCancellationFigures'], ParentType, ContextType>;
  paymentCancellations?: Resolver<Array<ResolversTypes['PaymentCancellation']>, ParentType, ContextType, RequireFields<QueryPaymentCancellationsArgs, 'first'>>;
  policyVersions?: Resolver<Array<ResolversTypes['PolicyVersion']>, ParentType, ContextType>;
  refundApprovals?: Resolver<Array<ResolversTypes['Refund']>, ParentType, ContextType>;
  refundQuote?: Resolver<ResolversTypes['RefundQuote'], ParentType, ContextType, RequireFields<QueryRefundQuoteArgs, 'passId' | 'usedDays'>>;
  registrationQueue?: Resolver<Array<ResolversTypes['RegistrationRequest']>, ParentType, ContextType, Partial<QueryRegistrationQueueArgs>>;
  repeatCustomers?: Resolver<Array<ResolversTypes['RepeatCustomerRow']>, ParentType, ContextType, RequireFields<QueryRepeatCustomersArgs, 'month'>>;
  repeatOmissionReport?: Resolver<ResolversTypes['RepeatOmissionReport'], ParentType, ContextType, RequireFields<QueryRepeatOmissionReportArgs, 'month'>>;
  responseTargets?: Resolver<Array<ResolversTypes['OperatorResponseTargets']>, ParentType, ContextType>;
  responseTimes?: Resolver<ResolversTypes['ResponseTimeReport'], ParentType, ContextType, RequireFields<QueryResponseTimesArgs, 'month'>>;
  searchPasses?: Resolver<Array<ResolversTypes['Pass']>, ParentType, ContextType, Partial<QuerySearchPassesArgs>>;
  serverTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unverifiedContacts?: Resolver<ResolversTypes['UnverifiedContactReport'], ParentType, ContextType, RequireFields<QueryUnverifiedContactsArgs, 'month'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  worseningLots?: Resolver<Array<ResolversTypes['LotTrendRow']>, ParentType, ContextType, RequireFields<QueryWorseningLotsArgs, 'month'>>;
};

export type ReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Reason'] = ResolversParentTypes['Reason']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RefundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Refund'] = ResolversParentTypes['Refund']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availableDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['RefundBasis'], ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pass?: Resolver<ResolversTypes['Pass'], ParentType, ContextType>;
  proposalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
  usedDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RefundQuoteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RefundQuote'] = ResolversParentTypes['RefundQuote']> = {
  availableDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refund?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usedAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegistrationRequestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegistrationRequest'] = ResolversParentTypes['RegistrationRequest']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  escalatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['ParkingLot'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pass?: Resolver<ResolversTypes['Pass'], ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
};

export type RepeatCustomerRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RepeatCustomerRow'] = ResolversParentTypes['RepeatCustomerRow']> = {
  couponIssued?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  lots?: Resolver<Array<ResolversTypes['ParkingLot']>, ParentType, ContextType>;
  omissions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RepeatOmissionReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RepeatOmissionReport'] = ResolversParentTypes['RepeatOmissionReport']> = {
  month?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['RepeatOmissionRow']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalOmissions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RepeatOmissionRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RepeatOmissionRow'] = ResolversParentTypes['RepeatOmissionRow']> = {
  couponAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  couponsIssued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customersWithRepeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['ParkingLot'], ParentType, ContextType>;
  omissions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResponseTimeReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResponseTimeReport'] = ResolversParentTypes['ResponseTimeReport']> = {
  byLot?: Resolver<Array<ResolversTypes['LotResponseTimes']>, ParentType, ContextType>;
  byOperator?: Resolver<Array<ResolversTypes['OperatorResponseTimes']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
};

export type ResponseTimeStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResponseTimeStats'] = ResolversParentTypes['ResponseTimeStats']> = {
  exitAckMedianSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  exitAckP90Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  exitRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exitWithinTargetShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationConfirmMedianSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  registrationConfirmP90Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  registrationRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationWithinTargetShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SmsMessageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SmsMessage'] = ResolversParentTypes['SmsMessage']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MessageStatus'], ParentType, ContextType>;
  toMasked?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrendPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrendPoint'] = ResolversParentTypes['TrendPoint']> = {
  couponAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  couponsIssued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  omissions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnverifiedContactReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnverifiedContactReport'] = ResolversParentTypes['UnverifiedContactReport']> = {
  month?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['UnverifiedContactRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnverifiedContactRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnverifiedContactRow'] = ResolversParentTypes['UnverifiedContactRow']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['ParkingLot'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  BulkCaseJob?: BulkCaseJobResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseActivity?: CaseActivityResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  Coupon?: CouponResolvers<ContextType>;
  CouponEligibility?: CouponEligibilityResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerHistory?: CustomerHistoryResolvers<ContextType>;
  CustomerHistoryCase?: CustomerHistoryCaseResolvers<ContextType>;
  CustomerHistoryCoupon?: CustomerHistoryCouponResolvers<ContextType>;
  CustomerHistoryRefund?: CustomerHistoryRefundResolvers<ContextType>;
  CustomerOpenRequest?: CustomerOpenRequestResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ExitRequest?: ExitRequestResolvers<ContextType>;
  GuideBranch?: GuideBranchResolvers<ContextType>;
  GuideStep?: GuideStepResolvers<ContextType>;
  LotResponseTimes?: LotResponseTimesResolvers<ContextType>;
  LotTrendRow?: LotTrendRowResolvers<ContextType>;
  ManagerNotice?: ManagerNoticeResolvers<ContextType>;
  Month?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  OmissionHeatmap?: OmissionHeatmapResolvers<ContextType>;
  OmissionHeatmapRow?: OmissionHeatmapRowResolvers<ContextType>;
  OnsitePayment?: OnsitePaymentResolvers<ContextType>;
  Operator?: OperatorResolvers<ContextType>;
  OperatorOmissionRow?: OperatorOmissionRowResolvers<ContextType>;
  OperatorResponseTargets?: OperatorResponseTargetsResolvers<ContextType>;
  OperatorResponseTimes?: OperatorResponseTimesResolvers<ContextType>;
  OutcomeTemplate?: OutcomeTemplateResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParkingLot?: ParkingLotResolvers<ContextType>;
  Pass?: PassResolvers<ContextType>;
  PaymentCancellation?: PaymentCancellationResolvers<ContextType>;
  PaymentCancellationFigures?: PaymentCancellationFiguresResolvers<ContextType>;
  PolicyTerms?: PolicyTermsResolvers<ContextType>;
  PolicyVersion?: PolicyVersionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reason?: ReasonResolvers<ContextType>;
  Refund?: RefundResolvers<ContextType>;
  RefundQuote?: RefundQuoteResolvers<ContextType>;
  RegistrationRequest?: RegistrationRequestResolvers<ContextType>;
  RepeatCustomerRow?: RepeatCustomerRowResolvers<ContextType>;
  RepeatOmissionReport?: RepeatOmissionReportResolvers<ContextType>;
  RepeatOmissionRow?: RepeatOmissionRowResolvers<ContextType>;
  ResponseTimeReport?: ResponseTimeReportResolvers<ContextType>;
  ResponseTimeStats?: ResponseTimeStatsResolvers<ContextType>;
  SmsMessage?: SmsMessageResolvers<ContextType>;
  TrendPoint?: TrendPointResolvers<ContextType>;
  UnverifiedContactReport?: UnverifiedContactReportResolvers<ContextType>;
  UnverifiedContactRow?: UnverifiedContactRowResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

