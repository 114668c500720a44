import { makeExecutableSchema } from '@graphql-tools/schema';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from './context';
import { apiError } from './errors';
import { withFieldVisibility } from './field-visibility';
import { authorize } from './policy';
import { resolvers } from './resolvers';
import { DateScalar, DateTimeScalar, MonthScalar } from './scalars';
import { loadTypeDefs } from './schema/load-type-defs';

/**
 * The served schema: the SDL with its resolvers, every root field behind the policy
 * table (deny by default), the fields that carry personal data shown per role as
 * lib/policy's visibility table says, and contract fields whose issue has not landed answering
 * NOT_IMPLEMENTED instead of null.
 */
export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: [{ DateTime: DateTimeScalar, Date: DateScalar, Month: MonthScalar }, ...resolvers],
  });
  const authorized = mapSchema(schema, {
    [MapperKind.ROOT_FIELD]: (fieldConfig, fieldName, typeName) => {
      const action = `${typeName}.${fieldName}`;
      const resolve = fieldConfig.resolve;
      return {
        ...fieldConfig,
        resolve: (source, args, ctx: GraphQLContext, info) => {
          authorize(ctx, action);
          if (!resolve || resolve === defaultFieldResolver) {
            throw apiError('NOT_IMPLEMENTED', `${action}: 아직 제공되지 않는 기능입니다.`);
          }
          return resolve(source, args, ctx, info);
        },
      };
    },
  });
  return withFieldVisibility(authorized);
}
