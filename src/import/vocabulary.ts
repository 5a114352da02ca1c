import type { Driver } from "neo4j-driver";

/** A node the importer links to by one of its names (name, full name, aliases). */
export interface Named {
  id: string;
  names: string[];
}

/** What the graph already knows, so that an imported plan links to it instead of duplicating it. */
export interface Vocabulary {
  institutions: Named[];
  /** The national register: every form of every name, and the official number. */
  municipalities: (Named & { number: string })[];
  networks: Named[];
  schemes: Named[];
  initiatives: (Named & { network: string | null })[];
  forums: (Named & { initiative: string | null })[];
}

const VOCABULARY = `
CALL () { MATCH (n:Institution) RETURN collect({id: n.id, names: [n.name, n.fullName] + coalesce(n.aliases, [])}) AS institutions }
CALL () { MATCH (n:Municipality) RETURN collect({id: n.id, names: n.names, number: n.number}) AS municipalities }
CALL () { MATCH (n:Network) RETURN collect({id: n.id, names: [n.name] + coalesce(n.aliases, [])}) AS networks }
CALL () { MATCH (n:Scheme) RETURN collect({id: n.id, names: [n.name, n.fullName]}) AS schemes }
CALL () {
  MATCH (n:Initiative) OPTIONAL MATCH (n)-[:RUN_BY]->(network:Network)
  RETURN collect({id: n.id, names: [n.name] + coalesce(n.aliases, []), network: network.id}) AS initiatives
}
CALL () {
  MATCH (n:Forum) OPTIONAL MATCH (n)-[:FORUM_OF]->(initiative:Initiative)
  RETURN collect({id: n.id, names: [n.name] + coalesce(n.aliases, []), initiative: initiative.id}) AS forums
}
RETURN institutions, municipalities, networks, schemes, initiatives, forums`;

export async function readVocabulary(driver: Driver, database: string): Promise<Vocabulary> {
  const { records } = await driver.executeQuery(VOCABULARY, {}, { database, routing: "READ" });
  const row = records[0]?.toObject() as unknown as Vocabulary;
  // [n.name, n.fullName] holds a null where there is no full name.
  const clean = <T extends Named>(list: T[]) => list.map((n) => ({ ...n, names: n.names.filter(Boolean) }));
  return {
    institutions: clean(row.institutions),
    municipalities: clean(row.municipalities),
    networks: clean(row.networks),
    schemes: clean(row.schemes),
    initiatives: clean(row.initiatives),
    forums: clean(row.forums),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The nodes named in `text`, in the order they are written; a longer name wins over a
 * shorter one inside it ("NTNU Skrivesenteret" over "NTNU"). Names match as whole words.
 */
export function namedIn<T extends Named>(text: string, nodes: readonly T[]): T[] {
  const candidates = nodes
    .flatMap((node) => node.names.map((name) => ({ node, name })))
    .sort((a, b) => b.name.length - a.name.length);
  const taken: [number, number, T][] = [];
  // Which characters a name already took: a match is checked against its own characters, not every name taken.
  const covered = new Uint8Array(text.length);
  for (const { node, name } of candidates) {
    const pattern = new RegExp(`(?<![\\p{L}\\d])${escape(name)}(?![\\p{L}\\d])`, "gu");
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + name.length;
      if (covered.subarray(start, end).includes(1)) continue;
      covered.fill(1, start, end);
      taken.push([start, end, node]);
    }
  }
  const found: T[] = [];
  for (const [, , node] of taken.sort((a, b) => a[0] - b[0])) if (!found.includes(node)) found.push(node);
  return found;
}

/** The nodes with exactly this name (or alias), compared without regard to case: more than one is ambiguous. */
export function allNamed<T extends Named>(name: string, nodes: readonly T[]): T[] {
  const wanted = name.trim().toLowerCase();
  return nodes.filter((node) => node.names.some((n) => n.toLowerCase() === wanted));
}

/** The node with exactly this name (or alias), compared without regard to case. */
export function named<T extends Named>(name: string, nodes: readonly T[]): T | undefined {
  return allNamed(name, nodes)[0];
}
