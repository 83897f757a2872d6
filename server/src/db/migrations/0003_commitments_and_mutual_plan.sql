-- Commitments both ways, their history, and the mutual plan of each account.

CREATE TABLE commitments (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  opportunity_id uuid,
  side text NOT NULL CHECK (side IN ('ours', 'theirs')),
  owner_team_member_id uuid,
  owner_stakeholder_id uuid,
  recipient_team_member_id uuid,
  recipient_stakeholder_id uuid,
  text text NOT NULL,
  made_in text NOT NULL DEFAULT 'meeting'
    CHECK (made_in IN ('meeting', 'email', 'call', 'chat', 'document', 'other')),
  is_on_behalf_of_company boolean NOT NULL DEFAULT false,
  due_on date,
  status text NOT NULL DEFAULT 'proposed'
    CHECK (status IN ('proposed', 'agreed', 'kept', 'kept_late', 'broken', 'renegotiated', 'released')),
  closed_on date,
  overdue_since date,
  predecessor_id uuid,
  successor_id uuid,
  created_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id),
  FOREIGN KEY (workspace_id, opportunity_id) REFERENCES opportunities (workspace_id, id),
  FOREIGN KEY (workspace_id, owner_team_member_id) REFERENCES team_members (workspace_id, id),
  FOREIGN KEY (workspace_id, owner_stakeholder_id) REFERENCES stakeholders (workspace_id, id),
  FOREIGN KEY (workspace_id, recipient_team_member_id) REFERENCES team_members (workspace_id, id),
  FOREIGN KEY (workspace_id, recipient_stakeholder_id) REFERENCES stakeholders (workspace_id, id),
  FOREIGN KEY (workspace_id, predecessor_id) REFERENCES commitments (workspace_id, id),
  -- Ours are owned by one of our people, theirs by one of theirs.
  CHECK ((side = 'ours') = (owner_team_member_id IS NOT NULL)),
  CHECK ((side = 'theirs') = (owner_stakeholder_id IS NOT NULL))
);
CREATE INDEX commitments_account_idx ON commitments (workspace_id, account_id, due_on);
CREATE INDEX commitments_owner_idx ON commitments (workspace_id, owner_team_member_id);

-- Every status change, kept forever.
CREATE TABLE commitment_events (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  commitment_id uuid NOT NULL,
  from_status text,
  to_status text NOT NULL,
  on_day date NOT NULL,
  note text,
  actor_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, commitment_id) REFERENCES commitments (workspace_id, id)
);
CREATE INDEX commitment_events_commitment_idx ON commitment_events (workspace_id, commitment_id, created_at);

CREATE TABLE mutual_plans (
  workspace_id uuid NOT NULL,
  account_id uuid NOT NULL,
  strategy text,
  summary text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, account_id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id)
);

-- The customer's goals: initiatives serving the strategy, and the critical success factors of each.
CREATE TABLE plan_goals (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('initiative', 'success_factor')),
  parent_id uuid,
  name text NOT NULL,
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id),
  FOREIGN KEY (workspace_id, parent_id) REFERENCES plan_goals (workspace_id, id),
  CHECK ((kind = 'success_factor') = (parent_id IS NOT NULL))
);

-- The documented mutual understanding: what they require and how we respond.
CREATE TABLE plan_requirements (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  name text NOT NULL,
  response text,
  confirmed_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id)
);

CREATE TABLE plan_objectives (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  name text NOT NULL,
  our_owner_team_member_id uuid,
  their_owner_stakeholder_id uuid,
  target_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'dropped')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id),
  FOREIGN KEY (workspace_id, our_owner_team_member_id) REFERENCES team_members (workspace_id, id),
  FOREIGN KEY (workspace_id, their_owner_stakeholder_id) REFERENCES stakeholders (workspace_id, id)
);

-- Value we gave, dated: give value first.
CREATE TABLE value_deliveries (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  name text NOT NULL,
  description text,
  delivered_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id)
);

-- "Would I buy from us?": the account team answers the customer's three questions, 1–5; kept
-- with its history (rows are added, never changed).
CREATE TABLE self_checks (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  trust_answer smallint NOT NULL CHECK (trust_answer BETWEEN 1 AND 5),
  value_answer smallint NOT NULL CHECK (value_answer BETWEEN 1 AND 5),
  backing_answer smallint NOT NULL CHECK (backing_answer BETWEEN 1 AND 5),
  note text,
  answered_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id)
);
