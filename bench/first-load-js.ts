import { gzipSync } from 'node:zlib';
import type { DemoApp } from './demo-app';

/** The JavaScript a route loads first, from the production build as `next start` serves it. */
export interface FirstLoadJs {
  page: string;
  path: string;
  scripts: number;
  /** Sum of the scripts' sizes as served, uncompressed. */
  rawKb: number;
  /** Sum of each script gzipped on its own (zlib's default level), as the browser would download them. */
  gzipKb: number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
// The <script src="…"> tags of the server-rendered HTML: what the browser must fetch before the
// page hydrates. Chunks imported on demand later (the manager's charts) are not first-load, nor
// is a noModule polyfill, which no current browser downloads.
const SCRIPT_TAG = /<script\b[^>]*>/g;
const SRC = /\bsrc="([^"]+)"/;

/**
 * Next 16 with Turbopack no longer prints First Load JS in `next build`, so it is measured
 * from what the running build serves: each page's HTML (in its role's session), the scripts it
 * references, each fetched and gzipped. Shared chunks count on every route, as Next counted them.
 */
export async function measureFirstLoadJs(app: DemoApp): Promise<FirstLoadJs[]> {
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = async (src: string) => {
    const url = new URL(src, app.base).toString();
    let size = sizes.get(url);
    if (!size) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      size = { raw: body.length, gzip: gzipSync(body).length };
      sizes.set(url, size);
    }
    return size;
  };
  const results: FirstLoadJs[] = [];
  for (const page of app.pages) {
    const response = await fetch(`${app.base}${page.path}`, {
      headers: page.role ? { cookie: app.cookieOf(page.role) } : {},
      redirect: 'manual',
    });
    if (response.status !== 200) throw new Error(`${page.path}: HTTP ${response.status}`);
    const html = await response.text();
    const tags = [...html.matchAll(SCRIPT_TAG)].map((match) => match[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
    const sources = [...new Set(tags.map((tag) => SRC.exec(tag)?.[1]?.replaceAll('&amp;', '&')).filter((src): src is string => !!src))];
    const each = await Promise.all(sources.map(sizeOf));
    const row = {
      page: page.name,
      path: page.path,
      scripts: sources.length,
      rawKb: kb(each.reduce((sum, size) => sum + size.raw, 0)),
      gzipKb: kb(each.reduce((sum, size) => sum + size.gzip, 0)),
    };
    results.push(row);
    console.log(`[first-load] ${row.page}: ${row.scripts} scripts, ${row.gzipKb} kB gzip`);
  }
  return results;
}
