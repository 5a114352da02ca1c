/**
 * The secret filter: meeting links, meeting IDs and passcodes, in the Norwegian and
 * English forms that invitations (Teams, Zoom, Webex, Whereby, Google Meet, …) use,
 * across light HTML, entities, non-breaking and zero-width spaces. The graph never
 * stores them: the importer leaves them out of every text it writes or prints, and a
 * mutation that would write one is refused. One definition for both.
 */
import { withAddresses } from "./link-addresses.js";
import { decodeEntities, INVISIBLE_CLASS, normalizeText, plainText, SPACE_CLASS } from "./plain-text.js";

export type SecretKind = "meeting link" | "meeting ID" | "passcode";

export interface Secret {
  kind: SecretKind;
  /** The secret itself (a URL, a number, a code), as found. Never show it to anyone. */
  value: string;
}

/** A gap between words or digit groups: spaces of any kind, invisible characters. */
const G = `[${SPACE_CLASS}${INVISIBLE_CLASS}]`;
/** A separator inside a number: a gap, a dot, a hyphen or a slash. */
const DIGIT_SEP = `[${SPACE_CLASS}${INVISIBLE_CLASS}.\\-/]`;
const START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}])";
const OE = "(?:ø|o|oe)";

/** Labels that introduce a meeting's number: "Møte-ID", "Meeting ID", "Konferanse-ID", "ID for møtet", … */
const ID_LABEL = [
  `(?:m${OE}te|meeting|webinar|konferanse|conference|video${G}?m${OE}te|teams|zoom|webex)${G}?-?${G}?(?:id|nr\\.?|nummer|number|kode|code)${END}`,
  `id${G}+(?:for|til|på|to|of)${G}+(?:m${OE}tet|(?:the${G}+)?meeting)${END}`,
].join("|");

/** Labels that introduce a passcode: "Passord", "Passkode", "Passcode", "Password", "PIN", "Tilgangskode", … */
const PASS_LABEL = `(?:(?:m${OE}te|meeting)${G}?-?${G}?)?(?:pass(?:ord(?:et)?|koden?|${G}?code|word|wd)|pwd|pin(?:${G}?-?${G}?(?:koden?|code))?|tilgangskoden?|adgangskoden?|access${G}?code|sikkerhetskoden?|security${G}?code)${END}`;

/**
 * Between a label and its value: an optional colon (or "er"/"is"), gaps around it. No two
 * runs of gaps stand side by side, so that a long run of spaces is read once, not once per space.
 */
const COLON = `${G}*(?:(?:(?:er|is)${END}${G}*)?[:=#]|(?:er|is)${END})${G}*`;
const LOOSE = `${G}*(?:(?:(?:er|is)${END}${G}*)?[:=#.]${G}*|(?:er|is)${END}${G}*)?`;
/** At least six digits, in groups: "387 681 127 533", "812-3456-7890", "387 681 127 533#". */
const NUMBER = `\\p{Nd}(?:${DIGIT_SEP}{0,3}\\p{Nd}){5,30}#?`;
/** A code as written after its label: up to the next space or bracket. */
const TOKEN = `[^\\s<>"'()\\[\\]{},;]{1,80}`;

const MEETING_ID = new RegExp(`${START}(?:${ID_LABEL})${LOOSE}(${NUMBER})`, "giu");
const LABELLED_CODE = new RegExp(`${START}(?:${ID_LABEL})${COLON}(${TOKEN})`, "giu");
const PASSCODE_COLON = new RegExp(`${START}${PASS_LABEL}${COLON}(${TOKEN})`, "giu");
const PASSCODE_BARE = new RegExp(`${START}${PASS_LABEL}${G}+(${TOKEN})`, "giu");
/** A numeric passcode in groups: "Tilgangskode: 2647 123 4567". */
const PASSCODE_DIGITS = new RegExp(`${START}${PASS_LABEL}${LOOSE}(\\p{Nd}(?:${DIGIT_SEP}{0,3}\\p{Nd}){3,30}#?)`, "giu");
/**
 * A dial-in number with the conference ID after ",,": "+47 21 40 40 40,,387681127#". The
 * number takes all it can (up to 20 characters), so that the gaps after it are read once.
 */
const DIAL_NUMBER = `[\\p{Nd}${SPACE_CLASS}]`;
const DIAL_IN = new RegExp(
  `\\+?\\p{Nd}(?:${DIAL_NUMBER}{5,19}(?!${DIAL_NUMBER})|${DIAL_NUMBER}{20})${G}*,,${G}*(\\p{Nd}{4,20}#?)`,
  "gu",
);
/** A Teams meeting ID without its label: four groups of three digits. Zoom's 3-4-4 digits. */
const BARE_TEAMS_ID = new RegExp(`(?<!\\p{Nd})\\p{Nd}{3}(?:${DIGIT_SEP}\\p{Nd}{3}){3}(?!\\p{Nd})`, "gu");
const BARE_ZOOM_ID = new RegExp(`(?<!\\p{Nd})\\p{Nd}{3}${DIGIT_SEP}\\p{Nd}{4}${DIGIT_SEP}\\p{Nd}{4}(?!\\p{Nd})`, "gu");

// What each family of patterns needs, tried first: most texts have none of it.
const ID_HINT = /id|nr|num|kode|code/i;
const PASS_HINT = /pass|pwd|pin|kode|code/i;
const TEN_DIGITS = /(?:\p{Nd}\D{0,3}){10}/u;

/** Words after a label that say the value is not given here: "Passord: sendes på e-post". */
const NOT_GIVEN = new Set(
  "se sjå sendes sendt kommer følger folger gis oppgis ettersendes ikke ingen i på pa via per fra blir settes deles står star the see sent will to be is not none no tba tbd follows n/a - – — ja nei og and or eller".split(
    " ",
  ),
);

// Each trailing pattern starts only where its run starts: tried from every character of a long
// run, it would read the rest of the run each time.
const stripTrailing = (token: string) => token.replace(/(?<![.:!?])[.:!?]+$/u, "");

/** A value that looks like a code rather than a word: digits, an inner capital or a symbol. */
export function looksLikeCode(token: string): boolean {
  if (token.length < 4) return false;
  return /\p{Nd}/u.test(token) || /^.+\p{Lu}/u.test(token) || /[^\p{L}\p{N}]./u.test(token);
}

const MEETING_HOSTS = [
  "teams.microsoft.com",
  "teams.live.com",
  "teams.microsoft.us",
  "gov.teams.microsoft.us",
  "zoom.us",
  "zoom.com",
  "zoomgov.com",
  "meet.google.com",
  "whereby.com",
  "webex.com",
  "gotomeeting.com",
  "gotomeet.me",
  "meet.goto.com",
  "meet.jit.si",
  "join.skype.com",
  "bluejeans.com",
  "pexip.me",
  "vimeo.com/event",
];
/** Shortened links hide where they go; in an invitation they go to the meeting. */
const SHORTENERS = [
  "aka.ms",
  "bit.ly",
  "tinyurl.com",
  "t.co",
  "goo.gl",
  "ow.ly",
  "is.gd",
  "tiny.cc",
  "rb.gy",
  "shorturl.at",
  "cutt.ly",
];
const ALWAYS_MEETING_SCHEMES = /^(?:msteams|zoommtg|zoomus|webex|sips?|callto|skype|facetime):/i;
const MEETING_WORDS =
  /meet|m(?:ø|o|oe)te|join|conf|konferanse|webinar|pwd|passcode|passord|password|teams|zoom|whereby|webex|skype|video|call/i;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const URL_PATTERN = new RegExp(
  `(?:(?:https?|msteams|zoommtg|zoomus|webex|sips?|tel|callto|skype|facetime):(?://)?|www\\.)[^\\s<>"']{1,4096}`,
  "giu",
);
const BARE_HOST = new RegExp(
  `(?<![\\p{L}\\p{N}.@/-])(?:[a-z0-9-]{1,63}\\.){0,8}(?:${[...MEETING_HOSTS, ...SHORTENERS].map(escape).join("|")})(?:[/?#][^\\s<>"']{0,4096})?${END}`,
  "giu",
);

const HOST_HINT = new RegExp([...MEETING_HOSTS, ...SHORTENERS].map(escape).join("|"), "i");

function decodedUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** True for a link to an online meeting: a meeting service, a shortened link, or a URL that names a meeting. */
export function isMeetingLink(url: string): boolean {
  const trimmed = url.trim();
  if (ALWAYS_MEETING_SCHEMES.test(trimmed)) return true;
  // A phone number with a code to dial after it (",,", ";", "#") joins a meeting; a bare number does not.
  if (/^tel:/i.test(trimmed)) return /[,;#pw]/i.test(trimmed.slice(4));
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#\s:]+)/i.exec(trimmed)?.[1]?.toLowerCase() ?? "";
  const bare = host.replace(/^www\./, "");
  const withPath = `${bare}${trimmed.slice(trimmed.toLowerCase().indexOf(host) + host.length)}`.toLowerCase();
  if ([...MEETING_HOSTS, ...SHORTENERS].some((h) => bare === h || bare.endsWith(`.${h}`) || withPath.startsWith(h)))
    return true;
  return MEETING_WORDS.test(decodedUrl(trimmed));
}

/** The words of an anchor that joins a meeting: "Delta i møtet nå", "Bli med på møtet nå", "Join the meeting". */
const MEETING_ANCHOR_TEXT = /m(?:ø|o|oe)te|meeting|join|bli med|delta|teams|zoom|webex|whereby/i;
const ANCHOR_OPEN = /<a\b([^<>]{0,2000})>/gi;
const ANCHOR_CLOSE = /<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

interface Anchor {
  start: number;
  end: number;
  href: string;
  label: string;
}

/**
 * The anchors of light HTML (<a href="…">label</a>, the label at most 2000 characters),
 * found in linear time: each opening tag is paired with the next closing tag after it.
 */
function anchorsOf(html: string): Anchor[] {
  if (!/<a\b/i.test(html)) return [];
  const closings = [...html.matchAll(ANCHOR_CLOSE)].map((m) => [m.index, m.index + m[0].length] as const);
  const anchors: Anchor[] = [];
  let next = 0;
  let after = 0;
  for (const open of html.matchAll(ANCHOR_OPEN)) {
    const labelStart = open.index + open[0].length;
    if (open.index < after) continue;
    while (next < closings.length && (closings[next]?.[0] ?? 0) < labelStart) next++;
    const close = closings[next];
    if (!close || close[0] - labelStart > 2000) continue;
    const href = HREF.exec(open[1] ?? "");
    anchors.push({
      start: open.index,
      end: close[1],
      href: decodeEntities(href?.[1] ?? href?.[2] ?? href?.[3] ?? ""),
      label: html.slice(labelStart, close[0]),
    });
    after = close[1];
  }
  return anchors;
}

const joinsMeeting = (anchor: Anchor) =>
  isMeetingLink(anchor.href) || MEETING_ANCHOR_TEXT.test(plainText(anchor.label));

interface Found extends Secret {
  start: number;
  end: number;
}

/** The secrets in one plain text, with where they stand in it. */
function scan(text: string): Found[] {
  const found: Found[] = [];
  const has = (pattern: RegExp) => pattern.test(text);
  const add = (kind: SecretKind, match: RegExpMatchArray, value = match[0]) => {
    found.push({ kind, value, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  };
  // Each family of patterns is tried only where the text has what all of them need.
  if (has(/:|www\./i)) {
    for (const m of text.matchAll(URL_PATTERN)) {
      const url = m[0].replace(/(?<![.,;:!?)\]])[.,;:!?)\]]+$/u, "");
      if (isMeetingLink(url))
        found.push({ kind: "meeting link", value: url, start: m.index, end: m.index + url.length });
    }
  }
  if (has(HOST_HINT)) for (const m of text.matchAll(BARE_HOST)) add("meeting link", m);
  if (has(ID_HINT)) {
    for (const m of text.matchAll(MEETING_ID)) add("meeting ID", m, m[1]);
    // "Meeting code: abc-mnop-xyz"; not "Møtenummer: 3", which counts meetings.
    for (const m of text.matchAll(LABELLED_CODE)) {
      const value = stripTrailing(m[1] ?? "");
      if (looksLikeCode(value) && !NOT_GIVEN.has(value.toLowerCase())) add("meeting ID", m, value);
    }
  }
  if (has(PASS_HINT)) {
    for (const m of text.matchAll(PASSCODE_COLON)) {
      const value = stripTrailing(m[1] ?? "");
      if (value !== "" && !NOT_GIVEN.has(value.toLowerCase())) add("passcode", m, value);
    }
    for (const m of text.matchAll(PASSCODE_BARE)) {
      const value = stripTrailing(m[1] ?? "");
      if (looksLikeCode(value)) add("passcode", m, value);
    }
    for (const m of text.matchAll(PASSCODE_DIGITS)) add("passcode", m, m[1]);
  }
  if (text.includes(",,")) for (const m of text.matchAll(DIAL_IN)) add("meeting ID", m, m[1]);
  if (has(TEN_DIGITS)) {
    for (const m of text.matchAll(BARE_TEAMS_ID)) add("meeting ID", m);
    for (const m of text.matchAll(BARE_ZOOM_ID)) add("meeting ID", m);
  }
  return found;
}

/** Anchors that join a meeting, by their address or their words. */
function meetingAnchors(html: string): Secret[] {
  return anchorsOf(html)
    .filter(joinsMeeting)
    .map((a) => ({ kind: "meeting link", value: a.href.length > 1 ? a.href : html.slice(a.start, a.end) }));
}

const unique = (secrets: Secret[]): Secret[] => {
  const seen = new Set<string>();
  return secrets.filter((s) => {
    const key = `${s.kind}\u0000${s.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Every secret in a text, which may be light HTML: read as written, with tags as spaces,
 * with styling tags joined, with entities decoded, every kind of space as a space.
 */
export function findSecrets(text: string): Secret[] {
  const normalized = normalizeText(text);
  const html = withAddresses(text);
  const views = new Set(
    /[<&]/.test(text) ? [text, normalized, plainText(html), plainText(html, { joinInline: true })] : [text, normalized],
  );
  return unique([
    ...meetingAnchors(text),
    ...[...views].flatMap((view) => scan(view).map(({ kind, value }) => ({ kind, value }))),
  ]);
}

export function hasSecret(text: string): boolean {
  return findSecrets(text).length > 0;
}

interface KnownPattern {
  /** For matchAll. */
  all: RegExp;
  /** For a test. */
  one: RegExp;
}
const patterns = new Map<string, KnownPattern | null>();

/**
 * A pattern that finds a known secret wherever it is written again, in any grouping of its
 * digits. `sameText`: the secret was found in the same text (a cell), where even a value
 * that looks like a word is the secret; elsewhere only values that look like codes are looked for.
 */
function patternOf(secret: Secret, sameText = false): KnownPattern | undefined {
  const key = `${secret.kind}\u0000${secret.value}\u0000${sameText}`;
  if (!patterns.has(key)) {
    if (patterns.size > 1000) patterns.clear();
    const source = patternSource(secret, sameText);
    patterns.set(key, source === undefined ? null : { all: new RegExp(source, "gu"), one: new RegExp(source, "u") });
  }
  return patterns.get(key) ?? undefined;
}

function patternSource(secret: Secret, sameText: boolean): string | undefined {
  const value = secret.value.replace(/#$/, "");
  const digits = value.replace(/\D/g, "");
  if (
    secret.kind === "meeting ID" &&
    digits.length >= 6 &&
    digits.length === value.replace(/[^\p{L}\p{N}]/gu, "").length
  ) {
    return `(?<!\\p{Nd})${digits.split("").join(`${DIGIT_SEP}{0,3}`)}#?(?!\\p{Nd})`;
  }
  // A short or ordinary word is not looked for elsewhere: it would take words that are not secrets.
  if (secret.kind !== "meeting link" && !sameText && !looksLikeCode(value)) return undefined;
  if (value.length < (sameText ? 3 : 4)) return undefined;
  return `(?<![\\p{L}\\p{N}])${escape(value)}(?![\\p{L}\\p{N}])`;
}

/** "Møtelenke:", "Meeting link:": what is left of a link once the link is gone. */
const LINK_WORDS = `${START}(?:m${OE}te-?lenke|lenke${G}+til${G}+m${OE}tet|link${G}+til${G}+m${OE}tet|meeting${G}+link|link${G}+to${G}+(?:the${G}+)?meeting|teams-?lenke|zoom-?lenke|join${G}+link)${END}`;
const LINK_LABEL = new RegExp(`${LINK_WORDS}${G}*:?`, "giu");
/** A label left with nothing after it once its value is gone: "… i Bjugn. Passord:", "Zoom:". */
const DANGLING_LABEL = new RegExp(
  `${START}(?:${PASS_LABEL}|${ID_LABEL}|teams|zoom|webex|whereby|google${G}+meet|bli${G}+med|delta|join)${G}*[:=#](?=${G}*$)`,
  "giu",
);
const BARE_LABEL = new RegExp(
  `^${G}*(?:(?:${PASS_LABEL}|${ID_LABEL})${G}*|${LINK_WORDS}${G}*(?::${G}*)?)(?:[:=#]${G}*)?$`,
  "iu",
);

/** True for a text that is nothing but the label of a secret ("Passord:"), whose value stands elsewhere. */
export function isBareLabel(text: string): boolean {
  return BARE_LABEL.test(text);
}

/** What stands where a secret was left out. */
const OMITTED = " ";

/**
 * Each secret is looked for in the whole text, one after the other. Past this many characters
 * read (secrets × length of the text), the text is not kept: thousands of secrets would
 * otherwise read a long text thousands of times.
 */
const MAX_SECRET_READS = 2_000_000;

export interface Redacted {
  text: string;
  /** What was left out (never shown to anyone). */
  secrets: Secret[];
}

function removeRanges(text: string, ranges: { start: number; end: number }[]): string {
  let out = "";
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (end <= at) continue;
    out += text.slice(at, Math.max(at, start)) + OMITTED;
    at = end;
  }
  return out + text.slice(at);
}

const tidy = (text: string) =>
  text
    .replace(/\(\s*\)|\[\s*\]/g, " ")
    .replace(new RegExp(`${G}{2,}`, "gu"), " ")
    .replace(/(?<! ) +([.,;:])/g, "$1")
    .replace(/(?<![\s,;])[\s,;]+$/u, "")
    .trim();

/**
 * A plain text with every secret left out: the ones it finds in the text itself, with
 * their labels ("Møte-ID: 387 681 127 533"), and the `known` ones (found elsewhere in
 * the same document, e.g. a passcode whose label stands in another paragraph) wherever
 * they are written. A text without secrets comes back unchanged. If a secret cannot be
 * cut out of the text as written, the text is normalized and cut again; if it still
 * holds one, or holds (or is given) too many to look for, nothing of it is kept.
 */
export function redactSecrets(
  input: string,
  known: readonly Secret[] = [],
  options: { sameText?: boolean } = {},
): Redacted {
  const here = findSecrets(input);
  // Light HTML is read as text: a known number written with &nbsp; between its digits is found too.
  const view = /[<&]/.test(input) ? plainText(input) : input;
  if ((here.length + known.length) * view.length > MAX_SECRET_READS)
    return { text: "", secrets: here.length > 0 ? here : [...known] };
  const knownHere = known.filter((s) => patternOf(s, options.sameText)?.one.test(view));
  if (here.length === 0 && knownHere.length === 0) return { text: input, secrets: [] };
  const text = view === input ? input : plainText(removeMeetingAnchors(input).html);
  const found = [
    ...here.flatMap((s) => patternOf(s, true) ?? []),
    ...knownHere.flatMap((s) => patternOf(s, options.sameText) ?? []),
  ];
  const cut = (from: string) => {
    const ranges = [
      ...scan(from),
      ...found.flatMap((p) => [...from.matchAll(p.all)].map((m) => ({ start: m.index, end: m.index + m[0].length }))),
    ];
    if (ranges.length === 0) return from;
    return tidy(tidy(removeRanges(from, ranges).replace(LINK_LABEL, OMITTED)).replace(DANGLING_LABEL, OMITTED));
  };
  const holds = (out: string) => hasSecret(out) || found.some((p) => p.one.test(out));
  let out = cut(text);
  if (holds(out)) out = cut(normalizeText(out));
  if (holds(out)) out = "";
  return { text: out, secrets: here.length > 0 ? here : knownHere };
}

/**
 * A cell of light HTML with the anchors that join a meeting left out, with the words
 * that introduce them ("Møtelenke: <a href="#">Delta i møtet nå</a>"). Other anchors keep their text.
 */
export function removeMeetingAnchors(html: string): { html: string; removed: number } {
  let removed = 0;
  let out = "";
  let at = 0;
  for (const anchor of anchorsOf(html)) {
    const joins = joinsMeeting(anchor);
    if (joins) removed++;
    out += `${html.slice(at, anchor.start)}${joins ? OMITTED : ` ${anchor.label} `}`;
    at = anchor.end;
  }
  out += html.slice(at);
  return { html: removed > 0 ? out.replace(LINK_LABEL, OMITTED) : out, removed };
}

/** Safe to print or store: the text with its secrets left out (see redactSecrets). */
export function withoutSecrets(text: string, known: readonly Secret[] = []): string {
  return redactSecrets(text, known).text;
}

/** The kinds of secret, for a message: "a meeting link and a passcode". */
export function describeSecrets(secrets: readonly Secret[]): string {
  const kinds = [...new Set(secrets.map((s) => s.kind))].map((k) => `a ${k}`);
  return kinds.length <= 1
    ? (kinds[0] ?? "a secret")
    : `${kinds.slice(0, -1).join(", ")} and ${kinds[kinds.length - 1]}`;
}
