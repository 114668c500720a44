import { describe, expect, it } from 'vitest';
import { HEAT_LEVELS, heatBands, heatLevel } from '@/app/_components/manager/heatmap-scale';

describe('heat map shades', () => {
  it.each([
    { count: 0, max: 8, level: 0 },
    { count: 1, max: 8, level: 1 },
    { count: 2, max: 8, level: 1 },
    { count: 3, max: 8, level: 2 },
    { count: 6, max: 8, level: 3 },
    { count: 8, max: 8, level: 4 },
    { count: 1, max: 1, level: 4 },
    { count: 1, max: 2, level: 2 },
    { count: 2, max: 3, level: 3 },
    { count: 0, max: 0, level: 0 },
  ])('heat: $count of at most $max is shade $level', ({ count, max, level }) => {
    expect(heatLevel(count, max)).toBe(level);
  });

  it('heat: the busiest cell always has the darkest shade', () => {
    for (let max = 1; max <= 40; max += 1) expect(heatLevel(max, max)).toBe(HEAT_LEVELS);
  });

  it.each([
    { max: 0, bands: [[0, 0, 0]] },
    {
      max: 3,
      bands: [
        [0, 0, 0],
        [1, 1, 1],
        [3, 2, 2],
        [4, 3, 3],
      ],
    },
    {
      max: 10,
      bands: [
        [0, 0, 0],
        [1, 1, 2],
        [2, 3, 5],
        [3, 6, 7],
        [4, 8, 10],
      ],
    },
  ])('legend: up to $max the bands are [level, from, to] $bands', ({ max, bands }) => {
    expect(heatBands(max).map((band) => [band.level, band.from, band.to])).toEqual(bands);
  });

  it('legend: every count 1..max falls in the band of its own shade', () => {
    for (let max = 1; max <= 40; max += 1) {
      for (let count = 1; count <= max; count += 1) {
        const band = heatBands(max).find((b) => b.from <= count && count <= b.to);
        expect(band?.level, `${count} of ${max}`).toBe(heatLevel(count, max));
      }
    }
  });
});
