import type { ManagedTransaction } from "neo4j-driver";
import { type SeedData, type SeedRecord, sourcesOf } from "../records/index.js";
import { setLinks, targets } from "./links.js";
import { enumValue, integer } from "./values.js";

/**
 * A forum's initiative and its activities, replaced. Shared with the plan importer: the
 * activities belong to the forum alone.
 */
export async function writeForumLinks(tx: ManagedTransaction, forums: readonly SeedRecord<"forums">[]): Promise<void> {
  await setLinks(
    tx,
    "forumInitiative",
    forums.map((f) => ({ id: f.id, targets: targets(f.initiative) })),
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (f:Forum {id: row.id})
     OPTIONAL MATCH (f)-[:HAS_ACTIVITY]->(activity:ForumActivity)
     DETACH DELETE activity
     WITH DISTINCT f, row
     UNWIND row.activities AS a
     CREATE (f)-[:HAS_ACTIVITY]->(:ForumActivity {id: a.id, month: a.month, text: a.text})`,
    {
      rows: forums.map((f) => ({
        id: f.id,
        activities: (f.activities ?? []).map((a, n) => ({ id: `${f.id}-${a.month}-${n + 1}`, ...a })),
      })),
    },
  );
}

/** Forums with their undated month activities, which belong to the forum alone. */
export async function writeForums(tx: ManagedTransaction, { forums }: SeedData): Promise<void> {
  await tx.run("UNWIND $rows AS row MERGE (f:Forum {id: row.id}) SET f = row", {
    rows: forums.map((f) => ({
      id: f.id,
      name: f.name,
      aliases: f.aliases ?? [],
      who: f.who,
      purpose: f.purpose,
      form: f.form ?? null,
      owner: f.owner ?? null,
      sources: sourcesOf(f),
    })),
  });
  await writeForumLinks(tx, forums);
  // Stated attendance: the seed owns every ATTENDS of its forums.
  await tx.run(
    `UNWIND $rows AS row
     MATCH (f:Forum {id: row.id})
     OPTIONAL MATCH (f)<-[old:ATTENDS]-()
     DELETE old
     WITH DISTINCT f, row
     UNWIND row.participants AS p
     OPTIONAL MATCH (institution:Institution {id: p.institution})
     OPTIONAL MATCH (person:Person {id: p.person})
     WITH f, row, p, coalesce(institution, person) AS party
     CREATE (party)-[:ATTENDS {asWritten: p.asWritten, source: row.source}]->(f)`,
    {
      rows: forums.map((f) => ({
        id: f.id,
        source: sourcesOf(f).join("; "),
        participants: (f.participants ?? []).map((p) => ({
          institution: "institution" in p ? p.institution : null,
          person: "person" in p ? p.person : null,
          asWritten: p.asWritten,
        })),
      })),
    },
  );
}

export async function writeMeetings(tx: ManagedTransaction, { meetings }: SeedData): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (m:Meeting {id: row.id})
     SET m = row.properties,
         m.date = date(row.date),
         m.endDate = date(row.endDate),
         m.startTime = localtime(row.startTime),
         m.endTime = localtime(row.endTime)`,
    {
      rows: meetings.map((m) => ({
        id: m.id,
        date: m.date,
        endDate: m.endDate ?? null,
        startTime: m.startTime ?? null,
        endTime: m.endTime ?? null,
        properties: {
          id: m.id,
          title: m.title,
          mode: enumValue(m.mode),
          online: m.online ?? null,
          place: m.place ?? null,
          agenda: m.agenda ?? [],
          audience: m.audience ?? null,
          text: m.text,
          sources: sourcesOf(m),
        },
      })),
    },
  );
  await setLinks(
    tx,
    "meetingForums",
    meetings.map((m) => ({ id: m.id, targets: m.forums })),
  );
  await setLinks(
    tx,
    "meetingInitiatives",
    meetings.map((m) => ({ id: m.id, targets: m.initiatives })),
  );
}

export async function writeDeadlines(tx: ManagedTransaction, { deadlines }: SeedData): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (d:Deadline {id: row.id})
     SET d = row.properties, d.dates = [day IN row.dates | date(day)]`,
    {
      rows: deadlines.map((d) => ({
        id: d.id,
        dates: d.dates ?? [],
        properties: {
          id: d.id,
          name: d.name,
          step: d.step,
          sender: d.from,
          recipient: d.to ?? null,
          month: integer(d.month),
          day: integer(d.day),
          recurrence: d.recurrence,
          setLocally: d.setLocally ?? false,
          text: d.text,
          sources: sourcesOf(d),
        },
      })),
    },
  );
  await setLinks(
    tx,
    "deadlineScheme",
    deadlines.map((d) => ({ id: d.id, targets: targets(d.scheme) })),
  );
}

export async function writeAllocations(tx: ManagedTransaction, { allocations }: SeedData): Promise<void> {
  await tx.run("UNWIND $rows AS row MERGE (a:Allocation {id: row.id}) SET a = row", {
    rows: allocations.map((a) => ({
      id: a.id,
      name: a.name,
      purpose: a.purpose,
      amountNok: integer(a.amountNok),
      totalNok: integer(a.totalNok),
      recurrence: a.recurrence,
      otherRecipients: (a.recipients ?? []).flatMap((r) => ("text" in r ? [r.text] : [])),
      sources: sourcesOf(a),
    })),
  });
  const recipients = (a: SeedRecord<"allocations">) => a.recipients ?? [];
  await setLinks(
    tx,
    "allocationScheme",
    allocations.map((a) => ({ id: a.id, targets: [a.scheme] })),
  );
  await setLinks(
    tx,
    "allocationInstitutions",
    allocations.map((a) => ({
      id: a.id,
      targets: recipients(a).flatMap((r) => ("institution" in r ? [r.institution] : [])),
    })),
  );
  await setLinks(
    tx,
    "allocationNetworks",
    allocations.map((a) => ({ id: a.id, targets: recipients(a).flatMap((r) => ("network" in r ? [r.network] : [])) })),
  );
}
