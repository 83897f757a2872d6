-- Foundation: identity, workspaces, and the account records of DESIGN.md.
-- Every tenant table leads its primary key with workspace_id so a distributed PostgreSQL
-- (Citus) can shard by workspace. `users` and `sessions` are global identity: a user may
-- belong to several workspaces (on Citus they would be reference tables).

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE workspaces (
  workspace_id uuid PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  workspace_id uuid NOT NULL REFERENCES workspaces (workspace_id),
  user_id uuid NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  current_workspace_id uuid REFERENCES workspaces (workspace_id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  workspace_id uuid NOT NULL REFERENCES workspaces (workspace_id),
  id uuid NOT NULL,
  created_by_user_id uuid NOT NULL REFERENCES users (id),
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, token_hash)
);

CREATE TABLE team_members (
  workspace_id uuid NOT NULL REFERENCES workspaces (workspace_id),
  id uuid NOT NULL,
  user_id uuid REFERENCES users (id),
  name text NOT NULL,
  email text,
  title text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id)
);

CREATE TABLE accounts (
  workspace_id uuid NOT NULL REFERENCES workspaces (workspace_id),
  id uuid NOT NULL,
  name text NOT NULL,
  domain text,
  industry text,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id)
);

CREATE TABLE stakeholders (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  name text NOT NULL,
  title text,
  email text,
  buying_role text NOT NULL
    CHECK (buying_role IN ('decision_maker', 'influencer', 'user', 'champion', 'gatekeeper')),
  seniority text NOT NULL CHECK (seniority IN ('executive', 'senior', 'manager', 'staff')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
  left_on date,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id),
  CHECK ((status = 'left') = (left_on IS NOT NULL))
);
CREATE INDEX stakeholders_account_idx ON stakeholders (workspace_id, account_id);

CREATE TABLE relationships (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  team_member_id uuid NOT NULL,
  stakeholder_id uuid NOT NULL,
  strength smallint NOT NULL CHECK (strength BETWEEN 1 AND 5),
  last_contact_on date,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, team_member_id, stakeholder_id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id),
  FOREIGN KEY (workspace_id, team_member_id) REFERENCES team_members (workspace_id, id),
  FOREIGN KEY (workspace_id, stakeholder_id) REFERENCES stakeholders (workspace_id, id)
);
CREATE INDEX relationships_account_idx ON relationships (workspace_id, account_id);

CREATE TABLE opportunities (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  name text NOT NULL,
  stage text NOT NULL
    CHECK (stage IN ('discovery', 'qualification', 'proposal', 'negotiation', 'won', 'lost')),
  amount numeric(15, 2),
  currency text NOT NULL DEFAULT 'EUR',
  expected_decision_on date,
  decision_timing_shared boolean NOT NULL DEFAULT false,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id)
);
CREATE INDEX opportunities_account_idx ON opportunities (workspace_id, account_id);

CREATE TABLE competitors (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  opportunity_id uuid NOT NULL,
  name text NOT NULL,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, opportunity_id) REFERENCES opportunities (workspace_id, id)
);
CREATE INDEX competitors_opportunity_idx ON competitors (workspace_id, opportunity_id);
