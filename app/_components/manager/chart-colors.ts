// The report's series colours. Each is at least 4.5:1 on white, so the legend's text and the
// bars both read clearly; the legend names every series and a table carries the figures, so
// colour is never the only way to tell them apart.

/** Omissions: the portal's accent blue. */
export const OMISSION_COLOR = '#1e5bc6';

/** Coupons: a dark amber (Tailwind's amber-700), 5:1 on white where the lighter amber was 3:1. */
export const COUPON_COLOR = '#b45309';

/** Axis ticks and legend text: the portal's muted grey (about 6:1 on white). */
export const CHART_TEXT_COLOR = '#596273';
