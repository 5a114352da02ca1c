import { useCallback, useMemo } from "react";
import { useSearchParams } from "wouter";
import type { z } from "zod";

type Shape = z.ZodObject<Record<string, z.ZodType<string | boolean | undefined, unknown>>>;

/**
 * A page's filters, kept in the query string so that any view can be shared as a link.
 * Each field of the schema ends in .catch(default): a value that does not parse falls
 * back to the default instead of breaking the page. Defaults are left out of the URL.
 */
export function useUrlState<S extends Shape>(schema: S): [z.output<S>, (patch: Partial<z.output<S>>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => schema.parse(Object.fromEntries(params)), [schema, params]);
  const update = useCallback(
    (patch: Partial<z.output<S>>) => {
      const defaults = schema.parse({}) as Record<string, unknown>;
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === defaults[key]) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      );
    },
    [schema, setParams],
  );
  return [state, update];
}
