import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale, Role } from '@/graphql/generated/client/graphql';
import { newAccount, signInThroughApi } from './fixtures';

// Steps the keyboard specs share: a person of a role signed in without touching the page, and
// moving focus with Tab alone.

/** A new account of the role (fixtures' newAccount), signed in on the page's context through the API. */
export async function signInNew(page: Page, role: Role, locale: Locale = 'KO') {
  const { email, password } = await newAccount(role, { locale });
  await signInThroughApi(page.request, email, password);
}

/** Opens a page and waits until its scripts run (keys pressed before hydration are lost). */
export async function openPage(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

/** Ctrl+K until the palette is open (the first press may land before the shell has hydrated). */
export async function openPalette(page: Page, name: string | RegExp = '빠른 이동') {
  const palette = page.getByRole('dialog', { name });
  await expect(async () => {
    if (!(await palette.isVisible())) await page.keyboard.press('Control+k');
    await expect(palette).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(palette.getByRole('combobox')).toBeFocused();
  return palette;
}

/** Presses Tab until `target` has focus; fails when it never does. */
export async function tabTo(page: Page, target: Locator, { max = 40, backwards = false } = {}) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of Tab never reached ${target}`);
}
