import { GraphQLError } from "graphql";
import {
  createRemoteJWKSet,
  errors,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
  jwtVerify,
} from "jose";
import type { AuthConfig } from "../config/index.js";

/** The role a token must carry to change the graph. */
export const EDITOR_ROLE = "editor";

/** How far a token's iat may lie in the future, and its exp in the past: clocks differ a little. */
export const CLOCK_SKEW_SECONDS = 30;

/** As @neo4j/graphql checks the schema's @authentication: the token's roles include the editor role. */
export const isEditor = (jwt: JWTPayload | undefined) =>
  Array.isArray(jwt?.roles) && (jwt.roles as unknown[]).includes(EDITOR_ROLE);

export type TokenVerifier = (authorization: string | undefined) => Promise<JWTPayload | undefined>;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** 43200 → "12 h", 90 → "90 s": for messages. */
export function shownDuration(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

function reason(error: unknown, maxAge: string): string {
  if (error instanceof errors.JWTExpired) {
    return error.claim === "iat"
      ? `the token was issued more than ${maxAge} ago (JWT_MAX_AGE)`
      : "the token has expired";
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the token's signature is not valid";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing") {
      return error.claim === "exp" || error.claim === "iat"
        ? `the token has no "${error.claim}" claim: an editor's token must say when it was issued (iat) and when it expires (exp)`
        : `the token has no "${error.claim}" claim`;
    }
    if (error.claim === "iat" && error.reason === "check_failed") {
      return `the token's "iat" claim lies in the future (more than ${CLOCK_SKEW_SECONDS} s ahead of this server's clock)`;
    }
    if (error.reason === "invalid") return `the token's "${error.claim}" claim is not a number of seconds`;
    return `the token's "${error.claim}" claim is not accepted`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token is not signed with an accepted algorithm";
  return "the token is not a valid JWT";
}

/**
 * The rules every token is checked against: signature and algorithm, iss and aud when
 * configured, exp and iat present, not expired, issued no longer than JWT_MAX_AGE ago
 * and not in the future (both within CLOCK_SKEW_SECONDS). The one definition of them.
 */
function jwtVerifyOptions(config: AuthConfig): JWTVerifyOptions {
  return {
    ...(config.secret ? { algorithms: ["HS256"] } : {}),
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
    requiredClaims: ["exp", "iat"],
    maxTokenAge: config.maxAgeSeconds,
    clockTolerance: CLOCK_SKEW_SECONDS,
  };
}

/** Why a verified token's roles claim cannot be read, for the tokens whose claim was set aside. */
const malformedRoles = new WeakMap<JWTPayload, string>();

/** Why this token's roles claim was not accepted (it then counts as no roles), or undefined. */
export function rolesProblem(jwt: JWTPayload | undefined): string | undefined {
  return jwt ? malformedRoles.get(jwt) : undefined;
}

/**
 * A roles claim that is not a list of strings ("editor", [1], {…}) grants no role: it
 * is replaced by an empty list, so that @neo4j/graphql refuses every change (FORBIDDEN)
 * instead of failing inside on a value of the wrong type.
 */
function normaliseRoles(payload: JWTPayload): JWTPayload {
  const { roles } = payload;
  if (roles === undefined || (Array.isArray(roles) && roles.every((role) => typeof role === "string"))) return payload;
  const normalised = { ...payload, roles: [] };
  malformedRoles.set(
    normalised,
    typeof roles === "string"
      ? `the token's "roles" claim is the string ${JSON.stringify(roles)}, not a list such as ["${EDITOR_ROLE}"]`
      : `the token's "roles" claim is not a list of strings such as ["${EDITOR_ROLE}"]`,
  );
  return normalised;
}

/**
 * Verifies the bearer token of a request, if it has one. Reading needs no token; a
 * token that is present must be valid, or the request fails with UNAUTHENTICATED.
 * @neo4j/graphql gets the verified claims and enforces the editor role on mutations.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey | undefined = config.secret
    ? new TextEncoder().encode(config.secret)
    : config.jwksUrl
      ? createRemoteJWKSet(new URL(config.jwksUrl))
      : undefined;
  const options = jwtVerifyOptions(config);
  const maxAge = shownDuration(config.maxAgeSeconds);

  return async (authorization) => {
    if (!authorization) return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw unauthenticated('The Authorization header is not of the form "Bearer <token>"');
    if (!key) throw unauthenticated("This server accepts no tokens: neither JWT_SECRET nor JWT_JWKS_URL is set");
    let payload: JWTPayload;
    try {
      ({ payload } = await (typeof key === "function"
        ? jwtVerify(match[1], key, options)
        : jwtVerify(match[1], key, options)));
    } catch (error) {
      throw unauthenticated(`Not authenticated: ${reason(error, maxAge)}`);
    }
    // jose has checked that both are numbers.
    const lifetime = (payload.exp ?? 0) - (payload.iat ?? 0);
    if (lifetime > config.maxAgeSeconds) {
      throw unauthenticated(
        `Not authenticated: the token is valid for longer than ${maxAge} (JWT_MAX_AGE): its "exp" must lie at most ${maxAge} after its "iat"`,
      );
    }
    return normaliseRoles(payload);
  };
}
