import {
  type Actor,
  accountRecordPolicy,
  resolveStakeholderStatus,
  type Stakeholder,
  type StakeholderStatus,
} from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import {
  accountTable,
  type Db,
  stakeholderSortFields,
  stakeholderTable,
} from '../../../db/index.ts';
import { presentRecord } from '../../presenters/record.ts';
import { abilitiesOf, registerRecordRoutes } from '../record-routes.ts';
import { stakeholderCreateBody, stakeholderUpdateBody } from './schema.ts';

/** The JSON of a stakeholder. */
export const presentStakeholder = (stakeholder: Stakeholder, actor: Actor) =>
  presentRecord(stakeholder, abilitiesOf(accountRecordPolicy, actor, stakeholder));

/** Stakeholder routes: listed and created under their account. */
export const stakeholderRoutes = (app: FastifyInstance, db: Db) =>
  registerRecordRoutes<Stakeholder, typeof stakeholderCreateBody, typeof stakeholderUpdateBody>(
    app,
    db,
    {
      tag: 'Stakeholders',
      noun: 'stakeholder',
      spec: stakeholderTable,
      collectionPath: '/api/accounts/:accountId/stakeholders',
      itemPath: '/api/stakeholders/:stakeholderId',
      itemParam: 'stakeholderId',
      parent: {
        spec: accountTable,
        param: 'accountId',
        field: 'accountId',
        column: 'account_id',
        noun: 'account',
      },
      createBody: stakeholderCreateBody,
      updateBody: stakeholderUpdateBody,
      sortFields: stakeholderSortFields,
      filters: { buyingRole: 'buying_role', seniority: 'seniority', status: 'status' },
      policy: accountRecordPolicy,
      present: presentStakeholder,
      prepare: async (_db, _actor, values, existing) => {
        if (values.status === undefined && values.leftOn === undefined) return values;
        const status = (values.status ?? existing?.status ?? 'active') as StakeholderStatus;
        const leftOn =
          values.leftOn === undefined ? existing?.leftOn : (values.leftOn as string | null);
        return { ...values, ...resolveStakeholderStatus(status, leftOn) };
      },
    },
  );
