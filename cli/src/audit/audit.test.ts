import { describe, expect, it } from 'vitest';
import { useCliFolder } from '../test/cli-harness.ts';

const { fulcrum } = useCliFolder('audit', { withDemo: true });

describe('fulcrum audit', () => {
  it('shows who changed what, names the command that did it, and refuses bad filters', async () => {
    const workspace = 'Demo: Fulcrum Software';
    const shared = await fulcrum(
      'share',
      'create',
      '--workspace',
      workspace,
      '--account',
      'Northwind Logistics',
    );
    expect(shared.code, shared.stderr).toBe(0);
    const [link] = JSON.parse(
      (await fulcrum('share', 'list', '--workspace', workspace, '--json')).stdout,
    ) as { id: string }[];
    const reissued = await fulcrum('share', 'reissue', '--workspace', workspace, '--id', link!.id);
    expect(reissued.code, reissued.stderr).toBe(0);
    expect(reissued.stdout).toMatch(/\/s\/share_/);
    expect(reissued.stdout.trim()).not.toBe(shared.stdout.trim());

    const log = await fulcrum(
      'audit',
      '--workspace',
      workspace,
      '--account',
      'Northwind Logistics',
      '--type',
      'share-link',
      '--json',
    );
    expect(log.code, log.stderr).toBe(0);
    const entries = JSON.parse(log.stdout) as {
      action: string;
      actor: { kind: string; name: string };
      entity: { type: string };
    }[];
    // Newest first: the re-issued link, the old one revoked by it, and the first creation.
    expect(entries.map((e) => [e.action, e.actor.name])).toEqual([
      ['create', 'fulcrum share reissue'],
      ['update', 'fulcrum share reissue'],
      ['create', 'fulcrum share create'],
    ]);
    expect(entries.every((e) => e.actor.kind === 'system' && e.entity.type === 'share-link')).toBe(
      true,
    );

    const text = await fulcrum('audit', '--workspace', workspace, '--limit', '5');
    expect(text.code).toBe(0);
    expect(text.stderr).toMatch(/^5 of \d+ entries\./m);

    const bad = await fulcrum('audit', '--workspace', workspace, '--type', 'gossip');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/use one of workspace, membership/);
  }, 90_000);
});
