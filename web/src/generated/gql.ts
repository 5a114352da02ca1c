/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CoverageMap($scheme: ID, $targetGroup: TargetGroup, $county: String) {\n  coverageMap(scheme: $scheme, targetGroup: $targetGroup, county: $county) {\n    counties {\n      county {\n        number\n        name\n      }\n      covered\n      gap\n      notRecorded\n      unknown\n      municipalities\n    }\n    municipalities {\n      number\n      name\n      county {\n        number\n      }\n      networks {\n        network {\n          id\n          name\n        }\n        membershipStatus\n        schemeRecorded\n      }\n      status\n      reason\n      initiatives {\n        id\n        name\n        schemeId\n      }\n      sources\n    }\n  }\n}": typeof types.CoverageMapDocument,
    "query FragileNetworks($county: String) {\n  fragileNetworks(county: $county) {\n    network {\n      id\n      name\n    }\n    reasons\n    people {\n      id\n      name\n    }\n    institutions {\n      id\n      name\n    }\n  }\n}": typeof types.FragileNetworksDocument,
    "query InstitutionReach($institution: ID!, $includeUnits: Boolean! = true) {\n  institutionReach(institution: $institution, includeUnits: $includeUnits) {\n    institution {\n      id\n      name\n    }\n    counted {\n      id\n      name\n      parentId\n    }\n    networks {\n      network {\n        id\n        name\n      }\n      supporters {\n        person {\n          id\n          name\n        }\n        role\n        schemes\n      }\n      initiatives {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.InstitutionReachDocument,
    "query MeetingConflicts($from: Date!, $to: Date!) {\n  meetingConflicts(from: $from, to: $to) {\n    date\n    person {\n      id\n      name\n    }\n    institution {\n      id\n      name\n    }\n    meetings {\n      id\n      title\n      startTime\n      endTime\n      initiatives {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.MeetingConflictsDocument,
    "query MeetingsBetween($from: Date!, $to: Date!, $network: ID, $initiative: ID, $institution: ID) {\n  meetingsBetween(\n    from: $from\n    to: $to\n    network: $network\n    initiative: $initiative\n    institution: $institution\n  ) {\n    id\n    title\n    date\n    endDate\n    startTime\n    endTime\n    mode\n    place\n    forums {\n      id\n      name\n    }\n    initiatives {\n      id\n      name\n    }\n  }\n}": typeof types.MeetingsBetweenDocument,
    "query NetworkPartners($network: ID!) {\n  networkPartners(network: $network) {\n    network {\n      id\n      name\n      county\n    }\n    institutions {\n      institution {\n        id\n        name\n        kind\n        parentId\n      }\n      supporters {\n        person {\n          id\n          name\n        }\n        role\n        schemes\n        note\n      }\n      initiatives {\n        id\n        name\n        schemeId\n      }\n      schemes\n    }\n  }\n}": typeof types.NetworkPartnersDocument,
    "query NetworksWithoutInstitution($institution: ID!, $county: String) {\n  networksWithoutInstitution(institution: $institution, county: $county) {\n    id\n    name\n    county\n  }\n}": typeof types.NetworksWithoutInstitutionDocument,
    "query PartnershipMatrix($county: String, $scheme: ID, $rollUpUnits: Boolean! = false) {\n  partnershipMatrix(county: $county, scheme: $scheme, rollUpUnits: $rollUpUnits) {\n    institutions {\n      id\n      name\n      kind\n      parentId\n    }\n    rows {\n      network {\n        id\n        name\n      }\n      cells {\n        institution {\n          id\n          name\n        }\n        primary {\n          id\n          name\n        }\n        backup {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.PartnershipMatrixDocument,
    "query PersonLoad($limit: Int! = 10) {\n  personLoad(limit: $limit) {\n    person {\n      id\n      name\n    }\n    affiliation {\n      id\n      name\n    }\n    networks\n    primary\n    backup\n  }\n}": typeof types.PersonLoadDocument,
    "query TrackParticipation {\n  trackParticipation {\n    trackId\n    number\n    title\n    participationRecorded\n    networks {\n      id\n      name\n    }\n  }\n}": typeof types.TrackParticipationDocument,
    "query UncoveredMunicipalities($network: ID!, $scheme: ID, $targetGroup: TargetGroup) {\n  uncoveredMunicipalities(\n    network: $network\n    scheme: $scheme\n    targetGroup: $targetGroup\n  ) {\n    network {\n      id\n      name\n    }\n    membershipStatus\n    schemeRecorded\n    municipalities {\n      id\n      name\n    }\n    initiatives {\n      id\n      name\n      schemeId\n    }\n    membershipSources\n  }\n}": typeof types.UncoveredMunicipalitiesDocument,
    "query UpcomingDeadlines($after: Date!) {\n  upcomingDeadlines(after: $after) {\n    date\n    deadlineId\n    name\n    step\n    sender\n    recipient\n    setLocally\n  }\n}": typeof types.UpcomingDeadlinesDocument,
    "query MeetingRange {\n  first: meetings(sort: [{date: ASC}], limit: 1) {\n    date\n  }\n  last: meetings(sort: [{date: DESC}], limit: 1) {\n    date\n  }\n}": typeof types.MeetingRangeDocument,
    "query NetworkCard($id: ID!) {\n  networks(where: {id: {eq: $id}}) {\n    id\n    name\n    county\n    membershipStatus\n    membershipSource\n    membershipSources\n    members(sort: [{name: ASC}]) {\n      id\n      name\n      number\n    }\n    initiatives(sort: [{name: ASC}]) {\n      id\n      name\n      periodText\n      targetGroups\n      scheme {\n        id\n        name\n      }\n    }\n    tracks(sort: [{number: ASC}]) {\n      id\n      number\n      title\n    }\n  }\n}": typeof types.NetworkCardDocument,
    "query FilterOptions {\n  networks(sort: [{name: ASC}]) {\n    id\n    name\n    county\n  }\n  institutions(sort: [{name: ASC}]) {\n    id\n    name\n    kind\n  }\n  initiatives(sort: [{name: ASC}]) {\n    id\n    name\n  }\n  schemes(sort: [{name: ASC}]) {\n    id\n    name\n  }\n  counties(sort: [{number: ASC}]) {\n    number\n    name\n  }\n}": typeof types.FilterOptionsDocument,
};
const documents: Documents = {
    "query CoverageMap($scheme: ID, $targetGroup: TargetGroup, $county: String) {\n  coverageMap(scheme: $scheme, targetGroup: $targetGroup, county: $county) {\n    counties {\n      county {\n        number\n        name\n      }\n      covered\n      gap\n      notRecorded\n      unknown\n      municipalities\n    }\n    municipalities {\n      number\n      name\n      county {\n        number\n      }\n      networks {\n        network {\n          id\n          name\n        }\n        membershipStatus\n        schemeRecorded\n      }\n      status\n      reason\n      initiatives {\n        id\n        name\n        schemeId\n      }\n      sources\n    }\n  }\n}": types.CoverageMapDocument,
    "query FragileNetworks($county: String) {\n  fragileNetworks(county: $county) {\n    network {\n      id\n      name\n    }\n    reasons\n    people {\n      id\n      name\n    }\n    institutions {\n      id\n      name\n    }\n  }\n}": types.FragileNetworksDocument,
    "query InstitutionReach($institution: ID!, $includeUnits: Boolean! = true) {\n  institutionReach(institution: $institution, includeUnits: $includeUnits) {\n    institution {\n      id\n      name\n    }\n    counted {\n      id\n      name\n      parentId\n    }\n    networks {\n      network {\n        id\n        name\n      }\n      supporters {\n        person {\n          id\n          name\n        }\n        role\n        schemes\n      }\n      initiatives {\n        id\n        name\n      }\n    }\n  }\n}": types.InstitutionReachDocument,
    "query MeetingConflicts($from: Date!, $to: Date!) {\n  meetingConflicts(from: $from, to: $to) {\n    date\n    person {\n      id\n      name\n    }\n    institution {\n      id\n      name\n    }\n    meetings {\n      id\n      title\n      startTime\n      endTime\n      initiatives {\n        id\n        name\n      }\n    }\n  }\n}": types.MeetingConflictsDocument,
    "query MeetingsBetween($from: Date!, $to: Date!, $network: ID, $initiative: ID, $institution: ID) {\n  meetingsBetween(\n    from: $from\n    to: $to\n    network: $network\n    initiative: $initiative\n    institution: $institution\n  ) {\n    id\n    title\n    date\n    endDate\n    startTime\n    endTime\n    mode\n    place\n    forums {\n      id\n      name\n    }\n    initiatives {\n      id\n      name\n    }\n  }\n}": types.MeetingsBetweenDocument,
    "query NetworkPartners($network: ID!) {\n  networkPartners(network: $network) {\n    network {\n      id\n      name\n      county\n    }\n    institutions {\n      institution {\n        id\n        name\n        kind\n        parentId\n      }\n      supporters {\n        person {\n          id\n          name\n        }\n        role\n        schemes\n        note\n      }\n      initiatives {\n        id\n        name\n        schemeId\n      }\n      schemes\n    }\n  }\n}": types.NetworkPartnersDocument,
    "query NetworksWithoutInstitution($institution: ID!, $county: String) {\n  networksWithoutInstitution(institution: $institution, county: $county) {\n    id\n    name\n    county\n  }\n}": types.NetworksWithoutInstitutionDocument,
    "query PartnershipMatrix($county: String, $scheme: ID, $rollUpUnits: Boolean! = false) {\n  partnershipMatrix(county: $county, scheme: $scheme, rollUpUnits: $rollUpUnits) {\n    institutions {\n      id\n      name\n      kind\n      parentId\n    }\n    rows {\n      network {\n        id\n        name\n      }\n      cells {\n        institution {\n          id\n          name\n        }\n        primary {\n          id\n          name\n        }\n        backup {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.PartnershipMatrixDocument,
    "query PersonLoad($limit: Int! = 10) {\n  personLoad(limit: $limit) {\n    person {\n      id\n      name\n    }\n    affiliation {\n      id\n      name\n    }\n    networks\n    primary\n    backup\n  }\n}": types.PersonLoadDocument,
    "query TrackParticipation {\n  trackParticipation {\n    trackId\n    number\n    title\n    participationRecorded\n    networks {\n      id\n      name\n    }\n  }\n}": types.TrackParticipationDocument,
    "query UncoveredMunicipalities($network: ID!, $scheme: ID, $targetGroup: TargetGroup) {\n  uncoveredMunicipalities(\n    network: $network\n    scheme: $scheme\n    targetGroup: $targetGroup\n  ) {\n    network {\n      id\n      name\n    }\n    membershipStatus\n    schemeRecorded\n    municipalities {\n      id\n      name\n    }\n    initiatives {\n      id\n      name\n      schemeId\n    }\n    membershipSources\n  }\n}": types.UncoveredMunicipalitiesDocument,
    "query UpcomingDeadlines($after: Date!) {\n  upcomingDeadlines(after: $after) {\n    date\n    deadlineId\n    name\n    step\n    sender\n    recipient\n    setLocally\n  }\n}": types.UpcomingDeadlinesDocument,
    "query MeetingRange {\n  first: meetings(sort: [{date: ASC}], limit: 1) {\n    date\n  }\n  last: meetings(sort: [{date: DESC}], limit: 1) {\n    date\n  }\n}": types.MeetingRangeDocument,
    "query NetworkCard($id: ID!) {\n  networks(where: {id: {eq: $id}}) {\n    id\n    name\n    county\n    membershipStatus\n    membershipSource\n    membershipSources\n    members(sort: [{name: ASC}]) {\n      id\n      name\n      number\n    }\n    initiatives(sort: [{name: ASC}]) {\n      id\n      name\n      periodText\n      targetGroups\n      scheme {\n        id\n        name\n      }\n    }\n    tracks(sort: [{number: ASC}]) {\n      id\n      number\n      title\n    }\n  }\n}": types.NetworkCardDocument,
    "query FilterOptions {\n  networks(sort: [{name: ASC}]) {\n    id\n    name\n    county\n  }\n  institutions(sort: [{name: ASC}]) {\n    id\n    name\n    kind\n  }\n  initiatives(sort: [{name: ASC}]) {\n    id\n    name\n  }\n  schemes(sort: [{name: ASC}]) {\n    id\n    name\n  }\n  counties(sort: [{number: ASC}]) {\n    number\n    name\n  }\n}": types.FilterOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoverageMap($scheme: ID, $targetGroup: TargetGroup, $county: String) {\n  coverageMap(scheme: $scheme, targetGroup: $targetGroup, county: $county) {\n    counties {\n      county {\n        number\n        name\n      }\n      covered\n      gap\n      notRecorded\n      unknown\n      municipalities\n    }\n    municipalities {\n      number\n      name\n      county {\n        number\n      }\n      networks {\n        network {\n          id\n          name\n        }\n        membershipStatus\n        schemeRecorded\n      }\n      status\n      reason\n      initiatives {\n        id\n        name\n        schemeId\n      }\n      sources\n    }\n  }\n}"): typeof import('./graphql').CoverageMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FragileNetworks($county: String) {\n  fragileNetworks(county: $county) {\n    network {\n      id\n      name\n    }\n    reasons\n    people {\n      id\n      name\n    }\n    institutions {\n      id\n      name\n    }\n  }\n}"): typeof import('./graphql').FragileNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstitutionReach($institution: ID!, $includeUnits: Boolean! = true) {\n  institutionReach(institution: $institution, includeUnits: $includeUnits) {\n    institution {\n      id\n      name\n    }\n    counted {\n      id\n      name\n      parentId\n    }\n    networks {\n      network {\n        id\n        name\n      }\n      supporters {\n        person {\n          id\n          name\n        }\n        role\n        schemes\n      }\n      initiatives {\n        id\n        name\n      }\n    }\n  }\n}"): typeof import('./graphql').InstitutionReachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingConflicts($from: Date!, $to: Date!) {\n  meetingConflicts(from: $from, to: $to) {\n    date\n    person {\n      id\n      name\n    }\n    institution {\n      id\n      name\n    }\n    meetings {\n      id\n      title\n      startTime\n      endTime\n      initiatives {\n        id\n        name\n      }\n    }\n  }\n}"): typeof import('./graphql').MeetingConflictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsBetween($from: Date!, $to: Date!, $network: ID, $initiative: ID, $institution: ID) {\n  meetingsBetween(\n    from: $from\n    to: $to\n    network: $network\n    initiative: $initiative\n    institution: $institution\n  ) {\n    id\n    title\n    date\n    endDate\n    startTime\n    endTime\n    mode\n    place\n    forums {\n      id\n      name\n    }\n    initiatives {\n      id\n      name\n    }\n  }\n}"): typeof import('./graphql').MeetingsBetweenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NetworkPartners($network: ID!) {\n  networkPartners(network: $network) {\n    network {\n      id\n      name\n      county\n    }\n    institutions {\n      institution {\n        id\n        name\n        kind\n        parentId\n      }\n      supporters {\n        person {\n          id\n          name\n        }\n        role\n        schemes\n        note\n      }\n      initiatives {\n        id\n        name\n        schemeId\n      }\n      schemes\n    }\n  }\n}"): typeof import('./graphql').NetworkPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NetworksWithoutInstitution($institution: ID!, $county: String) {\n  networksWithoutInstitution(institution: $institution, county: $county) {\n    id\n    name\n    county\n  }\n}"): typeof import('./graphql').NetworksWithoutInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipMatrix($county: String, $scheme: ID, $rollUpUnits: Boolean! = false) {\n  partnershipMatrix(county: $county, scheme: $scheme, rollUpUnits: $rollUpUnits) {\n    institutions {\n      id\n      name\n      kind\n      parentId\n    }\n    rows {\n      network {\n        id\n        name\n      }\n      cells {\n        institution {\n          id\n          name\n        }\n        primary {\n          id\n          name\n        }\n        backup {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').PartnershipMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonLoad($limit: Int! = 10) {\n  personLoad(limit: $limit) {\n    person {\n      id\n      name\n    }\n    affiliation {\n      id\n      name\n    }\n    networks\n    primary\n    backup\n  }\n}"): typeof import('./graphql').PersonLoadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackParticipation {\n  trackParticipation {\n    trackId\n    number\n    title\n    participationRecorded\n    networks {\n      id\n      name\n    }\n  }\n}"): typeof import('./graphql').TrackParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UncoveredMunicipalities($network: ID!, $scheme: ID, $targetGroup: TargetGroup) {\n  uncoveredMunicipalities(\n    network: $network\n    scheme: $scheme\n    targetGroup: $targetGroup\n  ) {\n    network {\n      id\n      name\n    }\n    membershipStatus\n    schemeRecorded\n    municipalities {\n      id\n      name\n    }\n    initiatives {\n      id\n      name\n      schemeId\n    }\n    membershipSources\n  }\n}"): typeof import('./graphql').UncoveredMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpcomingDeadlines($after: Date!) {\n  upcomingDeadlines(after: $after) {\n    date\n    deadlineId\n    name\n    step\n    sender\n    recipient\n    setLocally\n  }\n}"): typeof import('./graphql').UpcomingDeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingRange {\n  first: meetings(sort: [{date: ASC}], limit: 1) {\n    date\n  }\n  last: meetings(sort: [{date: DESC}], limit: 1) {\n    date\n  }\n}"): typeof import('./graphql').MeetingRangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NetworkCard($id: ID!) {\n  networks(where: {id: {eq: $id}}) {\n    id\n    name\n    county\n    membershipStatus\n    membershipSource\n    membershipSources\n    members(sort: [{name: ASC}]) {\n      id\n      name\n      number\n    }\n    initiatives(sort: [{name: ASC}]) {\n      id\n      name\n      periodText\n      targetGroups\n      scheme {\n        id\n        name\n      }\n    }\n    tracks(sort: [{number: ASC}]) {\n      id\n      number\n      title\n    }\n  }\n}"): typeof import('./graphql').NetworkCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilterOptions {\n  networks(sort: [{name: ASC}]) {\n    id\n    name\n    county\n  }\n  institutions(sort: [{name: ASC}]) {\n    id\n    name\n    kind\n  }\n  initiatives(sort: [{name: ASC}]) {\n    id\n    name\n  }\n  schemes(sort: [{name: ASC}]) {\n    id\n    name\n  }\n  counties(sort: [{number: ASC}]) {\n    number\n    name\n  }\n}"): typeof import('./graphql').FilterOptionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
