import { expect } from '@playwright/test';
import { CASE_NOTE_MAX, CASE_RESPONSE_MAX, OPENING_NOTE_MAX } from '@/lib/domain/case-text-limits';
import { customerWithPassAt, openCaseForm } from './case-steps';
import { signInToHome, test } from './fixtures';

// The forms stop typing where the API stops accepting: the opening note's box once allowed 2,000
// characters while the API refused more than 1,000, so a long note was lost on 상담 접수.

test('agent: each case text box allows exactly what the API accepts, and a note of the full length opens the case', async ({
  page,
  request,
  newAgent,
}) => {
  const { plate } = await customerWithPassAt(request, () => true);
  await signInToHome(page, newAgent.email, newAgent.password);
  await openCaseForm(page, plate);

  const openingNote = page.locator('textarea[name="note"]');
  await expect(openingNote).toHaveAttribute('maxlength', String(OPENING_NOTE_MAX));
  await openingNote.fill('가'.repeat(OPENING_NOTE_MAX));
  await page.getByRole('button', { name: '상담 접수' }).click();
  await expect(page).toHaveURL(/\/agent\/cases\/[0-9a-f-]{36}$/);

  await expect(page.locator('textarea[name="note"]')).toHaveAttribute('maxlength', String(CASE_NOTE_MAX));
  await expect(page.locator('textarea[name="firstResponse"]')).toHaveAttribute('maxlength', String(CASE_RESPONSE_MAX));
});
