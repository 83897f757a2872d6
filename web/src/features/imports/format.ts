import type { ImportField, ImportType } from '@fulcrum/core';
import type { ImportPreview } from './api.ts';

/** What each kind of file is called in the type picker. */
export const importTypeLabels: Record<ImportType, string> = {
  accounts: 'Accounts',
  stakeholders: 'Stakeholders (contacts)',
  opportunities: 'Opportunities (deals)',
  relationships: 'Relationships',
};

/** The Fulcrum field a column fills, as people read it. */
export const importFieldLabels: Record<ImportField, string> = {
  externalId: 'CRM id',
  accountExternalId: 'Account CRM id',
  stakeholderExternalId: 'Stakeholder CRM id',
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  domain: 'Domain',
  industry: 'Industry',
  title: 'Title',
  email: 'Email',
  buyingRole: 'Buying role',
  seniority: 'Seniority',
  stage: 'Stage',
  amount: 'Amount',
  currency: 'Currency',
  expectedDecisionOn: 'Expected decision',
  teamMemberEmail: 'Team member email',
  teamMemberName: 'Team member name',
  strength: 'Strength',
  lastContactOn: 'Last contact',
  notes: 'Notes',
};

/** How the file was read: "UTF-8, comma-separated". */
export const describeFileFormat = (preview: Pick<ImportPreview, 'encoding' | 'delimiter'>) => {
  const encoding = preview.encoding === 'utf8' ? 'UTF-8' : 'Latin-1';
  const delimiter = { ',': 'comma', ';': 'semicolon', '\t': 'tab' }[preview.delimiter];
  return `${encoding}, ${delimiter}-separated`;
};

/** Shortens a cell for a preview table: "A long description…". */
export const truncateCell = (text: string, max = 60): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
