import {
  type Actor,
  accountRecordPolicy,
  type Commitment,
  allowedTransitions,
  DomainError,
  isClosedStatus,
  parseSort,
  addDays,
} from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  assertCommitmentReferences,
  checkCommitmentLoad,
  createCommitment,
  getCommitmentRecord,
  transitionCommitment,
} from '../../../commands/index.ts';
import {
  accountTable,
  commitmentSortFields,
  commitmentTable,
  type Db,
  findRecord,
  listRecords,
  setArchived,
  updateRecord,
} from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { presentRecord } from '../../presenters/record.ts';
import { abilitiesOf } from '../record-routes.ts';
import { idParam, listQuery } from '../shared-schema.ts';
import {
  commitmentCreateBody,
  commitmentFilters,
  commitmentUpdateBody,
  loadCheckBody,
  transitionBody,
} from './schema.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** The JSON of a commitment, with whether it is overdue or due soon and where it can go next. */
export const presentCommitment = (commitment: Commitment, actor: Actor, onDay = today()) => {
  const isOpen = !isClosedStatus(commitment.status);
  const abilities = abilitiesOf(accountRecordPolicy, actor, commitment);
  return {
    ...presentRecord(commitment, abilities),
    isOverdue: isOpen && commitment.dueOn !== null && commitment.dueOn < onDay,
    isDueSoon:
      isOpen &&
      commitment.dueOn !== null &&
      commitment.dueOn >= onDay &&
      commitment.dueOn <= addDays(onDay, 7),
    allowedTransitions: abilities.update ? allowedTransitions[commitment.status] : [],
    abilities: { ...abilities, transition: abilities.update && isOpen },
  };
};

const notFound = () =>
  new DomainError('not-found', 'No commitment with this id exists in your workspace.');

/** Commitments both ways: the ledger per account, transitions, load checks and owners' records. */
export const commitmentRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  const list = async (
    actor: Actor,
    query: Record<string, string | number | undefined>,
    where: Record<string, string | undefined>,
  ) => {
    const day = today();
    const page = await listRecords<Commitment>(db, commitmentTable, actor.workspaceId, {
      q: query.q as string | undefined,
      sort: parseSort(query.sort as string | undefined, commitmentSortFields, {
        field: 'dueOn',
        direction: 'asc',
      }),
      cursor: query.cursor as string | undefined,
      limit: query.limit as number,
      archived: query.archived as 'false' | 'true' | 'any',
      where: {
        ...where,
        side: query.side as string | undefined,
        status: query.status as string | undefined,
        owner_team_member_id: query.ownerTeamMemberId as string | undefined,
      },
      ...(query.due === 'overdue'
        ? { condition: (bind) => `t.status IN ('proposed', 'agreed') AND t.due_on < ${bind(day)}` }
        : query.due === 'soon'
          ? {
              condition: (bind) =>
                `t.status IN ('proposed', 'agreed') AND t.due_on BETWEEN ${bind(day)} AND ${bind(addDays(day, 7))}`,
            }
          : {}),
    });
    return {
      data: page.data.map((c) => presentCommitment(c, actor, day)),
      page: { nextCursor: page.nextCursor, total: page.total },
      abilities: { create: accountRecordPolicy.create(actor) },
    };
  };

  typed.get(
    '/api/accounts/:accountId/commitments',
    {
      schema: {
        tags: ['Commitments'],
        summary: "List an account's commitments, both sides",
        params: idParam('accountId'),
        querystring: listQuery.extend(commitmentFilters),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (
        (await findRecord(db, accountTable, actor.workspaceId, request.params.accountId)) === null
      ) {
        throw new DomainError('not-found', 'No account with this id exists in your workspace.');
      }
      return list(actor, request.query, { account_id: request.params.accountId });
    },
  );
  typed.get(
    '/api/commitments',
    {
      schema: {
        tags: ['Commitments'],
        summary: 'List commitments across the workspace (e.g. everything overdue)',
        querystring: listQuery.extend(commitmentFilters),
      },
    },
    async (request) => list(requireActor(request), request.query, {}),
  );
  typed.post(
    '/api/accounts/:accountId/commitments',
    {
      schema: {
        tags: ['Commitments'],
        summary: 'Record a commitment of either side',
        params: idParam('accountId'),
        body: commitmentCreateBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { commitment, warnings } = await createCommitment(
        db,
        actor,
        request.params.accountId,
        request.body,
        today(),
      );
      return reply.status(201).send({ ...presentCommitment(commitment, actor), warnings });
    },
  );
  typed.post(
    '/api/commitments/load-check',
    {
      schema: {
        tags: ['Commitments'],
        summary: "Would one more commitment exceed the owner's record? Warnings before saving",
        body: loadCheckBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return checkCommitmentLoad(
        db,
        actor.workspaceId,
        request.body.ownerTeamMemberId,
        request.body.dueOn ?? null,
        today(),
      );
    },
  );
  typed.get(
    '/api/commitments/:commitmentId',
    {
      schema: {
        tags: ['Commitments'],
        summary: 'A commitment with its history',
        params: idParam('commitmentId'),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const commitment = await findRecord<Commitment>(
        db,
        commitmentTable,
        actor.workspaceId,
        request.params.commitmentId,
      );
      if (commitment === null) throw notFound();
      const history = await db.query<{
        fromStatus: string | null;
        toStatus: string;
        onDay: string;
        note: string | null;
        createdAt: Date;
      }>(
        `SELECT from_status AS "fromStatus", to_status AS "toStatus", on_day::text AS "onDay", note, created_at AS "createdAt"
         FROM commitment_events WHERE workspace_id = $1 AND commitment_id = $2 ORDER BY created_at, on_day`,
        [actor.workspaceId, commitment.id],
      );
      return {
        ...presentCommitment(commitment, actor),
        history: history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
      };
    },
  );
  typed.patch(
    '/api/commitments/:commitmentId',
    {
      schema: {
        tags: ['Commitments'],
        summary: 'Edit an open commitment, or archive it',
        params: idParam('commitmentId'),
        body: commitmentUpdateBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const updated = await db.transaction(async (tx) => {
        const current = await findRecord<Commitment>(
          tx,
          commitmentTable,
          actor.workspaceId,
          request.params.commitmentId,
        );
        if (current === null) throw notFound();
        if (!accountRecordPolicy.update(actor, current))
          throw new DomainError(
            'forbidden',
            `Your role (${actor.role}) cannot change commitments.`,
          );
        const { archived, ...fields } = request.body;
        if (Object.keys(fields).length > 0 && isClosedStatus(current.status)) {
          throw new DomainError(
            'conflict',
            'A closed commitment keeps its terms; renegotiate an open one instead.',
          );
        }
        await assertCommitmentReferences(tx, actor.workspaceId, current.accountId, fields);
        let record: Commitment | null =
          Object.keys(fields).length > 0
            ? await updateRecord<Commitment>(
                tx,
                commitmentTable,
                actor.workspaceId,
                current.id,
                fields,
              )
            : current;
        if (archived !== undefined)
          record = await setArchived<Commitment>(
            tx,
            commitmentTable,
            actor.workspaceId,
            current.id,
            archived,
          );
        return record!;
      });
      return presentCommitment(updated, actor);
    },
  );
  typed.post(
    '/api/commitments/:commitmentId/transitions',
    {
      schema: {
        tags: ['Commitments'],
        summary: 'Move a commitment along its lifecycle; outcomes become evidence',
        params: idParam('commitmentId'),
        body: transitionBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const onDay = request.body.onDay ?? today();
      if (onDay > today()) {
        throw new DomainError('validation-failed', 'An outcome cannot be dated in the future.', [
          { pointer: '/onDay', detail: 'is in the future' },
        ]);
      }
      const { commitment, successor } = await transitionCommitment(
        db,
        actor,
        request.params.commitmentId,
        { ...request.body, onDay },
      );
      return {
        commitment: presentCommitment(commitment, actor),
        successor: successor ? presentCommitment(successor, actor) : null,
      };
    },
  );
  typed.get(
    '/api/team-members/:teamMemberId/commitment-record',
    {
      schema: {
        tags: ['Commitments'],
        summary: "A team member's record of keeping promises",
        params: idParam('teamMemberId'),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const day = today();
      const { teamMemberId, name, record, commitments } = await getCommitmentRecord(
        db,
        actor.workspaceId,
        request.params.teamMemberId,
        day,
      );
      const presented = commitments.map((c) => presentCommitment(c, actor, day));
      return {
        teamMemberId,
        name,
        record,
        overdue: presented.filter((c) => c.isOverdue),
        dueSoon: presented.filter((c) => c.isDueSoon),
        recent: [...presented].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)).slice(0, 20),
      };
    },
  );
};
