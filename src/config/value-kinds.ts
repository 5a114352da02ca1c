// The kinds of value an environment variable holds. Each says once what a value must be
// (its description); loadConfig words every refusal from it: VARIABLE="value": expected …
import path from "node:path";
import ms from "ms";
import { z } from "zod";

/** The project root, so that relative paths in configuration do not depend on the cwd. */
export const projectRoot = path.resolve(import.meta.dirname, "..", "..");

/** What a value must be, said once: the schema's description. */
export const expected = (schema: z.ZodType): string => schema.description ?? "a valid value";

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
type Whole = ReturnType<typeof whole>;

export const port = (fallback: number) =>
  whole(0, 65535).default(fallback).describe("a whole number between 0 and 65535");

/** A whole number from 1 to max; without a fallback, optional. */
export function count(max: number): z.ZodOptional<Whole>;
export function count(max: number, fallback: number): z.ZodDefault<Whole>;
export function count(max: number, fallback?: number) {
  const value = whole(1, max);
  return (fallback === undefined ? value.optional() : value.default(fallback)).describe(
    `a whole number from 1 to ${max}`,
  );
}

/** A size such as 512m or 2g, as Java takes it. */
export const memorySize = (fallback: string) =>
  z
    .string()
    .regex(/^[1-9][0-9]*[kmg]$/i)
    .default(fallback)
    .describe('a size such as "512m" or "2g"');

/** A path, relative to the project root unless absolute. */
export const directory = (fallback: string) =>
  z
    .string()
    .min(1)
    .default(fallback)
    .transform((value) => path.resolve(projectRoot, value))
    .describe("a directory path");

export const flag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1")
  .optional()
  .describe('"true" or "false"');

const unitOf = (bare: "s" | "ms") => (bare === "s" ? 1000 : 1);
const milliseconds = (value: string) => ms(value as ms.StringValue) as number | undefined;

/**
 * A duration as whole milliseconds: written with a unit ("250ms", "30s", "15m", "12h",
 * "1d", as the ms package reads them) or as a bare number of `bare` units. Undefined when
 * it is neither.
 */
export function readDuration(text: string, bare: "s" | "ms"): number | undefined {
  const total = /^\s*[0-9]+(\.[0-9]+)?\s*$/.test(text) ? Number(text) * unitOf(bare) : milliseconds(text);
  return total === undefined || Number.isNaN(total) ? undefined : Math.round(total);
}

/** A duration from one unit of a bare number to most milliseconds. */
const durationValue = (bare: "s" | "ms", most: number) =>
  z.string().transform((text, context) => {
    const total = readDuration(text, bare);
    if (total !== undefined && total >= unitOf(bare) && total <= most) return total;
    context.addIssue({ code: "custom", message: "not a duration in range" });
    return z.NEVER;
  });
type Duration = ReturnType<typeof durationValue>;

/**
 * A duration, written with a unit ("250ms", "30s", "15m", "12h", "1d", as the ms package
 * reads them) or as a bare number: of seconds, or of milliseconds where the variable's
 * name ends in _MS and has always meant them. Read as whole milliseconds, from 1 ms (1 s
 * where a bare number is seconds) to max. The fallback is written as the README shows it;
 * without one, the duration is optional.
 */
export function duration(bare: "s" | "ms", max: string): z.ZodOptional<Duration>;
export function duration(bare: "s" | "ms", max: string, fallback: string): z.ZodPrefault<Duration>;
export function duration(bare: "s" | "ms", max: string, fallback?: string) {
  const most = milliseconds(max) ?? Number.NaN;
  const value = durationValue(bare, most);
  return (fallback === undefined ? value.optional() : value.prefault(fallback)).describe(
    `a duration such as "250ms", "30s", "15m" or "12h" (a bare number is ${bare === "s" ? "seconds" : "milliseconds"}), ` +
      `from ${ms(unitOf(bare))} to ${ms(most)}`,
  );
}
