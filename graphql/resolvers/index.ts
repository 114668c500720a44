import type { Resolvers } from '../generated/resolvers-types';
import { lotResolvers } from './lots';
import { masterDataResolvers } from './master-data';
import { passResolvers } from './passes';
import { viewerResolvers } from './viewer';

/** Every resolver map, by area. */
export const resolvers: Resolvers[] = [viewerResolvers, lotResolvers, passResolvers, masterDataResolvers];
