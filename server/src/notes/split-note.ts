// Bullets: "-", "*", "•" and friends, "1." or "1)", "a)", and Markdown check boxes.
const bullet = /^\s*(?:[-*•‣◦▪–—]|\d{1,3}[.)]|[a-z][.)]|\[[ xX]?\])\s+/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits meeting notes into sentences as written: every bullet starts a new item. */
export const splitNoteSentences = (text: string): string[] => {
  const items: string[] = [];
  let open = false;
  for (const line of text.split(/\r?\n/)) {
    const marker = bullet.exec(line);
    const content = (marker ? line.slice(marker[0].length) : line).trim();
    if (content === '') {
      open = false;
      continue;
    }
    // A hard-wrapped line carries on the sentence above; notes otherwise put one thought per line.
    const last = items.length - 1;
    if (open && !marker && last >= 0 && /^[a-z]/.test(content) && !/[.!?:;]$/.test(items[last]!)) {
      items[last] = `${items[last]} ${content}`;
    } else {
      items.push(content);
    }
    open = true;
  }
  return items.flatMap((item) =>
    [...segmenter.segment(item)].map((part) => part.segment.trim()).filter((part) => part !== ''),
  );
};
