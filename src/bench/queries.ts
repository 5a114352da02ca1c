import neo4j from "neo4j-driver";
import { encodeMeetingCursor } from "../analysis/meetings.js";
import { analysisCypher } from "../schema-files.js";

/** One measured question: through the GraphQL API, and as the best Cypher for the same answer. */
interface BenchQuery {
  name: string;
  graphql: string;
  variables: Record<string, unknown>;
  cypher: string;
  parameters: Record<string, unknown>;
  /** Held to the analysis budgets (p95 and API/raw ratio). */
  analysis: boolean;
}

/** The month the calendar queries ask for. */
// The raw Cypher gets the page size the benchmark's API runs with (scripts/bench.ts: LIMIT_PAGE_SIZE).
const MONTH = { from: "2025-03-01", to: "2025-03-31", pageSize: neo4j.int(100_000) };

const PAGE_QUERY =
  "query ($from: Date!, $to: Date!, $first: Int, $after: String) { meetingsPage(from: $from, to: $to, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } meetings { id title date startTime endTime forums { id name } initiatives { id name } } } }";
/** A page of the national month: the parameters of the API and of its raw Cypher (src/analysis/meetings.ts). */
function monthPage(after: [string, string | null, string] | null) {
  return {
    variables: { from: MONTH.from, to: MONTH.to, first: 100, after: after ? encodeMeetingCursor(after) : null },
    parameters: {
      from: MONTH.from,
      to: MONTH.to,
      network: null,
      initiative: null,
      institution: null,
      person: null,
      lower: after?.[0] ?? MONTH.from,
      afterDate: after?.[0] ?? null,
      afterTime: after?.[1] ?? null,
      afterId: after?.[2] ?? null,
      first: neo4j.int(100),
    },
  };
}
const COUNTS_QUERY =
  "query ($from: Date!, $to: Date!, $by: MeetingPeriod!) { meetingCounts(from: $from, to: $to, by: $by) { period week meetings } }";
const counts = (from: string, to: string, by: "DAY" | "WEEK") => ({
  variables: { from, to, by },
  parameters: { from, to, by, network: null, initiative: null, institution: null, person: null },
});

/**
 * The questions of the benchmark, for a generated graph (ids of src/bench/generate.ts).
 * Each analysis is a single Cypher statement already, so its raw form is that statement
 * over the driver: the ratio measures what the API adds.
 */
export const BENCH_QUERIES: BenchQuery[] = [
  {
    // What HTTP and GraphQL cost without the database, against one Bolt round trip.
    name: "floor: { __typename } / RETURN 1",
    graphql: "{ __typename }",
    variables: {},
    cypher: "RETURN 1",
    parameters: {},
    analysis: false,
  },
  {
    name: "partnershipMatrix",
    graphql:
      "query ($county: String) { partnershipMatrix(county: $county) { institutions { id } rows { network { id name } cells { institution { id } primary { id name } backup { id name } } } } }",
    variables: { county: "Fylke 1" },
    cypher: analysisCypher("partnership-matrix"),
    parameters: { county: "Fylke 1", scheme: null, rollUpUnits: false },
    analysis: true,
  },
  {
    name: "networksWithoutInstitution",
    graphql: "query ($institution: ID!) { networksWithoutInstitution(institution: $institution) { id name } }",
    variables: { institution: "uh-2" },
    cypher: analysisCypher("networks-without-institution"),
    parameters: { institution: "uh-2", county: null },
    analysis: true,
  },
  {
    name: "fragileNetworks",
    graphql: "{ fragileNetworks { network { id name } reasons people { id } institutions { id } } }",
    variables: {},
    cypher: analysisCypher("fragile-networks"),
    parameters: { county: null },
    analysis: true,
  },
  {
    name: "uncoveredMunicipalities",
    graphql:
      "query ($network: ID!, $scheme: ID) { uncoveredMunicipalities(network: $network, scheme: $scheme) { membershipStatus schemeRecorded municipalities { id name } initiatives { id } } }",
    variables: { network: "nettverk-1", scheme: "rekom" },
    cypher: analysisCypher("uncovered-municipalities"),
    parameters: { network: "nettverk-1", scheme: "rekom", targetGroup: null },
    analysis: true,
  },
  {
    // The dashboard's national map: every municipality of Norway and the county counts.
    name: "coverageMap (Norway)",
    graphql:
      "query ($scheme: ID) { coverageMap(scheme: $scheme) { counties { county { number name } covered gap notRecorded unknown municipalities } municipalities { number name county { number } networks { network { id name } membershipStatus schemeRecorded } status reason initiatives { id name } sources } } }",
    variables: { scheme: "rekom" },
    cypher: analysisCypher("coverage-map"),
    parameters: { scheme: "rekom", targetGroup: null, county: null },
    analysis: true,
  },
  {
    name: "personLoad",
    graphql: "{ personLoad(limit: 10) { person { id name } networks primary backup } }",
    variables: {},
    cypher: analysisCypher("person-load"),
    parameters: { limit: neo4j.int(10) },
    analysis: true,
  },
  {
    name: "meetingsBetween (one month)",
    graphql:
      "query ($from: Date!, $to: Date!) { meetingsBetween(from: $from, to: $to) { id title date startTime endTime forums { id name } initiatives { id name } } }",
    variables: MONTH,
    cypher: analysisCypher("meetings-between"),
    parameters: { ...MONTH, network: null, initiative: null, institution: null, person: null },
    analysis: true,
  },
  {
    // What a network's calendar page asks for.
    name: "meetingsBetween (one network, one month)",
    graphql:
      "query ($from: Date!, $to: Date!, $network: ID) { meetingsBetween(from: $from, to: $to, network: $network) { id title date startTime endTime forums { id name } initiatives { id name } } }",
    variables: { ...MONTH, network: "nettverk-1" },
    cypher: analysisCypher("meetings-between"),
    parameters: { ...MONTH, network: "nettverk-1", initiative: null, institution: null, person: null },
    analysis: true,
  },
  {
    // The national month a page at a time: the first page, and one from the middle (the 15th, 10.00).
    name: "meetingsPage (one month, first 100)",
    graphql: PAGE_QUERY,
    ...monthPage(null),
    cypher: analysisCypher("meetings-page"),
    analysis: true,
  },
  {
    name: "meetingsPage (one month, 100 after the 15th)",
    graphql: PAGE_QUERY,
    ...monthPage(["2025-03-15", "10:00:00", "mote-1"]),
    cypher: analysisCypher("meetings-page"),
    analysis: true,
  },
  {
    // The calendar heat map: the national month by day, and the year by week.
    name: "meetingCounts (one month, by day)",
    graphql: COUNTS_QUERY,
    ...counts(MONTH.from, MONTH.to, "DAY"),
    cypher: analysisCypher("meeting-counts"),
    analysis: true,
  },
  {
    name: "meetingCounts (one year, by week)",
    graphql: COUNTS_QUERY,
    ...counts("2025-01-01", "2025-12-31", "WEEK"),
    cypher: analysisCypher("meeting-counts"),
    analysis: true,
  },
  {
    name: "generated list, nested, paginated",
    graphql:
      "query ($from: Date!, $to: Date!) { meetingsConnection(first: 20, sort: [{ date: ASC }], where: { date: { gte: $from, lte: $to } }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id date title initiatives { name network { name } } forums { name } } } } }",
    variables: MONTH,
    cypher: `CALL () {
  MATCH (m:Meeting) WHERE date($from) <= m.date <= date($to)
  RETURN count(m) AS totalCount
}
CALL () {
  MATCH (m:Meeting) WHERE date($from) <= m.date <= date($to)
  WITH m ORDER BY m.date LIMIT 21
  RETURN collect(m {
    .id, .date, .title,
    initiatives: [(m)-[:SERVES]->(i:Initiative) | i {.name, network: head([(i)-[:RUN_BY]->(n:Network) | n {.name}])}],
    forums: [(m)-[:IN_FORUM]->(f:Forum) | f {.name}]
  }) AS page
}
RETURN totalCount, page[0..20] AS edges, size(page) > 20 AS hasNextPage`,
    parameters: MONTH,
    analysis: false,
  },
];
