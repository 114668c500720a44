import type { Resolvers } from '../generated/resolvers-types';
import { accessLogResolvers } from './access-log';
import { administrationResolvers } from './administration';
import { bulkResolvers } from './bulk';
import { caseActivityResolvers } from './case-activity';
import { cancellationResolvers } from './cancellations';
import { caseCorrectionResolvers } from './case-corrections';
import { caseFieldResolvers } from './case-fields';
import { caseResolvers } from './cases';
import { compensationResolvers } from './compensation';
import { customerHistoryResolvers } from './customer-history';
import { lotResolvers } from './lots';
import { managerNoticeResolvers } from './manager-notices';
import { masterDataResolvers } from './master-data';
import { operatorQueueResolvers } from './operator-queue';
import { passResolvers } from './passes';
import { paymentResolvers } from './payments';
import { reportResolvers } from './reports';
import { requestResolvers } from './requests';
import { viewerResolvers } from './viewer';

/** Every resolver map, by area. */
export const resolvers: Resolvers[] = [
  viewerResolvers,
  lotResolvers,
  passResolvers,
  masterDataResolvers,
  caseResolvers,
  caseFieldResolvers,
  caseActivityResolvers,
  customerHistoryResolvers,
  requestResolvers,
  paymentResolvers,
  cancellationResolvers,
  compensationResolvers,
  operatorQueueResolvers,
  managerNoticeResolvers,
  bulkResolvers,
  reportResolvers,
  administrationResolvers,
  accessLogResolvers,
  caseCorrectionResolvers,
];
