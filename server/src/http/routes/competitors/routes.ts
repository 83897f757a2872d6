import { type Actor, accountRecordPolicy, type Competitor } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import {
  competitorSortFields,
  competitorTable,
  type Db,
  opportunityTable,
} from '../../../db/index.ts';
import { presentRecord } from '../../presenters/record.ts';
import { abilitiesOf, registerRecordRoutes } from '../record-routes.ts';
import { competitorCreateBody, competitorUpdateBody } from './schema.ts';

/** The JSON of a competitor. */
export const presentCompetitor = (competitor: Competitor, actor: Actor) =>
  presentRecord(competitor, abilitiesOf(accountRecordPolicy, actor, competitor));

/** Competitor routes: listed and created under their opportunity. */
export const competitorRoutes = (app: FastifyInstance, db: Db) =>
  registerRecordRoutes<Competitor, typeof competitorCreateBody, typeof competitorUpdateBody>(
    app,
    db,
    {
      tag: 'Competitors',
      noun: 'competitor',
      spec: competitorTable,
      collectionPath: '/api/opportunities/:opportunityId/competitors',
      itemPath: '/api/competitors/:competitorId',
      itemParam: 'competitorId',
      parent: {
        spec: opportunityTable,
        param: 'opportunityId',
        field: 'opportunityId',
        column: 'opportunity_id',
        noun: 'opportunity',
      },
      createBody: competitorCreateBody,
      updateBody: competitorUpdateBody,
      sortFields: competitorSortFields,
      policy: accountRecordPolicy,
      present: presentCompetitor,
    },
  );
