import type { ManagedTransaction } from "neo4j-driver";
import { type SeedData, type SeedRecord, sourcesOf } from "../records/index.js";
import { enumValue, integer } from "./values.js";

/** After a forum's properties are set: its initiative and its activities, replaced. Shared with the plan importer. */
export const REPLACE_FORUM_LINKS = `
     WITH f, row
     OPTIONAL MATCH (f)-[old:FORUM_OF]->()
     DELETE old
     WITH DISTINCT f, row
     OPTIONAL MATCH (f)-[:HAS_ACTIVITY]->(activity:ForumActivity)
     DETACH DELETE activity
     WITH DISTINCT f, row
     CALL (f, row) {
       MATCH (initiative:Initiative {id: row.initiative}) MERGE (f)-[:FORUM_OF]->(initiative)
     }
     CALL (f, row) {
       UNWIND row.activities AS a
       CREATE (f)-[:HAS_ACTIVITY]->(:ForumActivity {id: a.id, month: a.month, text: a.text})
     }`;

/** What REPLACE_FORUM_LINKS reads from a row. */
export const forumLinks = (f: SeedRecord<"forums">) => ({
  initiative: f.initiative ?? null,
  activities: (f.activities ?? []).map((a, n) => ({ id: `${f.id}-${a.month}-${n + 1}`, ...a })),
});

/** Forums with their undated month activities, which belong to the forum alone. */
export async function writeForums(tx: ManagedTransaction, { forums }: SeedData): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (f:Forum {id: row.id})
     SET f = row.properties ${REPLACE_FORUM_LINKS}`,
    {
      rows: forums.map((f) => ({
        id: f.id,
        ...forumLinks(f),
        properties: {
          id: f.id,
          name: f.name,
          aliases: f.aliases ?? [],
          who: f.who,
          purpose: f.purpose,
          form: f.form ?? null,
          owner: f.owner ?? null,
          sources: sourcesOf(f),
        },
      })),
    },
  );
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
         m.endTime = localtime(row.endTime)
     WITH m, row
     OPTIONAL MATCH (m)-[old:IN_FORUM|SERVES]->()
     DELETE old
     WITH DISTINCT m, row
     CALL (m, row) {
       UNWIND row.forums AS id MATCH (f:Forum {id: id}) MERGE (m)-[:IN_FORUM]->(f)
     }
     CALL (m, row) {
       UNWIND row.initiatives AS id MATCH (i:Initiative {id: id}) MERGE (m)-[:SERVES]->(i)
     }`,
    {
      rows: meetings.map((m) => ({
        id: m.id,
        date: m.date,
        endDate: m.endDate ?? null,
        startTime: m.startTime ?? null,
        endTime: m.endTime ?? null,
        forums: m.forums,
        initiatives: m.initiatives,
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
}

export async function writeDeadlines(tx: ManagedTransaction, { deadlines }: SeedData): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (d:Deadline {id: row.id})
     SET d = row.properties, d.dates = [day IN row.dates | date(day)]
     WITH d, row
     OPTIONAL MATCH (d)-[old:UNDER_SCHEME]->()
     DELETE old
     WITH DISTINCT d, row
     MATCH (scheme:Scheme {id: row.scheme})
     MERGE (d)-[:UNDER_SCHEME]->(scheme)`,
    {
      rows: deadlines.map((d) => ({
        id: d.id,
        scheme: d.scheme ?? null,
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
}

export async function writeAllocations(tx: ManagedTransaction, { allocations }: SeedData): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (a:Allocation {id: row.id})
     SET a = row.properties
     WITH a, row
     OPTIONAL MATCH (a)-[old:UNDER_SCHEME|ALLOCATED_TO]->()
     DELETE old
     WITH DISTINCT a, row
     MATCH (scheme:Scheme {id: row.scheme})
     MERGE (a)-[:UNDER_SCHEME]->(scheme)
     WITH a, row
     CALL (a, row) {
       UNWIND row.institutions AS id MATCH (i:Institution {id: id}) MERGE (a)-[:ALLOCATED_TO]->(i)
     }
     CALL (a, row) {
       UNWIND row.networks AS id MATCH (n:Network {id: id}) MERGE (a)-[:ALLOCATED_TO]->(n)
     }`,
    {
      rows: allocations.map((a) => {
        const recipients = a.recipients ?? [];
        return {
          id: a.id,
          scheme: a.scheme,
          institutions: recipients.flatMap((r) => ("institution" in r ? [r.institution] : [])),
          networks: recipients.flatMap((r) => ("network" in r ? [r.network] : [])),
          properties: {
            id: a.id,
            name: a.name,
            purpose: a.purpose,
            amountNok: integer(a.amountNok),
            totalNok: integer(a.totalNok),
            recurrence: a.recurrence,
            otherRecipients: recipients.flatMap((r) => ("text" in r ? [r.text] : [])),
            sources: sourcesOf(a),
          },
        };
      }),
    },
  );
}
