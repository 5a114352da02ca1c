import { DateTime } from "luxon";

/** The documents' times are Norwegian wall-clock times. */
export const TIMEZONE = "Europe/Oslo";

/** The days a feed holds: YYYY-MM-DD, both included. */
export interface FeedWindow {
  from: string;
  to: string;
}

/** A subscription shows a year back and two ahead, unless `?from=` and `?to=` say otherwise. */
const DEFAULT_WINDOW = { yearsBack: 1, yearsAhead: 2 } as const;

/** A feed request the client can put right: a bad date, a range backwards, or too many meetings in it. */
export class FeedRequestError extends Error {
  override name = "FeedRequestError";
}

function dateParameter(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === "string" ? value : "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !DateTime.fromISO(text, { zone: TIMEZONE }).isValid) {
    const shown = JSON.stringify(Array.isArray(value) ? value : text.slice(0, 40));
    throw new FeedRequestError(`?${name}=${shown} is not a date: expected YYYY-MM-DD, a day of the calendar`);
  }
  return text;
}

/** The window of a feed request: its `from` and `to` query parameters, each a year back or two ahead of today when not given. */
export function feedWindow(query: Record<string, unknown>, now: DateTime = DateTime.now()): FeedWindow {
  const today = now.setZone(TIMEZONE).startOf("day");
  const from = dateParameter("from", query.from) ?? today.minus({ years: DEFAULT_WINDOW.yearsBack }).toISODate();
  const to = dateParameter("to", query.to) ?? today.plus({ years: DEFAULT_WINDOW.yearsAhead }).toISODate();
  if (from === null || to === null) throw new Error("Today is no date in Europe/Oslo");
  if (from > to) throw new FeedRequestError(`The feed's range runs backwards: from ${from} to ${to}`);
  return { from, to };
}
