import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, signIn, startHarness } from './support/e2e-harness.ts';
import type { E2eHarness } from './support/e2e-harness.ts';

const describeWithBrowser = hasChromium() ? describe : describe.skip;

describeWithBrowser('sharing the plan with the account', () => {
  let harness: E2eHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('creates a respond link, lets the customer answer the pulse and confirm, and shows it to the team', async () => {
    const page = await signIn(harness);
    await page.getByRole('link', { name: 'Northwind Logistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();

    const share = page.getByRole('region', { name: 'Share with the customer' });
    await share.getByLabel('Access').selectOption('respond');
    const forSelect = share.getByLabel('For');
    // The stakeholder options arrive with the trust section.
    await expect.poll(async () => forSelect.locator('option').count()).toBeGreaterThan(1);
    const stakeholderName = (await forSelect.locator('option').nth(1).textContent()) ?? '';
    await forSelect.selectOption({ index: 1 });
    await share.getByRole('button', { name: 'Create link' }).click();
    const address = share.getByLabel('Share link address');
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/s\/share_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}$/);

    // A fresh browser context: no session, only the link.
    const customerContext = await harness.browser.newContext();
    const customer = await customerContext.newPage();
    customer.setDefaultTimeout(15_000);
    await customer.goto(url);
    await customer
      .getByRole('heading', { level: 1, name: 'Northwind Logistics: our shared plan' })
      .waitFor();
    expect(await customer.content()).not.toMatch(/Sign in/);

    const pulse = customer.getByRole('form', { name: 'Pulse' });
    for (const group of await pulse.getByRole('group').all()) {
      await group.getByLabel('5', { exact: true }).check();
    }
    await pulse.getByLabel('Anything you want to add').fill('Clear plan, good follow-up.');
    await pulse.getByRole('button', { name: 'Send answers' }).click();
    await customer.getByText('Thank you: your answers reached the team.').waitFor();

    const commitments = customer.getByRole('list', { name: 'Commitments of both sides' });
    const confirmable = commitments
      .getByRole('listitem')
      .filter({ has: customer.getByRole('button', { name: 'Confirm' }) })
      .first();
    const text = (await confirmable.getAttribute('aria-label')) ?? '';
    await confirmable.getByRole('button', { name: 'Confirm' }).click();
    await commitments
      .getByRole('listitem', { name: text })
      .getByText(/confirmed by you/)
      .first()
      .waitFor();
    // The customer's page keeps the history of what is shared, and the team is never named.
    const history = customer.getByRole('list', { name: 'Shared history' });
    await history.getByRole('listitem').first().waitFor();
    expect(await history.textContent()).toContain('The account team');
    expect(await history.textContent()).not.toContain('Demo');
    await customerContext.close();

    // The team sees the pulse in their words and as pulse evidence in the trust explanation.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();
    const words = page.getByRole('region', { name: 'In their words' });
    await words.waitFor();
    expect(await words.textContent()).toContain('Clear plan, good follow-up.');
    expect(await words.textContent()).toContain(stakeholderName);
    await page.locator('.evidence-list__label', { hasText: 'pulse' }).first().waitFor();
    const links = page.getByRole('table', { name: 'Share links' });
    expect(await links.getByRole('row').nth(1).textContent()).toMatch(/View and respond/);

    // The audit log names the link as the author of the pulse and of the confirmation.
    const audit = page.getByRole('list', { name: 'Account audit log' });
    const byLink = audit.getByRole('listitem', {
      name: new RegExp(`^Share link for ${stakeholderName} added the pulse`),
    });
    await byLink.first().waitFor();
    await page
      .getByRole('region', { name: 'Audit log' })
      .getByLabel('Made by')
      .selectOption('share');
    await expect
      .poll(async () => {
        const names = await audit
          .getByRole('listitem')
          .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
        return names.length > 0 && names.every((name) => name.startsWith('Share link for'));
      })
      .toBe(true);
    expect(
      await audit
        .getByRole('listitem', { name: /added the response through a share link/ })
        .count(),
    ).toBeGreaterThan(0);

    await page.context().close();
  });
});
