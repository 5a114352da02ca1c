import { queryOptions } from "@tanstack/react-query";

/**
 * Code loaded on demand, asked for like data rather than through React.lazy: React 19 holds a
 * Suspense boundary's content back for up to 300 ms after its fallback showed, so a page that
 * suspended for its own code waited that long before it even asked for its data. The same
 * options prefetch it (a link's hover) and read it (useQuery), and it is loaded once.
 */
export function onDemand<T>(what: string, load: () => Promise<T>) {
  return queryOptions({
    queryKey: ["code", what],
    queryFn: () =>
      load().catch((cause: unknown) => {
        throw new Error(`Programkoden for ${what} kunne ikke lastes. Last inn siden på nytt.`, { cause });
      }),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    // A module is not data: it is kept as loaded, not compared field by field.
    structuralSharing: false,
  });
}
