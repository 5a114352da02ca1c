import { existsSync } from "node:fs";
import path from "node:path";
import compression from "compression";
import express, { type RequestHandler } from "express";
import { projectRoot } from "../config/index.js";
import { answerFailure } from "./error-answer.js";

/** The dashboard's pages (web/src/app/App.tsx): each is answered with index.html, and the browser draws it. */
const PAGE = /^\/(|oversikt|dekningskart|partnerskap|hull|arshjul|personer|importer|nettverk(\/[^/]+)?)\/?$/;

const CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
];

/** GraphiQL's style sheet carries its fonts (Roboto, Fira Code) inline as data: URLs. */
const GRAPHIQL_CSP = CSP.map((directive) => (directive.startsWith("font-src ") ? `${directive} data:` : directive));

/**
 * The dashboard Kompetansekart, built into web/dist by `npm install`: its hashed assets
 * are cached for a year, index.html is revalidated on every visit so a new build shows at once.
 */
export function dashboard(dist = path.join(projectRoot, "web", "dist")): express.Router {
  const router = express.Router();
  // Scripts, styles and map data go compressed (~580 kB of JavaScript is ~150 kB gzipped); only
  // they, so that a request this router passes on (GraphQL, the calendar) is not. A path that
  // is no file (the folder itself among them: no HTML redirect to "/assets/") goes on to the
  // service's plain-text 404.
  router.use(
    "/assets",
    compression(),
    express.static(path.join(dist, "assets"), { immutable: true, maxAge: "1y", index: false, redirect: false }),
  );
  const page = builtPage(path.join(dist, "index.html"), CSP);
  router.get(/.*/, (req, res, next) => (PAGE.test(req.path) ? page(req, res, next) : next()));
  return router;
}

/**
 * GraphiQL (web/graphiql.html), for a browser's GET /graphql: built with the dashboard and
 * loading its assets from /assets, so that it needs nothing from the internet.
 */
export function graphiql(dist = path.join(projectRoot, "web", "dist")): RequestHandler {
  const page = builtPage(path.join(dist, "graphiql.html"), GRAPHIQL_CSP);
  return (req, res, next) => {
    // As Apollo's landing page: only for a GET that prefers HTML over every GraphQL response type.
    const preferred = req.accepts([
      "application/json",
      "application/graphql-response+json",
      "multipart/mixed",
      "text/html",
    ]);
    if (req.method !== "GET" || preferred !== "text/html") return next();
    page(req, res, next);
  };
}

/** A page of web/dist: revalidated on every visit so a new build shows at once, under its Content-Security-Policy. */
function builtPage(file: string, csp: string[]): RequestHandler {
  return (_req, res) => {
    if (!existsSync(file)) {
      // Plain text also on /graphql: it answers a browser.
      return answerFailure(
        res,
        {
          status: 503,
          code: "SERVICE_UNAVAILABLE",
          message:
            "The dashboard and GraphiQL are not built: run `npm run build:web` (npm install does it), then reload.",
        },
        "text",
      );
    }
    res.setHeader("Cache-Control", "no-cache");
    // Everything is served from here: the page may load nothing from anywhere else.
    res.setHeader("Content-Security-Policy", csp.join("; "));
    res.sendFile(file);
  };
}
