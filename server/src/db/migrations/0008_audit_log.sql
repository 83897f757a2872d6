-- The audit log: every change to the records below, with who made it (a member, an API token, a
-- share link, or the system), when, and what changed (before and after). Written by triggers, so
-- no code path can change an audited table without leaving its entry; the application only
-- names the actor for the transaction (`SELECT set_config('fulcrum.actor', '<json>', true)`).
-- Like the evidence ledger it is append-only.

CREATE TABLE audit_log (
  workspace_id uuid NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  account_id uuid,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  entity_label text,
  action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  -- For an update, only the fields that changed; a create has no `before`, a delete no `after`.
  before jsonb,
  after jsonb,
  actor_kind text NOT NULL CHECK (actor_kind IN ('member', 'token', 'share', 'system')),
  actor_user_id uuid,
  actor_token_id uuid,
  actor_share_link_id uuid,
  actor_label text,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX audit_log_account_idx ON audit_log (workspace_id, account_id, id);
CREATE INDEX audit_log_entity_idx ON audit_log (workspace_id, entity_type, entity_id, id);

CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % on audit_log is refused', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

-- Who acts in this transaction; unnamed means the system (a job, a migration, the CLI).
CREATE FUNCTION audit_actor() RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN coalesce(current_setting('fulcrum.actor', true), '') = ''
              THEN '{"kind": "system"}'::jsonb
              ELSE current_setting('fulcrum.actor', true)::jsonb END
$$;

-- A restore copies audit entries as they were and must not add entries of its own.
CREATE FUNCTION audit_is_off() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('fulcrum.audit', true), '') = 'off'
$$;

-- What of a row the log keeps: never a secret or its hash, not the keys and times the entry
-- already holds, and not the bookkeeping that changes on every touch (a share link's last use).
CREATE FUNCTION audit_visible(r jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT r - 'workspace_id' - 'id' - 'created_at' - 'updated_at' - 'last_used_at'
           - 'token_hash' - 'secret' - 'password_hash'
$$;

-- The fields of `a` whose value differs in `b`.
CREATE FUNCTION audit_changes(a jsonb, b jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)
  FROM jsonb_each(a) e WHERE (b -> e.key) IS DISTINCT FROM e.value
$$;

-- The account a row belongs to: `how` is the column holding it, `opportunity` to go through the
-- row's opportunity, or '' for workspace-wide records.
CREATE FUNCTION audit_account_of(how text, r jsonb) RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT CASE how
    WHEN '' THEN NULL
    WHEN 'opportunity' THEN (
      SELECT o.account_id FROM opportunities o
      WHERE o.workspace_id = (r ->> 'workspace_id')::uuid AND o.id = (r ->> 'opportunity_id')::uuid)
    ELSE (r ->> how)::uuid
  END
$$;

-- Statement-level triggers over transition tables: one INSERT into the log per statement, so a
-- batch of a thousand rows costs one extra statement, not a thousand.
-- TG_ARGV[0] is the row's key column, TG_ARGV[1] how to find its account (see audit_account_of).
CREATE FUNCTION audit_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor jsonb;
BEGIN
  IF audit_is_off() THEN RETURN NULL; END IF;
  actor := audit_actor();
  INSERT INTO audit_log (workspace_id, account_id, entity_type, entity_id, entity_label, action,
                         before, after, actor_kind, actor_user_id, actor_token_id,
                         actor_share_link_id, actor_label)
  SELECT (c.r ->> 'workspace_id')::uuid, audit_account_of(TG_ARGV[1], c.r), TG_TABLE_NAME,
         c.r ->> TG_ARGV[0], coalesce(c.r ->> 'name', c.r ->> 'text'), 'create',
         NULL, audit_visible(c.r), actor ->> 'kind', (actor ->> 'userId')::uuid,
         (actor ->> 'tokenId')::uuid, (actor ->> 'shareLinkId')::uuid, actor ->> 'label'
  FROM (SELECT to_jsonb(n) AS r FROM new_rows n) c;
  RETURN NULL;
END;
$$;

CREATE FUNCTION audit_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor jsonb;
BEGIN
  IF audit_is_off() THEN RETURN NULL; END IF;
  actor := audit_actor();
  INSERT INTO audit_log (workspace_id, account_id, entity_type, entity_id, entity_label, action,
                         before, after, actor_kind, actor_user_id, actor_token_id,
                         actor_share_link_id, actor_label)
  SELECT (c.r ->> 'workspace_id')::uuid, audit_account_of(TG_ARGV[1], c.r), TG_TABLE_NAME,
         c.r ->> TG_ARGV[0], coalesce(c.r ->> 'name', c.r ->> 'text'), 'update',
         c.before, c.after, actor ->> 'kind', (actor ->> 'userId')::uuid,
         (actor ->> 'tokenId')::uuid, (actor ->> 'shareLinkId')::uuid, actor ->> 'label'
  FROM (
    SELECT n.r,
           audit_changes(audit_visible(o.r), audit_visible(n.r)) AS before,
           audit_changes(audit_visible(n.r), audit_visible(o.r)) AS after
    FROM (SELECT to_jsonb(x) AS r FROM old_rows x) o
    JOIN (SELECT to_jsonb(x) AS r FROM new_rows x) n
      ON n.r ->> 'workspace_id' = o.r ->> 'workspace_id' AND n.r ->> TG_ARGV[0] = o.r ->> TG_ARGV[0]
  ) c
  -- An update that only touched bookkeeping (or wrote the same values) changed nothing.
  WHERE c.after <> '{}'::jsonb;
  RETURN NULL;
END;
$$;

CREATE FUNCTION audit_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor jsonb;
BEGIN
  IF audit_is_off() THEN RETURN NULL; END IF;
  actor := audit_actor();
  INSERT INTO audit_log (workspace_id, account_id, entity_type, entity_id, entity_label, action,
                         before, after, actor_kind, actor_user_id, actor_token_id,
                         actor_share_link_id, actor_label)
  SELECT (c.r ->> 'workspace_id')::uuid, audit_account_of(TG_ARGV[1], c.r), TG_TABLE_NAME,
         c.r ->> TG_ARGV[0], coalesce(c.r ->> 'name', c.r ->> 'text'), 'delete',
         audit_visible(c.r), NULL, actor ->> 'kind', (actor ->> 'userId')::uuid,
         (actor ->> 'tokenId')::uuid, (actor ->> 'shareLinkId')::uuid, actor ->> 'label'
  FROM (SELECT to_jsonb(o) AS r FROM old_rows o) c;
  RETURN NULL;
END;
$$;

-- Puts a table under audit; later migrations call it for the tables they add.
CREATE FUNCTION audit_table(target regclass, key_column text, account_from text)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE TRIGGER audit_inserted AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION audit_inserted(%L, %L)', target, key_column, account_from);
  EXECUTE format(
    'CREATE TRIGGER audit_updated AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION audit_updated(%L, %L)', target, key_column, account_from);
  EXECUTE format(
    'CREATE TRIGGER audit_deleted AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows
     FOR EACH STATEMENT EXECUTE FUNCTION audit_deleted(%L, %L)', target, key_column, account_from);
END;
$$;

SELECT audit_table('workspaces', 'workspace_id', '');
SELECT audit_table('memberships', 'user_id', '');
SELECT audit_table('api_tokens', 'id', '');
SELECT audit_table('team_members', 'id', '');
SELECT audit_table('accounts', 'id', 'id');
SELECT audit_table('stakeholders', 'id', 'account_id');
SELECT audit_table('relationships', 'id', 'account_id');
SELECT audit_table('opportunities', 'id', 'account_id');
SELECT audit_table('competitors', 'id', 'opportunity');
SELECT audit_table('trust_settings', 'workspace_id', '');
SELECT audit_table('signals', 'id', '');
SELECT audit_table('observations', 'id', 'account_id');
SELECT audit_table('evidence', 'id', 'account_id');
SELECT audit_table('commitments', 'id', 'account_id');
SELECT audit_table('mutual_plans', 'account_id', 'account_id');
SELECT audit_table('plan_goals', 'id', 'account_id');
SELECT audit_table('plan_requirements', 'id', 'account_id');
SELECT audit_table('plan_objectives', 'id', 'account_id');
SELECT audit_table('value_deliveries', 'id', 'account_id');
SELECT audit_table('self_checks', 'id', 'account_id');
SELECT audit_table('share_links', 'id', 'account_id');
SELECT audit_table('share_responses', 'id', 'account_id');
SELECT audit_table('pulses', 'id', 'account_id');
