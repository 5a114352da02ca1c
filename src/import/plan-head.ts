import { stripTags } from "./cell-text.js";
import type { Finding } from "./report.js";
import { allNamed, type Named, type Vocabulary, namedIn } from "./vocabulary.js";

/** What a plan says about itself before its tables: title, network, scheme, partners, whom it is for. */
export interface PlanHead {
  title: string;
  network?: string;
  scheme?: string;
  partners: string[];
  municipalities?: string[];
  targetGroups?: string[];
}

const TARGET_GROUPS: [RegExp, string][] = [
  [/\bbarnehage/i, "kindergarten"],
  [/\bSFO\b/, "sfo"],
  [/\b(?:grunn)?skole/i, "school"],
  [/\bPPT?\b|\bPP-tjenest/, "ppt"],
  [/\bvideregående/i, "upper-secondary"],
];

/** The target groups a text names, in the order it names them. */
export function targetGroupsIn(text: string): string[] {
  return TARGET_GROUPS.map(([pattern, group]) => [pattern.exec(text)?.index, group] as const)
    .filter((found): found is [number, string] => found[0] !== undefined)
    .sort((a, b) => a[0] - b[0])
    .map(([, group]) => group);
}

const sentencesOf = (prose: string) =>
  prose
    // Every line break ends a sentence: a pattern that reads to the end of a sentence never stops at one.
    .split(/(?<=[.!?])\s+|[\n\r\u2028\u2029]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The first line with text: the plan's title. Markdown marks and bold are not part of it. */
export function titleOf(lines: readonly string[]): string | undefined {
  const line = lines.find((l) => stripTags(l.replace(/[#*]/g, "")) !== "");
  return line === undefined ? undefined : stripTags(line.replace(/[#*]/g, ""));
}

/**
 * Reads the title and the prose before the first table. Partners are the institutions in
 * the title, or else in the sentence that says who the plan is "sammen med" / "samarbeidet
 * med"; municipalities and target groups come from the sentence naming "kommunene".
 */
export function readPlanHead(
  title: string,
  prose: string,
  vocabulary: Vocabulary,
  options: { network?: string },
  findings: Finding[],
): PlanHead {
  const networkIds = vocabulary.networks.map((n) => n.id);
  if (options.network !== undefined && !networkIds.includes(options.network)) {
    throw new Error(`--network ${options.network}: no network has this id (known: ${networkIds.join(", ")})`);
  }
  const network = options.network ?? namedIn(title, vocabulary.networks)[0]?.id;
  const scheme = namedIn(title, vocabulary.schemes)[0]?.id;
  const sentences = sentencesOf(prose);

  const partnerSentence = sentences.find((s) => /\b(sammen med|samarbeidet med)\b/i.test(s));
  const inTitle = namedIn(title, vocabulary.institutions);
  const partners = (inTitle.length > 0 ? inTitle : namedIn(partnerSentence ?? "", vocabulary.institutions)).map(
    (i) => i.id,
  );

  const audienceSentence = sentences.find((s) => /\bi kommunene\b/i.test(s));
  const head: PlanHead = { title, partners };
  if (network) head.network = network;
  if (scheme) head.scheme = scheme;
  if (audienceSentence) {
    const names = /\bi kommunene\s+(.+?)\.?$/i.exec(audienceSentence)?.[1]?.split(/,\s*|(?<!\s)\s+og\s+/) ?? [];
    // Linked by the register, in any form of the name; a name two municipalities share is never guessed.
    const municipalities = names.flatMap((name) => {
      const found = allNamed(name, vocabulary.municipalities);
      if (found.length === 1) return [(found[0] as Named).id];
      findings.push({
        kind: "unknown",
        where: "Innledning",
        text: audienceSentence,
        message:
          found.length === 0
            ? `«${name}» er ikke en kommune i registeret; tiltaket er ikke koblet til den`
            : `«${name}» kan bety flere kommuner: ${found
                .map((m) => m.number)
                .sort()
                .join(" og ")}; tiltaket er ikke koblet til noen av dem`,
      });
      return [];
    });
    // Names the graph does not know leave the list unknown, not empty.
    if (municipalities.length > 0) head.municipalities = municipalities;
    // "kommunale PPT for å støtte barnehager, ...": the groups before "for å" are the target.
    const targetGroups = targetGroupsIn(audienceSentence.split(/\sfor å\s/)[0] ?? "");
    if (targetGroups.length > 0) head.targetGroups = targetGroups;
  }
  return head;
}
