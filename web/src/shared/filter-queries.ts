import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  FilterOptionsDocument,
  InitiativeChoicesDocument,
  InitiativeNameDocument,
  InstitutionChoicesDocument,
  InstitutionNameDocument,
  NetworkChoicesDocument,
  NetworkNameDocument,
  PersonChoicesDocument,
  PersonNameDocument,
} from "../generated/graphql";
import { execute } from "./api";
import { collator } from "./format";

/** The short lists every page's filters offer (schemes, counties); asked once and shared between pages. */
export function useFilterOptions() {
  return useQuery({
    queryKey: ["filter-options"],
    queryFn: () => execute(FilterOptionsDocument),
    staleTime: 5 * 60_000,
  });
}

/** The long lists, too long to offer whole: they are searched by name. */
export type Searchable = "network" | "initiative" | "institution" | "person";

interface Named {
  id: string;
  name: string;
}

interface Page {
  total: number;
  names: Named[];
}

/** The most names one search shows: enough to choose from, few enough to read. */
export const CHOICES = 20;

const page = (connection: { totalCount: number; edges: { node: Named }[] }): Page => ({
  total: connection.totalCount,
  names: connection.edges.map((e) => e.node),
});

const search: Record<Searchable, (text: string) => Promise<Page>> = {
  network: (text) => execute(NetworkChoicesDocument, { text, first: CHOICES }).then((d) => page(d.networksConnection)),
  initiative: (text) =>
    execute(InitiativeChoicesDocument, { text, first: CHOICES }).then((d) => page(d.initiativesConnection)),
  institution: (text) =>
    execute(InstitutionChoicesDocument, { text, first: CHOICES }).then((d) => page(d.institutionsConnection)),
  person: (text) => execute(PersonChoicesDocument, { text, first: CHOICES }).then((d) => page(d.peopleConnection)),
};

const lookUp: Record<Searchable, (id: string) => Promise<Named | null>> = {
  network: (id) => execute(NetworkNameDocument, { id }).then((d) => d.networks[0] ?? null),
  initiative: (id) => execute(InitiativeNameDocument, { id }).then((d) => d.initiatives[0] ?? null),
  institution: (id) => execute(InstitutionNameDocument, { id }).then((d) => d.institutions[0] ?? null),
  person: (id) => execute(PersonNameDocument, { id }).then((d) => d.people[0] ?? null),
};

/** Names that begin with the text first, then the others, each in Norwegian order. */
function ranked(text: string, names: Named[]): Named[] {
  const start = text.toLocaleLowerCase("nb");
  const begins = (n: Named) => (n.name.toLocaleLowerCase("nb").startsWith(start) ? 0 : 1);
  return [...names].sort((a, b) => begins(a) - begins(b) || collator.compare(a.name, b.name));
}

/** The first names that contain the text, ignoring case, and how many there are; asked only when enabled. */
export function useChoices(kind: Searchable, text: string, enabled: boolean) {
  return useQuery({
    queryKey: ["choices", kind, text],
    queryFn: () => search[kind](text),
    select: (found: Page) => ({ ...found, names: ranked(text, found.names) }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

const nameKey = (kind: Searchable, id: string) => ["name", kind, id];

/** The name of an id (from the address, say); null when no such id exists. */
export function useName(kind: Searchable, id: string) {
  return useQuery({
    queryKey: nameKey(kind, id),
    queryFn: () => lookUp[kind](id),
    enabled: id !== "",
    staleTime: 5 * 60_000,
  });
}

/** Remembers a chosen name, so that choosing does not ask for the name again. */
export function useRememberName() {
  const client = useQueryClient();
  return (kind: Searchable, named: Named) => client.setQueryData(nameKey(kind, named.id), named);
}
