import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
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
import { screenshotPath } from './support/screenshots.ts';

const describeWithBrowser = hasChromium() ? describe : describe.skip;

type Received = { headers: IncomingHttpHeaders; rawBody: string };

/** The receiver's side of the bargain, written from the documented rule, not from our code. */
const isSignedWith = (request: Received, secret: string) => {
  const timestamp = String(request.headers['fulcrum-timestamp']);
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(
    `v1=${createHmac('sha256', secret).update(`${timestamp}.${request.rawBody}`).digest('hex')}`,
  );
  return String(request.headers['fulcrum-signature'])
    .split(',')
    .some((given) => {
      const bytes = Buffer.from(given.trim());
      return bytes.length === expected.length && timingSafeEqual(bytes, expected);
    });
};

describeWithBrowser('webhooks', () => {
  let harness: E2eHarness;
  const received: Received[] = [];
  const listener = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, rawBody: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('got it');
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
    listener.closeAllConnections();
    await new Promise((resolve) => listener.close(resolve));
  });

  it('lets an admin add a webhook, send a test, see the 200 in the log, and the listener verify it', async () => {
    const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/hooks/${uniqueName('e2e').replace(/\W+/g, '-')}`;
    const page = await signIn(harness);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await page
      .getByRole('navigation', { name: 'Settings' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();

    await page.getByRole('button', { name: 'Add webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add webhook' });
    // A bad address is refused beside its field, by the server's rule.
    await dialog.getByLabel('Endpoint URL').fill('ftp://example.com/in');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('must start with https:// or http://, not ftp://').waitFor();
    await dialog.getByLabel('Endpoint URL').fill(url);
    await dialog.getByLabel('Description').fill('Ops inbox');
    await dialog.getByLabel('pulse.received').uncheck();
    await saveDialog(dialog);

    const secretField = page.getByLabel('Signing secret');
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    const row = page
      .getByRole('table', { name: 'Webhook endpoints' })
      .getByRole('row', { name: url });
    expect(await row.textContent()).toContain('Ops inbox');
    expect(await row.textContent()).toContain(`whsec_••••••••${secret.slice(-4)}`);
    expect(await row.textContent()).not.toContain('pulse.received');
    await row.getByRole('button', { name: `Send test to ${url}` }).click();
    await page.getByText(/^Test delivered: the endpoint answered HTTP 200 in \d+ ms\.$/).waitFor();

    const log = page.getByRole('region', { name: 'Delivery log' });
    const entry = log
      .getByRole('table', { name: 'Deliveries' })
      .getByRole('row', { name: /webhook\.test/ });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Delivered');
    expect(await entry.getByRole('cell').nth(4).textContent()).toBe('200');
    await log.getByText('Attempts and body').click();
    await log.getByText('got it').waitFor();
    await page.screenshot({ path: screenshotPath('webhooks.png'), fullPage: true });

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(isSignedWith(request!, secret)).toBe(true);
    expect(isSignedWith(request!, `${secret}x`)).toBe(false);
    const body = JSON.parse(request!.rawBody) as {
      type: string;
      data: { webhook: { url: string } };
    };
    expect(body).toMatchObject({ type: 'webhook.test', data: { webhook: { url } } });
    expect(request!.headers['fulcrum-event-id']).toEqual(expect.any(String));

    // Once dismissed, the secret is gone from the page for good: only the mask remains.
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await page.reload();
    await page.getByRole('table', { name: 'Webhook endpoints' }).waitFor();
    expect(await page.content()).not.toContain(secret);
    await page.context().close();

    // A viewer sees the endpoint and its log, but no way to change or test it.
    const viewer = await signIn(harness, demoViewer);
    await viewer.goto('/settings/webhooks');
    const seen = viewer
      .getByRole('table', { name: 'Webhook endpoints' })
      .getByRole('row', { name: url });
    await seen.waitFor();
    expect(await viewer.getByRole('button', { name: 'Add webhook' }).count()).toBe(0);
    expect(await seen.getByRole('button', { name: /Send test|Edit|Rotate|Disable/ }).count()).toBe(
      0,
    );
    await seen.getByRole('button', { name: `Deliveries of ${url}` }).click();
    await viewer
      .getByRole('table', { name: 'Deliveries' })
      .getByRole('row', { name: /webhook\.test/ })
      .waitFor();
    expect(await viewer.getByRole('button', { name: 'Retry now' }).count()).toBe(0);
    expect(await viewer.content()).not.toContain(secret);
    await viewer.context().close();
  });
});
