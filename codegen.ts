import type { CodegenConfig } from '@graphql-codegen/cli';

// One source of types: the SDL in graphql/schema. Resolvers get the database rows as
// parents (mappers); the browser gets typed documents from the client preset.
const config: CodegenConfig = {
  schema: ['graphql/schema/*.graphql', '!graphql/schema/contract.graphql'],
  documents: ['app/**/*.tsx', 'app/**/*.ts', '!app/api/**'],
  ignoreNoDocuments: true,
  generates: {
    'graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: '../context#GraphQLContext',
        scalars: { DateTime: 'Date', Date: 'string', Month: 'string' },
        mappers: {
          User: '../../db/schema#UserRow',
          Operator: '../../db/schema#OperatorRow',
          ParkingLot: '../../db/schema#ParkingLotRow',
          Customer: '../../db/schema#CustomerRow',
          Pass: '../../db/schema#PassRow',
          Case: '../../db/schema#CaseRow',
          CaseEvent: '../../db/schema#CaseEventRow',
          ExitRequest: '../../db/schema#ExitRequestRow',
          RegistrationRequest: '../../db/schema#RegistrationRequestRow',
          OnsitePayment: '../../db/schema#OnsitePaymentRow',
          PaymentCancellation: '../../db/schema#PaymentCancellationRow',
          Coupon: '../../db/schema#CouponRow',
          Refund: '../../db/schema#RefundRow',
          SmsMessage: '../../db/schema#SmsMessageRow',
          ManagerNotice: '../../db/schema#ManagerNoticeRow',
          PolicyVersion: '../../db/schema#PolicyVersionRow',
          AccessLogEntry: '../../db/schema#AuditLogRow',
          BulkCaseJob: '../../db/schema#BulkJobRow',
          CustomerHistory: '../../lib/services/cases/customer-history#CustomerHistoryData',
          OutcomeTemplate: '../../db/schema#OutcomeTemplateRow',
        },
      },
    },
    'graphql/generated/client/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string', Month: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
