/**
 * The addresses of light HTML's links, read by hand in one pass. As one regular expression
 * (a lazy run before the attribute, its value, a run after it) a tag of repeated attributes
 * without its ">" was tried 2000 × 4096 times per attribute: 8 kB of input held the event loop
 * for seconds.
 */

/** A tag: "<", a letter, anything but brackets, ">". Each run is read once: the next try starts at the next "<". */
const TAG = /<[a-z][^<>]*>/gi;
const ADDRESS_ATTRIBUTE = /\b(?:href|src|action)\s*=\s*/gi;

/** How far into a tag its address may stand, how long it may be, and how much may follow it. */
const MAX_BEFORE = 2000;
const MAX_ADDRESS = 4096;
const MAX_AFTER = 2000;

/**
 * The next index of `pattern` (global) at or after `from`, for `from` that never goes back:
 * each character of the text is read once, however many attributes ask.
 */
function nextIndex(text: string, pattern: RegExp): (from: number) => number {
  let next = -1;
  return (from) => {
    if (next < from) {
      pattern.lastIndex = from;
      next = pattern.exec(text)?.index ?? text.length;
    }
    return next;
  };
}

/**
 * The address of a tag: the value of its first href, src or action attribute that starts
 * within the tag's first 2000 characters, is at most 4096 long (in quotes, or up to a space)
 * and has at most 2000 characters after it.
 */
function addressOf(tag: string): string | undefined {
  const end = tag.length - 1;
  const next = { '"': nextIndex(tag, /"/g), "'": nextIndex(tag, /'/g), space: nextIndex(tag, /\s/g) };
  for (const attribute of tag.matchAll(ADDRESS_ATTRIBUTE)) {
    // The tag's name is "<" and its first letter, then the attributes.
    if (attribute.index < 2) continue;
    if (attribute.index - 2 > MAX_BEFORE) return undefined;
    const start = attribute.index + attribute[0].length;
    const quote = tag[start];
    if (quote === '"' || quote === "'") {
      const close = next[quote](start + 1);
      if (close < end && close - start - 1 <= MAX_ADDRESS && end - close - 1 <= MAX_AFTER)
        return tag.slice(start + 1, close);
    }
    const stop = Math.min(next.space(start), start + MAX_ADDRESS, end);
    if (stop > start && end - stop <= MAX_AFTER) return tag.slice(start, stop);
  }
  return undefined;
}

/** HTML with the address of every link written out as text before its tag, so that a link's address is read too. */
export function withAddresses(html: string): string {
  if (!html.includes("<")) return html;
  return html.replace(TAG, (tag) => {
    const address = addressOf(tag);
    return address === undefined ? tag : ` ${address} ${tag}`;
  });
}
