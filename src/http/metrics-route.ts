import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import type { ServiceMetrics } from "../graphql/metrics.js";
import { answerFailure } from "./error-answer.js";

/**
 * GET /metrics in Prometheus's text format, for a scraper that sends
 * `Authorization: Bearer <METRICS_TOKEN>`; without a configured token it is not served
 * (docs/security.md says why).
 */
export function metricsRoute(metrics: ServiceMetrics, token: string | undefined): RequestHandler {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  return async (req, res) => {
    if (!expected) {
      return answerFailure(res, {
        status: 404,
        code: "NOT_FOUND",
        message: "Metrics are served only when METRICS_TOKEN is set",
      });
    }
    const given = Buffer.from(req.headers.authorization ?? "");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.set("www-authenticate", "Bearer");
      return answerFailure(res, {
        status: 401,
        code: "UNAUTHENTICATED",
        message: "GET /metrics needs Authorization: Bearer <METRICS_TOKEN>",
      });
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
