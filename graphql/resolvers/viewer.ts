import { setMyLocale } from '@/lib/services/accounts/set-my-locale';
import type { Resolvers } from '../generated/resolvers-types';
import { requestMeta, requireViewer } from './viewer-of';

// The API spells the languages as enum values; the database and the pages use 'ko' / 'en'.
const LOCALE_OF_ENUM = { KO: 'ko', EN: 'en' } as const;
const ENUM_OF_LOCALE = { ko: 'KO', en: 'EN' } as const;

/** The signed-in user, the User type, and the user's own language setting. */
export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, ctx) => ctx.viewer,
  },
  Mutation: {
    setMyLocale: (_parent, args, ctx) => setMyLocale(ctx.db, requireViewer(ctx), requestMeta(ctx), LOCALE_OF_ENUM[args.locale]),
  },
  User: {
    operator: (user, _args, ctx) => (user.operatorId ? ctx.loaders.operator.load(user.operatorId) : null),
    locale: (user) => ENUM_OF_LOCALE[user.locale === 'en' ? 'en' : 'ko'],
  },
};
