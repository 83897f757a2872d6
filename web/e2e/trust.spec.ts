import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasChromium,
  saveDialog,
  signIn,
  startHarness,
  uniqueName,
} from './support/e2e-harness.ts';
import type { E2eHarness } from './support/e2e-harness.ts';

const describeWithBrowser = hasChromium() ? describe : describe.skip;

// "65%" → 65; the cards show whole percentages.
const toPercent = (text: string | null): number => Number.parseInt(text ?? '', 10);

describeWithBrowser('trust on the account page', () => {
  let harness: E2eHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('lowers personal trust after a negative observation, explains it, and restores it on retract', async () => {
    const page = await signIn(harness);
    await page.getByRole('link', { name: 'Northwind Logistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();

    const personal = page.getByRole('region', { name: 'Personal trust' });
    const score = personal.locator('.trust-card__value');
    await score.waitFor();
    const before = toPercent(await score.textContent());
    expect(before).toBeGreaterThan(0);

    const note = uniqueName('Skipped the quarterly review');
    await page.getByRole('button', { name: 'Log observation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log observation' });
    const signal = dialog.getByLabel('Signal', { exact: true });
    // The options arrive with the catalogue; wait for the one we need before choosing it.
    await signal
      .locator('option', { hasText: 'Avoids our meetings' })
      .waitFor({ state: 'attached' });
    await signal.selectOption({ label: '− Avoids our meetings' });
    await dialog.getByLabel('Stakeholder', { exact: true }).selectOption({ label: 'Daniel Weiss' });
    await dialog.getByLabel('Note', { exact: true }).fill(note);
    await saveDialog(dialog);

    await expect.poll(async () => toPercent(await score.textContent())).toBeLessThan(before);
    // Negative evidence weighs k times more, and this one is fresh: it explains the most.
    const why = personal.getByRole('list', { name: 'Why Personal' }).getByRole('listitem');
    await expect.poll(async () => why.first().textContent()).toContain(note);
    expect(await why.first().textContent()).toContain('Avoids our meetings');

    const observations = page.getByRole('region', { name: 'Observations' });
    const row = observations.getByRole('row').filter({ hasText: note });
    page.once('dialog', (confirm) => void confirm.accept());
    await row.getByRole('button', { name: 'Retract Avoids our meetings' }).click();
    await row.getByText('Retracted').waitFor();

    await expect.poll(async () => toPercent(await score.textContent())).toBe(before);
    expect(await personal.textContent()).not.toContain(note);

    await page.context().close();
  });
});
