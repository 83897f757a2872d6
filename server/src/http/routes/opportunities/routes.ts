import { type Actor, accountRecordPolicy, type Opportunity } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import {
  accountTable,
  type Db,
  opportunitySortFields,
  opportunityTable,
} from '../../../db/index.ts';
import { presentRecord } from '../../presenters/record.ts';
import { abilitiesOf, registerRecordRoutes } from '../record-routes.ts';
import { opportunityCreateBody, opportunityUpdateBody } from './schema.ts';

/** The JSON of an opportunity. */
export const presentOpportunity = (opportunity: Opportunity, actor: Actor) =>
  presentRecord(opportunity, abilitiesOf(accountRecordPolicy, actor, opportunity));

/** Opportunity routes: listed and created under their account. */
export const opportunityRoutes = (app: FastifyInstance, db: Db) =>
  registerRecordRoutes<Opportunity, typeof opportunityCreateBody, typeof opportunityUpdateBody>(
    app,
    db,
    {
      tag: 'Opportunities',
      noun: 'opportunity',
      spec: opportunityTable,
      collectionPath: '/api/accounts/:accountId/opportunities',
      itemPath: '/api/opportunities/:opportunityId',
      itemParam: 'opportunityId',
      parent: {
        spec: accountTable,
        param: 'accountId',
        field: 'accountId',
        column: 'account_id',
        noun: 'account',
      },
      createBody: opportunityCreateBody,
      updateBody: opportunityUpdateBody,
      sortFields: opportunitySortFields,
      filters: { stage: 'stage' },
      policy: accountRecordPolicy,
      present: presentOpportunity,
    },
  );
