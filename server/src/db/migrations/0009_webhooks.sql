-- Webhooks: endpoints per workspace, their signing secrets, the workspace's webhook settings, and
-- the outbox of deliveries (one row per endpoint and event) with every attempt made.
-- Endpoints are archived, never deleted, so their delivery log stays readable.

CREATE TABLE webhook_endpoints (
  workspace_id uuid NOT NULL REFERENCES workspaces (workspace_id),
  id uuid NOT NULL,
  url text NOT NULL,
  description text,
  events text[] NOT NULL,
  is_enabled boolean NOT NULL DEFAULT true,
  created_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  CHECK (cardinality(events) > 0)
);

-- The secret signs every request, so it is kept (not hashed). It lives in its own table so that
-- `fulcrum export` can leave it out as it leaves out API tokens; backups keep it. After a
-- rotation the previous secret still signs for a while, so receivers can switch without a gap.
CREATE TABLE webhook_secrets (
  workspace_id uuid NOT NULL,
  webhook_id uuid NOT NULL,
  secret text NOT NULL,
  previous_secret text,
  previous_secret_expires_at timestamptz,
  rotated_at timestamptz,
  PRIMARY KEY (workspace_id, webhook_id),
  FOREIGN KEY (workspace_id, webhook_id) REFERENCES webhook_endpoints (workspace_id, id)
);

CREATE TABLE webhook_settings (
  workspace_id uuid NOT NULL PRIMARY KEY REFERENCES workspaces (workspace_id),
  trust_change_threshold double precision NOT NULL DEFAULT 0.1
    CHECK (trust_change_threshold >= 0.01 AND trust_change_threshold <= 1),
  updated_by_user_id uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The outbox: written in the transaction of the change that caused the event, so an event is
-- never lost and never sent for a change that rolled back. `body` is the exact JSON sent (text,
-- not jsonb, so every retry signs the same bytes). A claim (`claim_id` until `claimed_until`)
-- marks a delivery being sent; one whose claim ran out (a crashed sender) is due again.
CREATE TABLE webhook_deliveries (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  webhook_id uuid NOT NULL,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'delivering', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL,
  next_attempt_at timestamptz,
  claim_id uuid,
  claimed_until timestamptz,
  last_attempt_at timestamptz,
  last_status_code integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, webhook_id) REFERENCES webhook_endpoints (workspace_id, id),
  CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL)),
  CHECK ((status = 'delivering') = (claim_id IS NOT NULL))
);
-- The delivery job looks across workspaces for what is due; few rows are ever in these states.
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at)
  WHERE status = 'pending';
CREATE INDEX webhook_deliveries_claimed_idx ON webhook_deliveries (claimed_until)
  WHERE status = 'delivering';
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (workspace_id, webhook_id, created_at);

CREATE TABLE webhook_delivery_attempts (
  workspace_id uuid NOT NULL,
  delivery_id uuid NOT NULL,
  attempt integer NOT NULL,
  attempted_at timestamptz NOT NULL,
  status_code integer,
  error text,
  duration_ms integer NOT NULL,
  response_excerpt text,
  PRIMARY KEY (workspace_id, delivery_id, attempt),
  FOREIGN KEY (workspace_id, delivery_id) REFERENCES webhook_deliveries (workspace_id, id)
    ON DELETE CASCADE
);
