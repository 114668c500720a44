import type { Resolvers } from '../generated/resolvers-types';

/** The signed-in user and the User type. */
export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, ctx) => ctx.viewer,
  },
  User: {
    operator: (user, _args, ctx) => (user.operatorId ? ctx.loaders.operator.load(user.operatorId) : null),
  },
};
