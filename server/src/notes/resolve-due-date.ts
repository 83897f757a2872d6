// The English locale alone: the package root loads every language, which costs the CLI ~0.5 s.
import type * as chrono from 'chrono-node';
import { casual as englishChrono } from 'chrono-node/en';

/** A calendar day without a time or a time zone. */
export type CalendarDay = { year: number; month: number; day: number };

/** The deadline found in a piece of text: the day it resolves to (if any) and the words it came from. */
export type DueDate = { dueAt: string | null; duePhrase: string | null };

const toUtc = ({ year, month, day }: CalendarDay) => new Date(Date.UTC(year, month - 1, day));
const fromUtc = (date: Date): CalendarDay => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
});
const addDays = (day: CalendarDay, days: number) =>
  fromUtc(new Date(toUtc(day).getTime() + days * 86_400_000));
const lastDayOfMonth = (year: number, month: number): CalendarDay =>
  fromUtc(new Date(Date.UTC(year, month, 0)));
const compareDays = (a: CalendarDay, b: CalendarDay) => toUtc(a).getTime() - toUtc(b).getTime();
/** Monday 1 … Sunday 7. */
const isoWeekday = (day: CalendarDay) => toUtc(day).getUTCDay() || 7;

/** Formats a day as YYYY-MM-DD. */
export const formatCalendarDay = ({ year, month, day }: CalendarDay) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Reads YYYY-MM-DD, or null when it is not a real calendar day. */
export const parseCalendarDay = (text: string): CalendarDay | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return formatCalendarDay(fromUtc(toUtc(day))) === text ? day : null;
};

// Work happens in the working week: a week "ends" on its Friday. On a weekend, this week's
// Friday has passed, so "this week" can only mean the rest of it.
const fridayOfWeek = (reference: CalendarDay, weeksAhead: number) => {
  const friday = addDays(reference, 5 - isoWeekday(reference) + 7 * weeksAhead);
  return compareDays(friday, reference) < 0
    ? addDays(reference, 7 - isoWeekday(reference))
    : friday;
};

const quarterEnd = (year: number, quarter: number) => lastDayOfMonth(year, quarter * 3);

const monthNames = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const monthPattern = monthNames.join('|');
const monthIndex = (name: string) =>
  monthNames.findIndex((pattern) => new RegExp(`^(?:${pattern})$`, 'i').test(name)) + 1;
const weekdayPattern = 'mon|tue|wed|thu|fri|sat|sun';

type ChronoContext = Parameters<chrono.Parser['pattern']>[0];

const referenceOf = (context: ChronoContext): CalendarDay => ({
  year: context.refDate.getFullYear(),
  month: context.refDate.getMonth() + 1,
  day: context.refDate.getDate(),
});

/** A chrono result for one day, tagged so the caller knows how "before" applies to it. */
const dayResult = (
  context: ChronoContext,
  match: RegExpMatchArray,
  day: CalendarDay,
  periodStart?: CalendarDay,
) => {
  const result = context.createParsingResult(match.index ?? 0, match[0], {
    year: day.year,
    month: day.month,
    day: day.day,
  });
  result.addTag(periodStart ? `fulcrum/starts:${formatCalendarDay(periodStart)}` : 'fulcrum/day');
  return result;
};

/** Marks an "end of …" result: "before the end of the month" is still the month's last day. */
const periodEndResult = (context: ChronoContext, match: RegExpMatchArray, day: CalendarDay) =>
  dayResult(context, match, day).addTag('fulcrum/period-end');

// Chrono reads "end of next month" but not the end of a week, quarter or year, nor "mid-June",
// "the 20th", Christmas or "end of day"; each parser below adds one of these.
const endOfPeriodParser: chrono.Parser = {
  pattern: () =>
    /(?<![\w-])(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:(this|next|current|coming|following)\s+)?(week|month|quarter|year)|(?:(this|next)\s+)?(week|month|quarter|year)[-\s]end|eo(w|m|q|y))(?![\w-])/i,
  extract: (context, match) => {
    const reference = referenceOf(context);
    const which = (match[1] ?? match[3] ?? 'this').toLowerCase();
    const ahead = which === 'next' || which === 'following' ? 1 : 0;
    const unit = (
      match[2] ??
      match[4] ??
      { w: 'week', m: 'month', q: 'quarter', y: 'year' }[(match[5] ?? 'w').toLowerCase() as 'w']
    ).toLowerCase();
    const { year, month } = reference;
    const quarter = Math.ceil(month / 3) + ahead;
    const day =
      unit === 'week'
        ? fridayOfWeek(reference, ahead)
        : unit === 'month'
          ? lastDayOfMonth(month + ahead > 12 ? year + 1 : year, ((month - 1 + ahead) % 12) + 1)
          : unit === 'quarter'
            ? quarter > 4
              ? quarterEnd(year + 1, 1)
              : quarterEnd(year, quarter)
            : { year: year + ahead, month: 12, day: 31 };
    return periodEndResult(context, match, day);
  },
};

const weekParser: chrono.Parser = {
  // "Next week" is a deadline for the whole week, not the same weekday seven days on.
  pattern: () => /(?<![\w-])(this|next|the\s+following|the\s+coming)\s+week(?![\w-])/i,
  extract: (context, match) => {
    const reference = referenceOf(context);
    const ahead = (match[1] ?? '').toLowerCase() === 'this' ? 0 : 1;
    const monday = addDays(reference, 1 - isoWeekday(reference) + 7 * ahead);
    return dayResult(context, match, fridayOfWeek(reference, ahead), monday);
  },
};

const quarterParser: chrono.Parser = {
  // "Q3" names a period only when it stands alone: in "the Q3 review" it names a meeting.
  pattern: () =>
    /(?<![\w-])(?:the\s+)?(end\s+of\s+(?:the\s+)?)?(?:fiscal\s+)?q([1-4])(?:\s+(\d{4}))?(?!\s*[-\w])/i,
  extract: (context, match) => {
    const reference = referenceOf(context);
    const quarter = Number(match[2]);
    let year = match[3] ? Number(match[3]) : reference.year;
    if (!match[3] && compareDays(quarterEnd(year, quarter), reference) < 0) year += 1;
    const end = quarterEnd(year, quarter);
    return match[1]
      ? periodEndResult(context, match, end)
      : dayResult(context, match, end, { year, month: quarter * 3 - 2, day: 1 });
  },
};

const midMonthParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `(?<![\\w-])(?:the\\s+)?mid(?:dle)?[-\\s]+(?:of\\s+)?(${monthPattern}|month)(?![\\w-])`,
      'i',
    ),
  extract: (context, match) => {
    const reference = referenceOf(context);
    const name = (match[1] ?? '').toLowerCase();
    let month = name === 'month' ? reference.month : monthIndex(name);
    let year = reference.year;
    if (compareDays({ year, month, day: 15 }, reference) < 0) {
      if (name === 'month') month += 1;
      else year += 1;
      if (month > 12) [month, year] = [1, year + 1];
    }
    return dayResult(context, match, { year, month, day: 15 });
  },
};

const dayOfMonthParser: chrono.Parser = {
  // "By the 20th": the next 20th to come. "The 3rd of June" is left to chrono.
  pattern: () =>
    new RegExp(
      `(?<![\\w-])the\\s+(\\d{1,2})(?:st|nd|rd|th)(?!\\s+(?:of\\s+)?(?:${monthPattern})(?![a-z]))(?![\\w-])`,
      'i',
    ),
  extract: (context, match) => {
    const reference = referenceOf(context);
    const wanted = Number(match[1]);
    for (let ahead = 0; ahead < 3; ahead += 1) {
      const month = ((reference.month - 1 + ahead) % 12) + 1;
      const year = reference.year + Math.floor((reference.month - 1 + ahead) / 12);
      if (wanted > lastDayOfMonth(year, month).day) continue;
      const candidate = { year, month, day: wanted };
      if (compareDays(candidate, reference) > 0) return dayResult(context, match, candidate);
    }
    return null;
  },
};

const holidays: Record<string, { month: number; day: number }> = {
  'christmas eve': { month: 12, day: 24 },
  christmas: { month: 12, day: 25 },
  'christmas day': { month: 12, day: 25 },
  xmas: { month: 12, day: 25 },
  "new year's eve": { month: 12, day: 31 },
  'new years eve': { month: 12, day: 31 },
  "new year's day": { month: 1, day: 1 },
  'new years day': { month: 1, day: 1 },
  'new year': { month: 1, day: 1 },
};

const holidayParser: chrono.Parser = {
  pattern: () =>
    /(?<![\w-])(christmas(?:\s+(?:eve|day))?|xmas|new\s+year'?s?(?:\s+(?:eve|day))?)(?![\w-])/i,
  extract: (context, match) => {
    const key = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    const holiday =
      holidays[key] ?? holidays[key.replace(/'s?(?= |$)/, "'s")] ?? holidays['new year'];
    if (!holiday) return null;
    const reference = referenceOf(context);
    let day = { year: reference.year, ...holiday };
    if (compareDays(day, reference) < 0) day = { ...day, year: day.year + 1 };
    return dayResult(context, match, day);
  },
};

const endOfDayParser: chrono.Parser = {
  // "COB Thursday" is Thursday: leave that to the weekday parser.
  pattern: () =>
    new RegExp(
      `(?<![\\w-])(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:business\\s+|working\\s+)?day|eod|cob|close\\s+of\\s+(?:business|play))(?!\\s+(?:on\\s+)?(?:${weekdayPattern}))(?![\\w-])`,
      'i',
    ),
  extract: (context, match) => dayResult(context, match, referenceOf(context)),
};

// With forwardDate, chrono reads "Friday" on a Friday as that same day; in notes, "by Friday"
// written on a Friday means the one a week later.
const comingWeekdayRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const reference = referenceOf(context);
    for (const result of results) {
      if (!result.start.isOnlyWeekdayComponent() || /^this\b/i.test(result.text)) continue;
      const day = {
        year: result.start.get('year') ?? reference.year,
        month: result.start.get('month') ?? reference.month,
        day: result.start.get('day') ?? reference.day,
      };
      if (compareDays(day, reference) !== 0) continue;
      const next = addDays(day, 7);
      result.start = context.createParsingComponents({
        year: next.year,
        month: next.month,
        day: next.day,
      });
      result.addTag('fulcrum/day');
    }
    return results;
  },
};

/** Chrono, taught the deadline phrases of meeting notes. */
export const dueDateParser = (() => {
  const parser = englishChrono.clone();
  // First, so that on an exact tie with chrono's own reading ours is kept.
  parser.parsers.unshift(
    endOfPeriodParser,
    weekParser,
    quarterParser,
    midMonthParser,
    dayOfMonthParser,
    holidayParser,
    endOfDayParser,
  );
  parser.refiners.push(comingWeekdayRefiner);
  return parser;
})();

// Words that introduce a deadline; "before" makes the deadline the day before.
const prepositionBefore =
  /(?:^|\s)((?:no|not)\s+later\s+than|by|on|before|until|till|ahead\s+of|in\s+time\s+for|prior\s+to|for|in|during|within)\s+(?:the\s+)?$/i;

// Deadlines chrono cannot place on a calendar: an event ("before the Q3 review") or "ASAP".
const eventDeadline =
  /(?<![\w-])(?:(?:before|after|ahead\s+of|in\s+time\s+for|prior\s+to|until|following|by\s+the\s+time\s+of)\s+(?:the|our|their|his|her|next|this|a|an)\s+[^,;.!?()]+?(?=\s*(?:[,;.!?()]|$|\s(?:and|so|but|to|because|as|with|if|unless|then|or)\s))|as\s+soon\s+as\s+possible|asap)/i;

// Month and weekday abbreviations that are also everyday words.
const ambiguousWords = /^(?:may|march|sun|sat|wed|mar|jun|jan|aug|dec|sept?|second|now)$/;

// "At 3pm" says when in a day, not which day.
const isOnlyTime = (start: chrono.ParsedComponents) =>
  !(['day', 'weekday', 'month', 'year'] as const).some((part) => start.isCertain(part));

/** The first deadline in `text`, resolved against the reference day; both fields null when none. */
export const findDueDate = (text: string, reference: CalendarDay): DueDate => {
  const results = dueDateParser
    .parse(
      text,
      { instant: new Date(reference.year, reference.month - 1, reference.day, 12) },
      { forwardDate: true },
    )
    .filter((result) => !ambiguousWords.test(result.text) && !isOnlyTime(result.start));
  const withPreposition = results.map((result) => {
    const before = prepositionBefore.exec(text.slice(0, result.index));
    const start = before
      ? result.index - before[0].length + (before[0].match(/^\s*/)?.[0].length ?? 0)
      : result.index;
    return { result, start, preposition: before?.[1]?.toLowerCase().replace(/\s+/g, ' ') ?? null };
  });
  // A phrase with "by" or "before" is a deadline; any other date may be when work starts.
  const chosen =
    withPreposition.find(
      (candidate) =>
        candidate.preposition !== null && !['for', 'in', 'during'].includes(candidate.preposition),
    ) ?? withPreposition[0];
  if (!chosen) {
    const event = eventDeadline.exec(text);
    return { dueAt: null, duePhrase: event ? event[0].trim() : null };
  }
  const { result, start, preposition } = chosen;
  const tags = result.tags();
  let day: CalendarDay = {
    year: result.start.get('year') ?? reference.year,
    month: result.start.get('month') ?? reference.month,
    day: result.start.get('day') ?? reference.day,
  };
  const isCustom = [...tags].some((tag) => tag.startsWith('fulcrum/'));
  // "In June" or "by 2027" is due when that month or year ends.
  const isBareMonth =
    !isCustom &&
    !result.start.isCertain('day') &&
    !result.start.isCertain('weekday') &&
    result.start.isCertain('month');
  const isBareYear =
    !isCustom &&
    !result.start.isCertain('day') &&
    !result.start.isCertain('month') &&
    result.start.isCertain('year') &&
    !result.start.isCertain('weekday');
  if (isBareMonth) day = lastDayOfMonth(day.year, day.month);
  if (isBareYear) day = { year: day.year, month: 12, day: 31 };
  // "Before Friday" is due on Thursday; "before June" or "before next week" the day before they start.
  if (preposition === 'before' && !tags.has('fulcrum/period-end')) {
    const starts = [...tags].find((tag) => tag.startsWith('fulcrum/starts:'))?.slice(15);
    const periodStart = starts
      ? parseCalendarDay(starts)
      : isBareMonth
        ? { ...day, day: 1 }
        : isBareYear
          ? { year: day.year, month: 1, day: 1 }
          : null;
    day = addDays(periodStart ?? day, -1);
  }
  return {
    dueAt: formatCalendarDay(day),
    duePhrase: text
      .slice(start, result.index + result.text.length)
      .trim()
      .replace(/[.,;:]+$/, ''),
  };
};
