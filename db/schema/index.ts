/** Every table of the portal, by area; drizzle-kit reads this file to generate migrations. */
export * from './enums';
export * from './accounts';
export * from './lots';
export * from './customers';
export * from './cases';
export * from './requests';
export * from './payments';
export * from './compensation';
export * from './outcome-templates';
export * from './messages';
export * from './policy';
export * from './audit';
export * from './bulk-jobs';
export * from './sessions';
export * from './rate-limits';
export * from './report-rollups';
