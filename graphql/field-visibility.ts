import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { hasVisibilityRow, visibilityOf } from '@/lib/policy/field-visibility';
import type { GraphQLContext } from './context';
import { FIELD_MASKS } from './resolvers/operator-view';

type MaskOf = (value: unknown, source: unknown, ctx: GraphQLContext) => unknown;

/**
 * Applies lib/policy's field-visibility table to the schema, once: each field it names answers
 * null to a role that may not see it (its resolver never runs, so nothing is loaded), its mask's
 * result to a role that sees it masked, and its resolver's value to the others.
 */
export function withFieldVisibility(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig, fieldName, typeName) => {
      const field = `${typeName}.${fieldName}`;
      if (!hasVisibilityRow(field)) return fieldConfig;
      const resolve: GraphQLFieldResolver<unknown, GraphQLContext> = fieldConfig.resolve ?? defaultFieldResolver;
      const mask = (FIELD_MASKS as Partial<Record<string, unknown>>)[field] as MaskOf | undefined;
      return {
        ...fieldConfig,
        resolve: (source, args, ctx: GraphQLContext, info) => {
          const visibility = visibilityOf(field, ctx.viewer);
          if (visibility === 'hidden') return null;
          const value = resolve(source, args, ctx, info);
          if (visibility === 'raw') return value;
          if (!mask) throw new Error(`${field}: masked for ${ctx.viewer?.role} but has no mask`);
          return Promise.resolve(value).then((resolved) => mask(resolved, source, ctx));
        },
      };
    },
  });
}
