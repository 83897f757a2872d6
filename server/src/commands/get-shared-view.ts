import {
  computeNextPulseAt,
  type CommitmentSide,
  type CommitmentStatus,
  type ShareActor,
  sharePolicy,
} from '@fulcrum/core';
import type { Db } from '../db/index.ts';

/** One entry of a shared commitment's history, in the order it happened. */
export type SharedHistoryEntry =
  | {
      kind: 'status';
      fromStatus: CommitmentStatus | null;
      toStatus: CommitmentStatus;
      onDay: string;
      at: string;
    }
  | { kind: 'confirm' | 'comment' | 'propose'; text: string | null; at: string };

const byAt = <T extends { at: string }>(a: T, b: T) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** What a share link shows: the account's name, its mutual plan and both sides' commitments with
 * their history. Internal fields (notes, who recorded what, observations, evidence, our trust in
 * them, the team's self-checks) are never read here, so they cannot leak. */
export const getSharedView = async (db: Db, actor: ShareActor, now: Date) => {
  const { workspaceId, accountId } = actor;
  const [account] = await db.query<{ name: string }>(
    'SELECT name FROM accounts WHERE workspace_id = $1 AND id = $2',
    [workspaceId, accountId],
  );
  const [plan] = await db.query<{ strategy: string | null; summary: string | null }>(
    'SELECT strategy, summary FROM mutual_plans WHERE workspace_id = $1 AND account_id = $2',
    [workspaceId, accountId],
  );
  const goals = await db.query<{
    id: string;
    kind: 'initiative' | 'success_factor';
    parentId: string | null;
    name: string;
    description: string | null;
  }>(
    `SELECT id, kind, parent_id AS "parentId", name, description FROM plan_goals
     WHERE workspace_id = $1 AND account_id = $2 AND archived_at IS NULL ORDER BY created_at, id`,
    [workspaceId, accountId],
  );
  const requirements = await db.query<{
    id: string;
    name: string;
    response: string | null;
    confirmedOn: string | null;
  }>(
    `SELECT id, name, response, confirmed_on::text AS "confirmedOn" FROM plan_requirements
     WHERE workspace_id = $1 AND account_id = $2 AND archived_at IS NULL ORDER BY created_at, id`,
    [workspaceId, accountId],
  );
  const objectives = await db.query<{
    id: string;
    name: string;
    status: string;
    targetOn: string | null;
    ourOwnerName: string | null;
    theirOwnerName: string | null;
  }>(
    `SELECT o.id, o.name, o.status, o.target_on::text AS "targetOn", tm.name AS "ourOwnerName", s.name AS "theirOwnerName"
     FROM plan_objectives o
     LEFT JOIN team_members tm ON tm.workspace_id = o.workspace_id AND tm.id = o.our_owner_team_member_id
     LEFT JOIN stakeholders s ON s.workspace_id = o.workspace_id AND s.id = o.their_owner_stakeholder_id
     WHERE o.workspace_id = $1 AND o.account_id = $2 AND o.archived_at IS NULL ORDER BY o.created_at, o.id`,
    [workspaceId, accountId],
  );
  const values = await db.query<{
    id: string;
    name: string;
    description: string | null;
    deliveredOn: string;
  }>(
    `SELECT id, name, description, delivered_on::text AS "deliveredOn" FROM value_deliveries
     WHERE workspace_id = $1 AND account_id = $2 AND archived_at IS NULL ORDER BY delivered_on DESC, id`,
    [workspaceId, accountId],
  );
  const commitments = await db.query<{
    id: string;
    side: CommitmentSide;
    text: string;
    ownerName: string | null;
    recipientName: string | null;
    dueOn: string | null;
    status: CommitmentStatus;
    closedOn: string | null;
  }>(
    `SELECT c.id, c.side, c.text, coalesce(otm.name, os.name) AS "ownerName", coalesce(rtm.name, rs.name) AS "recipientName",
            c.due_on::text AS "dueOn", c.status, c.closed_on::text AS "closedOn"
     FROM commitments c
     LEFT JOIN team_members otm ON otm.workspace_id = c.workspace_id AND otm.id = c.owner_team_member_id
     LEFT JOIN stakeholders os ON os.workspace_id = c.workspace_id AND os.id = c.owner_stakeholder_id
     LEFT JOIN team_members rtm ON rtm.workspace_id = c.workspace_id AND rtm.id = c.recipient_team_member_id
     LEFT JOIN stakeholders rs ON rs.workspace_id = c.workspace_id AND rs.id = c.recipient_stakeholder_id
     WHERE c.workspace_id = $1 AND c.account_id = $2 AND c.archived_at IS NULL
     ORDER BY c.due_on NULLS LAST, c.created_at, c.id`,
    [workspaceId, accountId],
  );
  // Status changes without their notes: a note is written for the team, not for the account.
  const events = await db.query<{
    commitmentId: string;
    fromStatus: CommitmentStatus | null;
    toStatus: CommitmentStatus;
    onDay: string;
    at: Date;
  }>(
    `SELECT e.commitment_id AS "commitmentId", e.from_status AS "fromStatus", e.to_status AS "toStatus",
            e.on_day::text AS "onDay", e.created_at AS at
     FROM commitment_events e JOIN commitments c ON c.workspace_id = e.workspace_id AND c.id = e.commitment_id
     WHERE e.workspace_id = $1 AND c.account_id = $2 ORDER BY e.created_at, e.on_day`,
    [workspaceId, accountId],
  );
  const responses = await db.query<{
    commitmentId: string | null;
    requirementId: string | null;
    kind: 'confirm' | 'comment' | 'propose';
    text: string | null;
    at: Date;
  }>(
    `SELECT commitment_id AS "commitmentId", requirement_id AS "requirementId", kind, text, created_at AS at
     FROM share_responses WHERE workspace_id = $1 AND account_id = $2 ORDER BY created_at, id`,
    [workspaceId, accountId],
  );
  const people = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM stakeholders WHERE workspace_id = $1 AND account_id = $2 AND archived_at IS NULL
       AND status = 'active' ORDER BY lower(name), id`,
    [workspaceId, accountId],
  );
  const [stakeholder] = actor.stakeholderId
    ? await db.query<{ name: string }>(
        'SELECT name FROM stakeholders WHERE workspace_id = $1 AND id = $2',
        [workspaceId, actor.stakeholderId],
      )
    : [];
  const [lastPulse] = await db.query<{ at: Date }>(
    'SELECT max(created_at) AS at FROM pulses WHERE workspace_id = $1 AND share_link_id = $2',
    [workspaceId, actor.shareLinkId],
  );
  const [link] = await db.query<{ expiresAt: Date }>(
    'SELECT expires_at AS "expiresAt" FROM share_links WHERE workspace_id = $1 AND id = $2',
    [workspaceId, actor.shareLinkId],
  );
  const canRespond = sharePolicy.respond(actor);
  const nextPulseAt = computeNextPulseAt(lastPulse?.at ?? null, now);

  const historyOf = (commitmentId: string): SharedHistoryEntry[] =>
    [
      ...events
        .filter((e) => e.commitmentId === commitmentId)
        .map((e) => ({
          kind: 'status' as const,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          onDay: e.onDay,
          at: e.at.toISOString(),
        })),
      ...responses
        .filter((r) => r.commitmentId === commitmentId)
        .map((r) => ({ kind: r.kind, text: r.text, at: r.at.toISOString() })),
    ].sort(byAt);

  return {
    account: { name: account?.name ?? '' },
    link: {
      scope: actor.scope,
      stakeholderName: stakeholder?.name ?? null,
      expiresAt: link?.expiresAt.toISOString() ?? null,
      nextPulseAt: nextPulseAt?.toISOString() ?? null,
      abilities: { respond: canRespond, pulse: canRespond && nextPulseAt === null },
    },
    plan: {
      strategy: plan?.strategy ?? null,
      summary: plan?.summary ?? null,
      initiatives: goals
        .filter((goal) => goal.kind === 'initiative')
        .map((initiative) => ({
          id: initiative.id,
          name: initiative.name,
          description: initiative.description,
          successFactors: goals
            .filter((goal) => goal.parentId === initiative.id)
            .map((factor) => ({
              id: factor.id,
              name: factor.name,
              description: factor.description,
            })),
        })),
      requirements: requirements.map((r) => ({
        ...r,
        history: responses
          .filter((response) => response.requirementId === r.id)
          .map((response) => ({
            kind: response.kind,
            text: response.text,
            at: response.at.toISOString(),
          })),
        abilities: { confirm: canRespond && r.confirmedOn === null },
      })),
      objectives,
      valueDelivered: values,
    },
    commitments: commitments.map((c) => ({
      ...c,
      history: historyOf(c.id),
      abilities: {
        confirm: canRespond && (c.status === 'proposed' || c.status === 'agreed'),
        comment: canRespond,
      },
    })),
    people: canRespond ? people : [],
  };
};

/** The shared view's JSON. */
export type SharedView = Awaited<ReturnType<typeof getSharedView>>;
