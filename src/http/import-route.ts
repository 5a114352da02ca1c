import { createHash } from "node:crypto";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import { GraphQLError } from "graphql";
import type { JWTPayload } from "jose";
import type { AnalysisDatabase } from "../analysis/run.js";
import type { AuthConfig, ImportLimits } from "../config/index.js";
import type { GraphVersion } from "../db/graph-version.js";
import { createTokenVerifier, isEditor, rolesProblem } from "../graphql/auth.js";
import type { PublicFailure } from "../db/failures.js";
import { UnreadableDocumentError, UnreadableSpreadsheetError } from "../import/documents/errors.js";
import { ImportTooLargeError } from "../import/index.js";
import { UnknownLayoutError } from "../import/report.js";
import { MissingHeaderError } from "../import/spreadsheets/headers.js";
import { uploadAnswer } from "../import/upload/answer.js";
import { RefusedNameError, acceptedName } from "../import/upload/document-name.js";
import {
  PreviewNotFoundError,
  PreviewStore,
  StalePreviewError,
  commitPreview,
  previewUpload,
} from "../import/upload/index.js";
import { UnsupportedUploadError } from "../import/upload/read-upload.js";
import { isSlug } from "../text/ids.js";
import { jsonBody } from "./body-limits.js";
import type { Deadline } from "./deadline.js";
import { answerFailure } from "./error-answer.js";
import { type MultipartUpload, UploadRefused, readMultipart } from "./read-multipart.js";

export interface ImportRouteOptions {
  auth: AuthConfig;
  limits: ImportLimits;
  previewTtlMs: number;
  deadline: Deadline;
  db: AnalysisDatabase;
  /**
   * Called with the graph's version a commit wrote, before the answer goes out; with
   * undefined when a commit failed and may have written all the same.
   */
  afterWrite?: (version: GraphVersion | undefined) => void;
}

/** An upload read whole, before its deadline starts. */
type Upload = Pick<MultipartUpload, "bytes"> & { name: string; network?: string };

const NOT_A_FINGERPRINT: PublicFailure = {
  status: 400,
  code: "BAD_REQUEST",
  message: 'The body is not the JSON {"fingerprint": "sha256-…"} a commit takes. Nothing was written.',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the client is told for each way an upload or a commit can fail; undefined for the rest (the last error handler's). */
function failureOf(error: unknown): PublicFailure | undefined {
  if (error instanceof UploadRefused) return error.failure;
  if (error instanceof RefusedNameError) return { status: 400, code: "BAD_REQUEST", message: error.message };
  if (error instanceof UnsupportedUploadError)
    return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: error.message };
  if (error instanceof ImportTooLargeError) return { status: 413, code: "PAYLOAD_TOO_LARGE", message: error.message };
  if (error instanceof UnknownLayoutError || error instanceof UnreadableDocumentError)
    return { status: 422, code: "UNREADABLE_PLAN", message: error.message };
  if (error instanceof MissingHeaderError || error instanceof UnreadableSpreadsheetError)
    return { status: 422, code: "UNREADABLE_SPREADSHEET", message: error.message };
  if (error instanceof PreviewNotFoundError) return { status: 404, code: "PREVIEW_NOT_FOUND", message: error.message };
  if (error instanceof StalePreviewError) return { status: 409, code: "CONFLICT", message: error.message };
  return undefined;
}

/**
 * Who made a preview, and so who alone may commit it: the token's subject (with its issuer).
 * A token without `sub` names nobody, so it is its own author: only that very token may
 * commit what it previewed, and its previews count apart from everyone else's.
 */
function authorOf(jwt: JWTPayload, authorization: string): string {
  if (typeof jwt.sub === "string" && jwt.sub !== "") return `sub ${JSON.stringify([jwt.iss ?? "", jwt.sub])}`;
  const token = authorization.trim().split(/\s+/).pop() ?? "";
  return `token ${createHash("sha256").update(token).digest("hex")}`;
}

/**
 * POST /import (multipart, one file in the field `file`, optionally `network`): a plan's or
 * a spreadsheet's dry run, diff and report, and a preview id; POST /import/{id}/commit with the preview's
 * fingerprint writes exactly that diff, in one transaction, or nothing. Editors only.
 */
export function importRoute({
  auth,
  limits,
  previewTtlMs,
  deadline,
  db,
  afterWrite,
}: ImportRouteOptions): express.Router {
  const verify = createTokenVerifier(auth);
  const previews = new PreviewStore(previewTtlMs);
  const router = express.Router();

  // Checked before the body is read: without an editor's token nothing of the file is read.
  const editorsOnly: RequestHandler = async (req, res, next) => {
    if (!req.headers.authorization) {
      return answerFailure(res, {
        status: 401,
        code: "UNAUTHENTICATED",
        message: "Importing needs an editor's token: send Authorization: Bearer <token>. Nothing was imported.",
      });
    }
    try {
      const jwt = await verify(req.headers.authorization);
      if (!jwt || !isEditor(jwt)) {
        const problem = rolesProblem(jwt);
        return answerFailure(res, {
          status: 403,
          code: "FORBIDDEN",
          message: `Importing needs the editor role, and this token does not carry it${problem ? `: ${problem}` : ""}. Nothing was imported.`,
        });
      }
      res.locals.author = authorOf(jwt, req.headers.authorization);
      next();
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === "UNAUTHENTICATED")
        return answerFailure(res, { status: 401, code: "UNAUTHENTICATED", message: error.message });
      next(error);
    }
  };

  // A failure the route foresees is answered here; any other goes on to the last error handler.
  const failed = (res: Response, next: NextFunction) => (error: unknown) => {
    const failure = failureOf(error);
    if (failure) answerFailure(res, failure);
    else next(error);
  };
  /** A handler that answers. */
  const answering =
    (handle: (req: Request, res: Response) => Promise<void>): RequestHandler =>
    (req, res, next) =>
      void handle(req, res).catch(failed(res, next));
  /** A step before the handler that answers. */
  const step =
    (handle: (req: Request, res: Response) => Promise<void>): RequestHandler =>
    (req, res, next) =>
      void handle(req, res).then(() => next(), failed(res, next));

  // The whole body is read, and its fields checked, before the deadline starts.
  const readUpload = step(async (req, res) => {
    const body = await readMultipart(req, { fileField: "file", fieldNames: ["network"], maxBytes: limits.maxBytes });
    const network = body.fields.network?.trim();
    if (network !== undefined && network !== "" && !isSlug(network)) {
      throw new UploadRefused({
        status: 400,
        code: "BAD_REQUEST",
        message: `The field "network" must be a network's id such as "fosen", not ${JSON.stringify(network)}`,
      });
    }
    const name = acceptedName(body.filename);
    if (body.bytes.length === 0) {
      throw new UploadRefused({
        status: 400,
        code: "BAD_REQUEST",
        message: `${name} is empty. Nothing was imported.`,
      });
    }
    const upload: Upload = { name, bytes: body.bytes, ...(network ? { network } : {}) };
    res.locals.upload = upload;
  });

  router.post(
    "/",
    editorsOnly,
    readUpload,
    deadline(),
    answering(async (_req, res) => {
      const { name, bytes, network } = res.locals.upload as Upload;
      const diff = await previewUpload(
        db.driver,
        db.database,
        previews,
        String(res.locals.author),
        { name, bytes },
        { limits, ...(network ? { network } : {}) },
      );
      res.json(uploadAnswer(diff.preview.document, diff, { preview: diff.preview }));
    }),
  );

  router.post(
    "/:id/commit",
    editorsOnly,
    jsonBody(1024, { tooLarge: NOT_A_FINGERPRINT, malformed: NOT_A_FINGERPRINT }),
    deadline(() => true),
    answering(async (req, res) => {
      const id = String(req.params.id);
      const fingerprint = (req.body as { fingerprint?: unknown } | undefined)?.fingerprint;
      if (typeof fingerprint !== "string") {
        throw new UploadRefused({
          status: 400,
          code: "BAD_REQUEST",
          message:
            'Send the preview\'s fingerprint as JSON: {"fingerprint": "sha256-…"}, as the preview returned it. Nothing was written.',
        });
      }
      if (!UUID.test(id)) throw new PreviewNotFoundError();
      let diff;
      try {
        diff = await commitPreview(db.driver, db.database, previews, String(res.locals.author), id, fingerprint, {
          transactionTimeoutMs: db.transactionTimeoutMs,
        });
      } catch (error) {
        // Refused before writing, or the database's word is missing: then the version may have moved.
        if (!(error instanceof PreviewNotFoundError || error instanceof StalePreviewError)) afterWrite?.(undefined);
        throw error;
      }
      // The version the commit wrote, not one read after it: a read begun before the commit could confirm the old one.
      if (diff.version) afterWrite?.(diff.version);
      res.json(uploadAnswer(diff.document, diff, { written: diff.written }));
    }),
  );

  return router;
}
