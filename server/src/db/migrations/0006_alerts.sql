-- Alerts raised by the rules in core/src/alerts: one row per rule and subject (the dedup key),
-- reopened when the situation comes back, resolved when it is gone.

CREATE TABLE alerts (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  dedup_key text NOT NULL,
  rule text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
  subject_type text NOT NULL,
  subject_id text NOT NULL,
  owner_team_member_id uuid,
  title text NOT NULL,
  reason text NOT NULL,
  suggestion text NOT NULL,
  figures jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'snoozed')),
  status_reason text,
  status_changed_at timestamptz,
  status_changed_by_user_id uuid REFERENCES users (id),
  snoozed_until timestamptz,
  raised_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id),
  FOREIGN KEY (workspace_id, owner_team_member_id) REFERENCES team_members (workspace_id, id),
  CHECK ((status = 'snoozed') = (snoozed_until IS NOT NULL))
);
CREATE UNIQUE INDEX alerts_dedup_idx ON alerts (workspace_id, dedup_key);
CREATE INDEX alerts_account_idx ON alerts (workspace_id, account_id, resolved_at);
CREATE INDEX alerts_owner_idx ON alerts (workspace_id, owner_team_member_id);

-- What each account's alerts were last evaluated from, so evaluation only reruns when an input
-- changed (or a day passed: overdue and silence rules depend on the date).
CREATE TABLE alert_evaluations (
  workspace_id uuid NOT NULL,
  account_id uuid NOT NULL,
  fingerprint text NOT NULL,
  evaluated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, account_id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id)
);
