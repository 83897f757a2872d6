import type { AuditEntry } from '../../commands/index.ts';

/** An audit entry's JSON for our members. */
export const presentAuditEntry = (entry: AuditEntry) => ({
  id: entry.id,
  at: entry.at.toISOString(),
  action: entry.action,
  entity: entry.entity,
  accountId: entry.accountId,
  actor: { kind: entry.actor.kind, name: entry.actor.name },
  changes: entry.changes,
});

/** A shared-history entry's JSON for the account's people: which side made the change, and on
 * their side who; never who on our side. */
export const presentSharedHistoryEntry = (entry: AuditEntry, shareLinkId: string) => ({
  id: entry.id,
  at: entry.at.toISOString(),
  action: entry.action,
  entity: entry.entity,
  actor:
    entry.actor.kind === 'share'
      ? {
          side: 'account' as const,
          name: entry.actor.stakeholderName,
          isYou: entry.actor.shareLinkId === shareLinkId,
        }
      : { side: 'team' as const, name: null, isYou: false },
  changes: entry.changes,
});
