import { randomUUID } from 'node:crypto';
import {
  accountTable,
  competitorTable,
  type Db,
  findUserByEmail,
  insertRecord,
  opportunityTable,
  planGoalTable,
  planObjectiveTable,
  planRequirementTable,
  valueDeliveryTable,
  relationshipTable,
  stakeholderTable,
  teamMemberTable,
  upsertMembership,
  type Workspace,
} from '../db/index.ts';
import { createUser } from './create-user.ts';
import { createWorkspace } from './create-workspace.ts';
import { demoAccounts, demoTeam } from './demo-data.ts';
import { demoCompetitorEstimates, demoObservations } from './demo-observations.ts';
import { type ObservationInput, recordObservations } from './record-observations.ts';
import { createCommitment } from './create-commitment.ts';
import { demoCommitments } from './demo-commitments.ts';
import { transitionCommitment } from './transition-commitment.ts';
import { seedDemoDigest } from './demo-digest.ts';

/** The demo sign-in, printed at start-up and written in the README. */
export const demoLogin = {
  email: 'demo@fulcrum.test',
  viewerEmail: 'viewer@fulcrum.test',
  password: 'fulcrum-demo-2026',
} as const;

/** Whether the installation has no workspace yet (the demo is seeded only then). */
export const isDatabaseEmpty = async (db: Db): Promise<boolean> => {
  const rows = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM workspaces');
  return rows[0]?.count === 0;
};

const daysFrom = (now: Date, days: number) =>
  new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Seeds the demo workspace: users, team, accounts, stakeholders, relationships, opportunities. */
export const seedDemo = async (db: Db, options: { now: Date }): Promise<Workspace> =>
  db.transaction(async (tx) => {
    const owner =
      (await findUserByEmail(tx, demoLogin.email)) ??
      (await createUser(tx, {
        email: demoLogin.email,
        name: 'Dana Demo',
        password: demoLogin.password,
      }));
    const workspace = await createWorkspace(tx, {
      name: 'Demo: Fulcrum Software',
      ownerUserId: owner.id,
      title: 'Head of Accounts',
    });
    const workspaceId = workspace.id;
    const viewer =
      (await findUserByEmail(tx, demoLogin.viewerEmail)) ??
      (await createUser(tx, {
        email: demoLogin.viewerEmail,
        name: 'Vic Viewer',
        password: demoLogin.password,
      }));
    await upsertMembership(tx, { workspaceId, userId: viewer.id, role: 'viewer' });

    const teamIds = new Map<string, string>();
    for (const member of demoTeam) {
      const created = await insertRecord(tx, teamMemberTable, workspaceId, { ...member });
      teamIds.set(member.name, created.id);
    }
    const signalRows = await tx.query<{ id: string; name: string }>(
      'SELECT id, name FROM signals WHERE workspace_id = $1',
      [workspaceId],
    );
    const signalIds = new Map(signalRows.map((row) => [row.name, row.id]));
    const stakeholderIds = new Map<string, string>();
    const opportunityIds = new Map<string, string>();
    for (const account of demoAccounts) {
      const { id: accountId } = await insertRecord(tx, accountTable, workspaceId, {
        name: account.name,
        domain: account.domain,
        industry: account.industry,
        notes: account.notes,
        ownerTeamMemberId: teamIds.get(account.owner) ?? missing('team member', account.owner),
      });
      for (const person of account.stakeholders) {
        const { id: stakeholderId } = await insertRecord(tx, stakeholderTable, workspaceId, {
          accountId,
          name: person.name,
          title: person.title,
          buyingRole: person.buyingRole,
          seniority: person.seniority,
          status: person.leftOn ? 'left' : 'active',
          leftOn: person.leftOn ?? null,
          email: `${person.name.toLowerCase().replace(/[^a-z]+/g, '.')}@${account.domain}`,
        });
        stakeholderIds.set(person.name, stakeholderId);
        for (const [memberName, strength, daysAgo, startedDaysAgo] of person.knownBy ?? []) {
          const { id: relationshipId } = await insertRecord(tx, relationshipTable, workspaceId, {
            accountId,
            teamMemberId: teamIds.get(memberName),
            stakeholderId,
            strength,
            lastContactOn: daysFrom(options.now, -daysAgo),
          });
          // Dated when it started, so the scorecard's coverage gained has a history to read.
          await tx.query(
            'UPDATE relationships SET created_at = $3 WHERE workspace_id = $1 AND id = $2',
            [
              workspaceId,
              relationshipId,
              new Date(options.now.getTime() - (startedDaysAgo ?? 400) * 86_400_000),
            ],
          );
        }
      }
      for (const deal of account.opportunities) {
        const { id: opportunityId } = await insertRecord(tx, opportunityTable, workspaceId, {
          accountId,
          name: deal.name,
          stage: deal.stage,
          amount: deal.amount,
          currency: 'EUR',
          expectedDecisionOn: daysFrom(options.now, deal.decisionInDays),
          decisionTimingShared: deal.decisionTimingShared,
        });
        opportunityIds.set(deal.name, opportunityId);
        for (const name of deal.competitors) {
          await insertRecord(tx, competitorTable, workspaceId, {
            opportunityId,
            name,
            capabilityEstimate: demoCompetitorEstimates[name] ?? null,
          });
        }
      }
      const observations: ObservationInput[] = (demoObservations[account.name] ?? []).map(
        (seen) => ({
          signalId: signalIds.get(seen.signal) ?? missing('signal', seen.signal),
          accountId,
          stakeholderId: seen.stakeholder
            ? (stakeholderIds.get(seen.stakeholder) ?? missing('stakeholder', seen.stakeholder))
            : null,
          opportunityId: seen.opportunity
            ? (opportunityIds.get(seen.opportunity) ?? missing('opportunity', seen.opportunity))
            : null,
          teamMemberId: seen.teamMember
            ? (teamIds.get(seen.teamMember) ?? missing('team member', seen.teamMember))
            : null,
          observedAt: new Date(options.now.getTime() - seen.daysAgo * 86_400_000),
          note: seen.note ?? null,
        }),
      );
      await recordObservations(
        tx,
        { kind: 'member', workspaceId, userId: owner.id, role: 'owner' },
        observations,
        { now: options.now },
      );
    }
    const actor = {
      kind: 'member' as const,
      workspaceId,
      userId: owner.id,
      role: 'owner' as const,
    };
    const accountIds = new Map(
      (
        await tx.query<{ id: string; name: string }>(
          'SELECT id, name FROM accounts WHERE workspace_id = $1',
          [workspaceId],
        )
      ).map((row) => [row.name, row.id]),
    );
    for (const promise of demoCommitments) {
      const made = daysFrom(options.now, promise.dueInDays - 21);
      const dueOn = daysFrom(options.now, promise.dueInDays);
      const isOurs = promise.side === 'ours';
      const { commitment } = await createCommitment(
        tx,
        actor,
        accountIds.get(promise.account) ?? missing('account', promise.account),
        {
          side: promise.side,
          ownerTeamMemberId: isOurs
            ? (teamIds.get(promise.owner) ?? missing('team member', promise.owner))
            : null,
          ownerStakeholderId: isOurs
            ? null
            : (stakeholderIds.get(promise.owner) ?? missing('stakeholder', promise.owner)),
          recipientStakeholderId: promise.recipient
            ? (stakeholderIds.get(promise.recipient) ?? missing('stakeholder', promise.recipient))
            : null,
          text: promise.text,
          dueOn,
          isOnBehalfOfCompany: promise.isOnBehalfOfCompany ?? false,
        },
        made,
      );
      if (promise.outcome) {
        const onDay = daysFrom(options.now, promise.dueInDays + promise.outcome.daysFromDue);
        await transitionCommitment(tx, actor, commitment.id, {
          to: promise.outcome.status,
          onDay,
          ...(promise.outcome.status === 'renegotiated'
            ? { successor: { dueOn: daysFrom(options.now, 14) } }
            : {}),
        });
      }
    }
    await seedDemoPlan(tx, workspaceId, accountIds.get('Northwind Logistics')!, {
      teamIds,
      stakeholderIds,
      userId: owner.id,
      now: options.now,
    });
    await seedDemoDigest(tx, { actor, now: options.now, accountIds, stakeholderIds });
    return workspace;
  });

/** A mutual plan for the healthiest demo account, so the plan page has something true to show. */
const seedDemoPlan = async (
  tx: Db,
  workspaceId: string,
  accountId: string,
  context: {
    teamIds: Map<string, string>;
    stakeholderIds: Map<string, string>;
    userId: string;
    now: Date;
  },
) => {
  await tx.query(
    'INSERT INTO mutual_plans (workspace_id, account_id, strategy, summary) VALUES ($1, $2, $3, $4)',
    [
      workspaceId,
      accountId,
      'Become the fastest regional carrier in the Nordics by 2028, competing on reliability rather than price.',
      'We help Northwind cut late deliveries in half while their network grows by a third.',
    ],
  );
  const initiative = await insertRecord(tx, planGoalTable, workspaceId, {
    accountId,
    kind: 'initiative',
    name: 'Open two new regional depots',
  });
  await insertRecord(tx, planGoalTable, workspaceId, {
    accountId,
    kind: 'success_factor',
    parentId: initiative.id,
    name: 'Routes re-planned within a week of each opening',
  });
  await insertRecord(tx, planGoalTable, workspaceId, {
    accountId,
    kind: 'success_factor',
    parentId: initiative.id,
    name: 'No rise in late deliveries during the move',
  });
  const second = await insertRecord(tx, planGoalTable, workspaceId, {
    accountId,
    kind: 'initiative',
    name: 'Give customers live delivery windows',
  });
  await insertRecord(tx, planGoalTable, workspaceId, {
    accountId,
    kind: 'success_factor',
    parentId: second.id,
    name: 'Windows accurate to 30 minutes for 95 % of stops',
  });
  await insertRecord(tx, planRequirementTable, workspaceId, {
    accountId,
    name: 'Re-plan routes overnight for every depot',
    response: 'Nightly optimisation run with a morning review screen',
    confirmedOn: daysFrom(context.now, -40),
  });
  await insertRecord(tx, planRequirementTable, workspaceId, {
    accountId,
    name: 'Keep all data in the EU',
    response: 'Hosted in Frankfurt and Stockholm only',
  });
  await insertRecord(tx, planObjectiveTable, workspaceId, {
    accountId,
    name: 'Pilot live delivery windows in Gothenburg',
    ourOwnerTeamMemberId: context.teamIds.get('Priya Raman'),
    theirOwnerStakeholderId: context.stakeholderIds.get('Sofia Marchetti'),
    targetOn: daysFrom(context.now, 60),
  });
  await insertRecord(tx, valueDeliveryTable, workspaceId, {
    accountId,
    name: 'Free analysis of their peak-season bottlenecks',
    deliveredOn: daysFrom(context.now, -150),
  });
  await insertRecord(tx, valueDeliveryTable, workspaceId, {
    accountId,
    name: 'Introduced them to a fuel-card partner',
    deliveredOn: daysFrom(context.now, -35),
  });
  await tx.query(
    `INSERT INTO self_checks (workspace_id, id, account_id, trust_answer, value_answer, backing_answer, note, answered_by_user_id)
     VALUES ($1, $2, $3, 4, 4, 3, 'Board has not yet heard from our leadership', $4)`,
    [workspaceId, randomUUID(), accountId, context.userId],
  );
};

const missing = (noun: string, name: string): never => {
  throw new Error(`demo data names an unknown ${noun}: ${name}`);
};
