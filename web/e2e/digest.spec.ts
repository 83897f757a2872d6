import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { hasChromium, signIn, startHarness } from './support/e2e-harness.ts';
import { screenshotPath } from './support/screenshots.ts';
import type { E2eHarness } from './support/e2e-harness.ts';

const describeWithBrowser = hasChromium() ? describe : describe.skip;

/** Reloads until `locator` shows up: the server evaluates alerts in the background at start. */
const reloadUntilVisible = async (page: Page, locator: Locator) => {
  for (let attempt = 0; attempt < 10; attempt++) {
    if ((await locator.count()) > 0) return;
    await page.waitForTimeout(1000);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }
  await locator.first().waitFor();
};

describeWithBrowser('the weekly digest and the low-pulse alert', () => {
  let harness: E2eHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('shows the demo user their week: what changed, what is due and what to do, with links', async () => {
    const page = await signIn(harness);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Digest' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Weekly digest' }).waitFor();
    await page.getByText(/^Dana Demo, 2 accounts, week ending /).waitFor();
    const member = page.getByLabel('Team member');
    expect(await member.locator('option:checked').textContent()).toBe('Dana Demo');

    const changed = page.getByRole('region', { name: 'What changed' });
    const pulses = changed.getByRole('group', { name: 'Pulses received' });
    expect(await pulses.textContent()).toMatch(
      /Victor Lindqvist at Aurora Retail Group: trust 2, value 3, backing 2/,
    );
    expect(await pulses.textContent()).toContain('nobody senior has called us');
    await changed
      .getByRole('group', { name: 'Commitments that moved' })
      .getByRole('listitem', { name: 'Introduce our head of product to the plant leadership' })
      .waitFor();
    expect(
      await changed.getByRole('group', { name: 'Trust moves' }).getByRole('listitem').count(),
    ).toBeGreaterThan(0);

    const due = page.getByRole('region', { name: 'What is due' });
    expect(await due.getByRole('group', { name: 'Overdue' }).textContent()).toMatch(
      /Send the executive summary of the line 2 results.*3 days late/,
    );
    expect(await due.getByRole('group', { name: 'Owed by the customer' }).textContent()).toContain(
      'Confirm the budget for the sensor rollout',
    );

    const toDo = page.getByRole('region', { name: 'What to do' });
    const lowPulse = toDo.getByRole('listitem', {
      name: 'Low pulse on trust and backing from Victor Lindqvist',
    });
    await reloadUntilVisible(page, lowPulse);
    expect(await lowPulse.textContent()).toMatch(
      /Next step: Ask Victor Lindqvist for a personal conversation/,
    );
    await toDo.getByRole('listitem', { name: 'Our commitment due in 2 days is at risk' }).waitFor();
    await page.setViewportSize({ width: 1300, height: 900 });
    await page.screenshot({ path: screenshotPath('digest.png'), fullPage: true });

    // A commitment opens on its account page, detail and all.
    await page
      .getByRole('region', { name: 'What is due' })
      .getByRole('group', { name: 'Due in the next 7 days' })
      .getByRole('link', { name: 'Walk the board through the recovery milestones' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Aurora Retail Group' }).waitFor();
    const detail = page.getByRole('dialog', { name: 'Commitment' });
    await detail.getByText('Walk the board through the recovery milestones').first().waitFor();

    // Anyone's week, any week: Priya's, a week ago.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Weekly digest' }).waitFor();
    await page.getByLabel('Team member').selectOption({ label: 'Priya Raman' });
    await page.getByText(/^Priya Raman, \d+ accounts?, week ending /).waitFor();
    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Week ending').fill(lastWeek);
    await page.getByText(new RegExp(`week ending ${lastWeek}`)).waitFor();
    expect(page.url()).toMatch(/teamMemberId=.*weekEnding=/);

    await page.context().close();
  });

  it('raises a low-pulse alert with its next step when a customer answers low through a respond link', async () => {
    const page = await signIn(harness);
    await page.getByRole('link', { name: 'Northwind Logistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();

    const share = page.getByRole('region', { name: 'Share with the customer' });
    await share.getByLabel('Access').selectOption('respond');
    const forSelect = share.getByLabel('For');
    await expect.poll(async () => forSelect.locator('option').count()).toBeGreaterThan(1);
    const stakeholderName = ((await forSelect.locator('option').nth(1).textContent()) ?? '').trim();
    await forSelect.selectOption({ index: 1 });
    await share.getByRole('button', { name: 'Create link' }).click();
    const address = share.getByLabel('Share link address');
    await address.waitFor();
    const url = await address.inputValue();

    // The customer, in a browser of their own with only the link.
    const customerContext = await harness.browser.newContext();
    const customer = await customerContext.newPage();
    customer.setDefaultTimeout(15_000);
    await customer.goto(url);
    const pulse = customer.getByRole('form', { name: 'Pulse' });
    await pulse.waitFor();
    const answers: [string, string][] = [
      ['Can you rely on the people you work with here?', '1'],
      ['How sure are you that what we offer will pay off for you?', '2'],
      ['Will our company stand behind what it sold you?', '4'],
    ];
    for (const [question, answer] of answers) {
      await pulse
        .getByRole('group', { name: question })
        .getByLabel(answer, { exact: true })
        .check();
    }
    await pulse.getByLabel('Anything you want to add').fill('Three calls went unanswered.');
    await pulse.getByRole('button', { name: 'Send answers' }).click();
    await customer.getByText('Thank you: your answers reached the team.').waitFor();
    await customerContext.close();

    // The team: the account page evaluates its alerts and shows the new one with its next step.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();
    const title = `Low pulse on trust and value from ${stakeholderName}`;
    const alert = page
      .getByRole('region', { name: 'Alerts' })
      .getByRole('listitem', { name: title });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain(
      `${stakeholderName} answered 1 of 5 to “Can you rely on the people you work with here?” and 2 of 5 to “How sure are you that what we offer will pay off for you?”, and wrote: “Three calls went unanswered.”`,
    );
    expect(text).toMatch(
      new RegExp(`Next step: Ask ${stakeholderName} for a personal conversation`),
    );
    expect(text).toMatch(/value review/);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Alerts' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
    await page
      .getByRole('list', { name: 'Workspace alerts' })
      .getByRole('listitem', { name: title })
      .waitFor();

    await page.context().close();
  });
});
