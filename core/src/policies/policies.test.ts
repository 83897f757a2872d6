import { describe, expect, it } from 'vitest';
import type { Actor, WorkspaceRole } from '../model/index.ts';
import { accountRecordPolicy } from './account-records.ts';
import { teamMemberPolicy } from './team-member.ts';
import { webhookPolicy } from './webhook.ts';
import { workspacePolicy } from './workspace.ts';

const member = (role: WorkspaceRole): Actor =>
  ({ kind: 'member', workspaceId: 'w', userId: 'u', role }) as unknown as Actor;
const token = (role: WorkspaceRole): Actor =>
  ({ kind: 'token', workspaceId: 'w', userId: 'u', tokenId: 't', role }) as unknown as Actor;
const live = { archivedAt: null };
const archived = { archivedAt: new Date('2026-01-01T00:00:00Z') };

describe('accountRecordPolicy', () => {
  it.each([
    ['owner', true],
    ['admin', true],
    ['member', true],
    ['viewer', false],
  ] as const)('lets a %s write: %s', (role, allowed) => {
    expect(accountRecordPolicy.create(member(role))).toBe(allowed);
    expect(accountRecordPolicy.update(member(role), live)).toBe(allowed);
    expect(accountRecordPolicy.archive(member(role), live)).toBe(allowed);
  });

  it('archives only live records and restores only archived ones', () => {
    expect(accountRecordPolicy.archive(member('member'), archived)).toBe(false);
    expect(accountRecordPolicy.restore(member('member'), archived)).toBe(true);
    expect(accountRecordPolicy.restore(member('member'), live)).toBe(false);
  });

  it('lets everyone read', () => {
    expect(accountRecordPolicy.read(member('viewer'))).toBe(true);
  });
});

describe('teamMemberPolicy', () => {
  it.each([
    ['owner', true],
    ['admin', true],
    ['member', false],
    ['viewer', false],
  ] as const)('lets a %s manage the roster: %s', (role, allowed) => {
    expect(teamMemberPolicy.create(member(role))).toBe(allowed);
  });
});

describe('workspacePolicy', () => {
  it.each([
    ['owner', 'owner', true],
    ['admin', 'owner', false],
    ['admin', 'admin', true],
    ['member', 'admin', false],
    ['member', 'member', true],
    ['viewer', 'viewer', true],
  ] as const)('lets a %s create a %s token: %s', (role, tokenRole, allowed) => {
    expect(workspacePolicy.createToken(member(role), tokenRole)).toBe(allowed);
  });

  it('never lets a token create a token', () => {
    expect(workspacePolicy.createToken(token('owner'), 'viewer')).toBe(false);
  });

  it('only lets an owner make another owner', () => {
    expect(workspacePolicy.grantRole(member('admin'), 'owner')).toBe(false);
    expect(workspacePolicy.grantRole(member('owner'), 'owner')).toBe(true);
    expect(workspacePolicy.grantRole(member('admin'), 'member')).toBe(true);
  });
});

describe('webhookPolicy', () => {
  const enabled = { archivedAt: null, isEnabled: true };
  it.each([
    ['owner', true],
    ['admin', true],
    ['member', false],
    ['viewer', false],
  ] as const)('lets a %s manage webhooks: %s', (role, allowed) => {
    expect(webhookPolicy.create(member(role))).toBe(allowed);
    expect(webhookPolicy.update(member(role), live)).toBe(allowed);
    expect(webhookPolicy.rotateSecret(member(role), live)).toBe(allowed);
    expect(webhookPolicy.test(member(role), enabled)).toBe(allowed);
    expect(webhookPolicy.updateSettings(member(role))).toBe(allowed);
    expect(webhookPolicy.read(member(role))).toBe(true);
  });

  it('lets an admin token manage webhooks, as integrations set up their own', () => {
    expect(webhookPolicy.create(token('admin'))).toBe(true);
  });

  it('tests only enabled endpoints and retries only deliveries that were given up', () => {
    const admin = member('admin');
    expect(webhookPolicy.test(admin, { archivedAt: null, isEnabled: false })).toBe(false);
    expect(webhookPolicy.test(admin, { ...archived, isEnabled: true })).toBe(false);
    expect(webhookPolicy.retry(admin, { status: 'failed' }, enabled)).toBe(true);
    expect(webhookPolicy.retry(admin, { status: 'delivered' }, enabled)).toBe(false);
    expect(webhookPolicy.retry(admin, { status: 'pending' }, enabled)).toBe(false);
    expect(
      webhookPolicy.retry(admin, { status: 'failed' }, { archivedAt: null, isEnabled: false }),
    ).toBe(false);
  });
});
