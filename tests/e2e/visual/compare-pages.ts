import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/**
 * Compares two folders of screenshots (visual-pages.ts) pixel by pixel and prints, per page, how
 * many pixels differ (or that the sizes differ). Exits 1 when any page differs.
 *
 *   npx tsx tests/e2e/visual/compare-pages.ts /tmp/shots-before /tmp/shots-after
 */

async function pixels(file: string) {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function main() {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) throw new Error('usage: compare-pages.ts <before-folder> <after-folder>');
  let differing = 0;
  for (const name of readdirSync(before)
    .filter((file) => file.endsWith('.png'))
    .sort()) {
    const a = await pixels(path.join(before, name));
    const b = await pixels(path.join(after, name)).catch(() => null);
    if (!b) {
      console.log(`${name}: missing after`);
      differing += 1;
      continue;
    }
    if (a.width !== b.width || a.height !== b.height) {
      console.log(`${name}: size ${a.width}x${a.height} → ${b.width}x${b.height}`);
      differing += 1;
      continue;
    }
    let count = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2] || a.data[i + 3] !== b.data[i + 3])
        count += 1;
    }
    console.log(`${name}: ${count} pixels differ`);
    if (count > 0) differing += 1;
  }
  console.log(differing === 0 ? 'no page differs' : `${differing} page(s) differ`);
  process.exitCode = differing === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
