-- Records imported from a CRM remember the CRM's record id, so importing the same export again
-- updates them instead of adding duplicates. `external_source` names the CRM (salesforce,
-- hubspot, or the `source` of a mapping file); both columns are null for records made here.

ALTER TABLE accounts ADD COLUMN external_source text, ADD COLUMN external_id text;
CREATE UNIQUE INDEX accounts_external_key ON accounts (workspace_id, external_source, external_id);

ALTER TABLE stakeholders ADD COLUMN external_source text, ADD COLUMN external_id text;
CREATE UNIQUE INDEX stakeholders_external_key
  ON stakeholders (workspace_id, external_source, external_id);

ALTER TABLE opportunities ADD COLUMN external_source text, ADD COLUMN external_id text;
CREATE UNIQUE INDEX opportunities_external_key
  ON opportunities (workspace_id, external_source, external_id);
