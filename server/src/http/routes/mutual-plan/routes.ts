import { type Actor, accountRecordPolicy, DomainError, type FieldError } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import {
  accountTable,
  type Db,
  findRecord,
  isUuid,
  listRecords,
  type PlanGoal,
  planGoalTable,
  type PlanObjective,
  planObjectiveTable,
  type PlanRequirement,
  planRequirementTable,
  type TableSpec,
  type ValueDelivery,
  valueDeliveryTable,
} from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { presentRecord } from '../../presenters/record.ts';
import { abilitiesOf, registerRecordRoutes } from '../record-routes.ts';
import { idParam } from '../shared-schema.ts';
import * as schema from './schema.ts';

const accountParent = {
  spec: accountTable,
  param: 'accountId',
  field: 'accountId',
  column: 'account_id',
  noun: 'account',
};
const present = <T extends { workspaceId: unknown; archivedAt: Date | null; id: string }>(
  record: T,
  actor: Actor,
) => presentRecord(record, abilitiesOf(accountRecordPolicy, actor, record));

const referenceError = (errors: FieldError[]) =>
  new DomainError('invalid-reference', `${errors[0]!.pointer} ${errors[0]!.detail}.`, errors);

/** Checks that an id names a row of `table` on the same account (or in the workspace). */
const belongs = async (
  db: Db,
  table: string,
  workspaceId: string,
  id: string,
  accountId: string | null,
) =>
  isUuid(id) &&
  (
    await db.query(
      `SELECT 1 FROM ${table} WHERE workspace_id = $1 AND id = $2${accountId ? ' AND account_id = $3' : ''}`,
      accountId ? [workspaceId, id, accountId] : [workspaceId, id],
    )
  ).length > 0;

/** The mutual plan: strategy → initiatives → success factors, requirement/response pairs, shared
 * objectives, value delivered, and the team's "would I buy from us?" self-checks. */
export const mutualPlanRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const register = <
    R extends { id: string; workspaceId: unknown; archivedAt: Date | null; accountId: string },
  >(
    tag: string,
    noun: string,
    path: string,
    spec: TableSpec<string>,
    createBody: Parameters<typeof registerRecordRoutes>[2]['createBody'],
    updateBody: Parameters<typeof registerRecordRoutes>[2]['updateBody'],
    prepare?: Parameters<
      typeof registerRecordRoutes<R, typeof createBody, typeof updateBody>
    >[2]['prepare'],
  ) =>
    registerRecordRoutes<R, typeof createBody, typeof updateBody>(app, db, {
      tag,
      noun,
      spec,
      collectionPath: `/api/accounts/:accountId/${path}`,
      itemPath: `/api/${path}/:${noun.replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}Id`,
      itemParam: `${noun.replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}Id`,
      parent: accountParent,
      createBody,
      updateBody,
      sortFields: Object.keys(spec.sort),
      policy: accountRecordPolicy,
      present,
      ...(prepare ? { prepare } : {}),
    });

  register<PlanGoal>(
    'Mutual plan',
    'goal',
    'plan-goals',
    planGoalTable,
    schema.planGoalCreateBody,
    schema.planGoalUpdateBody,
    async (tx, actor, values, existing) => {
      if (existing !== null) return values;
      if (values.kind === 'success_factor') {
        const parentId = typeof values.parentId === 'string' ? values.parentId : '';
        const parent = await findRecord<PlanGoal>(tx, planGoalTable, actor.workspaceId, parentId);
        if (
          parent === null ||
          parent.accountId !== values.accountId ||
          parent.kind !== 'initiative'
        ) {
          throw referenceError([
            { pointer: '/parentId', detail: 'must be an initiative of this account' },
          ]);
        }
        return values;
      }
      return { ...values, parentId: null };
    },
  );
  register<PlanRequirement>(
    'Mutual plan',
    'requirement',
    'plan-requirements',
    planRequirementTable,
    schema.planRequirementCreateBody,
    schema.planRequirementUpdateBody,
  );
  register<PlanObjective>(
    'Mutual plan',
    'objective',
    'plan-objectives',
    planObjectiveTable,
    schema.planObjectiveCreateBody,
    schema.planObjectiveUpdateBody,
    async (tx, actor, values, existing) => {
      const accountId = String(existing?.accountId ?? values.accountId);
      const errors: FieldError[] = [];
      if (
        typeof values.ourOwnerTeamMemberId === 'string' &&
        !(await belongs(tx, 'team_members', actor.workspaceId, values.ourOwnerTeamMemberId, null))
      ) {
        errors.push({
          pointer: '/ourOwnerTeamMemberId',
          detail: 'is not a team member of this workspace',
        });
      }
      if (
        typeof values.theirOwnerStakeholderId === 'string' &&
        !(await belongs(
          tx,
          'stakeholders',
          actor.workspaceId,
          values.theirOwnerStakeholderId,
          accountId,
        ))
      ) {
        errors.push({
          pointer: '/theirOwnerStakeholderId',
          detail: 'is not a stakeholder of this account',
        });
      }
      if (errors.length > 0) throw referenceError(errors);
      return values;
    },
  );
  register<ValueDelivery>(
    'Mutual plan',
    'value delivery',
    'value-deliveries',
    valueDeliveryTable,
    schema.valueDeliveryCreateBody,
    schema.valueDeliveryUpdateBody,
  );

  const loadAccount = async (actor: Actor, accountId: string) => {
    const account = await findRecord(db, accountTable, actor.workspaceId, accountId);
    if (account === null)
      throw new DomainError('not-found', 'No account with this id exists in your workspace.');
    return account;
  };

  const getPlan = async (actor: Actor, accountId: string) => {
    await loadAccount(actor, accountId);
    const all = {
      sort: { field: 'createdAt', direction: 'asc' as const },
      limit: 10_000,
      archived: 'false' as const,
      where: { account_id: accountId },
    };
    const [plan] = await db.query<{ strategy: string | null; summary: string | null }>(
      'SELECT strategy, summary FROM mutual_plans WHERE workspace_id = $1 AND account_id = $2',
      [actor.workspaceId, accountId],
    );
    const goals = await listRecords<PlanGoal>(db, planGoalTable, actor.workspaceId, all);
    const requirements = await listRecords<PlanRequirement>(
      db,
      planRequirementTable,
      actor.workspaceId,
      all,
    );
    const objectives = await listRecords<PlanObjective>(
      db,
      planObjectiveTable,
      actor.workspaceId,
      all,
    );
    const values = await listRecords<ValueDelivery>(db, valueDeliveryTable, actor.workspaceId, {
      ...all,
      sort: { field: 'deliveredOn', direction: 'desc' },
    });
    const names = new Map(
      (
        await db.query<{ id: string; name: string }>(
          `SELECT id, name FROM team_members WHERE workspace_id = $1 UNION ALL SELECT id, name FROM stakeholders WHERE workspace_id = $1 AND account_id = $2`,
          [actor.workspaceId, accountId],
        )
      ).map((row) => [row.id, row.name]),
    );
    const selfChecks = await db.query<{
      id: string;
      trustAnswer: number;
      valueAnswer: number;
      backingAnswer: number;
      note: string | null;
      answeredByName: string | null;
      createdAt: Date;
    }>(
      `SELECT c.id, c.trust_answer AS "trustAnswer", c.value_answer AS "valueAnswer", c.backing_answer AS "backingAnswer", c.note,
              u.name AS "answeredByName", c.created_at AS "createdAt"
       FROM self_checks c LEFT JOIN users u ON u.id = c.answered_by_user_id
       WHERE c.workspace_id = $1 AND c.account_id = $2 ORDER BY c.created_at DESC`,
      [actor.workspaceId, accountId],
    );
    return {
      accountId,
      strategy: plan?.strategy ?? null,
      summary: plan?.summary ?? null,
      initiatives: goals.data
        .filter((goal) => goal.kind === 'initiative')
        .map((initiative) => ({
          ...present(initiative, actor),
          successFactors: goals.data
            .filter((goal) => goal.parentId === initiative.id)
            .map((factor) => present(factor, actor)),
        })),
      requirements: requirements.data.map((r) => present(r, actor)),
      objectives: objectives.data.map((o) => ({
        ...present(o, actor),
        ourOwnerName: o.ourOwnerTeamMemberId ? (names.get(o.ourOwnerTeamMemberId) ?? null) : null,
        theirOwnerName: o.theirOwnerStakeholderId
          ? (names.get(o.theirOwnerStakeholderId) ?? null)
          : null,
      })),
      valueDelivered: values.data.map((v) => present(v, actor)),
      selfChecks: selfChecks.map((check) => ({
        ...check,
        createdAt: check.createdAt.toISOString(),
      })),
      abilities: { update: accountRecordPolicy.create(actor) },
    };
  };

  typed.get(
    '/api/accounts/:accountId/mutual-plan',
    {
      schema: {
        tags: ['Mutual plan'],
        summary: "An account's whole mutual plan",
        params: idParam('accountId'),
      },
    },
    async (request) => getPlan(requireActor(request), request.params.accountId),
  );
  typed.put(
    '/api/accounts/:accountId/mutual-plan',
    {
      schema: {
        tags: ['Mutual plan'],
        summary: "Set the plan's strategy and summary",
        params: idParam('accountId'),
        body: schema.mutualPlanBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await loadAccount(actor, request.params.accountId);
      if (!accountRecordPolicy.create(actor))
        throw new DomainError(
          'forbidden',
          `Your role (${actor.role}) cannot change the mutual plan.`,
        );
      await db.query(
        `INSERT INTO mutual_plans (workspace_id, account_id, strategy, summary) VALUES ($1, $2, $3, $4)
         ON CONFLICT (workspace_id, account_id) DO UPDATE SET strategy = EXCLUDED.strategy, summary = EXCLUDED.summary, updated_at = now()`,
        [
          actor.workspaceId,
          request.params.accountId,
          request.body.strategy ?? null,
          request.body.summary ?? null,
        ],
      );
      return getPlan(actor, request.params.accountId);
    },
  );
  typed.post(
    '/api/accounts/:accountId/self-checks',
    {
      schema: {
        tags: ['Mutual plan'],
        summary: '"Would I buy from us?": answer the three questions, kept with its history',
        params: idParam('accountId'),
        body: schema.selfCheckBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await loadAccount(actor, request.params.accountId);
      if (!accountRecordPolicy.create(actor))
        throw new DomainError(
          'forbidden',
          `Your role (${actor.role}) cannot answer the self-check.`,
        );
      const id = randomUUID();
      await db.query(
        `INSERT INTO self_checks (workspace_id, id, account_id, trust_answer, value_answer, backing_answer, note, answered_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          actor.workspaceId,
          id,
          request.params.accountId,
          request.body.trustAnswer,
          request.body.valueAnswer,
          request.body.backingAnswer,
          request.body.note ?? null,
          actor.userId,
        ],
      );
      const plan = await getPlan(actor, request.params.accountId);
      return reply.status(201).send(plan.selfChecks.find((check) => check.id === id));
    },
  );
};
