import { createHash } from "node:crypto";
import { UndirectedGraph } from "graphology";
import { betweenness as betweennessCentrality } from "graphology-metrics/centrality/index.js";
import { LRUCache } from "lru-cache";
import type {
  InstitutionSummary,
  NetworkSummary,
  PersonSummary,
  QuerySupportNetworkArgs,
  SupportingPerson,
  SupportNetwork,
  SupportRole,
} from "../generated/analysis-resolvers.js";
import type { AnalysisContext } from "./resolver-types.js";
import { cutVertices } from "./cut-vertices.js";
import { requireFound } from "./argument-errors.js";
import { type AnalysisLimits, runAnalysis, tooManyItems } from "./run.js";

/** One support of the statement's answer: a person supports a network on behalf of an institution. */
interface Support {
  person: PersonSummary;
  affiliation: InstitutionSummary | null;
  network: NetworkSummary;
  role: SupportRole;
  institutionId: string;
  /** Null when the id names no institution of the graph. */
  institution: InstitutionSummary | null;
}

const collator = new Intl.Collator("nb");

/** Computes the metrics of the people ↔ networks graph that the supports span. */
function supportMetrics(supports: Support[]): SupportingPerson[] {
  const graph = new UndirectedGraph();
  const personNode = (id: string) => `person:${id}`;
  for (const support of supports) graph.mergeEdge(personNode(support.person.id), `network:${support.network.id}`);
  // Unweighted: every support is one step, whatever its role.
  const betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const cut = cutVertices(graph);

  // Who supports each network from each institution, to find the cells with one person.
  const cells = new Map<string, Set<string>>();
  const cell = (s: Support) => `${s.network.id}\u0000${s.institutionId}`;
  for (const s of supports) cells.set(cell(s), (cells.get(cell(s)) ?? new Set()).add(s.person.id));

  const people = new Map<string, SupportingPerson>();
  const counted = new Map<string, Set<string>>();
  for (const s of supports) {
    const node = personNode(s.person.id);
    let person = people.get(s.person.id);
    if (!person) {
      person = {
        person: s.person,
        affiliation: s.affiliation,
        networks: 0,
        primary: 0,
        backup: 0,
        betweenness: betweenness[node] ?? 0,
        cutVertex: cut.has(node),
        soleContacts: [],
      };
      people.set(s.person.id, person);
      counted.set(s.person.id, new Set());
    }
    const networks = counted.get(s.person.id)!;
    if (!networks.has(s.network.id)) {
      networks.add(s.network.id);
      person.networks++;
    }
    if (s.role === "PRIMARY") person.primary++;
    else person.backup++;
    if (s.institution && cells.get(cell(s))?.size === 1)
      person.soleContacts.push({ network: s.network, institution: s.institution });
  }
  for (const person of people.values()) {
    person.soleContacts.sort(
      (a, b) =>
        collator.compare(a.network.name, b.network.name) || collator.compare(a.institution.name, b.institution.name),
    );
  }
  return [...people.values()].sort(
    (a, b) =>
      b.betweenness - a.betweenness ||
      collator.compare(a.person.name, b.person.name) ||
      a.person.id.localeCompare(b.person.id),
  );
}

/** A fingerprint of everything the answer rests on, which changes whenever a support, a name or a role does. */
function fingerprint(supports: Support[]): string {
  return createHash("sha256").update(JSON.stringify(supports)).digest("base64url");
}

/** Answers per scope and graph: betweenness costs O(nodes × edges), so an unchanged graph is not computed again. */
const answers = new LRUCache<string, SupportNetwork>({ max: 8 });

export function supportNetwork({ pageSize }: Pick<AnalysisLimits, "pageSize">) {
  return async (_: unknown, args: QuerySupportNetworkArgs, { analysis }: AnalysisContext): Promise<SupportNetwork> => {
    const { countyKnown, supports } = await runAnalysis<{ countyKnown: boolean; supports: Support[] }>(
      analysis,
      "support-network",
      { county: args.county ?? null },
    );
    requireFound(args, { county: countyKnown });
    // Refused before the costly part: the answer lists each supporting person once.
    const people = new Set(supports.map((s) => s.person.id)).size;
    if (people > pageSize)
      throw tooManyItems(`The answer of supportNetwork would hold ${people} people`, pageSize, "narrow the county");
    const key = `${args.county ?? ""}\u0000${fingerprint(supports)}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = { people: supportMetrics(supports) };
      answers.set(key, answer);
    }
    return answer;
  };
}
