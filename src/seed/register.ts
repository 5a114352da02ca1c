import { parse } from "csv-parse/sync";
import { slugOf } from "./records/index.js";

const COLUMNS = ["kommunenummer", "kommunenavn", "fylkesnummer", "fylkesnavn"];

interface Row {
  kommunenummer: string;
  kommunenavn: string;
  fylkesnummer: string;
  fylkesnavn: string;
}

/**
 * The national register of municipalities and counties (seeds/register/*.csv, from
 * Kartverket) as seed records, each citing the register. Ids are the slugs of the official
 * names ("Snåase - Snåsa" → snaase-snasa); a name that two municipalities share (Herøy,
 * Våler) gets the number too (heroy-1515), so that no id has to be guessed.
 */
export function registerRecords(csv: string, file: string): { counties: unknown[]; municipalities: unknown[] } {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as Row[];
  const missing = COLUMNS.filter((column) => rows.length > 0 && !(column in (rows[0] ?? {})));
  if (rows.length === 0 || missing.length > 0) {
    throw new Error(`expected a header row with the columns ${COLUMNS.join(", ")}`);
  }
  const source = (location: string) => ({
    document: file,
    location: `Kartverket, administrative enheter 2024 (CC BY 4.0), ${location}`,
  });
  const counties = new Map<string, { id: string; number: string; name: string; source: ReturnType<typeof source> }>();
  for (const row of rows) {
    if (!counties.has(row.fylkesnummer)) {
      counties.set(row.fylkesnummer, {
        id: slugOf(row.fylkesnavn),
        number: row.fylkesnummer,
        name: row.fylkesnavn,
        source: source(`fylkesnummer ${row.fylkesnummer}`),
      });
    }
  }
  const nameCount = new Map<string, number>();
  for (const row of rows) nameCount.set(row.kommunenavn, (nameCount.get(row.kommunenavn) ?? 0) + 1);
  const municipalities = rows.map((row) => ({
    id:
      (nameCount.get(row.kommunenavn) ?? 0) > 1
        ? `${slugOf(row.kommunenavn)}-${row.kommunenummer}`
        : slugOf(row.kommunenavn),
    number: row.kommunenummer,
    name: row.kommunenavn,
    county: counties.get(row.fylkesnummer)?.id,
    source: source(`kommunenummer ${row.kommunenummer}`),
  }));
  return { counties: [...counties.values()], municipalities };
}
