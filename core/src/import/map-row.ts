import { limits } from '../limits.ts';
import type { BuyingRole, OpportunityStage, SeniorityLevel } from '../model/index.ts';
import type { ImportField, ImportMapping } from './fields.ts';
import {
  formatLineNumber,
  isValueProblem,
  parseAmount,
  parseDay,
  parseDomain,
  parseEmail,
  parseWholeNumber,
  type ValueProblem,
  valueKey,
} from './values.ts';

/** Upsert an account by its CRM id. */
export type AccountImport = {
  type: 'accounts';
  line: number;
  externalId: string;
  values: { name: string; domain?: string | null; industry?: string | null; notes?: string | null };
};

/** Upsert a stakeholder by its CRM id, on the account with `accountExternalId`. */
export type StakeholderImport = {
  type: 'stakeholders';
  line: number;
  externalId: string;
  accountExternalId: string;
  values: {
    name: string;
    title?: string | null;
    email?: string | null;
    buyingRole?: BuyingRole;
    seniority?: SeniorityLevel;
    notes?: string | null;
  };
  /** Values used only when the stakeholder is new: guesses the CRM does not own. */
  defaults: { buyingRole: BuyingRole; seniority: SeniorityLevel };
};

/** Upsert an opportunity by its CRM id, on the account with `accountExternalId`. */
export type OpportunityImport = {
  type: 'opportunities';
  line: number;
  externalId: string;
  accountExternalId: string;
  values: {
    name: string;
    stage: OpportunityStage;
    amount?: number | null;
    currency?: string;
    expectedDecisionOn?: string | null;
    notes?: string | null;
  };
};

/** Upsert the relationship between one of our team members and a stakeholder. */
export type RelationshipImport = {
  type: 'relationships';
  line: number;
  stakeholderExternalId: string;
  teamMember: { email: string | null; name: string | null };
  values: { strength: number; lastContactOn?: string | null; notes?: string | null };
};

/** What one imported row asks for. */
export type ImportCommand =
  AccountImport | StakeholderImport | OpportunityImport | RelationshipImport;

/** A row that was not imported: its line in the file and what to change. */
export type ImportRejection = { line: number; reason: string };

/** The outcome of mapping one row. */
export type MappedRow =
  { ok: true; command: ImportCommand } | { ok: false; rejection: ImportRejection };

/** "line 1,204: 'Close Date' is '31/02/2024', not a date …" */
export const describeRejection = (rejection: ImportRejection): string =>
  `line ${formatLineNumber(rejection.line)}: ${rejection.reason}`;

// Default CRM stages: Salesforce's sales process and HubSpot's default pipeline.
const defaultStages: Record<string, OpportunityStage> = {
  prospecting: 'discovery',
  discovery: 'discovery',
  appointmentscheduled: 'discovery',
  qualification: 'qualification',
  qualifiedtobuy: 'qualification',
  needsanalysis: 'qualification',
  valueproposition: 'proposal',
  iddecisionmakers: 'proposal',
  perceptionanalysis: 'proposal',
  presentationscheduled: 'proposal',
  decisionmakerboughtin: 'proposal',
  proposal: 'proposal',
  proposalpricequote: 'proposal',
  negotiation: 'negotiation',
  negotiationreview: 'negotiation',
  contractsent: 'negotiation',
  won: 'won',
  closedwon: 'won',
  lost: 'lost',
  closedlost: 'lost',
};

const defaultBuyingRoles: Record<string, BuyingRole> = {
  decisionmaker: 'decision_maker',
  economicbuyer: 'decision_maker',
  influencer: 'influencer',
  technicalbuyer: 'influencer',
  evaluator: 'influencer',
  user: 'user',
  enduser: 'user',
  champion: 'champion',
  gatekeeper: 'gatekeeper',
};

const defaultSeniority: Record<string, SeniorityLevel> = {
  executive: 'executive',
  clevel: 'executive',
  csuite: 'executive',
  senior: 'senior',
  vp: 'senior',
  director: 'senior',
  manager: 'manager',
  staff: 'staff',
  individualcontributor: 'staff',
};

/** Guesses a seniority level from a job title, for stakeholders the CRM gives no level. */
export const inferSeniority = (title: string | null | undefined): SeniorityLevel => {
  const t = title ?? '';
  if (/\b(vice[- ]president|s?e?vp)\b/i.test(t)) return 'senior';
  if (/\b(chief|ceo|cfo|cto|cio|coo|cmo|ciso|president|founder|owner|managing director)\b/i.test(t))
    return 'executive';
  if (/\b(head|director)\b/i.test(t)) return 'senior';
  if (/\b(manager|lead|supervisor)\b/i.test(t)) return 'manager';
  return 'staff';
};

class RowProblem extends Error {}

/** Maps one CSV row (header → cell) to an upsert command, or explains why it cannot be imported.
 * Pure: the same row and mapping always give the same result. */
export const mapImportRow = (
  mapping: ImportMapping,
  row: Readonly<Record<string, string | undefined>>,
  line: number,
): MappedRow => {
  const header = (field: ImportField) => mapping.columns[field];
  const isMapped = (field: ImportField) => header(field) !== undefined;
  /** The trimmed cell of a mapped field; null when unmapped or empty. */
  const cell = (field: ImportField): string | null => {
    const name = header(field);
    if (name === undefined) return null;
    const value = (row[name] ?? '').trim();
    return value === '' ? null : value;
  };
  const reject = (field: ImportField, detail: string): never => {
    throw new RowProblem(`'${header(field) ?? field}' ${detail}`);
  };
  const required = (field: ImportField, what: string): string =>
    cell(field) ?? reject(field, `is empty; ${what}`);
  const read = <T>(field: ImportField, parse: (text: string) => T | ValueProblem): T | null => {
    const text = cell(field);
    if (text === null) return null;
    const value = parse(text);
    if (isValueProblem(value)) return reject(field, `is '${text}', ${value.problem}`);
    return value;
  };
  const text = (field: ImportField, max: number): string | null => {
    const value = cell(field);
    if (value !== null && value.length > max)
      reject(
        field,
        `is ${formatLineNumber(value.length)} characters long; at most ${formatLineNumber(max)} fit`,
      );
    return value;
  };
  /** Only mapped fields are written, so a re-import never blanks what the CRM does not hold. */
  const optional = <T>(field: ImportField, value: T): Record<string, T> =>
    isMapped(field) ? { [field]: value } : {};
  const lookup = <T extends string>(
    field: ImportField,
    own: Record<string, T> | undefined,
    fallback: Record<string, T>,
    allowed: string,
  ): T | null =>
    read(field, (value) => {
      const key = valueKey(value);
      const mine = Object.entries(own ?? {}).find(([from]) => valueKey(from) === key)?.[1];
      return (
        mine ??
        fallback[key] ?? {
          problem: `not a ${allowed} Fulcrum knows; map it under "values" in a mapping file`,
        }
      );
    });
  const day = (field: ImportField) => read(field, (value) => parseDay(value, mapping.dateOrder));
  const idHint = 'rows are matched by this id, so every row needs one';

  try {
    switch (mapping.type) {
      case 'accounts': {
        const name = required('name', 'every account needs a name');
        if (name.length > limits.nameMax) text('name', limits.nameMax);
        return {
          ok: true,
          command: {
            type: 'accounts',
            line,
            externalId: required('externalId', idHint),
            values: {
              name,
              ...optional('domain', read('domain', parseDomain)),
              ...optional('industry', text('industry', limits.titleMax)),
              ...optional('notes', text('notes', limits.notesMax)),
            },
          },
        };
      }
      case 'stakeholders': {
        const externalId = required('externalId', idHint);
        const accountExternalId = required(
          'accountExternalId',
          'every stakeholder belongs to an account; fill in the account id',
        );
        const joined = [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
        const name =
          cell('name') ??
          (joined ||
            reject(
              isMapped('name') ? 'name' : 'lastName',
              'is empty; every stakeholder needs a name',
            ));
        if (name.length > limits.nameMax)
          reject(
            isMapped('name') ? 'name' : 'lastName',
            `is longer than ${limits.nameMax} characters`,
          );
        const title = text('title', limits.titleMax);
        const buyingRole = lookup(
          'buyingRole',
          mapping.values.buyingRole,
          defaultBuyingRoles,
          'buying role',
        );
        const seniority = lookup(
          'seniority',
          mapping.values.seniority,
          defaultSeniority,
          'seniority',
        );
        return {
          ok: true,
          command: {
            type: 'stakeholders',
            line,
            externalId,
            // HubSpot lists every associated company as "id1;id2"; the first is the primary.
            accountExternalId: accountExternalId.split(';')[0]!.trim(),
            values: {
              name,
              ...optional('title', title),
              ...optional('email', read('email', parseEmail)),
              ...(buyingRole !== null && { buyingRole }),
              ...(seniority !== null && { seniority }),
              ...optional('notes', text('notes', limits.notesMax)),
            },
            defaults: {
              buyingRole: buyingRole ?? 'user',
              seniority: seniority ?? inferSeniority(title),
            },
          },
        };
      }
      case 'opportunities': {
        const externalId = required('externalId', idHint);
        const accountExternalId = required(
          'accountExternalId',
          'every opportunity belongs to an account; fill in the account id',
        );
        const name = required('name', 'every opportunity needs a name');
        if (name.length > limits.nameMax) text('name', limits.nameMax);
        const stage =
          lookup('stage', mapping.values.stage, defaultStages, 'stage') ??
          reject('stage', 'is empty; every opportunity needs a stage');
        const amount = read('amount', parseAmount);
        if (amount !== null && amount > limits.amountMax)
          reject('amount', `is more than ${formatLineNumber(limits.amountMax)}`);
        const currency = read('currency', (value) =>
          /^[A-Za-z]{3}$/.test(value)
            ? value.toUpperCase()
            : { problem: 'not a three-letter currency code such as EUR or USD' },
        );
        return {
          ok: true,
          command: {
            type: 'opportunities',
            line,
            externalId,
            accountExternalId: accountExternalId.split(';')[0]!.trim(),
            values: {
              name,
              stage,
              ...optional('amount', amount),
              ...(currency !== null && { currency }),
              ...optional('expectedDecisionOn', day('expectedDecisionOn')),
              ...optional('notes', text('notes', limits.notesMax)),
            },
          },
        };
      }
      case 'relationships': {
        const stakeholderExternalId = required(
          'stakeholderExternalId',
          'say which stakeholder (by their CRM id) the relationship is with',
        );
        const email = read('teamMemberEmail', parseEmail);
        const memberName = cell('teamMemberName');
        if (email === null && memberName === null)
          reject(
            isMapped('teamMemberEmail') ? 'teamMemberEmail' : 'teamMemberName',
            'is empty; say which of our team members has the relationship',
          );
        const strength =
          read('strength', (value) =>
            parseWholeNumber(value, limits.relationshipStrengthMin, limits.relationshipStrengthMax),
          ) ?? reject('strength', 'is empty; rate the relationship from 1 to 5');
        return {
          ok: true,
          command: {
            type: 'relationships',
            line,
            stakeholderExternalId,
            teamMember: { email, name: memberName },
            values: {
              strength,
              ...optional('lastContactOn', day('lastContactOn')),
              ...optional('notes', text('notes', limits.notesMax)),
            },
          },
        };
      }
    }
  } catch (error) {
    if (error instanceof RowProblem)
      return { ok: false, rejection: { line, reason: error.message } };
    throw error;
  }
};
