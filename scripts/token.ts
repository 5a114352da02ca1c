// npm run token -- --role editor --ttl 8h: a signed token for the configured JWT_SECRET,
// for development and for scripts that write to the graph.
import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { ConfigError, loadConfig } from "../src/config/index.js";
import { readDuration } from "../src/config/value-kinds.js";

const USAGE = "Usage: npm run token -- [--role editor] [--ttl 8h] [--subject NAME]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    role: { type: "string", multiple: true, default: ["editor"] },
    ttl: { type: "string", default: "8h" },
    subject: { type: "string", default: "kompetansegraf-cli" },
    help: { type: "boolean", default: false },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const ttlMs = readDuration(values.ttl, "s");
if (!ttlMs || ttlMs < 1000) fail(`--ttl "${values.ttl}": expected a duration such as 30m, 8h or 1d`);
const ttlSeconds = Math.round(ttlMs / 1000);

let auth;
try {
  auth = loadConfig().graphql.auth;
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}
if (!auth.secret) {
  fail(
    auth.jwksUrl
      ? "JWT_JWKS_URL is set: tokens come from the identity provider that publishes those keys, not from this command."
      : [
          "JWT_SECRET is not set, so the service accepts no tokens and this command cannot sign one.",
          "Pick a secret of 32 or more characters, give the same one to the service and to this command:",
          "  export JWT_SECRET=$(node -e \"console.log(require('crypto').randomBytes(32).toString('hex'))\")",
          "  npm start            # in one terminal, with JWT_SECRET exported",
          "  npm run token -- --role editor --ttl 8h",
        ].join("\n"),
  );
}

if (ttlSeconds > auth.maxAgeSeconds) {
  fail(
    `--ttl ${values.ttl} is longer than the service accepts: JWT_MAX_AGE allows at most ${auth.maxAgeSeconds / 3600} h`,
  );
}

const jwt = new SignJWT({ roles: values.role })
  .setProtectedHeader({ alg: "HS256" })
  .setSubject(values.subject)
  .setIssuedAt()
  .setExpirationTime(`${ttlSeconds}s`);
if (auth.issuer) jwt.setIssuer(auth.issuer);
if (auth.audience) jwt.setAudience(auth.audience);
const token = await jwt.sign(new TextEncoder().encode(auth.secret));
console.log(token);
