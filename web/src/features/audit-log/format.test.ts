import { describe, expect, it } from 'vitest';
import {
  auditFieldLabel,
  describeAuditAction,
  describeAuditEntry,
  formatAuditValue,
} from './format.ts';

describe('audit log wording', () => {
  it.each([
    ['status', 'Status'],
    ['dueOn', 'Due on'],
    ['archivedAt', 'Archived at'],
    ['ownerTeamMemberId', 'Owner team member'],
    ['isOnBehalfOfCompany', 'Is on behalf of company'],
  ])('names the field %s as "%s"', (field, label) => {
    expect(auditFieldLabel(field)).toBe(label);
  });

  it.each([
    ['status', 'kept_late', 'Kept late'],
    ['text', null, '—'],
    ['text', '', '—'],
    ['decisionTimingShared', true, 'yes'],
    ['amount', 240000, '240000'],
    ['name', 'Acme', 'Acme'],
    ['settings', { asymmetry: 3 }, '{"asymmetry":3}'],
  ])('shows %s = %j as "%s"', (field, value, shown) => {
    expect(formatAuditValue(field, value)).toBe(shown);
  });

  it('shortens long text and keeps days as days', () => {
    expect(formatAuditValue('notes', 'x'.repeat(500))).toHaveLength(160);
    expect(formatAuditValue('dueOn', '2027-01-15')).toMatch(/2027/);
    expect(formatAuditValue('dueOn', '2027-01-15')).not.toMatch(/\d{2}:\d{2}/);
  });

  it.each([
    ['create', 'commitment', 'added the commitment'],
    ['archive', 'plan-goal', 'archived the plan goal'],
    ['update', 'trust-settings', 'changed the trust settings'],
  ] as const)('says %s of a %s as "%s"', (action, type, text) => {
    expect(describeAuditAction(action, type)).toBe(text);
  });

  it('names the record unless its name only repeats its kind', () => {
    expect(
      describeAuditEntry({ action: 'update', entity: { type: 'commitment', label: 'Send it' } }),
    ).toBe('changed the commitment “Send it”');
    expect(
      describeAuditEntry({
        action: 'create',
        entity: { type: 'mutual-plan', label: 'Mutual plan' },
      }),
    ).toBe('added the mutual plan');
  });
});
