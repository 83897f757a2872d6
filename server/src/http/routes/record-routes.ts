import type { Actor } from '@fulcrum/core';
import { DomainError, parseSort } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type Db,
  findRecord,
  insertRecord,
  listRecords,
  setArchived,
  type TableSpec,
  updateRecord,
} from '../../db/index.ts';
import { requireActor } from '../auth.ts';
import type { Abilities } from '../presenters/record.ts';
import { idParam, listQuery } from './shared-schema.ts';

type AnyRecord = { id: string; workspaceId: unknown; archivedAt: Date | null };

/** Permission checks of one kind of record. */
export type RecordPolicy = {
  create: (actor: Actor) => boolean;
  update: (actor: Actor, record: AnyRecord) => boolean;
  archive: (actor: Actor, record: AnyRecord) => boolean;
  restore?: (actor: Actor, record: AnyRecord) => boolean;
};

/** Computes the abilities a presenter shows for one record. */
export const abilitiesOf = (policy: RecordPolicy, actor: Actor, record: AnyRecord): Abilities => ({
  update: policy.update(actor, record),
  archive: policy.archive(actor, record),
  restore:
    policy.restore?.(actor, record) ?? (record.archivedAt !== null && policy.update(actor, record)),
});

/** The parent a collection hangs under, e.g. the account of its stakeholders. */
type Parent = {
  spec: TableSpec<string>;
  param: string;
  field: string;
  column: string;
  noun: string;
};

/** Everything that differs between the CRUD routes of one kind of record. */
export type RecordRoutesConfig<R extends AnyRecord, C extends z.ZodType, U extends z.ZodType> = {
  tag: string;
  noun: string;
  spec: TableSpec<string>;
  /** Collection path, e.g. `/api/accounts/:accountId/stakeholders`. */
  collectionPath: string;
  /** Path of a collection that is listed but created elsewhere (relationships). */
  createPath?: string;
  /** Item path with its parameter, e.g. `/api/stakeholders/:stakeholderId`. */
  itemPath: string;
  itemParam: string;
  parent?: Parent;
  createBody: C;
  updateBody: U;
  sortFields: string[];
  /** Extra equality filters accepted by the list, query name → column. */
  filters?: Record<string, string>;
  policy: RecordPolicy;
  present: (record: R, actor: Actor) => unknown;
  /** Checks references and business rules; returns the values to store. */
  prepare?: (
    db: Db,
    actor: Actor,
    values: Record<string, unknown>,
    existing: R | null,
  ) => Promise<Record<string, unknown>>;
};

const notFound = (noun: string) =>
  new DomainError('not-found', `No ${noun} with this id exists in your workspace.`);

/** Registers list, create, read and update (with archive/restore) routes for one kind of record. */
export const registerRecordRoutes = <R extends AnyRecord, C extends z.ZodType, U extends z.ZodType>(
  app: FastifyInstance,
  db: Db,
  config: RecordRoutesConfig<R, C, U>,
) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const filterShape = Object.fromEntries(
    Object.keys(config.filters ?? {}).map((name) => [name, z.string().max(100).optional()]),
  );
  const parentParams = config.parent ? idParam(config.parent.param) : undefined;
  const itemParams = idParam(config.itemParam);

  // `conn` must be the open transaction when there is one: PGlite has a single connection.
  const loadParent = async (conn: Db, actor: Actor, params: Record<string, string>) => {
    if (!config.parent) return undefined;
    const parentId = params[config.parent.param] ?? '';
    const parent = await findRecord<AnyRecord>(
      conn,
      config.parent.spec,
      actor.workspaceId,
      parentId,
    );
    if (parent === null) throw notFound(config.parent.noun);
    return parent;
  };

  typed.get(
    config.collectionPath,
    {
      schema: {
        tags: [config.tag],
        summary: `List ${config.noun}s`,
        ...(parentParams ? { params: parentParams } : {}),
        querystring: listQuery.extend(filterShape),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const params = (request.params ?? {}) as Record<string, string>;
      await loadParent(db, actor, params);
      const query = request.query as z.infer<typeof listQuery> & Record<string, string | undefined>;
      const sort = parseSort(query.sort, config.sortFields, {
        field: config.sortFields[0]!,
        direction: 'asc',
      });
      const where: Record<string, string | undefined> = {};
      if (config.parent) where[config.parent.column] = params[config.parent.param];
      for (const [name, column] of Object.entries(config.filters ?? {}))
        where[column] = query[name];
      const page = await listRecords<R>(db, config.spec, actor.workspaceId, {
        q: query.q,
        sort,
        cursor: query.cursor,
        limit: query.limit,
        archived: query.archived,
        where,
      });
      return {
        data: page.data.map((record) => config.present(record, actor)),
        page: { nextCursor: page.nextCursor, total: page.total },
        abilities: { create: config.policy.create(actor) },
      };
    },
  );

  typed.post(
    config.createPath ?? config.collectionPath,
    {
      schema: {
        tags: [config.tag],
        summary: `Create a ${config.noun}`,
        ...(parentParams && !config.createPath ? { params: parentParams } : {}),
        body: config.createBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const params = (request.params ?? {}) as Record<string, string>;
      const record = await db.transaction(async (tx) => {
        const parent = config.createPath ? undefined : await loadParent(tx, actor, params);
        if (!config.policy.create(actor)) {
          throw new DomainError(
            'forbidden',
            `Your role (${actor.role}) cannot create ${config.noun}s.`,
          );
        }
        let values = { ...(request.body as Record<string, unknown>) };
        if (config.parent && parent) values[config.parent.field] = parent.id;
        if (config.prepare) values = await config.prepare(tx, actor, values, null);
        return insertRecord<R>(tx, config.spec, actor.workspaceId, values);
      });
      return reply.status(201).send(config.present(record, actor));
    },
  );

  typed.get(
    config.itemPath,
    { schema: { tags: [config.tag], summary: `Get a ${config.noun}`, params: itemParams } },
    async (request) => {
      const actor = requireActor(request);
      const id = (request.params as Record<string, string>)[config.itemParam] ?? '';
      const record = await findRecord<R>(db, config.spec, actor.workspaceId, id);
      if (record === null) throw notFound(config.noun);
      return config.present(record, actor);
    },
  );

  typed.patch(
    config.itemPath,
    {
      schema: {
        tags: [config.tag],
        summary: `Update, archive or restore a ${config.noun}`,
        params: itemParams,
        body: config.updateBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const id = (request.params as Record<string, string>)[config.itemParam] ?? '';
      const record = await db.transaction(async (tx) => {
        const existing = await findRecord<R>(tx, config.spec, actor.workspaceId, id);
        if (existing === null) throw notFound(config.noun);
        if (!config.policy.update(actor, existing)) {
          throw new DomainError(
            'forbidden',
            `Your role (${actor.role}) cannot change ${config.noun}s.`,
          );
        }
        const { archived, ...fields } = request.body as Record<string, unknown> & {
          archived?: boolean;
        };
        let values: Record<string, unknown> = fields;
        if (config.prepare) values = await config.prepare(tx, actor, values, existing);
        let updated =
          Object.keys(values).length > 0
            ? await updateRecord<R>(tx, config.spec, actor.workspaceId, id, values)
            : existing;
        if (archived !== undefined && archived !== (existing.archivedAt !== null)) {
          updated = await setArchived<R>(tx, config.spec, actor.workspaceId, id, archived);
        }
        if (updated === null) throw notFound(config.noun);
        return updated;
      });
      return config.present(record, actor);
    },
  );
};
