import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { bumpGraphVersion } from "../db/graph-version.js";
import { sourcesOf } from "../seed/records/index.js";
import { REPLACE_FORUM_LINKS, forumLinks } from "../seed/write/calendar.js";
import { enumValue, enumValues, periodEnd, periodStart } from "../seed/write/values.js";
import type { Change } from "./changes.js";
import type { ImportedPlan } from "./plan.js";

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
};
const clock = (hhmm: string | undefined) => {
  if (!hhmm) return undefined;
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return new neo4j.types.LocalTime(h, m, 0, 0);
};
/** Leaves out what the plan does not say, so that SET n += owned never clears a fact. */
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
  const linked = new Set(changes.filter((c) => c.shared).map((c) => c.id));
  const created = new Set(changes.filter((c) => c.action === "create").map((c) => `${c.kind}:${c.id}`));
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await writeInitiatives(tx, plan);
      await writeForums(tx, plan);
      await writeMeetings(tx, plan, linked);
      await writeNotes(tx, plan, created);
      await bumpGraphVersion(tx);
    });
  } finally {
    await session.close();
  }
}

async function writeInitiatives(tx: ManagedTransaction, plan: ImportedPlan): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (i:Initiative {id: row.id})
     ON CREATE SET i += row.created
     SET i += row.owned
     WITH i, row
     OPTIONAL MATCH (i)-[old]->() WHERE type(old) IN row.replacedLinks
     DELETE old
     WITH DISTINCT i, row
     CALL (i, row) { MATCH (s:Scheme {id: row.scheme}) MERGE (i)-[:UNDER_SCHEME]->(s) }
     CALL (i, row) { MATCH (n:Network {id: row.network}) MERGE (i)-[:RUN_BY]->(n) }
     CALL (i, row) { UNWIND row.partners AS id MATCH (p:Institution {id: id}) MERGE (i)-[:PARTNER]->(p) }
     CALL (i, row) { UNWIND row.responsibleInstitutions AS id MATCH (r:Institution {id: id}) MERGE (i)-[:RESPONSIBLE]->(r) }
     CALL (i, row) { UNWIND row.municipalities AS id MATCH (m:Municipality {id: id}) MERGE (i)-[:COVERS]->(m) }`,
    {
      rows: plan.initiatives.map((i) => ({
        id: i.id,
        scheme: i.scheme,
        network: i.network ?? null,
        partners: i.partners ?? [],
        responsibleInstitutions: i.responsibleInstitutions ?? [],
        municipalities: i.municipalities ?? [],
        replacedLinks: [
          "UNDER_SCHEME",
          "RUN_BY",
          "PARTNER",
          ...(i.responsibleInstitutions ? ["RESPONSIBLE"] : []),
          ...(i.municipalities ? ["COVERS"] : []),
        ],
        created: {
          name: i.name,
          aliases: [],
          kind: enumValue(i.kind),
          purpose: i.purpose ?? [],
          sources: sourcesOf(i),
        },
        owned: present({
          periodText: i.periodText,
          periodStart: day(periodStart(i.period.from)),
          periodEnd: i.period.to ? day(periodEnd(i.period.to)) : undefined,
          targetGroups: enumValues(i.targetGroups),
          audience: i.audience,
          how: i.how,
          responsible: i.responsible,
        }),
      })),
    },
  );
}

async function writeForums(tx: ManagedTransaction, plan: ImportedPlan): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (f:Forum {id: row.id})
     ON CREATE SET f += row.created
     SET f.who = row.who, f.purpose = row.purpose ${REPLACE_FORUM_LINKS}`,
    {
      rows: plan.forums.map((f) => ({
        id: f.id,
        ...forumLinks(f),
        who: f.who,
        purpose: f.purpose,
        created: { name: f.name, aliases: [], sources: sourcesOf(f) },
      })),
    },
  );
}

async function writeMeetings(tx: ManagedTransaction, plan: ImportedPlan, linked: ReadonlySet<string>): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (m:Meeting {id: row.id})
     ON CREATE SET m += row.created
     SET m += row.owned
     WITH m, row
     CALL (m, row) { UNWIND row.forums AS id MATCH (f:Forum {id: id}) MERGE (m)-[:IN_FORUM]->(f) }
     CALL (m, row) { UNWIND row.initiatives AS id MATCH (i:Initiative {id: id}) MERGE (m)-[:SERVES]->(i) }`,
    {
      rows: plan.meetings.map((m) => ({
        id: m.id,
        forums: m.forums,
        initiatives: m.initiatives,
        created: present({
          title: m.title,
          agenda: m.agenda ?? [],
          audience: m.audience,
          text: m.text,
          sources: sourcesOf(m),
        }),
        owned: linked.has(m.id)
          ? {}
          : present({
              date: day(m.date),
              endDate: m.endDate ? day(m.endDate) : undefined,
              startTime: clock(m.startTime),
              endTime: clock(m.endTime),
              mode: enumValue(m.mode),
              online: m.online,
              place: m.place,
            }),
      })),
    },
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
