import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { openPage, openPalette, signInNew } from './keyboard-helpers';

// Issue 9, acceptance 1 for the keyboard area: axe on the palette (empty, with results, with
// none, a failed search) and on the `?` list, in Korean and in English.

for (const [locale, words] of [
  [
    'KO',
    {
      palette: '빠른 이동',
      overlay: '단축키',
      found: /상담 \d+건을 찾았습니다\./,
      none: '맞는 상담이나 메뉴가 없습니다.',
      failed: '상담을 찾지 못했습니다.',
    },
  ],
  [
    'EN',
    {
      palette: 'Quick jump',
      overlay: 'Keyboard shortcuts',
      found: /\d+ cases? found\./,
      none: 'No case or page matches',
      failed: 'Could not search cases.',
    },
  ],
] as const) {
  test(`axe (${locale}): the palette empty, with results, with none and failed; the shortcut list`, async ({ page }) => {
    test.setTimeout(90_000);
    await signInNew(page, 'AGENT', locale);
    await openPage(page, '/agent');
    const palette = await openPalette(page, words.palette);
    await expectNoSeriousA11yViolations(page, `palette empty (${locale})`);

    await page.keyboard.type('VOC-');
    await expect(palette.getByRole('status')).toContainText(words.found);
    await expect(palette.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await expectNoSeriousA11yViolations(page, `palette with results (${locale})`);

    await page.keyboard.type('zz');
    await expect(palette.getByRole('status')).toContainText(words.none);
    await expectNoSeriousA11yViolations(page, `palette with no results (${locale})`);

    await page.route('**/api/graphql', async (route) => {
      if (route.request().postData()?.includes('PaletteCases'))
        await route.fulfill({ status: 503, contentType: 'application/json', body: '{}' });
      else await route.fallback();
    });
    await page.keyboard.press('Control+a');
    await page.keyboard.type('5678');
    await expect(palette.getByRole('alert')).toContainText(words.failed);
    await expectNoSeriousA11yViolations(page, `palette search failed (${locale})`);
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();

    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: words.overlay });
    await expect(overlay).toBeVisible();
    await expectNoSeriousA11yViolations(page, `shortcut list (${locale})`);
  });
}
