import { expect, test } from '@playwright/test';
import { customerWithPassAt, openAndVerify } from './case-steps';
import { DEMO_PASSWORD, signInThroughPage } from './fixtures';

// Two people at once: the agent on the phone and the lot's staff with /operator open all day.

test('operator: an exit request reaches the open page within 5 s; acknowledging and confirming show on the agent’s case', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  // A lot of 한빛파킹, the operator operator@demo.test works for, without an exit call button
  // (so the flow offers the exit request at once; other specs may add lots of their own).
  const { plate } = await customerWithPassAt(request, (lot) => lot.operator.name === '한빛파킹' && !lot.hasExitCallButton);
  const agentContext = await browser.newContext();
  const operatorContext = await browser.newContext();
  const agent = await agentContext.newPage();
  const operator = await operatorContext.newPage();

  await signInThroughPage(operator, 'operator@demo.test', DEMO_PASSWORD);
  await expect(operator).toHaveURL(/\/operator$/);
  await expect(operator.getByText('실시간 갱신 중', { exact: false })).toBeVisible();

  await signInThroughPage(agent, 'agent@demo.test', DEMO_PASSWORD);
  await expect(agent).toHaveURL(/\/agent$/);
  await openAndVerify(agent, plate);
  await agent.getByRole('button', { name: '현장 출차 요청' }).click();
  await expect(agent.getByRole('status').filter({ hasText: '현장 출차 요청을 보냈습니다.' })).toBeVisible();

  // No reload on the operator's side: the queue polls the database.
  const exitRow = operator.locator('[data-row-key^="exit:"]').filter({ hasText: plate });
  await expect(exitRow).toBeVisible({ timeout: 5_000 });
  await operator.screenshot({ path: testInfo.outputPath('01-operator-sees-exit.png'), fullPage: true });
  await exitRow.getByRole('button', { name: '출차 처리' }).click();
  await expect(operator.getByRole('status').filter({ hasText: `${plate} 출차 처리를 완료했습니다.` })).toBeVisible();
  await expect(exitRow).toHaveCount(0);

  await agent.getByRole('button', { name: '정기권 등록 요청' }).click();
  const registrationRow = operator.locator('[data-row-key^="registration:"]').filter({ hasText: plate });
  await expect(registrationRow).toBeVisible({ timeout: 5_000 });
  await registrationRow.getByRole('button', { name: '확인' }).click();
  await expect(registrationRow.getByRole('button', { name: '등록 완료' })).toBeVisible();
  await registrationRow.getByRole('button', { name: '등록 완료' }).click();
  await expect(operator.getByRole('status').filter({ hasText: `${plate} 등록 완료 처리했습니다.` })).toBeVisible();
  await operator.screenshot({ path: testInfo.outputPath('02-operator-done.png'), fullPage: true });

  // The agent's open case page catches up by itself (it polls) and shows both steps and the text.
  await expect(agent.locator('ul[aria-label="출차 요청"]').getByText('처리됨')).toBeVisible({ timeout: 15_000 });
  await expect(agent.getByText('등록 완료', { exact: true }).first()).toBeVisible({ timeout: 15_000 });
  await expect(agent.getByText('정기권 차량 등록이 완료되었습니다', { exact: false }).last()).toBeVisible({ timeout: 15_000 });
  await agent.screenshot({ path: testInfo.outputPath('03-agent-sees-both.png'), fullPage: true });

  await agentContext.close();
  await operatorContext.close();
});
