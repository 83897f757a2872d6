import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, saveDialog, signIn, startHarness } from './support/e2e-harness.ts';
import type { E2eHarness } from './support/e2e-harness.ts';

const describeWithBrowser = hasChromium() ? describe : describe.skip;

// "65%" → 65; the cards show whole percentages.
const toPercent = (text: string | null): number => Number.parseInt(text ?? '', 10);

describeWithBrowser('commitments from meeting notes', () => {
  let harness: E2eHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('records a promise from notes, lowers personal trust when it is broken, and shows it on the owner’s record', async () => {
    const page = await signIn(harness);
    await page.getByRole('link', { name: 'Northwind Logistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();

    const score = page
      .getByRole('region', { name: 'Personal trust' })
      .locator('.trust-card__value');
    await score.waitFor();
    const before = toPercent(await score.textContent());
    expect(before).toBeGreaterThan(0);

    const commitments = page.getByRole('region', { name: 'Commitments' });
    await commitments.getByRole('button', { name: 'From meeting notes' }).click();
    const notesDialog = page.getByRole('dialog', { name: 'From meeting notes' });
    await notesDialog
      .getByLabel('Meeting notes', { exact: true })
      .fill('Priya Raman will send the revised proposal by Friday.');
    await notesDialog.getByRole('button', { name: 'Find commitments' }).click();

    const suggestion = notesDialog
      .getByRole('list', { name: 'Suggested commitments' })
      .getByRole('listitem')
      .filter({ hasText: 'revised proposal' });
    expect(await suggestion.textContent()).toContain('Priya Raman');
    await suggestion.getByRole('button', { name: 'Accept' }).click();
    await suggestion.getByText('Recorded').waitFor();
    await notesDialog.getByRole('button', { name: 'Done' }).click();

    const row = commitments.getByRole('row').filter({ hasText: 'revised proposal' });
    await row.getByText('Agreed').waitFor();
    expect(await row.textContent()).toContain('Priya Raman');

    await row.getByRole('button', { name: /^Mark broken/ }).click();
    const brokenDialog = page.getByRole('dialog', { name: 'Mark broken: Priya Raman' });
    await brokenDialog.getByLabel('Note', { exact: true }).fill('The proposal never arrived.');
    await saveDialog(brokenDialog);
    await row.getByText('Broken').waitFor();

    // A broken promise is strong negative evidence, and it is fresh.
    await expect.poll(async () => toPercent(await score.textContent())).toBeLessThan(before);

    await row.getByRole('link', { name: 'Priya Raman' }).click();
    await page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
    const recent = page
      .getByRole('region', { name: 'Recent commitments' })
      .getByRole('row')
      .filter({ hasText: 'revised proposal' });
    await recent.getByText('Broken').waitFor();
    const record = page.getByRole('region', { name: 'Promise-keeping record' });
    expect(await record.textContent()).toMatch(/Broken\s*[1-9]/);

    await page.context().close();
  });
});
