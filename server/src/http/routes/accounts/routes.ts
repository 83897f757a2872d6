import { type Account, type Actor, accountRecordPolicy } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import { accountSortFields, accountTable, type Db } from '../../../db/index.ts';
import { presentRecord } from '../../presenters/record.ts';
import { abilitiesOf, registerRecordRoutes } from '../record-routes.ts';
import { accountCreateBody, accountUpdateBody } from './schema.ts';

/** The JSON of an account. */
export const presentAccount = (account: Account, actor: Actor) =>
  presentRecord(account, abilitiesOf(accountRecordPolicy, actor, account));

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
    policy: accountRecordPolicy,
    present: presentAccount,
  });
