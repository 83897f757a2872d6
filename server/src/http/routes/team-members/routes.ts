import { type Actor, type TeamMember, teamMemberPolicy } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import { type Db, teamMemberSortFields, teamMemberTable } from '../../../db/index.ts';
import { presentRecord } from '../../presenters/record.ts';
import { abilitiesOf, registerRecordRoutes } from '../record-routes.ts';
import { teamMemberCreateBody, teamMemberUpdateBody } from './schema.ts';

/** The JSON of a team member. */
export const presentTeamMember = (member: TeamMember, actor: Actor) =>
  presentRecord(member, abilitiesOf(teamMemberPolicy, actor, member));

/** Team member routes: /api/team-members. */
export const teamMemberRoutes = (app: FastifyInstance, db: Db) =>
  registerRecordRoutes<TeamMember, typeof teamMemberCreateBody, typeof teamMemberUpdateBody>(
    app,
    db,
    {
      tag: 'Team members',
      noun: 'team member',
      spec: teamMemberTable,
      collectionPath: '/api/team-members',
      itemPath: '/api/team-members/:teamMemberId',
      itemParam: 'teamMemberId',
      createBody: teamMemberCreateBody,
      updateBody: teamMemberUpdateBody,
      sortFields: teamMemberSortFields,
      policy: teamMemberPolicy,
      present: presentTeamMember,
    },
  );
