/** Ids of the graph: slugs, the same for seed files, imported plans and mutations. */

/** "tsv-pp-2024-25": lower-case letters and digits, in words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const SLUG_RULE = "a slug of lower-case letters, digits and hyphens";

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** A value as a message may show it: quoted, escaped (a line break shows as \n), cut short. */
export function shown(value: string, max = 60): string {
  const quoted = JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
  return quoted.replace(/[\u2028\u2029\u0085]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
