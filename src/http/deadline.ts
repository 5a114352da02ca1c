import type { Request, RequestHandler, Response } from "express";
import type { PublicFailure } from "../db/failures.js";
import { answerFailure } from "./error-answer.js";

/**
 * A route's deadline, from where it is placed in the route: from there on the request must
 * be answered within REQUEST_DEADLINE_MS. `asksForChange` says whether the request asks to
 * change the graph; it is read only when the deadline has passed.
 */
export type Deadline = (asksForChange?: (req: Request) => boolean) => RequestHandler;

/**
 * A request not answered within `deadlineMs` gets the deadline's 503 in its route's shape,
 * whatever its handler waits for (a frozen database, a connection from the pool). Then its
 * signal (deadlineSignal) aborts: the reads and the mutation's transaction that listen to it
 * are stopped. Whatever the handler writes later is dropped, so that it can neither change
 * the answer nor throw for writing after it.
 */
export function requestDeadline(deadlineMs: number): Deadline {
  return (asksForChange = () => false) =>
    (req, res, next) => {
      const deadline = new AbortController();
      res.locals[DEADLINE] = deadline.signal;
      const timer = setTimeout(() => {
        if (res.headersSent) return;
        answerFailure(res, deadlineFailure(deadlineMs, asksForChange(req)));
        muteLateOutput(res);
        deadline.abort(new Error(`The request's deadline (${deadlineMs} ms) passed`));
      }, deadlineMs);
      const stop = () => clearTimeout(timer);
      res.once("finish", stop);
      res.once("close", stop);
      next();
    };
}

const DEADLINE = "deadline";

/** The signal that aborts when the request's deadline has answered for it. */
export function deadlineSignal(res: Response): AbortSignal | undefined {
  const signal: unknown = res.locals[DEADLINE];
  return signal instanceof AbortSignal ? signal : undefined;
}

/**
 * The deadline's answer: the database hangs, or is very slow. A change asked for may still
 * be made after this answer, when the database comes back: the client is told so, rather
 * than that it failed.
 */
function deadlineFailure(deadlineMs: number, change: boolean): PublicFailure {
  return {
    status: 503,
    code: "SERVICE_UNAVAILABLE",
    message:
      `The service could not answer within ${deadlineMs / 1000} s: the database is not answering; ` +
      (change
        ? "the change may or may not be made when it answers again: read before you try again"
        : "try again shortly"),
  };
}

/** Turns what writes a response into no-ops, once the response has been sent. */
function muteLateOutput(res: Response): void {
  const ignored = function (this: Response) {
    return this;
  };
  Object.assign(res, {
    setHeader: ignored,
    appendHeader: ignored,
    removeHeader: ignored,
    writeHead: ignored,
    flushHeaders: ignored,
    write: () => true,
    end: ignored,
  });
}
