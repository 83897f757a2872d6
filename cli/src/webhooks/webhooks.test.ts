import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createWebhook, demoLogin, getWorkspaceByIdOrName } from '@fulcrum/server/commands';
import { findUserByEmail, openDatabase } from '@fulcrum/server/db';
import { useCliFolder } from '../test/cli-harness.ts';

const { fulcrum, dataDir } = useCliFolder('webhooks', { withDemo: true });
const workspaceName = 'Demo: Fulcrum Software';

const received: { headers: IncomingHttpHeaders; body: { type: string } }[] = [];
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({
      headers: request.headers,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type: string },
    });
    response.writeHead(202).end();
  });
});

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
});

describe('fulcrum webhooks', () => {
  it('lists a workspace’s endpoints and delivers what is due, printing each attempt', async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/in`;

    // An owner subscribes an endpoint, as the app would (the database is closed again before the
    // CLI opens it: one process at a time on a PGlite directory).
    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const workspace = await getWorkspaceByIdOrName(db, workspaceName);
      const owner = await findUserByEmail(db, demoLogin.email);
      await createWebhook(
        db,
        {
          kind: 'member',
          workspaceId: workspace.id,
          userId: owner!.id,
          role: 'owner',
        },
        { url, events: ['alert.raised'], description: 'Ops inbox' },
      );
    } finally {
      await db.close();
    }

    const empty = await fulcrum('webhooks', 'list', '--workspace', workspaceName);
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stdout).toContain(url);
    expect(empty.stdout).toContain('(Ops inbox)');
    expect(empty.stdout).toContain('nothing sent yet; 0 waiting, 0 failed');
    expect(empty.stdout).not.toMatch(/whsec_/);

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
    const [listed] = JSON.parse(after.stdout) as {
      lastDelivery: { statusCode: number };
      waiting: number;
    }[];
    expect(listed).toMatchObject({ lastDelivery: { statusCode: 202 }, waiting: 0 });

    // Across every workspace: nothing is due any more.
    const nothing = await fulcrum('webhooks', 'deliver');
    expect(nothing.stdout).toContain('0 attempt(s)');
    // Seven starts of the real bin, each opening PGlite: slow on a loaded 2-core machine.
  }, 300_000);
});
