import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

/**
 * Screenshots of every page, full length, at a desk's and a phone's width, in Korean and in
 * English: the before and after of a change that must not change how the portal looks (compare
 * two folders with compare-pages.ts). shoot.ts starts the server and calls this; the data is the
 * demo seeded at a fixed instant, and the browser's clock stands at that instant too.
 */

const PASSWORD = 'demo-pass-1234';
let BASE_URL = '';
let OUT = '';
let NOW = new Date();
const WIDTHS = [1280, 390] as const;
const LOCALES = ['KO', 'EN'] as const;

type Locale = (typeof LOCALES)[number];
type Walk = (page: Page, shot: (name: string, mask?: Locator[]) => Promise<void>) => Promise<void>;

/** The first (or last) link in the main content whose address matches. */
async function firstLink(page: Page, pattern: RegExp, last = false): Promise<string> {
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const matching = hrefs.filter((h) => pattern.test(h));
  const href = last ? matching.at(-1) : matching[0];
  if (!href) throw new Error(`no link matching ${pattern} on ${page.url()}`);
  return href;
}

const WALKS: Record<'agent' | 'operator' | 'manager', { email: string; walk: Walk }> = {
  agent: {
    email: 'agent@demo.test',
    walk: async (page, shot) => {
      await open(page, '/agent');
      await shot('agent-list');
      // The keyboard layer's two dialogs, over the list (pressed again until the layer has hydrated).
      await untilDialog(page, () => page.keyboard.press('Control+k'));
      await shot('agent-palette');
      await page.keyboard.press('Escape');
      await untilDialog(page, () => page.keyboard.press('?'));
      await shot('agent-shortcuts');
      await page.keyboard.press('Escape');
      const casePath = await firstLink(page, /^\/agent\/cases\/[0-9a-f-]{36}$/);
      // The list's oldest case on its first page: further along its steps than the newest.
      const olderCasePath = await firstLink(page, /^\/agent\/cases\/[0-9a-f-]{36}$/, true);
      await open(page, '/agent/cases/new');
      await shot('agent-new-case');
      await open(page, casePath);
      await shot('agent-case');
      await open(page, olderCasePath);
      await shot('agent-case-older');
      await open(page, `/cases/${casePath.split('/').pop()}/print`);
      await shot('case-print');
      await open(page, '/manager');
      await shot('forbidden');
      await open(page, '/no-such-page');
      await shot('not-found');
    },
  },
  operator: {
    email: 'operator@demo.test',
    walk: async (page, shot) => {
      await open(page, '/operator');
      await shot('operator');
    },
  },
  manager: {
    email: 'manager@demo.test',
    walk: async (page, shot) => {
      await open(page, '/manager');
      await shot('manager');
      await open(page, '/manager/cases');
      await shot('manager-cases');
      const casePath = await firstLink(page, /^\/manager\/cases\/[0-9a-f-]{36}$/);
      // The bulk bar's "select all matching" box: the bar's selected state.
      await page.locator('main input[type="checkbox"]').first().check();
      await shot('manager-cases-bulk');
      for (const area of ['refunds', 'cancellations', 'policy', 'users', 'targets']) {
        await open(page, `/manager/${area}`);
        await shot(`manager-${area}`);
      }
      await open(page, casePath);
      await shot('manager-case');
      await open(page, '/manager/access-log');
      // Its rows are the walks' own reads, stamped with the real time: masked, the rest compared.
      await shot('manager-access-log', [page.locator('main tbody')]);
    },
  },
};

async function untilDialog(page: Page, press: () => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await press();
    if (
      await page
        .getByRole('dialog')
        .waitFor({ timeout: 3000 })
        .then(
          () => true,
          () => false,
        )
    )
      return;
  }
  throw new Error(`no dialog on ${page.url()}`);
}

async function open(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await page.waitForLoadState('networkidle');
  // Settled: nothing still loading (skeletons say aria-busy), the fonts in.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 20_000 }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function setLocale(context: BrowserContext, locale: Locale): Promise<void> {
  const response = await context.request.post('/api/graphql', {
    data: { query: 'mutation ($l: Locale!) { setMyLocale(locale: $l) { locale } }', variables: { l: locale } },
  });
  if (!response.ok()) throw new Error(`setMyLocale ${locale}: ${response.status()}`);
}

async function signIn(context: BrowserContext, email: string): Promise<void> {
  const { csrfToken } = (await (await context.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await context.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password: PASSWORD, json: 'true' },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`sign-in ${email}: ${response.status()}`);
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // The browser's "now" is the seed's, so elapsed times and today's dates read the same each run.
  await page.clock.setFixedTime(NOW);
  return page;
}

/** The login page and every role's walk at one width, in the language the accounts are set to. */
async function shootWidth(browser: Browser, width: number, locale: Locale): Promise<void> {
  const options = {
    baseURL: BASE_URL,
    viewport: { width, height: 900 },
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    reducedMotion: 'reduce' as const,
  };
  const shot =
    (page: Page) =>
    async (name: string, mask: Locator[] = []) => {
      await page.mouse.move(0, 0);
      const file = path.join(OUT, `${name}-${locale.toLowerCase()}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide', mask });
    };
  const anonymous = await browser.newContext(options);
  await anonymous.addCookies([{ name: 'portal-locale', value: locale.toLowerCase(), url: BASE_URL }]);
  const loginPage = await newPage(anonymous);
  await open(loginPage, '/login');
  await shot(loginPage)('login');
  await anonymous.close();
  for (const [role, { email, walk }] of Object.entries(WALKS)) {
    // VISUAL_ONLY=agent,manager walks those roles only (a second look after a fix).
    if (process.env.VISUAL_ONLY && !process.env.VISUAL_ONLY.split(',').includes(role)) continue;
    const context = await browser.newContext(options);
    try {
      await signIn(context, email);
      const page = await newPage(context);
      await walk(page, shot(page));
    } finally {
      await context.close();
    }
  }
}

/** Saves the language on each demo account, as the header's switch does. */
async function setAccountsLocale(browser: Browser, locale: Locale): Promise<void> {
  for (const { email } of Object.values(WALKS)) {
    const context = await browser.newContext({ baseURL: BASE_URL });
    try {
      await signIn(context, email);
      await setLocale(context, locale);
    } finally {
      await context.close();
    }
  }
}

/** Writes `<page>-<locale>-<width>.png` for every page into `out`, from the server at `baseUrl`. */
export async function shootPages(baseUrl: string, out: string, now: Date): Promise<void> {
  BASE_URL = baseUrl;
  OUT = out;
  NOW = now;
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const locale of LOCALES) {
      await setAccountsLocale(browser, locale);
      // Both widths at once: each walk reads only, so they do not disturb each other.
      await Promise.all(WIDTHS.map((width) => shootWidth(browser, width, locale)));
    }
  } finally {
    await setAccountsLocale(browser, 'KO').catch(() => undefined);
    await browser.close();
  }
}
