import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, signIn, startHarness, uniqueName } from './support/e2e-harness.ts';
import type { E2eHarness } from './support/e2e-harness.ts';

const describeWithBrowser = hasChromium() ? describe : describe.skip;

describeWithBrowser('CSV import', () => {
  let harness: E2eHarness;
  let dir: string;

  beforeAll(async () => {
    harness = await startHarness();
    dir = await mkdtemp(join(tmpdir(), 'fulcrum-import-'));
  });

  afterAll(async () => {
    await harness?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('previews a Salesforce accounts export, imports it and shows what it created', async () => {
    const first = uniqueName('Imported Holdings');
    const second = uniqueName('Imported Freight');
    const file = join(dir, 'salesforce-accounts.csv');
    await writeFile(
      file,
      [
        'Id,Name,Website,Industry,Phone',
        `001E2E${Date.now()}A,${first},https://www.holdings.example,Finance,555-0100`,
        `001E2E${Date.now()}B,${second},freight.example,Logistics,555-0101`,
      ].join('\r\n'),
    );

    const page = await signIn(harness);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await page.getByLabel('CSV file').setInputFiles(file);

    const detected = page.getByRole('region', { name: 'Detected file' });
    await detected.getByText('Salesforce accounts').waitFor();
    const mapping = detected.getByRole('table', { name: 'Column mapping' });
    expect(await mapping.getByRole('row').filter({ hasText: 'Website' }).textContent()).toContain(
      'Domain',
    );
    expect(await detected.textContent()).toContain('Not imported: Phone');
    const rows = page.getByRole('table', { name: 'First rows' }).getByRole('row');
    expect(await rows.filter({ hasText: first }).textContent()).toContain('OK');

    await page.getByRole('button', { name: 'Import' }).click();
    const summary = page.getByRole('region', { name: 'Import summary' });
    await summary.waitFor();
    await expect
      .poll(async () => (await summary.textContent())?.replace(/\s+/g, ' '))
      .toMatch(/Created ?2 ?Updated ?0 ?Unchanged ?0 ?Rejected ?0/);

    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('link', { name: first }).waitFor();

    await page.context().close();
  });
});
