import type { SERVICE_ERROR_CODES } from '@/lib/domain/error-codes';

/** The refusals a use case can give; they are the contract's error codes. */
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];

/**
 * A refusal with a message fit for the user (Korean). Services throw it; the API layer
 * turns it into its error code. `field` names the input at fault, when there is one.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
