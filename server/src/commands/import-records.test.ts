import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../test/test-db.ts';
import { buildTeamMember, buildWorkspace } from '../test/factories.ts';
import { openCsv } from './import-csv.ts';
import { importRecords, type ImportOptions } from './import-records.ts';

const csv = (text: string | Buffer) =>
  openCsv(Readable.from([typeof text === 'string' ? Buffer.from(text, 'utf8') : text]));

const run = async (
  workspaceId: string,
  text: string | Buffer,
  options: Partial<ImportOptions> = {},
) => importRecords(await getTestDb(), workspaceId, { file: await csv(text), ...options });

const salesforceAccounts = [
  'Id,IsDeleted,Name,Type,Website,Industry,Description,OwnerId',
  '001Dn00000AbC1,false,Nordfrakt AS,Customer,https://www.nordfrakt.no,Logistics,"Fleet of 400 trucks.',
  'Renewal due in spring."',
  '001Dn00000AbC2,false,Meridian Bank,Prospect,meridian.example,Banking,,005Dn',
  '001Dn00000AbC3,false,,Prospect,,,,005Dn',
].join('\n');

const salesforceContacts = [
  'Id,AccountId,LastName,FirstName,Title,Email',
  '003Dn0000001,001Dn00000AbC1,Løvgren,Grete,Chief Operating Officer,grete@nordfrakt.no',
  '003Dn0000002,001Dn00000AbC2,Okafor,Chidi,Procurement Manager,chidi@meridian.example',
  '003Dn0000003,001Dn00000ZZZZ,Nobody,No,Analyst,no@where.example',
].join('\n');

const stakeholdersOf = async (workspaceId: string) =>
  (await getTestDb()).query<{ name: string; account: string; seniority: string; title: string }>(
    `SELECT s.name, a.name AS account, s.seniority, s.title FROM stakeholders s
     JOIN accounts a ON a.workspace_id = s.workspace_id AND a.id = s.account_id
     WHERE s.workspace_id = $1 ORDER BY s.name`,
    [workspaceId],
  );

describe('importRecords', () => {
  it('upserts by CRM id: a second import changes nothing, a newer export updates what changed', async () => {
    const workspace = await buildWorkspace();
    const first = await run(workspace.id, salesforceAccounts);
    expect(first).toMatchObject({ rows: 3, created: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(first.mapping.label).toBe('Salesforce accounts');
    // The multi-line description makes the third record start on line 5.
    expect(first.rejections).toEqual([
      { line: 5, reason: "'Name' is empty; every account needs a name" },
    ]);

    const again = await run(workspace.id, salesforceAccounts);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 1 });

    const newer = await run(
      workspace.id,
      salesforceAccounts.replace('Meridian Bank', 'Meridian Bank plc'),
    );
    expect(newer).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const db = await getTestDb();
    const accounts = await db.query<{ name: string; notes: string | null; domain: string | null }>(
      'SELECT name, notes, domain FROM accounts WHERE workspace_id = $1 ORDER BY name',
      [workspace.id],
    );
    expect(accounts).toEqual([
      { name: 'Meridian Bank plc', notes: null, domain: 'meridian.example' },
      {
        name: 'Nordfrakt AS',
        notes: 'Fleet of 400 trucks.\nRenewal due in spring.',
        domain: 'nordfrakt.no',
      },
    ]);
  });

  it('links stakeholders to their accounts by the CRM account id and reports the unknown ones', async () => {
    const workspace = await buildWorkspace();
    await run(workspace.id, salesforceAccounts);
    const summary = await run(workspace.id, salesforceContacts);
    expect(summary).toMatchObject({ created: 2, rejected: 1 });
    expect(summary.rejections[0]).toEqual({
      line: 4,
      reason:
        "'AccountId' is '001Dn00000ZZZZ', but no account with that id has been imported from salesforce; import the accounts file first",
    });
    expect(await stakeholdersOf(workspace.id)).toEqual([
      {
        name: 'Chidi Okafor',
        account: 'Meridian Bank',
        seniority: 'manager',
        title: 'Procurement Manager',
      },
      {
        name: 'Grete Løvgren',
        account: 'Nordfrakt AS',
        seniority: 'executive',
        title: 'Chief Operating Officer',
      },
    ]);
  });

  it('reads Latin-1 with semicolons and UTF-8 with a BOM and tabs alike', async () => {
    const workspace = await buildWorkspace();
    const latin1 = Buffer.from(
      'Record ID;Company name;Company Domain Name;Industry\n9001;Café Müller GmbH;cafe-mueller.de;Gastronomie\n',
      'latin1',
    );
    const file = await csv(latin1);
    expect(file).toMatchObject({ encoding: 'latin1', delimiter: ';' });
    expect(await run(workspace.id, latin1)).toMatchObject({ created: 1, rejected: 0 });

    const bomTab = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        'Record ID\tCompany name\tIndustry\n9001\tCafé Müller GmbH\tGastronomie\n9002\tØresund ApS\tShipping\n',
      ),
    ]);
    expect(await csv(bomTab)).toMatchObject({
      encoding: 'utf8',
      delimiter: '\t',
      headers: ['Record ID', 'Company name', 'Industry'],
    });
    expect(await run(workspace.id, bomTab)).toMatchObject({ created: 1, unchanged: 1 });
  });

  it('imports relationships of any CSV through a mapping file', async () => {
    const workspace = await buildWorkspace();
    await buildTeamMember(workspace.id, { name: 'Sam Seller', email: 'sam@fulcrum.example' });
    await run(workspace.id, salesforceAccounts);
    await run(workspace.id, salesforceContacts);
    const mapping = {
      source: 'salesforce',
      type: 'relationships',
      columns: {
        stakeholderExternalId: 'Contact',
        teamMemberEmail: 'Owner Email',
        strength: 'Strength',
        lastContactOn: 'Last Met',
      },
      dateOrder: 'dmy',
    };
    const summary = await run(
      workspace.id,
      'Contact,Owner Email,Strength,Last Met\n003Dn0000001,SAM@fulcrum.example,4,31/01/2025\n003Dn0000002,ghost@fulcrum.example,3,\n003Dn0000002,sam@fulcrum.example,9,\n',
      { mapping },
    );
    expect(summary).toMatchObject({ created: 1, rejected: 2 });
    expect(summary.rejections.map((r) => r.reason)).toEqual([
      "'Owner Email' is 'ghost@fulcrum.example', but no single team member of this workspace has that email; add them under Team first",
      "'Strength' is '9', not a whole number from 1 to 5",
    ]);
  });

  it('changes nothing on a dry run, yet counts exactly', async () => {
    const workspace = await buildWorkspace();
    const summary = await run(workspace.id, salesforceAccounts, { dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, created: 2, rejected: 1 });
    const [count] = await (
      await getTestDb()
    ).query<{ n: number }>('SELECT count(*)::int AS n FROM accounts WHERE workspace_id = $1', [
      workspace.id,
    ]);
    expect(count?.n).toBe(0);
  });

  it('commits whole batches: a run stopped after one batch keeps it, and running again completes it', async () => {
    const workspace = await buildWorkspace();
    const rows = Array.from({ length: 10 }, (_, i) => `A${i},Account ${i}`).join('\n');
    const file = `Id,Name\n${rows}\n`;
    const stop = new AbortController();
    const stopped = await run(workspace.id, file, {
      batchSize: 4,
      signal: stop.signal,
      onProgress: () => stop.abort(),
    });
    expect(stopped).toMatchObject({ created: 4 });
    const resumed = await run(workspace.id, file, { batchSize: 4 });
    expect(resumed).toMatchObject({ created: 6, unchanged: 4, updated: 0 });
  });

  it('explains a file it cannot map', async () => {
    const workspace = await buildWorkspace();
    await expect(run(workspace.id, 'Org,Owner\nAcme,Sam\n')).rejects.toThrow(
      /not a Salesforce or HubSpot .* export Fulcrum knows. Describe them in a mapping file/,
    );
  });
});
