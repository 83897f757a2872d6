-- The webhook tables of 0009 join the audit log: endpoints, the workspace's webhook settings, and
-- secret rotations (when, never the secret: both the secret and the previous one are left out).
-- Deliveries and their attempts have a log of their own and are not audited.

CREATE OR REPLACE FUNCTION audit_visible(r jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT r - 'workspace_id' - 'id' - 'created_at' - 'updated_at' - 'last_used_at'
           - 'token_hash' - 'secret' - 'previous_secret' - 'password_hash'
$$;

SELECT audit_table('webhook_endpoints', 'id', '');
SELECT audit_table('webhook_secrets', 'webhook_id', '');
SELECT audit_table('webhook_settings', 'workspace_id', '');
