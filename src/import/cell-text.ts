/** What a table cell of an extracted plan says, with its light HTML read and its secrets left out. */
import { isBareLabel, redactSecrets, removeMeetingAnchors } from "../text/secrets.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: " ", "#39": "'" };

export interface Paragraph {
  /** The paragraph's text, tags removed and whitespace collapsed. */
  text: string;
  /** A bold lead-in such as "<b>Alle ansatte i SFO</b>": who a meeting is for. */
  lead?: string;
}

export interface CellText {
  paragraphs: Paragraph[];
  /** True when a secret was left out of the cell. */
  hadSecrets: boolean;
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * `html` up to its last ">", and the rest. A tag pattern is tried on the first part only: on
 * "<<<<…" with no ">", it would read the rest of the text from every "<".
 */
function atLastClose(html: string): [string, string] {
  const end = html.lastIndexOf(">") + 1;
  return [html.slice(0, end), html.slice(end)];
}

export function stripTags(html: string): string {
  const [tagged, rest] = atLastClose(html);
  const text = tagged.replace(/<[^>]*>/g, " ") + rest;
  return collapse(text.replace(/&(#39|[a-z]+);/g, (m, name: string) => ENTITIES[name] ?? m));
}

/**
 * Leaves the secrets of a cell out of its texts (src/text/secrets.ts, the one filter of
 * imports, mutations and reports): meeting links with the words that introduce them,
 * meeting IDs and passcodes, whatever tags, entities or spaces stand between label and
 * value. The secrets are found in the cell as a whole, so that a label in one run or
 * paragraph ("<b>Passord:</b>") and its value in the next are both left out.
 */
function secretFilter(raw: string) {
  const { html, removed } = removeMeetingAnchors(raw);
  const secrets = redactSecrets(raw).secrets;
  let hadSecrets = removed > 0;
  const clean = (text: string) => {
    // "<p>Passord:</p><p>Hk7pQz</p>": the label's paragraph goes with its value.
    const redacted =
      secrets.length > 0 && isBareLabel(text) ? "" : redactSecrets(text, secrets, { sameText: true }).text;
    if (redacted !== text) hadSecrets = true;
    return redacted;
  };
  return { html, clean, hadSecrets: () => hadSecrets };
}

/** A cell's whole text, tags removed and secrets left out. */
export function cellText(raw: string): { text: string; hadSecrets: boolean } {
  const filter = secretFilter(raw);
  const text = filter.clean(stripTags(filter.html));
  return { text, hadSecrets: filter.hadSecrets() };
}

/** Splits a cell into its paragraphs (<p>, <br>, list items), secrets removed. */
export function readCell(raw: string): CellText {
  const { html, clean, hadSecrets } = secretFilter(raw);
  const paragraphs: Paragraph[] = [];
  const [tagged, rest] = atLastClose(html);
  const parts = tagged.split(/<\/p>|<br\s*\/?>|<\/li>|<li[^>]*>/i);
  parts[parts.length - 1] += rest;
  for (const part of parts) {
    const text = clean(stripTags(part));
    if (text === "") continue;
    const previous = paragraphs[paragraphs.length - 1];
    // A list belongs to the sentence that introduces it ("… for barns beste: - Barnehage - …").
    if (previous && /^\s*<[uo]l\b/i.test(part)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    const bold = /^\s*(?:<p[^>]*>\s*)?<b>(.*?)<\/b>/is.exec(part);
    const lead = bold ? clean(stripTags(bold[1] ?? "")) : "";
    paragraphs.push(lead ? { text, lead } : { text });
  }
  return { paragraphs, hadSecrets: hadSecrets() };
}

/** "Kommunalt rektornettverk (med SFO-ledere)" → "kommunalt-rektornettverk-med-sfo-ledere". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "o")
    .replaceAll("å", "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
