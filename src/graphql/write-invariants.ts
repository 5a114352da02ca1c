import neo4j, { type Driver, type ManagedTransaction, type Transaction } from "neo4j-driver";
import { meetingTimesProblem, yearlyDayProblem } from "../seed/records/calendar-rules.js";

/**
 * Rules that span fields of one record, checked inside a mutation's transaction before
 * it commits, so that they hold whichever fields the mutation set (an update of endDate
 * alone is checked against the stored date). Each finds the records at odds with its
 * rule; the rule's words come from src/seed/records/calendar-rules.ts, which the seed
 * files and imported plans obey too.
 */
interface Invariant {
  /** The node type whose creates and updates it checks. */
  label: string;
  /** Cypher returning the records that break the rule: id and the values (all as text). */
  broken: string;
  /** The same values of some records, to compare with what was committed before. */
  values: string;
  problem(row: Record<string, unknown>): string | undefined;
}

const MEETING_VALUES =
  "m.id AS id, toString(m.date) AS date, toString(m.endDate) AS endDate, toString(m.startTime) AS startTime, toString(m.endTime) AS endTime";
const DEADLINE_VALUES = "d.id AS id, d.month AS month, d.day AS day";
const text = (value: unknown) => (value === null || value === undefined ? undefined : String(value));
const integer = (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : value);

const INVARIANTS: Invariant[] = [
  {
    label: "Meeting",
    broken: `MATCH (m:Meeting)
      WHERE m.endDate < m.date OR (coalesce(m.endDate, m.date) = m.date AND m.endTime <= m.startTime)
      RETURN ${MEETING_VALUES} LIMIT $limit`,
    values: `MATCH (m:Meeting) WHERE m.id IN $ids RETURN ${MEETING_VALUES}`,
    problem: (row) =>
      meetingTimesProblem({
        date: String(row.date),
        endDate: text(row.endDate),
        startTime: text(row.startTime),
        endTime: text(row.endTime),
      }),
  },
  {
    label: "Deadline",
    broken: `MATCH (d:Deadline)
      WHERE CASE WHEN d.month IS :: INTEGER NOT NULL AND d.day IS :: INTEGER NOT NULL AND 1 <= d.month <= 12
                 THEN NOT (1 <= d.day <= [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1])
                 ELSE true END
      RETURN ${DEADLINE_VALUES} LIMIT $limit`,
    values: `MATCH (d:Deadline) WHERE d.id IN $ids RETURN ${DEADLINE_VALUES}`,
    problem: (row) => yearlyDayProblem(integer(row.month), integer(row.day)),
  },
];

/** The node types whose writes are checked before a commit. */
export const CHECKED_TYPES: ReadonlySet<string> = new Set(INVARIANTS.map((i) => i.label));

const SHOWN = 5;
const valuesKey = (row: Record<string, unknown>) =>
  JSON.stringify(Object.entries(row).map(([k, v]) => [k, text(integer(v))]));

/**
 * What breaks the rules after the mutation's statements ran, in its own transaction:
 * one sentence per record, naming it and its values. A record that was already at odds
 * before this mutation (written before these rules existed) and whose checked values the
 * mutation left as they were does not block it; it stays visible to the analyses, which
 * skip or read around it.
 */
export async function brokenRules(
  tx: Transaction | ManagedTransaction,
  written: ReadonlySet<string>,
  committed: { driver: Driver; database: string },
): Promise<string[]> {
  const problems: string[] = [];
  for (const invariant of INVARIANTS.filter((i) => written.has(i.label))) {
    const { records } = await tx.run(invariant.broken, { limit: neo4j.int(50) });
    if (records.length === 0) continue;
    const rows = records.map((r) => r.toObject());
    // Read outside the transaction: what was committed before it, unchanged by it.
    const before = await committed.driver.executeQuery(
      invariant.values,
      { ids: rows.map((r) => r.id) },
      { database: committed.database, routing: neo4j.routing.READ },
    );
    const unchanged = new Set(before.records.map((r) => valuesKey(r.toObject())));
    for (const row of rows.filter((r) => !unchanged.has(valuesKey(r)))) {
      problems.push(
        `${invariant.label} ${JSON.stringify(row.id)}: ${invariant.problem(row) ?? "its values do not hold together"}`,
      );
    }
  }
  return problems.length > SHOWN ? [...problems.slice(0, SHOWN), `and ${problems.length - SHOWN} more`] : problems;
}
