import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { useCliFolder } from '../test/cli-harness.ts';

const { fulcrum } = useCliFolder('webhooks', { withDemo: true });
const workspaceName = 'Demo: Fulcrum Software';

const received: { headers: IncomingHttpHeaders; raw: string; body: { type: string } }[] = [];
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const raw = Buffer.concat(chunks).toString('utf8');
    received.push({ headers: request.headers, raw, body: JSON.parse(raw) as { type: string } });
    response.writeHead(202).end();
  });
});

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
});

describe('fulcrum webhooks', () => {
  it('adds an endpoint, tests it, lists it, delivers what is due and archives it', async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/in`;

    const badEvents = await fulcrum(
      'webhooks',
      'create',
      '--workspace',
      workspaceName,
      '--url',
      url,
      '--events',
      'alert.raised,deal.won',
    );
    expect(badEvents.code).toBe(2);
    expect(badEvents.stderr).toContain('alert.raised, commitment.status_changed');

    const created = await fulcrum(
      'webhooks',
      'create',
      '--workspace',
      workspaceName,
      '--url',
      url,
      '--events',
      'alert.raised',
      '--description',
      'Ops inbox',
    );
    expect(created.code, created.stderr).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^whsec_/);
    expect(created.stderr).toContain(`sends alert.raised to ${url}`);
    const id = /Webhook ([0-9a-f-]{36})/.exec(created.stderr)![1]!;

    // The test event arrives signed with the secret printed once.
    const tested = await fulcrum('webhooks', 'test', '--workspace', workspaceName, '--id', id);
    expect(tested.code, tested.stderr).toBe(0);
    expect(tested.stdout).toContain('Delivered: HTTP 202.');
    const test = received.pop()!;
    expect(test.body.type).toBe('webhook.test');
    const timestamp = String(test.headers['fulcrum-timestamp']);
    const signature = createHmac('sha256', secret).update(`${timestamp}.${test.raw}`).digest('hex');
    expect(test.headers['fulcrum-signature']).toBe(`v1=${signature}`);

    const listed = await fulcrum('webhooks', 'list', '--workspace', workspaceName);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(url);
    expect(listed.stdout).toContain('(Ops inbox)');
    expect(listed.stdout).toContain('last webhook.test delivered (HTTP 202)');
    expect(listed.stdout).not.toMatch(/whsec_/);

    expect((await fulcrum('alerts', 'run', '--workspace', workspaceName)).code).toBe(0);
    const delivered = await fulcrum('webhooks', 'deliver', '--workspace', workspaceName);
    expect(delivered.code, delivered.stderr).toBe(0);
    expect(received.length).toBeGreaterThan(0);
    expect(received.every((r) => r.body.type === 'alert.raised')).toBe(true);
    expect(received.every((r) => String(r.headers['fulcrum-signature']).startsWith('v1='))).toBe(
      true,
    );
    expect(delivered.stdout).toContain(
      `${received.length} attempt(s): ${received.length} delivered, 0 to retry, 0 failed.`,
    );
    expect(delivered.stdout).toContain(`→ ${url}  attempt 1: HTTP 202 → delivered`);

    const after = await fulcrum('webhooks', 'list', '--workspace', workspaceName, '--json');
    const [endpoint] = JSON.parse(after.stdout) as {
      lastDelivery: { statusCode: number };
      waiting: number;
    }[];
    expect(endpoint).toMatchObject({ lastDelivery: { statusCode: 202 }, waiting: 0 });

    // Across every workspace: nothing is due any more.
    const nothing = await fulcrum('webhooks', 'deliver');
    expect(nothing.stdout).toContain('0 attempt(s)');

    const archived = await fulcrum('webhooks', 'archive', '--workspace', workspaceName, '--id', id);
    expect(archived.code, archived.stderr).toBe(0);
    expect((await fulcrum('webhooks', 'list', '--workspace', workspaceName)).stdout).toContain(
      'has no webhooks',
    );
    const gone = await fulcrum('webhooks', 'test', '--workspace', workspaceName, '--id', id);
    expect(gone.code).not.toBe(0);
    // A dozen starts of the real bin, each opening PGlite: slow on a loaded 2-core machine.
  }, 300_000);
});
