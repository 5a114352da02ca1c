import type { ManagedTransaction } from "neo4j-driver";

/**
 * The relationships to nodes named by id that the seed writers and the plan importer
 * write: from a node of one label, of one type, to nodes of another label. A fixed set:
 * every statement below is made from these constants once, never from input.
 */
const LINKS = {
  institutionParent: ["Institution", "PART_OF", "Institution"],
  municipalityCounty: ["Municipality", "IN_COUNTY", "County"],
  networkMembers: ["Network", "HAS_MEMBER", "Municipality"],
  personAffiliation: ["Person", "AFFILIATED_WITH", "Institution"],
  initiativeScheme: ["Initiative", "UNDER_SCHEME", "Scheme"],
  initiativeNetwork: ["Initiative", "RUN_BY", "Network"],
  initiativeBase: ["Initiative", "BUILDS_ON", "Initiative"],
  initiativePartners: ["Initiative", "PARTNER", "Institution"],
  initiativeResponsible: ["Initiative", "RESPONSIBLE", "Institution"],
  initiativeMunicipalities: ["Initiative", "COVERS", "Municipality"],
  trackInitiative: ["Track", "TRACK_OF", "Initiative"],
  trackLead: ["Track", "LED_BY", "Institution"],
  workingGroupInitiative: ["WorkingGroup", "WORKS_ON", "Initiative"],
  forumInitiative: ["Forum", "FORUM_OF", "Initiative"],
  meetingForums: ["Meeting", "IN_FORUM", "Forum"],
  meetingInitiatives: ["Meeting", "SERVES", "Initiative"],
  deadlineScheme: ["Deadline", "UNDER_SCHEME", "Scheme"],
  allocationScheme: ["Allocation", "UNDER_SCHEME", "Scheme"],
  allocationInstitutions: ["Allocation", "ALLOCATED_TO", "Institution"],
  allocationNetworks: ["Allocation", "ALLOCATED_TO", "Network"],
} as const;

export type Link = keyof typeof LINKS;

/** The relationship type of a link, as the graph names it. */
export const relationshipOf = (link: Link): string => LINKS[link][1];

/** One node and the ids of the nodes it links to; a missing target is left out. */
interface LinkRow {
  id: string;
  targets: readonly string[];
}

const ADD = "WITH n, row UNWIND row.targets AS target MATCH (t:%TO {id: target}) MERGE (n)-[:%TYPE]->(t)";
const statements = (template: string) =>
  Object.fromEntries(
    Object.entries(LINKS).map(([link, [from, type, to]]) => [
      link,
      `UNWIND $rows AS row MATCH (n:${from} {id: row.id}) ${template}`.replaceAll("%TYPE", type).replaceAll("%TO", to),
    ]),
  ) as Record<Link, string>;
const SET = statements(`OPTIONAL MATCH (n)-[old:%TYPE]->(:%TO) DELETE old WITH DISTINCT n, row ${ADD}`);
const ADD_ONLY = statements(ADD);

/**
 * Sets these relationships of each node to exactly its list: the old ones of the link go,
 * the listed ones are made. Nodes not in `rows` keep theirs.
 */
export async function setLinks(tx: ManagedTransaction, link: Link, rows: readonly LinkRow[]): Promise<void> {
  await tx.run(SET[link], { rows });
}

/** Adds the listed relationships to each node and keeps the ones it has. */
export async function addLinks(tx: ManagedTransaction, link: Link, rows: readonly LinkRow[]): Promise<void> {
  await tx.run(ADD_ONLY[link], { rows });
}

/** A link row from an optional single target. */
export const targets = (id: string | null | undefined): string[] => (id ? [id] : []);
