import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, saveDialog, signIn, startHarness } from './support/e2e-harness.ts';
import { screenshotPath } from './support/screenshots.ts';
import type { E2eHarness } from './support/e2e-harness.ts';

const describeWithBrowser = hasChromium() ? describe : describe.skip;

const demoAccounts = [
  'Aurora Retail Group',
  'Helios Health',
  'Keystone Manufacturing',
  'Meridian Bank',
  'Northwind Logistics',
];

/** The account names in the portfolio table, top to bottom. */
const accountNames = (page: Page) =>
  page.getByRole('table').locator('tbody tr td:first-child a').allTextContents();

/** Waits until the table shows exactly these accounts, in this order. */
const expectAccounts = async (page: Page, names: string[]) => {
  await expect.poll(() => accountNames(page), { timeout: 15_000 }).toEqual(names);
};

describeWithBrowser('portfolio and team scorecard', () => {
  let harness: E2eHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('lists the demo accounts, filters, sorts and charts them, shows the scorecard and its CSV, and hands an account to another owner', async () => {
    const page = await signIn(harness);
    await page.setViewportSize({ width: 1440, height: 1000 });

    await page.getByRole('link', { name: 'Portfolio', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    await expectAccounts(page, demoAccounts);
    await page.getByText('5 accounts').waitFor();

    // Helios Health is the demo account whose relationships all run through one person.
    await page.getByLabel('Single-threaded').check();
    await expectAccounts(page, ['Helios Health']);
    await page.getByTitle('Every relationship runs through Priya Raman').waitFor();
    await page.getByLabel('Single-threaded').uncheck();
    await expectAccounts(page, demoAccounts);

    // The owner filter: Priya owns two accounts, Lars two others.
    const owner = page.getByLabel('Owner', { exact: true });
    await owner.selectOption({ label: 'Priya Raman' });
    await expectAccounts(page, ['Helios Health', 'Northwind Logistics']);
    await owner.selectOption({ label: 'Lars Eriksen' });
    await expectAccounts(page, ['Aurora Retail Group', 'Meridian Bank']);
    await page.getByLabel('Overdue commitments').check();
    await expectAccounts(page, ['Aurora Retail Group']);
    await page.getByLabel('Overdue commitments').uncheck();
    await owner.selectOption({ label: 'Everyone' });
    await expectAccounts(page, demoAccounts);

    // Sorting: the name header reverses the order; a dimension's header orders by its score.
    await page
      .getByRole('table')
      .getByRole('button', { name: /^Account/ })
      .click();
    await expectAccounts(page, [...demoAccounts].reverse());
    await page
      .getByRole('table')
      .getByRole('button', { name: /^Reciprocal/ })
      .click();
    await expect
      .poll(
        async () =>
          await page.getByRole('columnheader', { name: /Reciprocal/ }).getAttribute('aria-sort'),
      )
      .toBe('ascending');
    const reciprocalColumn =
      1 +
      (await page.getByRole('columnheader').allTextContents()).findIndex((text) =>
        text.startsWith('Reciprocal'),
      );
    const scores = (
      await page
        .locator(`tbody tr td:nth-child(${reciprocalColumn}) .portfolio-score__value`)
        .allTextContents()
    ).map((text) => Number.parseInt(text, 10));
    expect(scores).toHaveLength(5);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);

    // The chart of the workspace's trust draws a line per dimension.
    const chart = page.getByRole('region', { name: 'Trust across the portfolio' });
    await chart.locator('.recharts-line-curve').first().waitFor();
    expect(await chart.locator('.recharts-line-curve').count()).toBe(4);
    expect(await chart.locator('.recharts-line-curve').first().getAttribute('d')).toMatch(/^M/);
    await page.screenshot({ path: screenshotPath('portfolio.png'), fullPage: true });

    // The team scorecard: a row per team member, and the CSV behind the download button.
    await page.getByRole('link', { name: 'Team scorecard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scorecard' }).waitFor();
    const members = page.getByRole('table').locator('tbody tr td:first-child a');
    await expect
      .poll(() => members.allTextContents())
      .toEqual([
        'Dana Demo',
        'Hannah Okafor',
        'Lars Eriksen',
        'Mei Tanaka',
        'Priya Raman',
        'Tomás Ferreira',
      ]);
    await page.screenshot({ path: screenshotPath('scorecard.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^scorecard-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^Team member,Accounts owned,Kept on time,Kept late,Broken,/);
    expect(lines).toHaveLength(7);

    // A member's own page carries their scorecard, with the accounts they own.
    await members.filter({ hasText: 'Priya Raman' }).click();
    await page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
    const owned = page.getByRole('region', { name: 'Scorecard' }).getByRole('table').first();
    await expect
      .poll(() => owned.locator('tbody tr td:first-child a').allTextContents())
      .toEqual(['Helios Health', 'Northwind Logistics']);

    // The relationship map of an account, for the record.
    await owned.getByRole('link', { name: 'Northwind Logistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();
    await page.getByText('Priya Raman', { exact: true }).first().waitFor();
    const map = page.getByRole('region', { name: 'Relationship map' });
    await map.getByTestId('map-node-stakeholder').first().waitFor();
    await map.getByRole('table', { name: 'Coverage by level' }).waitFor();
    await map.screenshot({ path: screenshotPath('relationship-map.png') });

    // The account form sets the owner; the page and the portfolio follow.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Northwind Logistics' });
    await dialog.getByLabel('Owner', { exact: true }).selectOption({ label: 'Hannah Okafor' });
    await saveDialog(dialog);
    await page.getByRole('link', { name: 'Hannah Okafor', exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'Portfolio', exact: true }).click();
    await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Hannah Okafor' });
    await expectAccounts(page, ['Keystone Manufacturing', 'Northwind Logistics']);

    await page.context().close();
  });
});
