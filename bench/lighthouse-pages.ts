import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import type { DemoApp, DemoPage } from './demo-app';

/** One page's Lighthouse numbers: the median run's (by performance score). */
export interface PageScores {
  page: string;
  path: string;
  runs: number;
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

// Debian's Chromium (apt-get install chromium), never a browser download of Lighthouse's or
// Playwright's own. Without a sandbox as root; no GPU; none of the background traffic
// (updates, sync) that would land in the network trace.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Lighthouse (desktop preset, performance and accessibility) on each demo page, `runs` times;
 * a signed-in page gets its role's session cookie as an extra header. Each run has a Chromium
 * of its own: cookies a page set in one run (the sign-in page's next-auth cookies, say) would
 * otherwise ride along with the next page's header and send it back to /login.
 */
export async function runLighthouse(app: DemoApp, runs: number): Promise<PageScores[]> {
  const scores: PageScores[] = [];
  for (const page of app.pages) {
    const each: Omit<PageScores, 'runs'>[] = [];
    for (let run = 0; run < runs; run += 1) each.push(await lighthouseOnce(app, page));
    const median = [...each].sort((a, b) => a.performance - b.performance)[Math.floor(each.length / 2)];
    if (!median) continue;
    scores.push({ ...median, runs });
    console.log(
      `[lighthouse] ${page.name}: performance ${median.performance}, accessibility ${median.accessibility}, LCP ${median.lcpMs} ms`,
    );
  }
  return scores;
}

async function lighthouseOnce(app: DemoApp, page: DemoPage): Promise<Omit<PageScores, 'runs'>> {
  const url = `${app.base}${page.path}`;
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    if (page.role) await putSessionInBrowser(chrome.port, app.base, app.cookieOf(page.role));
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      desktopConfig,
    );
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.message}`);
    // A redirect (to /login, say) would measure another page than the one named.
    if (new URL(lhr.finalDisplayedUrl).pathname !== page.path) throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      page: page.name,
      path: page.path,
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
      tbtMs: Math.round(numeric('total-blocking-time')),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * The role's session goes into the browser's own cookie jar, as after a sign-in. Not as
 * Lighthouse's extraHeaders: a page that sets a cookie itself (the language cookie) makes the
 * browser send its jar's Cookie header instead, and the page's API calls arrive signed out.
 * Lighthouse clears caches and storage before a run, never cookies.
 */
async function putSessionInBrowser(port: number, base: string, cookieHeader: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const cookies = cookieHeader.split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
    });
    await browser.contexts()[0]?.addCookies(cookies);
  } finally {
    // Only the connection: the Chromium stays for Lighthouse (chrome-launcher ends it).
    await browser.close();
  }
}
