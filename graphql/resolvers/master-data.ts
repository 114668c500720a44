import { z } from 'zod';
import { LOT_INTEGRATIONS, ROLES } from '@/lib/domain/enum-values';
import { createCustomer } from '@/lib/services/master-data/create-customer';
import { createOperator } from '@/lib/services/accounts/create-operator';
import { createParkingLot } from '@/lib/services/master-data/create-parking-lot';
import { createPass } from '@/lib/services/master-data/create-pass';
import { createUser } from '@/lib/services/accounts/create-user';
import { listOperators } from '@/lib/services/accounts/list-operators';
import type { Resolvers } from '../generated/resolvers-types';
import { say } from '../input-reason';
import { fields, parseArgs, refusePoorPassword, singleLineText } from '../validate';
import { requestMeta, requireViewer } from './viewer-of';

const userArgs = z.object({
  input: z
    .object({
      name: fields.name,
      email: fields.email,
      password: fields.password,
      role: z.enum(ROLES),
      operatorId: fields.id.nullish(),
    })
    .superRefine(refusePoorPassword),
});

const operatorArgs = z.object({ input: z.object({ name: fields.name }) });

const lotArgs = z.object({
  input: z.object({
    name: fields.name,
    address: singleLineText(200),
    operatorId: fields.id,
    integration: z.enum(LOT_INTEGRATIONS),
    hasExitCallButton: z.boolean(),
    phone: fields.phone,
  }),
});

const customerArgs = z.object({
  input: z.object({ name: fields.name, phone: fields.phone, accountRef: singleLineText(100) }),
});

const passArgs = z.object({
  input: z
    .object({
      customerId: fields.id,
      lotId: fields.id,
      plate: fields.plate,
      startsOn: z.string(),
      endsOn: z.string(),
      amountPaid: fields.won,
      availableDays: fields.days,
    })
    .refine((pass) => pass.endsOn >= pass.startsOn, {
      path: ['endsOn'],
      ...say('endBeforeStart'),
    }),
});

/** Accounts, operators, lots, customers and passes: the managers' master data. */
export const masterDataResolvers: Resolvers = {
  Query: {
    operators: (_parent, _args, ctx) => listOperators(ctx.db),
  },
  Mutation: {
    createUser: (_parent, args, ctx) => {
      const { input } = parseArgs(userArgs, args);
      return createUser(ctx.db, requireViewer(ctx), requestMeta(ctx), { ...input, operatorId: input.operatorId ?? null });
    },
    createOperator: (_parent, args, ctx) =>
      createOperator(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(operatorArgs, args).input),
    createParkingLot: (_parent, args, ctx) =>
      createParkingLot(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(lotArgs, args).input),
    createCustomer: (_parent, args, ctx) =>
      createCustomer(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(customerArgs, args).input),
    createPass: (_parent, args, ctx) => createPass(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(passArgs, args).input),
  },
};
