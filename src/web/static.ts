import { existsSync } from "node:fs";
import path from "node:path";
import express, { type RequestHandler } from "express";
import { projectRoot } from "../config/index.js";

/** The dashboard's pages (web/src/app/App.tsx): each is answered with index.html, and the browser draws it. */
const PAGE = /^\/(|oversikt|dekningskart|partnerskap|hull|arshjul|personer|nettverk(\/[^/]+)?)\/?$/;

const CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The dashboard Kompetansekart, built into web/dist by `npm install`: its hashed assets
 * are cached for a year, index.html is revalidated on every visit so a new build shows at once.
 */
export function dashboard(dist = path.join(projectRoot, "web", "dist")): express.Router {
  const router = express.Router();
  const index = path.join(dist, "index.html");
  router.use(
    "/assets",
    express.static(path.join(dist, "assets"), { immutable: true, maxAge: "1y", index: false, fallthrough: false }),
  );
  const page: RequestHandler = (req, res, next) => {
    if (!PAGE.test(req.path)) return next();
    if (!existsSync(index)) {
      res
        .status(503)
        .type("text/plain; charset=utf-8")
        .send("The dashboard is not built: run `npm run build:web` (npm install does it), then reload.\n");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    // Everything is served from here: the page may load nothing from anywhere else.
    res.setHeader("Content-Security-Policy", CSP);
    res.sendFile(index);
  };
  router.get(/.*/, page);
  return router;
}
