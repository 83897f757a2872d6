-- The team member who owns each account: who a lead looks to for it, and whose scorecard the
-- account's trust, value and deals count towards. Optional: an account may have no owner yet.
ALTER TABLE accounts ADD COLUMN owner_team_member_id uuid;
ALTER TABLE accounts ADD CONSTRAINT accounts_owner_fkey
  FOREIGN KEY (workspace_id, owner_team_member_id) REFERENCES team_members (workspace_id, id);
CREATE INDEX accounts_owner_idx ON accounts (workspace_id, owner_team_member_id);
