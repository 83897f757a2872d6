import {
  type Actor,
  accountRecordPolicy,
  DomainError,
  type Relationship,
  type Stakeholder,
  type TeamMember,
} from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import {
  accountTable,
  type Db,
  findRecord,
  relationshipSortFields,
  relationshipTable,
  stakeholderTable,
  teamMemberTable,
} from '../../../db/index.ts';
import { presentRecord } from '../../presenters/record.ts';
import { abilitiesOf, registerRecordRoutes } from '../record-routes.ts';
import { relationshipCreateBody, relationshipUpdateBody } from './schema.ts';

/** The JSON of a relationship, with both people named. */
export const presentRelationship = (relationship: Relationship, actor: Actor) => {
  const { teamMemberName, stakeholderName, ...rest } = presentRecord(
    relationship,
    abilitiesOf(accountRecordPolicy, actor, relationship),
  );
  return {
    ...rest,
    teamMember: { id: relationship.teamMemberId, name: teamMemberName },
    stakeholder: { id: relationship.stakeholderId, name: stakeholderName },
  };
};

const invalidReference = (pointer: string, noun: string) =>
  new DomainError('invalid-reference', `No ${noun} with this id exists in your workspace.`, [
    { pointer, detail: `is not a ${noun} of this workspace` },
  ]);

/** Relationship routes: listed per account, created between a team member and a stakeholder. */
export const relationshipRoutes = (app: FastifyInstance, db: Db) =>
  registerRecordRoutes<Relationship, typeof relationshipCreateBody, typeof relationshipUpdateBody>(
    app,
    db,
    {
      tag: 'Relationships',
      noun: 'relationship',
      spec: relationshipTable,
      collectionPath: '/api/accounts/:accountId/relationships',
      createPath: '/api/relationships',
      itemPath: '/api/relationships/:relationshipId',
      itemParam: 'relationshipId',
      parent: {
        spec: accountTable,
        param: 'accountId',
        field: 'accountId',
        column: 'account_id',
        noun: 'account',
      },
      createBody: relationshipCreateBody,
      updateBody: relationshipUpdateBody,
      sortFields: relationshipSortFields,
      filters: { stakeholderId: 'stakeholder_id', teamMemberId: 'team_member_id' },
      policy: accountRecordPolicy,
      present: presentRelationship,
      prepare: async (tx, actor, values, existing) => {
        if (existing !== null) return values;
        const teamMemberId = String(values.teamMemberId);
        const stakeholderId = String(values.stakeholderId);
        const member = await findRecord<TeamMember>(
          tx,
          teamMemberTable,
          actor.workspaceId,
          teamMemberId,
        );
        if (member === null) throw invalidReference('/teamMemberId', 'team member');
        const stakeholder = await findRecord<Stakeholder>(
          tx,
          stakeholderTable,
          actor.workspaceId,
          stakeholderId,
        );
        if (stakeholder === null) throw invalidReference('/stakeholderId', 'stakeholder');
        const duplicates = await tx.query(
          `SELECT 1 FROM relationships WHERE workspace_id = $1 AND team_member_id = $2 AND stakeholder_id = $3`,
          [actor.workspaceId, teamMemberId, stakeholderId],
        );
        if (duplicates.length > 0) {
          throw new DomainError(
            'conflict',
            `${member.name} already has a relationship with ${stakeholder.name}; update that one instead.`,
          );
        }
        return { ...values, accountId: stakeholder.accountId };
      },
    },
  );
