import type { DateOrder, ImportField, ImportType } from './fields.ts';

/** A CRM export layout Fulcrum recognises without a mapping file. */
export type ImportPreset = {
  source: string;
  type: ImportType;
  label: string;
  dateOrder: DateOrder;
  /** Field → the headers that CRM uses for it (API names of a data export, labels of a report). */
  columns: Partial<Record<ImportField, readonly string[]>>;
};

const associatedCompany = [
  'Associated Company IDs (Primary)',
  'Associated Company ID',
  'Associated Company IDs',
  'Company ID',
];

/** Salesforce (data export API names and report labels) and HubSpot (export labels) layouts. */
export const importPresets: readonly ImportPreset[] = [
  {
    source: 'salesforce',
    type: 'accounts',
    label: 'Salesforce accounts',
    // Report exports follow the user's locale; the US default is month first. ISO always works.
    dateOrder: 'mdy',
    columns: {
      externalId: ['Id', 'Account ID'],
      name: ['Name', 'Account Name'],
      domain: ['Website'],
      industry: ['Industry'],
      notes: ['Description'],
    },
  },
  {
    source: 'salesforce',
    type: 'stakeholders',
    label: 'Salesforce contacts',
    dateOrder: 'mdy',
    columns: {
      externalId: ['Id', 'Contact ID'],
      accountExternalId: ['AccountId', 'Account ID'],
      name: ['Name', 'Full Name'],
      firstName: ['FirstName', 'First Name'],
      lastName: ['LastName', 'Last Name'],
      title: ['Title'],
      email: ['Email'],
      notes: ['Description'],
    },
  },
  {
    source: 'salesforce',
    type: 'opportunities',
    label: 'Salesforce opportunities',
    dateOrder: 'mdy',
    columns: {
      externalId: ['Id', 'Opportunity ID'],
      accountExternalId: ['AccountId', 'Account ID'],
      name: ['Name', 'Opportunity Name'],
      stage: ['StageName', 'Stage'],
      amount: ['Amount'],
      currency: ['CurrencyIsoCode', 'Opportunity Currency', 'Amount Currency'],
      expectedDecisionOn: ['CloseDate', 'Close Date'],
      notes: ['Description'],
    },
  },
  {
    source: 'hubspot',
    type: 'accounts',
    label: 'HubSpot companies',
    dateOrder: 'ymd',
    columns: {
      externalId: ['Record ID', 'Company ID'],
      name: ['Company name'],
      domain: ['Company Domain Name', 'Website URL'],
      industry: ['Industry'],
      notes: ['Description', 'About Us'],
    },
  },
  {
    source: 'hubspot',
    type: 'stakeholders',
    label: 'HubSpot contacts',
    dateOrder: 'ymd',
    columns: {
      externalId: ['Record ID', 'Contact ID'],
      accountExternalId: associatedCompany,
      firstName: ['First Name'],
      lastName: ['Last Name'],
      title: ['Job Title'],
      email: ['Email'],
    },
  },
  {
    source: 'hubspot',
    type: 'opportunities',
    label: 'HubSpot deals',
    dateOrder: 'ymd',
    columns: {
      externalId: ['Record ID', 'Deal ID'],
      accountExternalId: associatedCompany,
      name: ['Deal Name'],
      stage: ['Deal Stage'],
      amount: ['Amount'],
      currency: ['Currency', 'Deal currency code'],
      expectedDecisionOn: ['Close Date'],
      notes: ['Deal Description'],
    },
  },
];
