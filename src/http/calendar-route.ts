import type { RequestHandler } from "express";
import type { AnalysisDatabase } from "../analysis/run.js";
import type { ResponseCache } from "../cache/response-cache.js";
import { calendarFeed } from "../calendar/feed.js";
import { FeedRequestError, feedWindow } from "../calendar/window.js";
import { type Deadline, deadlineSignal } from "./deadline.js";
import { answerFailure } from "./error-answer.js";

export interface CalendarRouteOptions {
  db: AnalysisDatabase;
  /** The most events one feed holds (LIMIT_PAGE_SIZE). */
  pageSize: number;
  deadline: Deadline;
  /** Keeps the feeds by the graph's version; without it each is built afresh. */
  cache?: Pick<ResponseCache, "remember">;
}

/**
 * GET /calendar/{id}.ics (the handlers of that path): one id's iCalendar feed, for a
 * window of ?from and ?to (src/calendar/window.ts). Another file name goes on, to the
 * dashboard and the 404.
 */
export function calendarRoute({ db, pageSize, deadline, cache }: CalendarRouteOptions): RequestHandler[] {
  const remember: ResponseCache["remember"] =
    cache?.remember ?? (async (_key, compute) => ({ ...withValue(await compute()), hit: false }));
  const feed: RequestHandler = async (req, res, next) => {
    const id = String(req.params.file).slice(0, -".ics".length);
    try {
      const window = feedWindow(req.query);
      const signal = deadlineSignal(res);
      const { value: ics, hit } = await remember(`calendar:${JSON.stringify([id, window.from, window.to])}`, () =>
        calendarFeed({ ...db, ...(signal ? { signal } : {}) }, id, window, pageSize),
      );
      res.setHeader("x-cache", hit ? "HIT" : "MISS");
      if (ics === undefined) {
        answerFailure(res, {
          status: 404,
          code: "NOT_FOUND",
          message: `No network, initiative, institution, person or forum has the id ${JSON.stringify(id)}`,
        });
      } else {
        res.type("text/calendar; charset=utf-8").send(ics);
      }
    } catch (error) {
      if (error instanceof FeedRequestError)
        answerFailure(res, { status: 400, code: "BAD_REQUEST", message: error.message });
      else next(error);
    }
  };
  return [(req, _res, next) => (String(req.params.file).endsWith(".ics") ? next() : next("route")), deadline(), feed];
}

const withValue = (value: string | undefined) => (value === undefined ? {} : { value });
