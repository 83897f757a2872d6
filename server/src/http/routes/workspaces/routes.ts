import { DomainError, workspacePolicy } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createWorkspace } from '../../../commands/index.ts';
import {
  type Db,
  findUserByEmail,
  findWorkspace,
  listMemberships,
  listUserWorkspaces,
  setSessionWorkspace,
  updateWorkspaceName,
  upsertMembership,
} from '../../../db/index.ts';
import { requireActor, requireSession } from '../../auth.ts';
import { membershipBody, workspaceBody } from './schema.ts';

/** Workspaces: the ones you belong to, creating one, and the current one's name and members. */
export const workspaceRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/workspaces',
    { schema: { tags: ['Workspaces'], summary: 'Workspaces you belong to' } },
    async (request) => {
      const userId =
        request.credentials.kind === 'session'
          ? request.credentials.session.userId
          : requireActor(request).userId;
      const all = await listUserWorkspaces(db, userId);
      // A token reaches only its own workspace.
      const visible =
        request.credentials.kind === 'token'
          ? all.filter((w) => w.id === requireActor(request).workspaceId)
          : all;
      return { data: visible, page: { nextCursor: null, total: visible.length } };
    },
  );
  typed.post(
    '/api/workspaces',
    {
      schema: {
        tags: ['Workspaces'],
        summary: 'Create a workspace you own and switch to it',
        body: workspaceBody,
      },
    },
    async (request, reply) => {
      const { idHash, session } = requireSession(request);
      const workspace = await createWorkspace(db, {
        name: request.body.name,
        ownerUserId: session.userId,
      });
      await setSessionWorkspace(db, idHash, workspace.id);
      return reply.status(201).send({ id: workspace.id, name: workspace.name, role: 'owner' });
    },
  );
  typed.get(
    '/api/workspace',
    { schema: { tags: ['Workspaces'], summary: 'The workspace you act in' } },
    async (request) => {
      const actor = requireActor(request);
      const workspace = await findWorkspace(db, actor.workspaceId);
      return {
        id: actor.workspaceId,
        name: workspace?.name,
        role: actor.role,
        abilities: { update: workspacePolicy.update(actor) },
      };
    },
  );
  typed.patch(
    '/api/workspace',
    { schema: { tags: ['Workspaces'], summary: 'Rename the workspace', body: workspaceBody } },
    async (request) => {
      const actor = requireActor(request);
      if (!workspacePolicy.update(actor))
        throw new DomainError('forbidden', 'Only owners and admins can rename the workspace.');
      await updateWorkspaceName(db, actor.workspaceId, request.body.name);
      return {
        id: actor.workspaceId,
        name: request.body.name,
        role: actor.role,
        abilities: { update: true },
      };
    },
  );
  typed.get(
    '/api/workspace/members',
    { schema: { tags: ['Workspaces'], summary: 'People with a role in the workspace' } },
    async (request) => {
      const actor = requireActor(request);
      if (!workspacePolicy.listMemberships(actor))
        throw new DomainError('forbidden', 'Only owners and admins can see the member list.');
      const members = await listMemberships(db, actor.workspaceId);
      return { data: members, page: { nextCursor: null, total: members.length } };
    },
  );
  typed.post(
    '/api/workspace/members',
    {
      schema: {
        tags: ['Workspaces'],
        summary: 'Give an existing user a role in the workspace',
        body: membershipBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!workspacePolicy.grantRole(actor, request.body.role)) {
        throw new DomainError(
          'forbidden',
          `Your role (${actor.role}) cannot grant the ${request.body.role} role.`,
        );
      }
      const user = await findUserByEmail(db, request.body.email);
      if (user === null) {
        throw new DomainError(
          'invalid-reference',
          `No user has the email ${request.body.email}; create them first (npx fulcrum user create).`,
          [{ pointer: '/email', detail: 'is not a known user' }],
        );
      }
      await upsertMembership(db, {
        workspaceId: actor.workspaceId,
        userId: user.id,
        role: request.body.role,
      });
      return reply
        .status(201)
        .send({ userId: user.id, email: user.email, name: user.name, role: request.body.role });
    },
  );
};
