import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.ts';
import {
  describeRejection,
  detectImportMapping,
  fitMappingToHeaders,
  type ImportMapping,
  inferSeniority,
  mapImportRow,
  parseAmount,
  parseDay,
  parseImportMapping,
} from './index.ts';

// Header rows as the CRMs write them: Salesforce data export (API names) and report export
// (labels); HubSpot "export all properties" files.
const headers = {
  salesforceAccounts:
    'Id,IsDeleted,MasterRecordId,Name,Type,ParentId,BillingStreet,BillingCity,BillingState,BillingPostalCode,BillingCountry,Phone,Website,Industry,AnnualRevenue,NumberOfEmployees,Description,OwnerId,CreatedDate,LastModifiedDate',
  salesforceAccountReport:
    'Account Owner,Account Name,Account ID,Type,Industry,Website,Billing City,Last Activity',
  salesforceContacts:
    'Id,IsDeleted,AccountId,LastName,FirstName,Salutation,MailingCity,Phone,Email,Title,Department,LeadSource,OwnerId,CreatedDate',
  salesforceOpportunities:
    'Id,IsDeleted,AccountId,Name,Description,StageName,Amount,Probability,CloseDate,Type,LeadSource,IsClosed,IsWon,ForecastCategory,CurrencyIsoCode,OwnerId,CreatedDate',
  salesforceOpportunityReport:
    'Opportunity Owner,Account Name,Account ID,Opportunity Name,Opportunity ID,Stage,Fiscal Period,Amount,Amount Currency,Probability (%),Close Date,Created Date',
  hubspotCompanies:
    'Record ID,Company name,Company owner,Create Date,Phone Number,Last Activity Date,City,Country/Region,Industry,Company Domain Name,Description,Number of Employees',
  hubspotContacts:
    'Record ID,First Name,Last Name,Email,Phone Number,Contact owner,Job Title,Lifecycle Stage,Create Date,Company Name,Associated Company IDs (Primary),Associated Company IDs',
  hubspotDeals:
    'Record ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount,Pipeline,Create Date,Deal Type,Associated Company IDs (Primary),Currency',
} as const;

const split = (line: string) => line.split(',');
const rowOf = (header: string, values: Record<string, string>) =>
  Object.fromEntries(split(header).map((h) => [h, values[h] ?? '']));

describe('detectImportMapping', () => {
  it.each([
    [
      'salesforceAccounts',
      'salesforce',
      'accounts',
      { externalId: 'Id', name: 'Name', domain: 'Website' },
    ],
    [
      'salesforceAccountReport',
      'salesforce',
      'accounts',
      { externalId: 'Account ID', name: 'Account Name' },
    ],
    [
      'salesforceContacts',
      'salesforce',
      'stakeholders',
      { accountExternalId: 'AccountId', lastName: 'LastName', title: 'Title' },
    ],
    [
      'salesforceOpportunities',
      'salesforce',
      'opportunities',
      { stage: 'StageName', expectedDecisionOn: 'CloseDate' },
    ],
    [
      'salesforceOpportunityReport',
      'salesforce',
      'opportunities',
      {
        externalId: 'Opportunity ID',
        accountExternalId: 'Account ID',
        currency: 'Amount Currency',
      },
    ],
    [
      'hubspotCompanies',
      'hubspot',
      'accounts',
      { externalId: 'Record ID', name: 'Company name', domain: 'Company Domain Name' },
    ],
    [
      'hubspotContacts',
      'hubspot',
      'stakeholders',
      { accountExternalId: 'Associated Company IDs (Primary)', title: 'Job Title' },
    ],
    ['hubspotDeals', 'hubspot', 'opportunities', { name: 'Deal Name', stage: 'Deal Stage' }],
  ] as const)('recognises %s', (key, source, type, columns) => {
    const mapping = detectImportMapping(split(headers[key]));
    expect(mapping).toMatchObject({ source, type, columns });
  });

  it('finds nothing in a file of unknown layout', () => {
    expect(detectImportMapping(['Org', 'Org Name', 'Owner'])).toBeNull();
  });

  it('honours the type asked for', () => {
    expect(detectImportMapping(split(headers.salesforceContacts), 'opportunities')).toBeNull();
  });
});

const sfOpportunities = detectImportMapping(split(headers.salesforceOpportunityReport))!;
const sfContacts = detectImportMapping(split(headers.salesforceContacts))!;
const hsDeals = detectImportMapping(split(headers.hubspotDeals))!;
const hsCompanies = detectImportMapping(split(headers.hubspotCompanies))!;

describe('mapImportRow', () => {
  it('maps a Salesforce opportunity report row', () => {
    const row = rowOf(headers.salesforceOpportunityReport, {
      'Account ID': '001Dn00000AbCdE',
      'Opportunity Name': 'Fleet renewal 2025',
      'Opportunity ID': '006Dn00000XyZ12',
      Stage: 'Negotiation/Review',
      Amount: '125,000.00',
      'Amount Currency': 'usd',
      'Close Date': '3/31/2025',
    });
    expect(mapImportRow(sfOpportunities, row, 2)).toEqual({
      ok: true,
      command: {
        type: 'opportunities',
        line: 2,
        externalId: '006Dn00000XyZ12',
        accountExternalId: '001Dn00000AbCdE',
        values: {
          name: 'Fleet renewal 2025',
          stage: 'negotiation',
          amount: 125000,
          currency: 'USD',
          expectedDecisionOn: '2025-03-31',
        },
      },
    });
  });

  it('maps a HubSpot contact, guessing seniority from the title only for new stakeholders', () => {
    const mapping = detectImportMapping(split(headers.hubspotContacts))!;
    const row = rowOf(headers.hubspotContacts, {
      'Record ID': '51',
      'First Name': 'Grete',
      'Last Name': 'Løvgren',
      Email: 'grete@nordfrakt.no',
      'Job Title': 'VP Operations',
      'Associated Company IDs (Primary)': '9001;9002',
    });
    expect(mapImportRow(mapping, row, 7)).toEqual({
      ok: true,
      command: {
        type: 'stakeholders',
        line: 7,
        externalId: '51',
        accountExternalId: '9001',
        values: { name: 'Grete Løvgren', title: 'VP Operations', email: 'grete@nordfrakt.no' },
        defaults: { buyingRole: 'user', seniority: 'senior' },
      },
    });
  });

  it('keeps a HubSpot company website as a bare domain', () => {
    const row = rowOf(headers.hubspotCompanies, {
      'Record ID': '9001',
      'Company name': 'Nordfrakt AS',
      'Company Domain Name': 'https://www.nordfrakt.no/',
    });
    const mapped = mapImportRow(hsCompanies, row, 2);
    expect(mapped).toMatchObject({ ok: true, command: { values: { domain: 'nordfrakt.no' } } });
  });

  it.each<[string, ImportMapping, string, Record<string, string>, string]>([
    [
      'an impossible date',
      hsDeals,
      headers.hubspotDeals,
      {
        'Record ID': '1',
        'Deal Name': 'X',
        'Deal Stage': 'closedwon',
        'Associated Company IDs (Primary)': '9',
        'Close Date': '31/02/2024',
      },
      "line 1,204: 'Close Date' is '31/02/2024', not a date",
    ],
    [
      'an unknown stage',
      hsDeals,
      headers.hubspotDeals,
      {
        'Record ID': '1',
        'Deal Name': 'X',
        'Deal Stage': 'Parked',
        'Associated Company IDs (Primary)': '9',
      },
      "line 1,204: 'Deal Stage' is 'Parked', not a stage Fulcrum knows; map it under \"values\" in a mapping file",
    ],
    [
      'a missing id',
      hsCompanies,
      headers.hubspotCompanies,
      { 'Company name': 'Acme' },
      "line 1,204: 'Record ID' is empty; rows are matched by this id, so every row needs one",
    ],
    [
      'a bad amount',
      sfOpportunities,
      headers.salesforceOpportunityReport,
      {
        'Opportunity ID': '6',
        'Account ID': '1',
        'Opportunity Name': 'X',
        Stage: 'Prospecting',
        Amount: 'lots',
      },
      "line 1,204: 'Amount' is 'lots', not an amount (write it like 12500.00)",
    ],
    [
      'a bad email',
      sfContacts,
      headers.salesforceContacts,
      { Id: '3', AccountId: '1', LastName: 'Doe', Email: 'doe at acme' },
      "line 1,204: 'Email' is 'doe at acme', not an email address",
    ],
    [
      'a contact without account',
      sfContacts,
      headers.salesforceContacts,
      { Id: '3', LastName: 'Doe' },
      "line 1,204: 'AccountId' is empty; every stakeholder belongs to an account; fill in the account id",
    ],
  ])('rejects %s with the line and what to fix', (_, mapping, header, values, message) => {
    const mapped = mapImportRow(mapping, rowOf(header, values), 1204);
    expect(mapped.ok).toBe(false);
    if (!mapped.ok) expect(describeRejection(mapped.rejection)).toMatch(message);
  });
});

describe('parseImportMapping', () => {
  const json = {
    source: 'pipedrive',
    type: 'opportunities',
    columns: {
      externalId: 'Deal ID',
      accountExternalId: 'Organization ID',
      name: 'Title',
      stage: 'Status',
      expectedDecisionOn: 'Expected close date',
    },
    dateOrder: 'dmy',
    values: { stage: { Open: 'discovery', 'Won!': 'won' } },
  };

  it('reads a generic mapping and applies its value table and date order', () => {
    const mapping = fitMappingToHeaders(parseImportMapping(json), [
      'deal id',
      'Organization ID',
      'Title',
      'Status',
      'Expected close date',
    ]);
    const mapped = mapImportRow(
      mapping,
      {
        'deal id': 'D-1',
        'Organization ID': 'O-1',
        Title: 'Pilot',
        Status: 'won!',
        'Expected close date': '03/04/2025',
      },
      2,
    );
    expect(mapped).toMatchObject({
      ok: true,
      command: { externalId: 'D-1', values: { stage: 'won', expectedDecisionOn: '2025-04-03' } },
    });
  });

  it.each([
    [{ ...json, type: 'leads' }, /needs a "type"/],
    [
      { ...json, columns: { ...json.columns, color: 'Colour' } },
      /maps "color", which opportunities do not have/,
    ],
    [{ ...json, columns: { name: 'Title' } }, /does not map externalId, accountExternalId, stage/],
    [
      { ...json, values: { stage: { Open: 'open' } } },
      /maps stage "Open" to "open"; use one of discovery/,
    ],
    [{ ...json, source: 'Pipe Drive' }, /needs a "source"/],
  ])('explains what is wrong with %o', (bad, message) => {
    try {
      parseImportMapping(bad);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.detail).toMatch(message);
    }
  });

  it('says which columns the file lacks', () => {
    expect(() => fitMappingToHeaders(parseImportMapping(json), ['Deal ID'])).toThrow(
      /no column "Organization ID" \(for accountExternalId\)/,
    );
  });
});

describe('value parsing', () => {
  it.each([
    ['2024-02-29', 'ymd', '2024-02-29'],
    ['2024-03-31 14:02', 'ymd', '2024-03-31'],
    ['2024-03-31T14:02:00Z', 'mdy', '2024-03-31'],
    ['3/31/2024', 'mdy', '2024-03-31'],
    ['31/03/2024', 'dmy', '2024-03-31'],
    ['31.03.2024', 'mdy', '2024-03-31'],
    ['31/03/2024', 'ymd', '2024-03-31'],
  ] as const)('reads %s (%s) as %s', (text, order, day) => {
    expect(parseDay(text, order)).toBe(day);
  });

  it.each([
    ['2023-02-29', 'ymd'],
    ['31/02/2024', 'dmy'],
    ['13/13/2024', 'mdy'],
    ['next week', 'ymd'],
  ] as const)('refuses %s (%s)', (text, order) => {
    expect(parseDay(text, order)).toMatchObject({ problem: expect.stringMatching(/not a date/) });
  });

  it('asks for the order of an ambiguous slashed date', () => {
    expect(parseDay('03/04/2024', 'ymd')).toMatchObject({
      problem: expect.stringMatching(/dateOrder/),
    });
  });

  it.each([
    ['1234.5', 1234.5],
    ['1,234.50', 1234.5],
    ['1.234,50', 1234.5],
    ['€ 12.500,00', 12500],
    ['$1,000,000', 1_000_000],
    ['99,95', 99.95],
  ])('reads the amount %s as %d', (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });

  it.each([
    ['Chief Revenue Officer', 'executive'],
    ['Vice President, Procurement', 'senior'],
    ['Head of IT', 'senior'],
    ['Procurement Manager', 'manager'],
    ['Analyst', 'staff'],
  ] as const)('guesses %s is %s', (title, level) => {
    expect(inferSeniority(title)).toBe(level);
  });
});
