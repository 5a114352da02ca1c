/** What a table cell of an extracted plan says, with its light HTML read and its secrets left out. */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: " ", "#39": "'" };

// Meeting links, meeting IDs and passcodes: never imported, never echoed in a report.
const SECRETS: RegExp[] = [
  /<a\b[^>]*>.*?<\/a>/gis,
  /https?:\/\/\S+/gi,
  /\bMøtelenke:?/gi,
  /\bMøte-?ID:?\s*[\d ]*\d/gi,
  /\b(?:Passord|Passcode):?\s*\S+/gi,
];

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

export function stripTags(html: string): string {
  return collapse(html.replace(/<[^>]*>/g, " ").replace(/&(#39|[a-z]+);/g, (m, name: string) => ENTITIES[name] ?? m));
}

/** Splits a cell into its paragraphs (<p>, <br>, list items), secrets removed. */
export function readCell(raw: string): CellText {
  let html = raw;
  let hadSecrets = false;
  for (const secret of SECRETS) {
    html = html.replace(secret, () => {
      hadSecrets = true;
      return " ";
    });
  }
  const paragraphs: Paragraph[] = [];
  for (const part of html.split(/<\/p>|<br\s*\/?>|<\/li>|<li[^>]*>/i)) {
    const text = stripTags(part);
    if (text === "") continue;
    const previous = paragraphs[paragraphs.length - 1];
    // A list belongs to the sentence that introduces it ("… for barns beste: - Barnehage - …").
    if (previous && /^\s*<[uo]l\b/i.test(part)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    const bold = /^\s*(?:<p[^>]*>\s*)?<b>(.*?)<\/b>/is.exec(part);
    const lead = bold ? stripTags(bold[1] ?? "") : "";
    paragraphs.push(lead ? { text, lead } : { text });
  }
  return { paragraphs, hadSecrets };
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
