import { AsyncLocalStorage } from 'node:async_hooks';

/** Who the audit log names for the changes made in a piece of work. */
export type AuditActor =
  | { kind: 'member'; userId: string }
  | { kind: 'token'; userId: string; tokenId: string }
  | { kind: 'share'; shareLinkId: string }
  /** A job, the CLI, a seed: `label` says which. */
  | { kind: 'system'; label: string };

/** A holder the HTTP layer fills in once the request's credentials are known. */
export type AuditScope = { actor?: AuditActor };

const scopes = new AsyncLocalStorage<AuditScope>();

/** Runs `work` with `actor` named in the audit log of every transaction it opens. */
export const runAsAuditActor = <T>(actor: AuditActor, work: () => T): T =>
  scopes.run({ actor }, work);

/** Runs `work` in a scope whose actor is filled in later (HTTP: after authentication). */
export const runInAuditScope = <T>(scope: AuditScope, work: () => T): T => scopes.run(scope, work);

/** The actor of the work under way, if one was named. */
export const currentAuditActor = (): AuditActor | undefined => scopes.getStore()?.actor;

/** The statement that names the actor for the audit triggers until the transaction ends
 * (migration 0008); transaction-local, so a pooled connection never carries it further. */
export const auditActorStatement = "SELECT set_config('fulcrum.actor', $1, true)";

/** The statement that turns the audit triggers off until the transaction ends (restore). */
export const auditOffStatement = "SELECT set_config('fulcrum.audit', 'off', true)";

/** Runs read-only work with no actor named: a snapshot transaction (export, backup) must begin
 * with its isolation level, before any other statement. */
export const runWithoutAuditActor = <T>(work: () => T): T => scopes.exit(work);
