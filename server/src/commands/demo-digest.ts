import type { MemberActor, ShareActor } from '@fulcrum/core';
import { type Db, insertRecord, relationshipTable } from '../db/index.ts';
import { createCommitment } from './create-commitment.ts';
import { recordPulse } from './record-pulse.ts';
import { createShareLink } from './share-links.ts';
import { transitionCommitment } from './transition-commitment.ts';

const dayMs = 86_400_000;

/**
 * Gives the demo user's own team member a week worth a digest: people they know at two accounts,
 * promises of theirs that are due, overdue, kept this week and one still unagreed, one the customer
 * owes them, and a worried pulse answered two days ago through a respond link.
 */
export const seedDemoDigest = async (
  tx: Db,
  context: {
    actor: MemberActor;
    now: Date;
    accountIds: ReadonlyMap<string, string>;
    stakeholderIds: ReadonlyMap<string, string>;
  },
) => {
  const { actor, now } = context;
  const [own] = await tx.query<{ id: string }>(
    'SELECT id FROM team_members WHERE workspace_id = $1 AND user_id = $2',
    [actor.workspaceId, actor.userId],
  );
  if (own === undefined) throw new Error('the demo user has no team member');
  const at = (days: number) => new Date(now.getTime() + days * dayMs);
  const day = (days: number) => at(days).toISOString().slice(0, 10);
  const account = (name: string) => known(context.accountIds, 'account', name);
  const person = (name: string) => known(context.stakeholderIds, 'stakeholder', name);
  const aurora = account('Aurora Retail Group');
  const keystone = account('Keystone Manufacturing');

  for (const [accountId, stakeholder, strength, daysAgo] of [
    [aurora, 'Victor Lindqvist', 3, 9],
    [keystone, 'Robert Hale', 4, 5],
  ] as const) {
    await insertRecord(tx, relationshipTable, actor.workspaceId, {
      accountId,
      teamMemberId: own.id,
      stakeholderId: person(stakeholder),
      strength,
      lastContactOn: day(-daysAgo),
    });
  }

  const promise = async (
    accountId: string,
    input: Parameters<typeof createCommitment>[3],
    madeDaysAgo: number,
  ) => (await createCommitment(tx, actor, accountId, input, day(-madeDaysAgo))).commitment;
  await promise(
    aurora,
    {
      side: 'ours',
      ownerTeamMemberId: own.id,
      recipientStakeholderId: person('Victor Lindqvist'),
      text: 'Walk the board through the recovery milestones',
      dueOn: day(2),
      status: 'proposed',
    },
    6,
  );
  await promise(
    keystone,
    {
      side: 'ours',
      ownerTeamMemberId: own.id,
      recipientStakeholderId: person('Robert Hale'),
      text: 'Send the executive summary of the line 2 results',
      dueOn: day(-3),
    },
    20,
  );
  const introduction = await promise(
    keystone,
    {
      side: 'ours',
      ownerTeamMemberId: own.id,
      recipientStakeholderId: person('Robert Hale'),
      text: 'Introduce our head of product to the plant leadership',
      dueOn: day(1),
    },
    15,
  );
  await transitionCommitment(tx, actor, introduction.id, { to: 'kept', onDay: day(-2) });
  await promise(
    keystone,
    {
      side: 'theirs',
      ownerStakeholderId: person('Robert Hale'),
      recipientTeamMemberId: own.id,
      text: 'Confirm the budget for the sensor rollout',
      dueOn: day(5),
    },
    10,
  );

  const { link } = await createShareLink(
    tx,
    actor,
    aurora,
    { scope: 'respond', stakeholderId: person('Victor Lindqvist'), days: 30 },
    at(-3),
  );
  const share: ShareActor = {
    kind: 'share',
    workspaceId: actor.workspaceId,
    shareLinkId: link.id,
    accountId: aurora,
    stakeholderId: link.stakeholderId,
    scope: 'respond',
  };
  await recordPulse(
    tx,
    share,
    {
      trustAnswer: 2,
      valueAnswer: 3,
      backingAnswer: 2,
      comment: 'The recovery plan keeps slipping and nobody senior has called us about it.',
    },
    at(-2),
  );
};

const known = (ids: ReadonlyMap<string, string>, noun: string, name: string): string => {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`the demo digest names an unknown ${noun}: ${name}`);
  return id;
};
