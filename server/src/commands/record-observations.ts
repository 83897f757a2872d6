import { randomUUID } from 'node:crypto';
import {
  type Actor,
  accountRecordPolicy,
  type Dimension,
  DomainError,
  type FieldError,
  type Polarity,
  placeEvidence,
} from '@fulcrum/core';
import { type Db, type NewEvidence, valuesList } from '../db/index.ts';
import { recordEvidence } from './record-evidence.ts';

/** One observation as a caller gives it. */
export type ObservationInput = {
  signalId: string;
  accountId: string;
  stakeholderId?: string | null | undefined;
  opportunityId?: string | null | undefined;
  teamMemberId?: string | null | undefined;
  observedAt: Date;
  weight?: number | null | undefined;
  note?: string | null | undefined;
};

type SignalRow = {
  id: string;
  dimension: Dimension;
  polarity: Polarity;
  defaultWeight: number;
  archivedAt: Date | null;
};

const idsOf = (
  inputs: readonly ObservationInput[],
  pick: (input: ObservationInput) => string | null | undefined,
) => [...new Set(inputs.map(pick).filter((id): id is string => typeof id === 'string'))];

/** Records observations and the evidence they produce, and folds it into the stored scores, all
 * in one transaction: either every observation of the batch is kept or none is. */
export const recordObservations = async (
  db: Db,
  actor: Actor,
  inputs: readonly ObservationInput[],
  options: { now: Date; pointerPrefix?: (index: number) => string },
): Promise<string[]> => {
  if (!accountRecordPolicy.create(actor)) {
    throw new DomainError('forbidden', `Your role (${actor.role}) cannot record observations.`);
  }
  const prefix = options.pointerPrefix ?? (() => '');
  return db.transaction(async (tx) => {
    const workspaceId = actor.workspaceId;
    const signals = new Map(
      (
        await tx.query<SignalRow>(
          `SELECT id, dimension, polarity::int AS polarity, default_weight AS "defaultWeight", archived_at AS "archivedAt"
           FROM signals WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
          [workspaceId, idsOf(inputs, (i) => i.signalId)],
        )
      ).map((row) => [row.id, row]),
    );
    const lookup = async (sql: string, ids: string[]) =>
      new Map(
        (await tx.query<{ id: string; accountId: string }>(sql, [workspaceId, ids])).map((row) => [
          row.id,
          row.accountId,
        ]),
      );
    const accounts = await lookup(
      `SELECT id, id AS "accountId" FROM accounts WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
      idsOf(inputs, (i) => i.accountId),
    );
    const stakeholders = await lookup(
      `SELECT id, account_id AS "accountId" FROM stakeholders WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
      idsOf(inputs, (i) => i.stakeholderId),
    );
    const opportunities = await lookup(
      `SELECT id, account_id AS "accountId" FROM opportunities WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
      idsOf(inputs, (i) => i.opportunityId),
    );
    const teamMembers = await lookup(
      `SELECT id, id AS "accountId" FROM team_members WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
      idsOf(inputs, (i) => i.teamMemberId),
    );

    const errors: FieldError[] = [];
    const latest = options.now.getTime() + 24 * 60 * 60 * 1000;
    inputs.forEach((input, index) => {
      const at = prefix(index);
      const signal = signals.get(input.signalId);
      if (!signal)
        errors.push({ pointer: `${at}/signalId`, detail: 'is not a signal of this workspace' });
      else if (signal.archivedAt !== null)
        errors.push({
          pointer: `${at}/signalId`,
          detail: 'is a retired signal; pick a current one',
        });
      if (!accounts.has(input.accountId))
        errors.push({ pointer: `${at}/accountId`, detail: 'is not an account of this workspace' });
      if (input.stakeholderId && stakeholders.get(input.stakeholderId) !== input.accountId) {
        errors.push({
          pointer: `${at}/stakeholderId`,
          detail: 'is not a stakeholder of this account',
        });
      }
      if (input.opportunityId && opportunities.get(input.opportunityId) !== input.accountId) {
        errors.push({
          pointer: `${at}/opportunityId`,
          detail: 'is not an opportunity of this account',
        });
      }
      if (input.teamMemberId && !teamMembers.has(input.teamMemberId)) {
        errors.push({
          pointer: `${at}/teamMemberId`,
          detail: 'is not a team member of this workspace',
        });
      }
      if (input.observedAt.getTime() > latest)
        errors.push({ pointer: `${at}/observedAt`, detail: 'is in the future' });
    });
    if (errors.length > 0) {
      throw new DomainError(
        'invalid-reference',
        `${errors.length} problem${errors.length === 1 ? '' : 's'} in the observations; nothing was recorded. First: ${errors[0]!.pointer} ${errors[0]!.detail}.`,
        errors.slice(0, 100),
      );
    }

    const ids: string[] = [];
    const evidence: NewEvidence[] = [];
    const rows: unknown[][] = [];
    for (const input of inputs) {
      const signal = signals.get(input.signalId)!;
      const id = randomUUID();
      ids.push(id);
      const weight = input.weight ?? signal.defaultWeight;
      const stakeholderId = input.stakeholderId ?? null;
      const opportunityId = input.opportunityId ?? null;
      const teamMemberId = input.teamMemberId ?? null;
      rows.push([
        workspaceId,
        id,
        input.signalId,
        input.accountId,
        stakeholderId,
        opportunityId,
        teamMemberId,
        input.observedAt,
        weight,
        input.note ?? null,
        actor.userId,
      ]);
      evidence.push({
        ...placeEvidence(signal.dimension, {
          accountId: input.accountId,
          stakeholderId,
          opportunityId,
          teamMemberId,
        }),
        accountId: input.accountId,
        dimension: signal.dimension,
        polarity: signal.polarity,
        weight,
        observedAt: input.observedAt,
        source: 'observation',
        sourceId: id,
        recordedByUserId: actor.userId,
      });
    }
    // 500 rows per statement keeps each well under PostgreSQL's 65,535-parameter limit.
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500);
      await tx.query(
        `INSERT INTO observations (workspace_id, id, signal_id, account_id, stakeholder_id, opportunity_id, team_member_id,
           observed_at, weight, note, recorded_by_user_id) VALUES ${valuesList(chunk.length, 11)}`,
        chunk.flat(),
      );
    }
    await recordEvidence(tx, workspaceId, evidence, options.now);
    return ids;
  });
};
