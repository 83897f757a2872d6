import {
  type Account,
  type Actor,
  accountRecordPolicy,
  DomainError,
  type TeamMember,
} from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import {
  accountSortFields,
  accountTable,
  type Db,
  findRecord,
  teamMemberTable,
} from '../../../db/index.ts';
import { presentRecord } from '../../presenters/record.ts';
import { abilitiesOf, registerRecordRoutes } from '../record-routes.ts';
import { accountCreateBody, accountUpdateBody } from './schema.ts';

/** The JSON of an account. */
export const presentAccount = (account: Account, actor: Actor) =>
  presentRecord(account, abilitiesOf(accountRecordPolicy, actor, account));

/** Checks that a new owner is a live team member of the workspace. An archived owner an account
 * already has may stay, so editing other fields never fails because of them. */
const assertOwner = async (
  db: Db,
  actor: Actor,
  ownerTeamMemberId: unknown,
  existing: Account | null,
) => {
  if (typeof ownerTeamMemberId !== 'string') return;
  const owner = await findRecord<TeamMember>(
    db,
    teamMemberTable,
    actor.workspaceId,
    ownerTeamMemberId,
  );
  if (owner === null) {
    throw new DomainError(
      'invalid-reference',
      'No team member with this id exists in your workspace. Pick the owner from GET /api/team-members.',
      [{ pointer: '/ownerTeamMemberId', detail: 'is not a team member of this workspace' }],
    );
  }
  if (owner.archivedAt !== null && existing?.ownerTeamMemberId !== owner.id) {
    throw new DomainError(
      'invalid-reference',
      `${owner.name} is archived and cannot take on an account. Restore them first, or pick another owner.`,
      [{ pointer: '/ownerTeamMemberId', detail: 'is an archived team member' }],
    );
  }
};

/** Account routes: /api/accounts. */
export const accountRoutes = (app: FastifyInstance, db: Db) =>
  registerRecordRoutes<Account, typeof accountCreateBody, typeof accountUpdateBody>(app, db, {
    tag: 'Accounts',
    noun: 'account',
    spec: accountTable,
    collectionPath: '/api/accounts',
    itemPath: '/api/accounts/:accountId',
    itemParam: 'accountId',
    createBody: accountCreateBody,
    updateBody: accountUpdateBody,
    sortFields: accountSortFields,
    filters: { ownerTeamMemberId: 'owner_team_member_id' },
    policy: accountRecordPolicy,
    present: presentAccount,
    prepare: async (tx, actor, values, existing) => {
      await assertOwner(tx, actor, values.ownerTeamMemberId, existing);
      return values;
    },
  });
