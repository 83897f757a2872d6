import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, saveDialog, signIn, startHarness } from './support/e2e-harness.ts';
import { screenshotPath } from './support/screenshots.ts';
import type { E2eHarness } from './support/e2e-harness.ts';

const describeWithBrowser = hasChromium() ? describe : describe.skip;

describeWithBrowser('relationship map and alerts', () => {
  let harness: E2eHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('draws the map with its people, and raises an alert with a next step when a stakeholder leaves', async () => {
    const page = await signIn(harness);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.getByRole('link', { name: 'Northwind Logistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();

    const map = page.getByRole('region', { name: 'Relationship map' });
    const stakeholderNodes = map.getByTestId('map-node-stakeholder');
    await stakeholderNodes.first().waitFor();
    expect(await stakeholderNodes.count()).toBeGreaterThanOrEqual(8);
    expect(await map.getByTestId('map-node-team-member').count()).toBeGreaterThanOrEqual(2);
    expect(await map.locator('.react-flow__edge').count()).toBeGreaterThanOrEqual(8);
    await expect
      .poll(async () => map.getByLabel(/^Kwame Mensah, Influencer · trust/).count())
      .toBe(1);
    const coverage = map.getByRole('table', { name: 'Coverage by level' });
    expect(await coverage.getByRole('row').count()).toBe(5);

    const alerts = page.getByRole('region', { name: 'Alerts' });
    await alerts
      .getByText(/Nothing needs attention|Next step/)
      .first()
      .waitFor();
    expect(await alerts.getByText('Kwame Mensah left Northwind Logistics').count()).toBe(0);

    const stakeholders = page.getByRole('region', { name: 'Stakeholders' });
    await stakeholders.getByRole('button', { name: 'Edit Kwame Mensah' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Kwame Mensah' });
    await dialog.getByLabel('Status', { exact: true }).selectOption('left');
    await dialog.getByLabel('Left on', { exact: true }).fill(new Date().toISOString().slice(0, 10));
    await saveDialog(dialog);

    const alert = alerts.getByRole('listitem', { name: 'Kwame Mensah left Northwind Logistics' });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('Lars Eriksen knew them');
    expect(text).toMatch(/We still know .+ \(through /);
    expect(text).toMatch(/Next step: Ask .+ who takes over Kwame Mensah's part/);
    await map.getByLabel(/^Kwame Mensah, .*· left$/).waitFor();
    await map.screenshot({ path: screenshotPath('relationship-map-after-departure.png') });

    // Snoozing with a reason takes it off the open list, with the reason shown.
    await alert.getByRole('button', { name: 'Snooze' }).click();
    await alert.getByLabel('Why it can wait').fill('Meeting their successor next week');
    await alert.getByRole('button', { name: 'Snooze' }).click();
    await alert.getByText('“Meeting their successor next week”').waitFor();
    expect(await alert.textContent()).toContain('Snoozed');

    await page.getByRole('link', { name: 'Alerts', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
    const workspaceAlerts = page.getByRole('list', { name: 'Workspace alerts' });
    const departure = workspaceAlerts.getByRole('listitem', {
      name: 'Kwame Mensah left Northwind Logistics',
    });
    await departure.waitFor();
    // An alert about the account as a whole belongs to the account's owner.
    await page.getByLabel('Owner').selectOption({ label: 'Mei Tanaka' });
    await expect.poll(async () => departure.count()).toBe(0);
    await page.getByLabel('Owner').selectOption({ label: 'Priya Raman' });
    await expect.poll(async () => departure.count()).toBe(1);

    await page.context().close();
  });
});
