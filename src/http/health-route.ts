import express from "express";

/** GET /healthz: the process answers. GET /readyz: it serves GraphQL and the database answers (`isReady`). */
export function healthRoutes(isReady: () => Promise<boolean>): express.Router {
  const router = express.Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const ready = await isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable" });
  });
  return router;
}
