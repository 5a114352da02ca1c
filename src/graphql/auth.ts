import { GraphQLError } from "graphql";
import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import type { AuthConfig } from "../config/index.js";

/** The role a token must carry to change the graph. */
export const EDITOR_ROLE = "editor";

export type TokenVerifier = (authorization: string | undefined) => Promise<JWTPayload | undefined>;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "the token has expired";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the token's signature is not valid";
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token is not signed with an accepted algorithm";
  return "the token is not a valid JWT";
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
  const options = {
    ...(config.secret ? { algorithms: ["HS256"] } : {}),
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };

  return async (authorization) => {
    if (!authorization) return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw unauthenticated('The Authorization header is not of the form "Bearer <token>"');
    if (!key) throw unauthenticated("This server accepts no tokens: neither JWT_SECRET nor JWT_JWKS_URL is set");
    try {
      const { payload } = await (typeof key === "function"
        ? jwtVerify(match[1], key, options)
        : jwtVerify(match[1], key, options));
      return payload;
    } catch (error) {
      throw unauthenticated(`Not authenticated: ${reason(error)}`);
    }
  };
}
