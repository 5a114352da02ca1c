import { nameForms, type SeedData, type SeedKind, type SeedRecord } from "./records/index.js";

/** A reference from a record's field to a record of another kind, by id. */
type Reference = [field: string, target: SeedKind, id: string];

const each = (field: string, target: SeedKind, ids: readonly string[] | undefined): Reference[] =>
  (ids ?? []).map((id) => [field, target, id]);
const one = (field: string, target: SeedKind, id: string | undefined): Reference[] =>
  each(field, target, id ? [id] : []);

/** Every id each kind of record refers to: the loader checks them all before writing. */
const referencesOf: { [K in SeedKind]: (record: SeedRecord<K>) => Reference[] } = {
  schemes: () => [],
  institutions: (r) => one("parent", "institutions", r.parent),
  counties: () => [],
  municipalities: (r) => one("county", "counties", r.county),
  networks: (r) =>
    r.membership.status === "unknown" ? [] : each("membership.members", "municipalities", r.membership.members),
  people: (r) => one("affiliation", "institutions", r.affiliation),
  supports: (r) => [
    ...one("person", "people", r.person),
    ...one("network", "networks", r.network),
    ...one("institution", "institutions", r.institution),
    ...each("schemes", "schemes", r.schemes),
  ],
  initiatives: (r) => [
    ...one("scheme", "schemes", r.scheme),
    ...one("network", "networks", r.network),
    ...each("partners", "institutions", r.partners),
    ...each("municipalities", "municipalities", r.municipalities),
    ...each("responsibleInstitutions", "institutions", r.responsibleInstitutions),
    ...one("buildsOn", "initiatives", r.buildsOn),
  ],
  tracks: (r) => [
    ...one("initiative", "initiatives", r.initiative),
    ...one("lead", "institutions", r.lead),
    ...each("participants", "networks", r.participants),
  ],
  workingGroups: (r) => [
    ...one("initiative", "initiatives", r.initiative),
    ...each(
      "members.person",
      "people",
      r.members.map((m) => m.person),
    ),
  ],
  forums: (r) => [
    ...one("initiative", "initiatives", r.initiative),
    ...each(
      "participants.institution",
      "institutions",
      r.participants?.flatMap((p) => ("institution" in p ? [p.institution] : [])),
    ),
    ...each(
      "participants.person",
      "people",
      r.participants?.flatMap((p) => ("person" in p ? [p.person] : [])),
    ),
  ],
  meetings: (r) => [...each("forums", "forums", r.forums), ...each("initiatives", "initiatives", r.initiatives)],
  deadlines: (r) => one("scheme", "schemes", r.scheme),
  allocations: (r) => [
    ...one("scheme", "schemes", r.scheme),
    ...each(
      "recipients.institution",
      "institutions",
      r.recipients?.flatMap((x) => ("institution" in x ? [x.institution] : [])),
    ),
    ...each(
      "recipients.network",
      "networks",
      r.recipients?.flatMap((x) => ("network" in x ? [x.network] : [])),
    ),
  ],
};

/** The key that must be unique within a kind: the id, or for supports who-supports-what-for-whom. */
export function keyOf(kind: SeedKind, record: SeedRecord<SeedKind>): string {
  if ("id" in record) return record.id;
  const support = record as SeedRecord<"supports">;
  return `${support.person} → ${support.network} (${support.institution})`;
}

/** Problems with references, each as [kind, index, field, message]. */
export function danglingReferences(data: SeedData): [SeedKind, number, string, string][] {
  const known = new Map<SeedKind, Set<string>>();
  for (const kind of Object.keys(data) as SeedKind[]) {
    known.set(kind, new Set((data[kind] as SeedRecord<SeedKind>[]).map((r) => keyOf(kind, r))));
  }
  const problems: [SeedKind, number, string, string][] = [];
  // A network names its county as the documents do: any form of a county's official name.
  const countyNames = new Set(data.counties.flatMap((c) => nameForms(c.name)));
  data.networks.forEach((network, index) => {
    if (network.county !== undefined && !countyNames.has(network.county)) {
      problems.push(["networks", index, "county", `no counties record has the name "${network.county}"`]);
    }
  });
  for (const kind of Object.keys(data) as SeedKind[]) {
    const refs = referencesOf[kind] as (record: SeedRecord<SeedKind>) => Reference[];
    (data[kind] as SeedRecord<SeedKind>[]).forEach((record, index) => {
      for (const [field, target, id] of refs(record)) {
        if (!known.get(target)?.has(id)) problems.push([kind, index, field, `no ${target} record has the id "${id}"`]);
      }
    });
  }
  return problems;
}
