import { describe, expect, it } from 'vitest';
import { getTestDb } from '../test/test-db.ts';
import { evaluateWorkspaceAlerts } from './evaluate-alerts.ts';
import { getDigest } from './get-digest.ts';
import { replayTrust } from './replay-trust.ts';
import { demoLogin, seedDemo } from './seed-demo.ts';

describe('the demo workspace', () => {
  it(
    'gives the demo user a digest with something in every part',
    { timeout: 120_000 },
    async () => {
      const db = await getTestDb();
      const now = new Date();
      const workspace = await seedDemo(db, { now });
      await evaluateWorkspaceAlerts(db, { now, workspaceId: workspace.id });
      const [user] = await db.query<{ id: string }>(
        'SELECT id FROM users WHERE lower(email) = lower($1)',
        [demoLogin.email],
      );
      const { digest } = await getDigest(db, workspace.id, { userId: user!.id }, now);

      expect(digest.teamMember.name).toBe('Dana Demo');
      expect(digest.accounts.map((a) => a.name)).toEqual([
        'Aurora Retail Group',
        'Keystone Manufacturing',
      ]);
      expect(digest.changed.trustMoves.total).toBeGreaterThan(0);
      expect(digest.changed.commitmentChanges.items.map((c) => c.toStatus)).toEqual(['kept']);
      expect(digest.changed.pulses.items[0]).toMatchObject({
        stakeholderName: 'Victor Lindqvist',
        lowestAnswer: 2,
      });
      expect(digest.due.overdue.total).toBe(1);
      expect(digest.due.dueSoon.total).toBe(1);
      expect(digest.due.owedToThem.items.map((c) => c.text)).toContain(
        'Confirm the budget for the sensor rollout',
      );
      expect(digest.toDo.items.map((a) => a.rule)).toEqual(
        expect.arrayContaining(['low-pulse', 'commitment-at-risk', 'commitment-overdue']),
      );
      // The pulse and the kept promise were recorded in the past: the scores still equal a replay.
      expect(await replayTrust(db, workspace.id, { write: false })).toMatchObject({ drifted: 0 });
    },
  );
});
