import { describe, expect, it } from 'vitest';
import { buildMember } from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

const notes = [
  'QBR with the buying group',
  '- We will send the revised pricing by Friday.',
  '- Jonas to confirm the seat count before the Q3 review.',
  '- We discussed the renewal timeline.',
].join('\n');

describe('POST /api/commitments/extract', () => {
  it('proposes the commitments in the notes, both sides, with due dates', async () => {
    const member = await buildMember();
    // 2026-03-11 is a Wednesday.
    const res = await api.post('/api/commitments/extract', member, {
      text: notes,
      referenceDate: '2026-03-11',
      theirNames: ['Jonas Weber'],
    });
    expect(res.status).toBe(200);
    expect(res.body.suggestions).toEqual([
      {
        sentence: 'We will send the revised pricing by Friday.',
        side: 'ours',
        owner: null,
        dueAt: '2026-03-13',
        duePhrase: 'by Friday',
        confidence: expect.any(Number),
      },
      {
        sentence: 'Jonas to confirm the seat count before the Q3 review.',
        side: 'theirs',
        owner: 'Jonas',
        dueAt: null,
        duePhrase: 'before the Q3 review',
        confidence: expect.any(Number),
      },
    ]);
  });

  it('lets a viewer ask too, and answers an empty list for notes without promises', async () => {
    const viewer = await buildMember({ role: 'viewer' });
    const res = await api.post('/api/commitments/extract', viewer, {
      text: 'Will they sign by Friday?',
      referenceDate: '2026-03-11',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ suggestions: [] });
  });

  it.each([
    [
      'a date that is not a day',
      { text: notes, referenceDate: '2026-02-30' },
      { pointer: '/referenceDate', detail: 'is not a real calendar date' },
    ],
    [
      'a date in another format',
      { text: notes, referenceDate: '11/03/2026' },
      { pointer: '/referenceDate', detail: 'must be a date as YYYY-MM-DD' },
    ],
    [
      'missing text',
      { referenceDate: '2026-03-11' },
      { pointer: '/text', detail: expect.any(String) },
    ],
    [
      'text that is too long',
      { text: 'x'.repeat(50_001), referenceDate: '2026-03-11' },
      { pointer: '/text', detail: 'must be at most 50,000 characters' },
    ],
    [
      'an unknown field',
      { text: notes, referenceDate: '2026-03-11', accountId: 'a' },
      { pointer: '/accountId', detail: 'is not a field this endpoint accepts' },
    ],
    [
      'an empty name',
      { text: notes, referenceDate: '2026-03-11', ourNames: ['Tom', ' '] },
      { pointer: '/ourNames/1', detail: 'must not be empty' },
    ],
  ])('refuses %s with 400 and a pointer', async (_kind, body, error) => {
    const member = await buildMember();
    const res = await api.post('/api/commitments/extract', member, body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('validation-failed');
    expect(res.body.errors).toContainEqual(error);
  });

  it('needs credentials', async () => {
    const res = await api.post('/api/commitments/extract', null, {
      text: notes,
      referenceDate: '2026-03-11',
    });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });
});
