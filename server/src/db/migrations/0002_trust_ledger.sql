-- The trust engine: signal catalogue, observations, the append-only evidence ledger, score
-- state per (subject, dimension), and the workspace's trust settings.

CREATE TABLE trust_settings (
  workspace_id uuid PRIMARY KEY REFERENCES workspaces (workspace_id),
  settings jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE signals (
  workspace_id uuid NOT NULL REFERENCES workspaces (workspace_id),
  id uuid NOT NULL,
  name text NOT NULL,
  description text,
  dimension text NOT NULL CHECK (dimension IN ('personal', 'corporate', 'capability', 'reciprocal')),
  polarity smallint NOT NULL CHECK (polarity IN (-1, 1)),
  default_weight double precision NOT NULL CHECK (default_weight > 0 AND default_weight <= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id)
);

ALTER TABLE competitors ADD COLUMN capability_estimate double precision
  CHECK (capability_estimate BETWEEN 0 AND 1);

CREATE TABLE observations (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  signal_id uuid NOT NULL,
  account_id uuid NOT NULL,
  stakeholder_id uuid,
  opportunity_id uuid,
  team_member_id uuid,
  observed_at timestamptz NOT NULL,
  weight double precision NOT NULL CHECK (weight > 0 AND weight <= 1),
  note text,
  recorded_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  retracted_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, signal_id) REFERENCES signals (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id),
  FOREIGN KEY (workspace_id, stakeholder_id) REFERENCES stakeholders (workspace_id, id),
  FOREIGN KEY (workspace_id, opportunity_id) REFERENCES opportunities (workspace_id, id),
  FOREIGN KEY (workspace_id, team_member_id) REFERENCES team_members (workspace_id, id)
);
CREATE INDEX observations_account_idx ON observations (workspace_id, account_id, observed_at);

-- A score's subject: a stakeholder (personal, optionally in one team member; corporate), an
-- opportunity (capability) or the account itself. `about_id` is the team member a personal
-- score is about, or the nil uuid, so it can be part of the key.
CREATE TABLE evidence (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  account_id uuid NOT NULL,
  subject_type text NOT NULL CHECK (subject_type IN ('account', 'stakeholder', 'opportunity')),
  subject_id uuid NOT NULL,
  about_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  dimension text NOT NULL CHECK (dimension IN ('personal', 'corporate', 'capability', 'reciprocal')),
  polarity smallint NOT NULL CHECK (polarity IN (-1, 1)),
  weight double precision NOT NULL CHECK (weight > 0 AND weight <= 1),
  observed_at timestamptz NOT NULL,
  source text NOT NULL CHECK (source IN ('observation', 'commitment', 'pulse', 'manual')),
  source_id uuid,
  recorded_by_user_id uuid REFERENCES users (id),
  -- A correction: this row cancels the one it names (same subject, dimension, weight and time).
  reverses_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id),
  FOREIGN KEY (workspace_id, reverses_id) REFERENCES evidence (workspace_id, id)
);
CREATE INDEX evidence_account_idx ON evidence (workspace_id, account_id, observed_at);
CREATE INDEX evidence_source_idx ON evidence (workspace_id, source, source_id);
CREATE UNIQUE INDEX evidence_reverses_key ON evidence (workspace_id, reverses_id);

-- The ledger is append-only: the database itself refuses edits and deletions.
CREATE FUNCTION refuse_evidence_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the evidence ledger is append-only: add a reversing row instead of % on evidence', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER evidence_append_only BEFORE UPDATE OR DELETE ON evidence
  FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER evidence_no_truncate BEFORE TRUNCATE ON evidence
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_evidence_change();

-- Running state per (subject, dimension): decayed sums as of `state_at`, kept current in the
-- same transaction as the evidence that changes them.
CREATE TABLE trust_scores (
  workspace_id uuid NOT NULL,
  account_id uuid NOT NULL,
  subject_type text NOT NULL,
  subject_id uuid NOT NULL,
  about_id uuid NOT NULL,
  dimension text NOT NULL,
  r double precision NOT NULL,
  s double precision NOT NULL,
  state_at timestamptz NOT NULL,
  evidence_count integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, subject_type, subject_id, about_id, dimension),
  FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id)
);
CREATE INDEX trust_scores_account_idx ON trust_scores (workspace_id, account_id);
