import type { BuyingRole, OpportunityStage, SeniorityLevel } from '../model/index.ts';

/** What a CSV file holds: one kind of record per file. */
export const importTypes = ['accounts', 'stakeholders', 'opportunities', 'relationships'] as const;
/** The kind of record a file imports. */
export type ImportType = (typeof importTypes)[number];

/** The fields a mapping can fill, per import type. */
export const importFields = {
  accounts: ['externalId', 'name', 'domain', 'industry', 'notes'],
  stakeholders: [
    'externalId',
    'accountExternalId',
    'name',
    'firstName',
    'lastName',
    'title',
    'email',
    'buyingRole',
    'seniority',
    'notes',
  ],
  opportunities: [
    'externalId',
    'accountExternalId',
    'name',
    'stage',
    'amount',
    'currency',
    'expectedDecisionOn',
    'notes',
  ],
  relationships: [
    'stakeholderExternalId',
    'teamMemberEmail',
    'teamMemberName',
    'strength',
    'lastContactOn',
    'notes',
  ],
} as const satisfies Record<ImportType, readonly string[]>;

/** A field of any import type. */
export type ImportField = (typeof importFields)[ImportType][number];

/** How slashed dates read: `03/04/2024` is 4 March (mdy) or 3 April (dmy). ISO dates always work. */
export type DateOrder = 'ymd' | 'mdy' | 'dmy';

/** A column mapping: which header fills which field, and how CRM values translate. */
export type ImportMapping = {
  /** The CRM the ids come from (`salesforce`, `hubspot`, …): ids are unique per source. */
  source: string;
  type: ImportType;
  /** Field → header in the file. */
  columns: Partial<Record<ImportField, string>>;
  dateOrder: DateOrder;
  /** CRM value → Fulcrum value, matched ignoring case, spaces and punctuation. */
  values: {
    stage?: Record<string, OpportunityStage>;
    buyingRole?: Record<string, BuyingRole>;
    seniority?: Record<string, SeniorityLevel>;
  };
  /** What the mapping is called in messages, e.g. "Salesforce opportunities". */
  label: string;
};

/** Fields that must be mapped for each type; `name` of a stakeholder may come from first + last. */
export const requiredImportFields: Record<ImportType, readonly ImportField[]> = {
  accounts: ['externalId', 'name'],
  stakeholders: ['externalId', 'accountExternalId'],
  opportunities: ['externalId', 'accountExternalId', 'name', 'stage'],
  relationships: ['stakeholderExternalId', 'strength'],
};
