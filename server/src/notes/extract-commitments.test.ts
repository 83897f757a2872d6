import { describe, expect, it } from 'vitest';
import { extractCommitments } from './extract-commitments.ts';
import { labelledNoteNames, labelledNotes } from './labelled-notes.ts';
import { splitNoteSentences } from './split-note.ts';

const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);

describe('commitment extraction on the labelled notes', () => {
  it('finds the promises, with their side and due date', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    let sideHits = 0;
    let ownerHits = 0;
    let dueHits = 0;
    const misses: string[] = [];
    for (const note of labelledNotes) {
      const [found] = extractCommitments({
        text: note.text,
        referenceDate: note.referenceDate,
        ...labelledNoteNames,
      });
      const { expected } = note;
      if (!found) {
        if (expected.isCommitment) {
          falseNegatives += 1;
          misses.push(`missed: ${note.text}`);
        }
        continue;
      }
      if (!expected.isCommitment) {
        falsePositives += 1;
        misses.push(`not a promise: ${note.text}`);
        continue;
      }
      truePositives += 1;
      if (found.side === expected.side) sideHits += 1;
      else misses.push(`side ${found.side}: ${note.text}`);
      if (found.owner === (expected.owner ?? null)) ownerHits += 1;
      else misses.push(`owner ${found.owner}: ${note.text}`);
      // With no day to resolve, the phrase kept is what the reader needs.
      const isDueRight =
        found.dueAt === (expected.dueAt ?? null) &&
        (expected.dueAt !== null ||
          (found.duePhrase ?? '').toLowerCase() === (expected.duePhrase ?? '').toLowerCase());
      if (isDueRight) dueHits += 1;
      else misses.push(`due ${found.dueAt} (${found.duePhrase}): ${note.text}`);
    }
    const precision = ratio(truePositives, truePositives + falsePositives);
    const recall = ratio(truePositives, truePositives + falseNegatives);
    const side = ratio(sideHits, truePositives);
    const owner = ratio(ownerHits, truePositives);
    const due = ratio(dueHits, truePositives);
    console.log(
      `commitment extraction on ${labelledNotes.length} labelled sentences: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}, side accuracy ${side.toFixed(2)}, owner accuracy ${owner.toFixed(2)}, due-date accuracy ${due.toFixed(2)}`,
    );
    if (misses.length > 0) console.log(`  wrong: ${misses.join('\n  wrong: ')}`);

    expect(labelledNotes.length).toBeGreaterThanOrEqual(60);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(side).toBeGreaterThanOrEqual(0.9);
    expect(owner).toBeGreaterThanOrEqual(0.85);
    expect(due).toBeGreaterThanOrEqual(0.85);
  });
});

// 2026-05-29 is a Friday.
const friday = '2026-05-29';
const dueOf = (phrase: string, referenceDate = friday) => {
  const [found] = extractCommitments({ text: `We will send the deck ${phrase}.`, referenceDate });
  return { dueAt: found?.dueAt ?? null, duePhrase: found?.duePhrase ?? null };
};

describe('extractCommitments: due dates', () => {
  it.each([
    ['by Friday', '2026-06-05'],
    ['this Friday', '2026-05-29'],
    ['by Monday', '2026-06-01'],
    ['before Friday', '2026-06-04'],
    ['tomorrow', '2026-05-30'],
    ['today', '2026-05-29'],
    ['by end of day', '2026-05-29'],
    ['in two weeks', '2026-06-12'],
    ['within 10 days', '2026-06-08'],
    ['on 3 March', '2027-03-03'],
    ['on June 3', '2026-06-03'],
    ['by 2026-07-01', '2026-07-01'],
    ['by the 20th', '2026-06-20'],
    ['by mid-July', '2026-07-15'],
    ['by the end of the month', '2026-05-31'],
    ['by the end of next month', '2026-06-30'],
    ['by end of next week', '2026-06-05'],
    ['next week', '2026-06-05'],
    ['by the end of the quarter', '2026-06-30'],
    ['by the end of Q3', '2026-09-30'],
    ['before Q3', '2026-06-30'],
    ['by year end', '2026-12-31'],
    ['in July', '2026-07-31'],
    ['before Christmas', '2026-12-24'],
  ])('reads "%s" on Friday 29 May 2026 as %s', (phrase, dueAt) => {
    expect(dueOf(phrase)).toEqual({ dueAt, duePhrase: phrase });
  });

  it.each([
    ['before the Q3 review'],
    ['after the steering committee'],
    ['ahead of their board meeting'],
    ['as soon as possible'],
  ])('keeps "%s" as the phrase when it names no day', (phrase) => {
    expect(dueOf(phrase)).toEqual({ dueAt: null, duePhrase: phrase });
  });

  it('reads a deadline written before the promise', () => {
    expect(
      extractCommitments({
        text: 'By Monday, they will share the org chart.',
        referenceDate: friday,
      })[0],
    ).toMatchObject({ side: 'theirs', dueAt: '2026-06-01', duePhrase: 'By Monday' });
  });

  it('leaves both null when there is no deadline', () => {
    expect(dueOf('')).toEqual({ dueAt: null, duePhrase: null });
  });
});

describe('extractCommitments: whose promise', () => {
  const names = { ourNames: ['Dana Ruiz', 'Omar'], theirNames: ['Eva Lind', 'Kofi'] };
  it.each([
    ['I will draft the statement of work.', 'ours', null],
    ["We'll set up the trial workspace.", 'ours', null],
    ['Our solutions engineer will prepare a demo.', 'ours', null],
    ['Let me find a reference in their industry.', 'ours', null],
    ['Dana will chase the legal review.', 'ours', 'Dana'],
    ['Omar is going to rerun the load test.', 'ours', 'Omar'],
    ['Omar to fix the SSO mapping.', 'ours', 'Omar'],
    ['They will send the security questionnaire.', 'theirs', null],
    ['The customer agreed to share last year’s usage.', 'theirs', null],
    ['Eva Lind promised to introduce us to the COO.', 'theirs', 'Eva Lind'],
    ['Kofi will confirm the data residency needs.', 'theirs', 'Kofi'],
    ['Ravi from their finance team will approve the PO.', 'theirs', 'Ravi'],
    ['Eva said she will circulate the minutes.', 'theirs', 'Eva'],
    ['We agreed that Omar will book the QBR.', 'ours', 'Omar'],
  ])('"%s" is %s, owned by %s', (text, side, owner) => {
    const [found] = extractCommitments({ text, referenceDate: friday, ...names });
    expect(found).toMatchObject({ side, owner });
  });

  it('is less sure of a name nobody listed, and takes it for theirs', () => {
    const [known] = extractCommitments({
      text: 'Kofi will send the logs.',
      referenceDate: friday,
      theirNames: ['Kofi'],
    });
    const [unknown] = extractCommitments({
      text: 'Kofi will send the logs.',
      referenceDate: friday,
    });
    expect(unknown).toMatchObject({ side: 'theirs', owner: 'Kofi' });
    expect(unknown!.confidence).toBeLessThan(known!.confidence);
  });

  it('counts a listed name as ours even though unknown names default to theirs', () => {
    expect(
      extractCommitments({
        text: 'Omar will send the logs.',
        referenceDate: friday,
        ourNames: ['Omar'],
      })[0],
    ).toMatchObject({ side: 'ours', owner: 'Omar' });
  });
});

describe('extractCommitments: what is not a promise', () => {
  it.each([
    ['a question', 'Will you send the logs by Friday?'],
    ['a question without its mark', 'Can we move the kickoff to June'],
    ['a past fact', 'We shipped the fix on Tuesday.'],
    ['a discussion', 'We discussed a phased rollout in the autumn.'],
    ['an opinion', 'I believe they will renew early.'],
    ['a condition', 'If the pilot succeeds, they will buy 200 seats.'],
    ['a trailing condition', 'We will waive the fee if they sign this month.'],
    ['a refusal', 'We will not discount the support tier.'],
    ['a prediction', 'They will likely ask for a discount.'],
    ['a state', 'Kofi will be away until July.'],
    ['an acceptance', 'They agreed to the revised terms.'],
    ['a broken promise recalled', 'We promised to call back and never did.'],
    ['news about their plans', 'Eva mentioned they will open an office in Lisbon.'],
    ['a schedule', 'The steering committee meets on 4 June.'],
  ])('ignores %s: "%s"', (_kind, text) => {
    expect(extractCommitments({ text, referenceDate: friday })).toEqual([]);
  });
});

describe('extractCommitments: notes', () => {
  it('proposes one suggestion per promise, sentence as written, from bullets and prose', () => {
    const text = [
      'Kickoff with the buying group. We discussed timelines.',
      '- We will send the pricing by Monday.',
      '2. Kofi to confirm the seat count next week',
      '• They agreed to run the pilot in July. Should we offer training?',
    ].join('\n');
    const found = extractCommitments({ text, referenceDate: friday, theirNames: ['Kofi'] });
    expect(found.map(({ sentence, side, dueAt }) => ({ sentence, side, dueAt }))).toEqual([
      { sentence: 'We will send the pricing by Monday.', side: 'ours', dueAt: '2026-06-01' },
      { sentence: 'Kofi to confirm the seat count next week', side: 'theirs', dueAt: '2026-06-05' },
      { sentence: 'They agreed to run the pilot in July.', side: 'theirs', dueAt: '2026-07-31' },
    ]);
    for (const suggestion of found) {
      expect(suggestion.confidence).toBeGreaterThan(0);
      expect(suggestion.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('finds two promises by different people in one sentence', () => {
    const found = extractCommitments({
      text: 'Kofi will share the logs and we will analyse them by Friday.',
      referenceDate: friday,
      theirNames: ['Kofi'],
    });
    expect(found.map(({ side, owner, dueAt }) => ({ side, owner, dueAt }))).toEqual([
      { side: 'theirs', owner: 'Kofi', dueAt: null },
      { side: 'ours', owner: null, dueAt: '2026-06-05' },
    ]);
  });

  it('refuses a reference date that is not a calendar day', () => {
    expect(() =>
      extractCommitments({ text: 'We will call.', referenceDate: '2026-02-30' }),
    ).toThrow(RangeError);
  });
});

describe('splitNoteSentences', () => {
  it.each([
    ['bullets', '- one\n* two\n• three', ['one', 'two', 'three']],
    ['numbered lists', '1. one\n2) two\na) three', ['one', 'two', 'three']],
    [
      'sentences on a line',
      'One thing. Another thing! A third?',
      ['One thing.', 'Another thing!', 'A third?'],
    ],
    [
      'hard-wrapped lines',
      'We will send the\nrevised deck.\nNext point',
      ['We will send the revised deck.', 'Next point'],
    ],
    ['blank lines', '\n\nOnly this\n\n', ['Only this']],
  ])('splits %s', (_kind, text, sentences) => {
    expect(splitNoteSentences(text)).toEqual(sentences);
  });
});
