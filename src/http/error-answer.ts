import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { type PublicFailure, databaseFailure } from "../db/failures.js";
import { withoutSecrets } from "../text/secrets.js";

interface Shape {
  send(res: Response, failure: PublicFailure): void;
  /** What the client is told of an error nobody foresaw. */
  unforeseen: string;
}

/** How each route answers an error. */
const SHAPES = {
  /** /graphql: as GraphQL answers, `{"errors": [{"message", "extensions": {"code"}}]}`. */
  graphql: {
    send: (res, { status, code, message }) =>
      void res.status(status).json({ errors: [{ message, extensions: { code } }] }),
    unforeseen: "Internal server error",
  },
  /** /import: `{"error": {"code", "message"}}`, the message through the secret filter (it may quote the upload). */
  import: {
    send: (res, { status, code, message }) =>
      void res.status(status).json({ error: { code, message: withoutSecrets(message) } }),
    unforeseen: "Internal server error. Nothing was imported.",
  },
  /** Everything else (a calendar feed, the dashboard, the health checks): one line of plain text. */
  text: {
    send: (res, { status, message }) => void res.status(status).type("text/plain; charset=utf-8").send(`${message}\n`),
    unforeseen: "Internal server error",
  },
} satisfies Record<string, Shape>;

export type AnswerShape = keyof typeof SHAPES;

const SHAPE = "answerShape";

/** Marks a route's requests: from here on their errors are answered in this shape. */
export function answersIn(shape: AnswerShape): RequestHandler {
  return (_req, res, next) => {
    res.locals[SHAPE] = shape;
    next();
  };
}

function shapeOf(res: Response): AnswerShape {
  const shape: unknown = res.locals[SHAPE];
  return typeof shape === "string" && shape in SHAPES ? (shape as AnswerShape) : "text";
}

/** Answers with a failure, in the shape of the request's route (answersIn; plain text unless it said otherwise). */
export function answerFailure(res: Response, failure: PublicFailure, shape: AnswerShape = shapeOf(res)): void {
  SHAPES[shape].send(res, failure);
}

/**
 * The last word on any error that reaches Express, in its route's shape, never Express's
 * HTML page or a stack trace: the database's failures as such (src/db/failures.ts), the
 * client's mistakes that Express and body-parser mark with a 4xx status as unreadable,
 * anything else as the route's internal error (logged).
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- Express knows an error handler by its four parameters
export const lastErrorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  if (res.headersSent) {
    // Mid-answer: the client cannot be told any more; end the connection so that it sees the cut.
    if (!res.writableEnded) res.destroy();
    return;
  }
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const clientStatus = [status, statusCode].find((s): s is number => typeof s === "number" && s >= 400 && s < 500);
  const shape = shapeOf(res);
  const failure: PublicFailure =
    databaseFailure(error) ??
    (clientStatus
      ? { status: clientStatus, code: "BAD_REQUEST", message: "The request could not be read" }
      : { status: 500, code: "INTERNAL_SERVER_ERROR", message: SHAPES[shape].unforeseen });
  if (failure.status === 500) {
    console.error(
      `Unexpected error on ${req.method} ${req.originalUrl}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  answerFailure(res, failure, shape);
};
