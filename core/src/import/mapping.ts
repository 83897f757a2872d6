import { DomainError } from '../errors.ts';
import { buyingRoles, opportunityStages, seniorityLevels } from '../model/index.ts';
import {
  type DateOrder,
  importFields,
  type ImportField,
  type ImportMapping,
  type ImportType,
  importTypes,
  requiredImportFields,
} from './fields.ts';
import { importPresets } from './presets.ts';

const normalizeHeader = (header: string) => header.trim().toLowerCase();

const missingRequired = (mapping: Pick<ImportMapping, 'type' | 'columns'>): ImportField[] => {
  const missing = requiredImportFields[mapping.type].filter((f) => !mapping.columns[f]);
  const { columns } = mapping;
  if (mapping.type === 'stakeholders' && !columns.name && !columns.lastName && !columns.firstName)
    missing.push('name');
  if (mapping.type === 'relationships' && !columns.teamMemberEmail && !columns.teamMemberName)
    missing.push('teamMemberEmail');
  return missing;
};

/** Recognises a Salesforce or HubSpot export by its header row (optionally of one type); returns
 * the mapping that fills the most fields, or null when no known layout fits. */
export const detectImportMapping = (
  headers: readonly string[],
  type?: ImportType,
): ImportMapping | null => {
  const present = new Map(headers.map((header) => [normalizeHeader(header), header]));
  let best: { mapping: ImportMapping; score: number } | null = null;
  for (const preset of importPresets) {
    if (type !== undefined && preset.type !== type) continue;
    const columns: Partial<Record<ImportField, string>> = {};
    for (const [field, aliases] of Object.entries(preset.columns) as [
      ImportField,
      readonly string[],
    ][]) {
      const header = aliases.map((alias) => present.get(normalizeHeader(alias))).find(Boolean);
      if (header !== undefined) columns[field] = header;
    }
    const mapping: ImportMapping = {
      source: preset.source,
      type: preset.type,
      columns,
      dateOrder: preset.dateOrder,
      values: {},
      label: preset.label,
    };
    if (missingRequired(mapping).length > 0) continue;
    const score = Object.keys(columns).length;
    if (best === null || score > best.score) best = { mapping, score };
  }
  return best?.mapping ?? null;
};

const fail = (detail: string): never => {
  throw new DomainError('validation-failed', `The mapping file ${detail}`);
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const parseValueTable = <T extends string>(
  value: unknown,
  key: string,
  allowed: readonly T[],
): Record<string, T> | undefined => {
  if (value === undefined) return undefined;
  if (!isRecord(value))
    return fail(`has "values.${key}" that is not an object of CRM value → Fulcrum value.`);
  const table: Record<string, T> = {};
  for (const [from, to] of Object.entries(value)) {
    const match = allowed.find((candidate) => candidate === to);
    if (match === undefined)
      fail(`maps ${key} "${from}" to ${JSON.stringify(to)}; use one of ${allowed.join(', ')}.`);
    else table[from] = match;
  }
  return table;
};

/** Reads a mapping file's JSON: `{ "source", "type", "columns": { field: header }, "dateOrder"?,
 * "values"? }`. `type` may instead come from the command line. Explains what to fix. */
export const parseImportMapping = (json: unknown, typeOverride?: ImportType): ImportMapping => {
  if (!isRecord(json)) return fail('must be a JSON object with "source", "type" and "columns".');
  const source = json.source;
  if (typeof source !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,39}$/.test(source))
    fail(
      'needs a "source": a short lower-case name of the system the ids come from, e.g. "pipedrive".',
    );
  const type = typeOverride ?? importTypes.find((candidate) => candidate === json.type);
  if (type === undefined) return fail(`needs a "type": one of ${importTypes.join(', ')}.`);
  if (!isRecord(json.columns))
    return fail('needs "columns": an object of Fulcrum field → column header in the file.');
  const allowedFields: readonly string[] = importFields[type];
  const columns: Partial<Record<ImportField, string>> = {};
  for (const [field, header] of Object.entries(json.columns)) {
    if (!allowedFields.includes(field))
      fail(`maps "${field}", which ${type} do not have; use ${allowedFields.join(', ')}.`);
    if (typeof header !== 'string' || header.trim() === '')
      fail(`maps "${field}" to ${JSON.stringify(header)}; give the column header as text.`);
    columns[field as ImportField] = header as string;
  }
  const dateOrders: readonly DateOrder[] = ['ymd', 'mdy', 'dmy'];
  const dateOrder = json.dateOrder ?? 'ymd';
  if (!dateOrders.includes(dateOrder as DateOrder))
    fail(`has dateOrder ${JSON.stringify(json.dateOrder)}; use ymd, mdy or dmy.`);
  const values = json.values ?? {};
  if (!isRecord(values)) return fail('has "values" that is not an object.');
  const stage = parseValueTable(values.stage, 'stage', opportunityStages);
  const buyingRole = parseValueTable(values.buyingRole, 'buyingRole', buyingRoles);
  const seniority = parseValueTable(values.seniority, 'seniority', seniorityLevels);
  const mapping: ImportMapping = {
    source: source as string,
    type,
    columns,
    dateOrder: dateOrder as DateOrder,
    values: {
      ...(stage && { stage }),
      ...(buyingRole && { buyingRole }),
      ...(seniority && { seniority }),
    },
    label: `${source as string} ${type} (mapping file)`,
  };
  const missing = missingRequired(mapping);
  if (missing.length > 0)
    fail(`does not map ${missing.join(', ')}, which ${type} need; add them under "columns".`);
  return mapping;
};

/** Checks that every column a mapping names is in the file's header row (ignoring case) and
 * returns the mapping with the headers spelled as the file spells them. */
export const fitMappingToHeaders = (
  mapping: ImportMapping,
  headers: readonly string[],
): ImportMapping => {
  const present = new Map(headers.map((header) => [normalizeHeader(header), header]));
  const absent = Object.entries(mapping.columns).filter(
    ([, header]) => header !== undefined && !present.has(normalizeHeader(header)),
  );
  if (absent.length > 0) {
    throw new DomainError(
      'validation-failed',
      `The file has no column ${absent.map(([field, header]) => `"${header}" (for ${field})`).join(', ')}. Its columns are: ${headers.join(', ')}.`,
    );
  }
  const columns: Partial<Record<ImportField, string>> = {};
  for (const [field, header] of Object.entries(mapping.columns) as [ImportField, string][])
    columns[field] = present.get(normalizeHeader(header)) ?? header;
  return { ...mapping, columns };
};
