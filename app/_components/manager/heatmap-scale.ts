/** How many shades the heat map uses above zero. */
export const HEAT_LEVELS = 4;

/** The shades actually used for a largest count: fewer than HEAT_LEVELS when the counts are small. */
function levelsFor(max: number): number {
  return Math.max(1, Math.min(HEAT_LEVELS, max));
}

/**
 * The shade of a count, 0 (none) to HEAT_LEVELS, relative to the largest count on the map:
 * equal-width bands of 1..max, so the busiest cell is always the darkest.
 */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  const levels = levelsFor(max);
  // Stretch the used levels over the full scale so a map of 1s and 2s still uses the darkest shade.
  const band = Math.ceil((levels * Math.min(count, max)) / max);
  return Math.round((band * HEAT_LEVELS) / levels);
}

/** One entry of the legend: a shade and the counts it stands for. */
export interface HeatBand {
  level: number;
  from: number;
  to: number;
}

/** The legend for a largest count: zero, then each used shade with its range of counts. */
export function heatBands(max: number): HeatBand[] {
  const bands: HeatBand[] = [{ level: 0, from: 0, to: 0 }];
  if (max <= 0) return bands;
  const levels = levelsFor(max);
  for (let band = 1; band <= levels; band += 1) {
    const from = Math.floor((max * (band - 1)) / levels) + 1;
    const to = Math.floor((max * band) / levels);
    bands.push({ level: Math.round((band * HEAT_LEVELS) / levels), from, to });
  }
  return bands;
}
