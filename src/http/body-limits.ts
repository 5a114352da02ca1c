import express, { type RequestHandler } from "express";
import type { PublicFailure } from "../db/failures.js";
import { answerFailure } from "./error-answer.js";

/** What a route tells a client whose JSON body it will not read. */
export interface JsonRefusals {
  tooLarge: PublicFailure;
  malformed: PublicFailure;
}

/**
 * Reads a JSON body of at most `limit` bytes. One too large, or that is not JSON, is
 * answered in the route's shape as `refusals` say; the body-parser's other refusals (a
 * 4xx status) go on to the last error handler, which says the request could not be read.
 */
export function jsonBody(limit: number, refusals: JsonRefusals): RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      const type = (error as { type?: unknown } | undefined)?.type;
      if (type === "entity.too.large") return answerFailure(res, refusals.tooLarge);
      if (type === "entity.parse.failed") return answerFailure(res, refusals.malformed);
      next(error);
    });
}
