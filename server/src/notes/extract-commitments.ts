import { type CalendarDay, findDueDate, parseCalendarDay } from './resolve-due-date.ts';
import { splitNoteSentences } from './split-note.ts';

/** Who made a promise: our team or the account's people. */
export type CommitmentSide = 'ours' | 'theirs';

/** What to read: meeting notes, the day of the meeting, and the people known on each side. */
export type ExtractCommitmentsInput = {
  text: string;
  /** The meeting's day as YYYY-MM-DD; relative dates ("by Friday") count from it. */
  referenceDate: string;
  /** Our team members' names, to tell whose promise "<Name> will…" is. */
  ourNames?: readonly string[] | undefined;
  /** The account's stakeholders' names. */
  theirNames?: readonly string[] | undefined;
};

/** A commitment proposed from one sentence of the notes, for a person to confirm. */
export type CommitmentSuggestion = {
  sentence: string;
  side: CommitmentSide;
  owner: string | null;
  /** YYYY-MM-DD, or null when the notes give no day. */
  dueAt: string | null;
  /** The words the due date came from, kept even when they name no day ("before the Q3 review"). */
  duePhrase: string | null;
  /** 0–1: how sure we are that this is a promise, with this side. */
  confidence: number;
};

// A promise is a subject followed by one of these; "is to" and "plan to" state plans, not promises.
const promiseCue =
  /\b(?:will|shall|is going to|are going to|am going to|agreed to|agrees to|agree to|promised to|promises to|committed to|commits to|commit to|undertook to|pledged to|offered to|offers to|volunteered to)\b|(?<=\w)'(?:ll|d|re going to|m going to|s going to)\b/gi;
const strongCue =
  /^(?:agreed|agrees|agree|promised|promises|committed|commits|commit|undertook|pledged)\b/i;
const offerCue = /^(?:offered|offers|volunteered)\b/i;

// After "will": predictions and states, not promises ("will probably push back", "will be on holiday").
const notAnAction =
  /^\s+(?:not|never|no\s+longer|probably|likely|possibly|perhaps|maybe|be(?!\s+\w+ing\b)|like|love|hate|want|need|know|see|feel|think|hear|miss|lose|struggle|agree|win|understand|appreciate|remember|forget)\b/i;
// "Agreed to the terms" accepts something; a promise is "agreed to" + a verb.
const objectNotVerb =
  /^\s+(?:the|a|an|this|that|these|those|it|them|our|their|his|her|its|all|any|some)\b/i;
const hedge =
  /\b(?:try|trying|tries|aim|hope|attempt)\s+to\b|\b(?:hopefully|tentatively|ideally|roughly)\b/i;
const conditional =
  /\b(?:if|unless|provided\s+that|providing\s+that|as\s+long\s+as|assuming|in\s+case|whether)\b/i;
const questionStart =
  /^(?:will|would|can|could|should|shall|do|does|did|is|are|am|was|were|have|has|had|may|might|must)\s+(?:i|we|you|they|he|she|it|the|our|their|[A-Z][a-z]+)\b/i;
// A promise recalled as broken is history, not something to track.
const brokenPromise = /\b(?:missed|failed|broke|never|didn't|did\s+not|last\s+time|ago)\b/i;
const actionPrefix =
  /^(?:action(?:\s+items?)?|actions|ai|todo|to-do|next\s+steps?|follow[-\s]ups?|owner)\s*[:\-–—]\s*/i;
// Where a clause starts: punctuation or a conjunction before the subject.
const clauseBreak =
  /(?:[,;:()]|\s(?:and|but|so|then|while|whereas|because|although|though|also)\s)/gi;
const reporting =
  /^(.*?)\s*\b(said|says|mentioned|mentions|told\s+(?:us|me|them|him|her)|tells\s+(?:us|me|them)|confirmed|confirms|explained|noted|indicated|wrote|emailed|agreed|decided)\s+(?:that\s+)?(.+)$/i;
const opinion =
  /\b(?:think|thinks|thought|believe|believes|expect|expects|hope|hopes|feel|feels|guess|assume|assumes|suspect|reckon|doubt)\b/i;
// Capitalised words that start sentences or name things, not people.
const notNames = new Set(
  'the a an our their my your his her its this that these those we they i he she it let action actions next follow todo owner customer client team account also then and but so on by before after in for with from of at to'.split(
    ' ',
  ),
);

type Names = { ours: string[]; theirs: string[] };
type Subject = { side: CommitmentSide; owner: string | null; certainty: number };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds a listed person in the subject, by full name or first name, as written. */
const findListed = (
  subject: string,
  names: Names,
): { side: CommitmentSide; owner: string } | null => {
  for (const side of ['ours', 'theirs'] as const) {
    for (const name of side === 'ours' ? names.ours : names.theirs) {
      const parts = name.trim().split(/\s+/);
      const full = new RegExp(`\\b${parts.map(escape).join('\\s+')}\\b`, 'i').exec(subject);
      if (full) return { side, owner: full[0] };
      const first = parts[0] ? new RegExp(`\\b${escape(parts[0])}\\b`, 'i').exec(subject) : null;
      if (first) {
        // Keep a surname written after the first name even if the list spells it differently.
        const withSurname = new RegExp(`\\b${escape(first[0])}(?:\\s+[A-Z][\\w'-]+)?`).exec(
          subject,
        );
        return { side, owner: withSurname?.[0] ?? first[0] };
      }
    }
  }
  return null;
};

/** The first run of capitalised words that reads as a person's name ("Their CFO Jonas" → Jonas). */
const findName = (subject: string): string | null => {
  const words = subject.split(/\s+/);
  const name: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/'s$|[^\w'-]/g, '');
    const isName = /^[A-Z][a-z][\w'-]*$/.test(word) && !notNames.has(word.toLowerCase());
    if (isName) name.push(word);
    else if (name.length > 0) break;
  }
  return name.length > 0 ? name.join(' ') : null;
};

/** Decides whose promise it is from the words before the promise verb. */
const readSubject = (subject: string, names: Names): Subject | null => {
  const text = subject.trim();
  if (text === '') return null;
  const lower = text.toLowerCase();
  const first = lower.split(/\s+/)[0] ?? '';
  const listed = findListed(text, names);
  if (['i', 'we', 'me', 'us'].includes(first) || /^(?:my|our)\b/.test(lower)) {
    return { side: 'ours', owner: listed?.side === 'ours' ? listed.owner : null, certainty: 1 };
  }
  if (first === 'they' || /^their\b/.test(lower)) {
    return {
      side: 'theirs',
      owner: listed?.side === 'theirs' ? listed.owner : findName(text),
      certainty: 1,
    };
  }
  if (listed) return { ...listed, certainty: 1 };
  const owner = findName(text);
  if (/\b(?:their|them|customer|customer's|client|client's|buyer|prospect)\b/i.test(text)) {
    return { side: 'theirs', owner, certainty: 0.9 };
  }
  if (/\b(?:our|us|we|my)\b/i.test(text)) return { side: 'ours', owner, certainty: 0.9 };
  if (/^(?:he|she)$/.test(lower)) return { side: 'theirs', owner: null, certainty: 0.5 };
  // An unknown name: more often someone on their side, since our own people are listed.
  if (owner) return { side: 'theirs', owner, certainty: 0.6 };
  return null;
};

type Found = { subjectStart: number; cueEnd: number; cue: string; subject: Subject };

/** Finds "<subject> will / agreed to / promised to …" promises in one sentence. */
const findPromises = (sentence: string, bodyStart: number, names: Names): Found[] => {
  const found: Found[] = [];
  for (const match of sentence.matchAll(promiseCue)) {
    const cueStart = match.index;
    const cueEnd = cueStart + match[0].length;
    const after = sentence.slice(cueEnd);
    if (notAnAction.test(after)) continue;
    // "We'd sent" is a past perfect; "we'd send" a promise reported in the past.
    if (
      /'d$/i.test(match[0]) &&
      (/^\s+(?:\w+ed|been|had|better|rather)\b/i.test(after) || !/^\s+[a-z]/.test(after))
    )
      continue;
    if (/\bto$/i.test(match[0]) && objectNotVerb.test(after)) continue;
    if (!/^(?:will|shall|')/i.test(match[0]) && brokenPromise.test(sentence)) continue;
    let clauseStart = bodyStart;
    for (const cut of sentence.slice(0, cueStart).matchAll(clauseBreak)) {
      if (cut.index + cut[0].length > clauseStart) clauseStart = cut.index + cut[0].length;
    }
    let subjectText = sentence.slice(clauseStart, cueStart);
    let reportedBy: string | null = null;
    const reported = reporting.exec(subjectText);
    if (reported) {
      // "We agreed that Tom will…" is Tom's promise, whoever agreed.
      reportedBy = /^(?:agreed|decided)$/i.test(reported[2] ?? '') ? null : (reported[1] ?? '');
      subjectText = reported[3] ?? '';
    }
    if (opinion.test(subjectText)) continue;
    let subject = readSubject(subjectText, names);
    if (subject && reportedBy !== null) {
      // "Maria said she will…" is Maria's promise; "Maria said they will…" is news about plans.
      const inner = subjectText.trim().toLowerCase();
      const reporter = readSubject(reportedBy, names);
      if ((inner === 'he' || inner === 'she') && reporter)
        subject = { ...reporter, certainty: reporter.certainty * 0.9 };
      else if (!reporter || reporter.side !== subject.side || reporter.owner !== null) continue;
    }
    if (!subject) continue;
    if (found.some((other) => other.subjectStart === clauseStart)) continue;
    found.push({ subjectStart: clauseStart, cueEnd, cue: match[0], subject });
  }
  return found;
};

/** Finds "Tom to send…" and "Let me check…", the shorthand of action items. */
const findActionItem = (sentence: string, bodyStart: number, names: Names): Found | null => {
  const body = sentence.slice(bodyStart);
  const letMe = /^let\s+me\s+(?=[a-z])/i.exec(body);
  if (letMe) {
    return {
      subjectStart: bodyStart,
      cueEnd: bodyStart + letMe[0].length,
      cue: 'let me',
      subject: { side: 'ours', owner: null, certainty: 0.9 },
    };
  }
  const item =
    /^((?:[A-Z][\w'-]*|our|their|we|i|they)(?:\s+(?:[A-Z][\w'-]*|from|of|at|our|their|team|side|lead|[A-Z]{2,5}))*?)\s+to\s+(?!(?:the|a|an|be|do)\b)(?=[a-z])/.exec(
      body,
    );
  if (!item) return null;
  const subject = readSubject(item[1] ?? '', names);
  if (!subject) return null;
  return {
    subjectStart: bodyStart,
    cueEnd: bodyStart + item[0].length,
    cue: 'to',
    subject,
  };
};

const cueConfidence = (cue: string) =>
  strongCue.test(cue)
    ? 0.9
    : offerCue.test(cue) || /'d$/i.test(cue)
      ? 0.75
      : cue === 'to' || cue === 'let me'
        ? 0.8
        : 0.85;

const round = (value: number) => Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100;

/** Reads one sentence: every promise in it, with side, owner and deadline. */
const readSentence = (
  sentence: string,
  reference: CalendarDay,
  names: Names,
): CommitmentSuggestion[] => {
  // Curly apostrophes become straight ones; the length stays the same, so indices still match.
  const text = sentence.replace(/[’‘]/g, "'");
  if (/\?["')\]]*$/.test(text) || questionStart.test(text)) return [];
  if (conditional.test(text)) return [];
  const bodyStart = actionPrefix.exec(text)?.[0].length ?? 0;
  const item = findActionItem(text, bodyStart, names);
  const promises = item ? [item] : findPromises(text, bodyStart, names);
  return promises.map((promise, index) => {
    const next = promises[index + 1];
    const rest = text.slice(promise.cueEnd, next ? next.subjectStart : text.length);
    let due = findDueDate(rest, reference);
    // "By Friday, we will…": the deadline may come before the subject.
    if (due.duePhrase === null && index === 0)
      due = findDueDate(text.slice(bodyStart, promise.subjectStart), reference);
    const confidence =
      cueConfidence(promise.cue) * promise.subject.certainty +
      (due.dueAt !== null ? 0.05 : due.duePhrase !== null ? 0 : -0.05) -
      (hedge.test(text) ? 0.2 : 0);
    return {
      sentence,
      side: promise.subject.side,
      owner: promise.subject.owner,
      dueAt: due.dueAt,
      duePhrase: due.duePhrase,
      confidence: round(confidence),
    };
  });
};

/** Proposes commitments from meeting notes: each promise, whose it is, and when it is due. */
export const extractCommitments = (input: ExtractCommitmentsInput): CommitmentSuggestion[] => {
  const reference = parseCalendarDay(input.referenceDate);
  if (!reference)
    throw new RangeError(
      `referenceDate must be a day as YYYY-MM-DD, not "${input.referenceDate}".`,
    );
  const clean = (list: readonly string[] | undefined) =>
    (list ?? []).map((name) => name.trim()).filter((name) => name !== '');
  const names = { ours: clean(input.ourNames), theirs: clean(input.theirNames) };
  return splitNoteSentences(input.text).flatMap((sentence) =>
    readSentence(sentence, reference, names),
  );
};
