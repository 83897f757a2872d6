-- Share links: a revocable, expiring, per-account token that shows the account's people the
-- shared view. Only the SHA-256 of the token's random secret is kept.
CREATE TABLE share_links (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  stakeholder_id uuid,
  scope text NOT NULL CHECK (scope IN ('view', 'respond')),
  token_hash text NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  last_used_at timestamptz,
  created_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id),
  FOREIGN KEY (workspace_id, stakeholder_id) REFERENCES stakeholders (workspace_id, id)
);
CREATE UNIQUE INDEX share_links_token_key ON share_links (workspace_id, token_hash);
CREATE INDEX share_links_account_idx ON share_links (workspace_id, account_id, created_at);

-- What the account's people did through a link: confirmations, comments and proposals.
CREATE TABLE share_responses (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  share_link_id uuid NOT NULL,
  account_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('confirm', 'comment', 'propose')),
  commitment_id uuid,
  requirement_id uuid,
  text text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, share_link_id) REFERENCES share_links (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id),
  FOREIGN KEY (workspace_id, commitment_id) REFERENCES commitments (workspace_id, id),
  FOREIGN KEY (workspace_id, requirement_id) REFERENCES plan_requirements (workspace_id, id),
  CHECK ((commitment_id IS NULL) <> (requirement_id IS NULL))
);
CREATE INDEX share_responses_account_idx ON share_responses (workspace_id, account_id, created_at);

-- The pulse: the three questions answered 1–5 through a respond link, kept with its history.
CREATE TABLE pulses (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  share_link_id uuid NOT NULL,
  account_id uuid NOT NULL,
  stakeholder_id uuid,
  trust_answer smallint NOT NULL CHECK (trust_answer BETWEEN 1 AND 5),
  value_answer smallint NOT NULL CHECK (value_answer BETWEEN 1 AND 5),
  backing_answer smallint NOT NULL CHECK (backing_answer BETWEEN 1 AND 5),
  comment text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, share_link_id) REFERENCES share_links (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id),
  FOREIGN KEY (workspace_id, stakeholder_id) REFERENCES stakeholders (workspace_id, id)
);
CREATE INDEX pulses_link_idx ON pulses (workspace_id, share_link_id, created_at);
CREATE INDEX pulses_account_idx ON pulses (workspace_id, account_id, created_at);
