import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoViewer,
  hasChromium,
  saveDialog,
  signIn,
  startHarness,
  uniqueName,
} from './support/e2e-harness.ts';
import type { E2eHarness } from './support/e2e-harness.ts';

const describeWithBrowser = hasChromium() ? describe : describe.skip;

describeWithBrowser('signing in and working with accounts', () => {
  let harness: E2eHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('signs in, lists the demo accounts and creates a new account', async () => {
    const page = await signIn(harness);

    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    await page.getByRole('link', { name: 'Northwind Logistics' }).waitFor();

    const name = uniqueName('E2E Account');
    await page.getByRole('button', { name: 'New account' }).click();
    const dialog = page.getByRole('dialog', { name: 'New account' });
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Domain', { exact: true }).fill('e2e.example');
    await dialog.getByLabel('Industry', { exact: true }).fill('Testing');
    await saveDialog(dialog);

    await page.waitForURL(/\/accounts\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();

    const found = await page.evaluate(async (query) => {
      const response = await fetch(`/api/accounts?q=${encodeURIComponent(query)}`, {
        credentials: 'same-origin',
      });
      return { status: response.status, body: (await response.json()) as unknown };
    }, name);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      data: [expect.objectContaining({ name, domain: 'e2e.example' })],
    });

    await page.context().close();
  });

  it('shows a viewer the accounts without the buttons to change them', async () => {
    const page = await signIn(harness, demoViewer);

    await page.getByRole('link', { name: 'Northwind Logistics' }).waitFor();
    expect(await page.getByRole('button', { name: 'New account' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Northwind Logistics' }).click();
    const stakeholders = page.getByRole('region', { name: 'Stakeholders' });
    await stakeholders.getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Archive', exact: true }).count()).toBe(0);
    expect(await stakeholders.getByRole('button', { name: 'Add stakeholder' }).count()).toBe(0);

    await page.context().close();
  });

  it('opens an account and adds a stakeholder to it', async () => {
    const page = await signIn(harness);

    await page.getByRole('link', { name: 'Northwind Logistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();

    const stakeholders = page.getByRole('region', { name: 'Stakeholders' });
    const name = uniqueName('E2E Stakeholder');
    await stakeholders.getByRole('button', { name: 'Add stakeholder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add stakeholder' });
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Title', { exact: true }).fill('Head of Testing');
    await dialog.getByLabel('Buying role', { exact: true }).selectOption('champion');
    await dialog.getByLabel('Seniority', { exact: true }).selectOption('senior');
    await saveDialog(dialog);

    const row = stakeholders.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.textContent()).toContain('Champion');
    expect(await row.textContent()).toContain('Senior');
    expect(await row.textContent()).toContain('Active');

    await page.context().close();
  });
});
