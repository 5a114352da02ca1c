import cors from "cors";
import type { RequestHandler } from "express";
import type { CorsConfig } from "../config/index.js";

const LOCALHOST = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Lets pages of the allowed origins call the API and read the calendar feeds from a
 * browser. No credentials: editors send a bearer token, which a page must hold itself.
 * Apollo's CSRF prevention stays on behind it.
 */
export function corsFor(config: CorsConfig): RequestHandler {
  const allowed = new Set(config.origins);
  return cors({
    origin: (origin, callback) =>
      callback(null, origin !== undefined && (allowed.has(origin) || (config.anyLocalhost && LOCALHOST.test(origin)))),
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name"],
    credentials: false,
    maxAge: 600,
  });
}
