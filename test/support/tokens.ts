import { SignJWT } from "jose";

/** The HS256 secret the tests give the service as JWT_SECRET. */
export const TEST_JWT_SECRET = "a-test-secret-that-is-long-enough-for-hs256";

/** A token with these claims, issued now and valid for `expiresIn`, as an identity provider would sign it. */
export function signToken(
  claims: Record<string, unknown>,
  options: { secret?: string; expiresIn?: string } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "5m")
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

/** The headers of a request with a token carrying these roles (an editor's by default). */
export async function bearer(roles: unknown = ["editor"]): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signToken({ roles })}` };
}
