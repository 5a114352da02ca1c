import type { Driver, ManagedTransaction } from "neo4j-driver";
import { bumpGraphVersion, type GraphVersion } from "../db/graph-version.js";
import { sourcesOf } from "../seed/records/index.js";
import { writeForumLinks } from "../seed/write/write-calendar.js";
import { writeInitiativeLinks } from "../seed/write/write-initiatives.js";
import { addLinks } from "../seed/write/links.js";
import { enumValue } from "../seed/write/values.js";
import type { Change } from "./changes.js";
import { INITIATIVE_LINK_FIELDS, type Kind, ownedProperties } from "./owned-facts.js";
import type { ImportedPlan } from "./plan.js";

/** Leaves out what the plan does not say, so that a created node holds no empty property. */
const present = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));

/**
 * Writes an imported plan in one transaction. The facts the plan states are set on every
 * node; names, titles, agendas and texts only on nodes the import creates, so that a
 * reviewed record keeps its wording. Meetings only gain forums and initiatives: a meeting
 * shared with another plan keeps its links to it.
 */
export async function writeImport(
  driver: Driver,
  database: string,
  plan: ImportedPlan,
  changes: readonly Change[],
): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) => writeImportIn(tx, plan, changes));
  } finally {
    await session.close();
  }
}

/**
 * writeImport's writes, in a transaction the caller holds (an upload's commit checks its
 * preview first); returns the graph's version they move to.
 */
export async function writeImportIn(
  tx: ManagedTransaction,
  plan: ImportedPlan,
  changes: readonly Change[],
): Promise<GraphVersion> {
  const linked = new Set(changes.filter((c) => c.shared).map((c) => c.id));
  const created = new Set(changes.filter((c) => c.action === "create").map((c) => `${c.kind}:${c.id}`));
  await writeInitiatives(tx, plan);
  await writeForums(tx, plan);
  await writeMeetings(tx, plan, linked);
  await writeNotes(tx, plan, created);
  return bumpGraphVersion(tx);
}

/** A node's properties: `created` only on a node the import creates, `owned` (the facts the plan states) always. */
const MERGE = {
  initiative: "UNWIND $rows AS row MERGE (n:Initiative {id: row.id}) ON CREATE SET n += row.created SET n += row.owned",
  forum: "UNWIND $rows AS row MERGE (n:Forum {id: row.id}) ON CREATE SET n += row.created SET n += row.owned",
  meeting: "UNWIND $rows AS row MERGE (n:Meeting {id: row.id}) ON CREATE SET n += row.created SET n += row.owned",
} satisfies Record<Kind, string>;

async function mergeNodes(
  tx: ManagedTransaction,
  kind: Kind,
  rows: { id: string; created: Record<string, unknown>; owned: Record<string, unknown> }[],
): Promise<void> {
  await tx.run(MERGE[kind], { rows });
}

async function writeInitiatives(tx: ManagedTransaction, plan: ImportedPlan): Promise<void> {
  await mergeNodes(
    tx,
    "initiative",
    plan.initiatives.map((i) => ({
      id: i.id,
      created: { name: i.name, aliases: [], kind: enumValue(i.kind), purpose: i.purpose ?? [], sources: sourcesOf(i) },
      owned: ownedProperties("initiative", i),
    })),
  );
  await writeInitiativeLinks(tx, plan.initiatives, INITIATIVE_LINK_FIELDS, "keep");
}

async function writeForums(tx: ManagedTransaction, plan: ImportedPlan): Promise<void> {
  await mergeNodes(
    tx,
    "forum",
    plan.forums.map((f) => ({
      id: f.id,
      created: { name: f.name, aliases: [], sources: sourcesOf(f) },
      owned: ownedProperties("forum", f),
    })),
  );
  await writeForumLinks(tx, plan.forums);
}

async function writeMeetings(tx: ManagedTransaction, plan: ImportedPlan, linked: ReadonlySet<string>): Promise<void> {
  await mergeNodes(
    tx,
    "meeting",
    plan.meetings.map((m) => ({
      id: m.id,
      created: present({
        title: m.title,
        agenda: m.agenda ?? [],
        audience: m.audience,
        text: m.text,
        sources: sourcesOf(m),
      }),
      // A meeting shared with another plan keeps that plan's facts.
      owned: linked.has(m.id) ? {} : ownedProperties("meeting", m),
    })),
  );
  await addLinks(
    tx,
    "meetingForums",
    plan.meetings.map((m) => ({ id: m.id, targets: m.forums })),
  );
  await addLinks(
    tx,
    "meetingInitiatives",
    plan.meetings.map((m) => ({ id: m.id, targets: m.initiatives })),
  );
}

/** The importer's data-quality notes, on the nodes it created (a reviewed record has its own). */
async function writeNotes(tx: ManagedTransaction, plan: ImportedPlan, created: ReadonlySet<string>): Promise<void> {
  const annotated = [
    ...plan.initiatives.map((r) => ["Initiative", "initiative", r] as const),
    ...plan.meetings.map((r) => ["Meeting", "meeting", r] as const),
  ];
  const rows = annotated
    .filter(([, kind, r]) => created.has(`${kind}:${r.id}`))
    .flatMap(([type, , r]) =>
      (r.dataQuality ?? []).map((note, n) => ({
        id: `${type}:${r.id}:import-${n + 1}`,
        subjectType: type,
        subjectId: r.id,
        field: note.field,
        original: note.original,
        corrected: note.corrected ?? null,
        note: note.note,
        sources: sourcesOf(r),
        origin: "import",
      })),
    );
  await tx.run("UNWIND $rows AS row MERGE (n:DataQualityNote {id: row.id}) SET n = row", { rows });
}
