import { describe, expect, it } from 'vitest';
import { buildMember, buildSignedInMember } from '../../../test/factories.ts';
import { api, type As, getTestServer, type TestResponse } from '../../../test/test-server.ts';

/** Sends a CSV file as the raw body, as the web app and `curl --data-binary` do. */
const postCsv = async (path: string, as: As, csv: string): Promise<TestResponse> => {
  const { baseUrl } = await getTestServer();
  const response = await fetch(baseUrl + path, {
    method: 'POST',
    headers: { ...(as?.headers ?? {}), 'content-type': 'text/csv' },
    body: csv,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as unknown) : undefined,
    text,
  };
};

const salesforceAccounts = [
  'Id,Name,Website,Industry,Description,Phone',
  '001A,Acme Corp,https://www.acme.com/about,Manufacturing,Long-time customer,555-0100',
  '001B,Globex,globex.com,Energy,,555-0101',
].join('\r\n');

const accountTotal = async (as: As) =>
  (await api.get('/api/accounts?limit=1', as)).body.page.total as number;

describe('POST /api/imports/preview', () => {
  it('recognises a Salesforce accounts export and maps its first rows without writing', async () => {
    const member = await buildMember();
    const csv = `${salesforceAccounts}\r\n001C,,,,,\r\n`;

    const res = await postCsv('/api/imports/preview', member, csv);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      source: 'salesforce',
      type: 'accounts',
      label: 'Salesforce accounts',
      encoding: 'utf8',
      delimiter: ',',
      unmappedColumns: ['Phone'],
    });
    expect(res.body.mapping).toEqual([
      { column: 'Id', field: 'externalId' },
      { column: 'Name', field: 'name' },
      { column: 'Website', field: 'domain' },
      { column: 'Industry', field: 'industry' },
      { column: 'Description', field: 'notes' },
    ]);
    expect(res.body.previewRows).toHaveLength(3);
    expect(res.body.previewRows[0]).toMatchObject({
      line: 2,
      values: { Id: '001A', Name: 'Acme Corp', Phone: '555-0100' },
      command: { type: 'accounts', externalId: '001A', values: { domain: 'acme.com' } },
      rejection: null,
    });
    expect(res.body.previewRows[2]).toMatchObject({
      line: 4,
      command: null,
      rejection: expect.stringContaining("'Name' is empty"),
    });
    expect(await accountTotal(member)).toBe(0);
  });

  it('shows at most 10 rows and honours a mapping file sent as a query parameter', async () => {
    const member = await buildMember();
    const rows = Array.from({ length: 25 }, (_, i) => `P-${i};Company ${i}`);
    const csv = ['Code;Company', ...rows].join('\n');
    const mapping = { source: 'pipedrive', columns: { externalId: 'Code', name: 'Company' } };

    const res = await postCsv(
      `/api/imports/preview?type=accounts&mapping=${encodeURIComponent(JSON.stringify(mapping))}`,
      member,
      csv,
    );

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ source: 'pipedrive', type: 'accounts', delimiter: ';' });
    expect(res.body.previewRows).toHaveLength(10);
    expect(res.body.previewRows[9]).toMatchObject({ line: 11, command: { externalId: 'P-9' } });
  });

  it('explains headers it does not know, a body that is not CSV and a mapping that is not JSON', async () => {
    const member = await buildMember();

    const unknown = await postCsv('/api/imports/preview', member, 'Foo,Bar\n1,2\n');
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(unknown.body.detail).toMatch(/not a Salesforce or HubSpot/);

    const json = await api.post('/api/imports/preview', member, { csv: 'Id,Name' });
    expect(json.status).toBe(415);
    expect(json.body.detail).toMatch(/text\/csv/);

    const badMapping = await postCsv('/api/imports/preview?mapping=%7Bnope', member, 'Id,Name\n');
    expect(badMapping.status).toBe(400);
    expect(badMapping.body.errors).toEqual([
      { pointer: '/querystring/mapping', detail: 'is not valid JSON' },
    ]);

    const badType = await postCsv('/api/imports/preview?type=planets', member, salesforceAccounts);
    expect(badType.status).toBe(400);
    expect(badType.body.code).toBe('validation-failed');
  });
});

describe('POST /api/imports', () => {
  it('creates the rows, and an identical second import leaves them all unchanged', async () => {
    const member = await buildMember();

    const dryRun = await postCsv('/api/imports?dryRun=true', member, salesforceAccounts);
    expect(dryRun.status).toBe(200);
    expect(dryRun.body).toMatchObject({ dryRun: true, rows: 2, created: 2, rejected: [] });
    expect(await accountTotal(member)).toBe(0);

    const first = await postCsv('/api/imports?type=accounts', member, salesforceAccounts);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      source: 'salesforce',
      type: 'accounts',
      label: 'Salesforce accounts',
      dryRun: false,
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: [],
      rejectedCount: 0,
    });
    const accounts = await api.get('/api/accounts?sort=name', member);
    expect(accounts.body.data).toMatchObject([
      { name: 'Acme Corp', domain: 'acme.com', industry: 'Manufacturing' },
      { name: 'Globex', domain: 'globex.com' },
    ]);

    const second = await postCsv('/api/imports', member, salesforceAccounts);
    expect(second.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejectedCount: 0 });

    const renamed = salesforceAccounts.replace('Globex,', 'Globex Corporation,');
    const third = await postCsv('/api/imports', member, renamed);
    expect(third.body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
  });

  it('rejects a row with a bad date by its line and imports the others', async () => {
    const member = await buildMember();
    await postCsv('/api/imports', member, salesforceAccounts);
    const opportunities = [
      'Id,AccountId,Name,StageName,Amount,CloseDate',
      '006A,001A,Platform renewal,Negotiation/Review,"12,500.00",03/31/2026',
      '006B,001B,Pilot,Prospecting,5000,31/02/2026',
      '006C,001B,Expansion,Closed Won,9000,2026-05-01',
    ].join('\n');

    const res = await postCsv('/api/imports?type=opportunities', member, opportunities);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      type: 'opportunities',
      rows: 3,
      created: 2,
      rejectedCount: 1,
    });
    expect(res.body.rejected).toEqual([
      {
        line: 3,
        reason: "'CloseDate' is '31/02/2026', not a date (write it as MM/DD/YYYY or YYYY-MM-DD)",
      },
    ]);
  });

  it('works from a signed-in browser session, which must send its CSRF token', async () => {
    const member = await buildSignedInMember();

    const res = await postCsv('/api/imports', member, salesforceAccounts);
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(2);

    const { 'x-csrf-token': _token, ...withoutToken } = member.headers;
    const forged = await postCsv('/api/imports', { headers: withoutToken }, salesforceAccounts);
    expect(forged.status).toBe(403);
  });

  it('answers 401 without credentials and 403 to a viewer, and writes nothing', async () => {
    const owner = await buildMember({ role: 'owner' });
    const viewer = await buildMember({ role: 'viewer', workspaceId: owner.workspaceId });

    for (const path of ['/api/imports/preview', '/api/imports']) {
      const anonymous = await postCsv(path, null, salesforceAccounts);
      expect(anonymous.status, path).toBe(401);
      expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);

      const refused = await postCsv(path, viewer, salesforceAccounts);
      expect(refused.status, path).toBe(403);
      expect(refused.body.code).toBe('forbidden');
    }
    expect(await accountTotal(owner)).toBe(0);
  });

  it('accepts files over the JSON limit and refuses those over 20 MB', async () => {
    const member = await buildMember();
    const row = (i: number) => `X${i},Account ${i},,,${'n'.repeat(90)}`;
    const big = [
      'Id,Name,Website,Industry,Description',
      ...Array.from({ length: 15_000 }, (_, i) => row(i)),
    ].join('\n');
    expect(big.length).toBeGreaterThan(1024 * 1024);

    const preview = await postCsv('/api/imports/preview', member, big);
    expect(preview.status).toBe(200);

    const huge = await postCsv('/api/imports/preview', member, big.repeat(14));
    expect(huge.status).toBe(413);
    expect(huge.body.detail).toMatch(/20 MB/);
  });
});
