/** The values of the compensation policy that a case is judged by. */
export interface PolicyValues {
  effectiveFrom: Date;
  couponAmount: number;
  repeatThreshold: number;
  couponsPerMonth: number;
}

/**
 * The version in force at an instant: the latest whose effectiveFrom is at or before it.
 * Null when the instant predates every version (no policy applied then).
 */
export function policyInForce<T extends PolicyValues>(versions: readonly T[], at: Date): T | null {
  let best: T | null = null;
  for (const version of versions) {
    if (version.effectiveFrom.getTime() > at.getTime()) continue;
    if (!best || version.effectiveFrom.getTime() > best.effectiveFrom.getTime()) best = version;
  }
  return best;
}
