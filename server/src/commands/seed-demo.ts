import {
  accountTable,
  competitorTable,
  type Db,
  findUserByEmail,
  insertRecord,
  opportunityTable,
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
        for (const [memberName, strength, daysAgo] of person.knownBy ?? []) {
          await insertRecord(tx, relationshipTable, workspaceId, {
            accountId,
            teamMemberId: teamIds.get(memberName),
            stakeholderId,
            strength,
            lastContactOn: daysFrom(options.now, -daysAgo),
          });
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
    return workspace;
  });

const missing = (noun: string, name: string): never => {
  throw new Error(`demo data names an unknown ${noun}: ${name}`);
};
