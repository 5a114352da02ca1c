import neo4j, { type Integer } from "neo4j-driver";

/** Conversions from seed values to what the graph stores. */

/** "university-college" → "UNIVERSITY_COLLEGE", the GraphQL enum value. */
export function enumValue(value: string): string;
export function enumValue(value: string | undefined): string | null;
export function enumValue(value: string | undefined): string | null {
  return value === undefined ? null : value.toUpperCase().replaceAll("-", "_");
}

export function enumValues(values: readonly string[] | undefined): string[] | null {
  return values === undefined ? null : values.map((v) => enumValue(v));
}

/** The first day of a period bound given as YYYY, YYYY-MM or YYYY-MM-DD. */
export function periodStart(bound: string): string {
  return bound.length === 4 ? `${bound}-01-01` : bound.length === 7 ? `${bound}-01` : bound;
}

/** The last day of a period bound given as YYYY, YYYY-MM or YYYY-MM-DD. */
export function periodEnd(bound: string): string {
  if (bound.length === 4) return `${bound}-12-31`;
  if (bound.length === 7) {
    const [year, month] = bound.split("-").map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${bound}-${String(lastDay).padStart(2, "0")}`;
  }
  return bound;
}

/** A whole number as a Neo4j integer: plain JS numbers would be stored as floats. */
export function integer(value: number): Integer;
export function integer(value: number | undefined): Integer | null;
export function integer(value: number | undefined): Integer | null {
  return value === undefined ? null : neo4j.int(value);
}
