/** Text as a reader sees it: light HTML read, entities decoded, every kind of space one space. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  shy: "",
  zwsp: "",
};

/** &amp; &nbsp; &#160; &#xA0; …; an entity it does not know is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,7}));/gi,
    (entity, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? "", 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
    },
  );
}

/** Characters that separate words or digit groups without being letters: every kind of space. */
export const SPACE_CLASS = "\\s\\u0085\\u180e";
/** Characters that hide inside words and numbers: zero-width characters and the soft hyphen. */
export const INVISIBLE_CLASS = "\\u00ad\\u200b-\\u200d\\u2060\\ufeff";

const SPACES = new RegExp(`[${SPACE_CLASS}]+`, "g");
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, "g");
// Other control characters have no place in a text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/** Every kind of space one space, invisible characters dropped, compatibility forms folded (NFKC), trimmed. */
export function normalizeText(text: string): string {
  // Most texts are printable ASCII and Latin-1 letters with single spaces: nothing to do.
  if (!/[^\x20-\x7e\u00c0-\u00ff]| {2}|^ | $/.test(text)) return text;
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(CONTROL, " ").replace(SPACES, " ").trim();
}

// Tags that only style a run of text; "Pass<b>ord</b>" is one word. A tag holds no "<" or ">",
// so that each attempt stops at the next bracket and hostile input is read in linear time.
const INLINE_TAG = /<\/?(?:b|i|u|s|em|strong|span|font|small|big|sub|sup|mark|code)\b[^<>]{0,2000}>/gi;
const ANY_TAG = /<\/?[a-z][^<>]{0,2000}>/gi;

/** Comments removed, each "<!--" looked for once: an unclosed comment leaves the rest as text. */
function withoutComments(html: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const open = html.indexOf("<!--", at);
    const close = open < 0 ? -1 : html.indexOf("-->", open + 4);
    if (close < 0) return out + html.slice(at);
    out += `${html.slice(at, open)} `;
    at = close + 3;
  }
}

/**
 * The text of light HTML, normalized. `joinInline`: tags that only style text join what
 * they wrap to its neighbours ("Pass<b>ord</b>" → "Passord"); otherwise every tag is a space.
 */
export function plainText(html: string, options: { joinInline?: boolean } = {}): string {
  if (!/[<&]/.test(html)) return normalizeText(html);
  const bare = withoutComments(html);
  const untagged = (options.joinInline ? bare.replace(INLINE_TAG, "") : bare).replace(ANY_TAG, " ");
  return normalizeText(decodeEntities(untagged));
}
