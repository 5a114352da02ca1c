/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AttendanceBasis =
  /** Stated: the who text of the meeting's forum names them. */
  | 'FORUM_PARTICIPANT'
  /** Derived: a partner institution of an initiative the meeting serves. */
  | 'INITIATIVE_PARTNER'
  /** Derived: supports the initiative's network on behalf of one of the initiative's partners. */
  | 'NETWORK_SUPPORTER'
  /** Derived: a member of the working group of an initiative the meeting serves. */
  | 'WORKING_GROUP_MEMBER';

export type ConflictCertainty =
  | 'POSSIBLE'
  | 'STATED';

export type CoverageStatus =
  /** An initiative of the scheme (for the target group) names the municipality. */
  | 'COVERED'
  /**
   * A member of a network whose membership is listed or inferred, the scheme is recorded
   * for that network, and none of its initiatives names the municipality.
   */
  | 'GAP'
  /** A member of a network, but no initiative of the scheme is recorded for its networks. */
  | 'NOT_RECORDED'
  /** No network is known to have the municipality as a member. */
  | 'UNKNOWN';

export type FragilityReason =
  /** No person and no institution is recorded as supporting the network. */
  | 'NO_SUPPORT'
  /** Exactly one institution supports the network. */
  | 'SINGLE_INSTITUTION'
  /** Exactly one person supports the network. */
  | 'SINGLE_PERSON';

export type InstitutionKind =
  | 'CENTRE'
  | 'NATIONAL_SERVICE'
  | 'UNIT'
  | 'UNIVERSITY'
  | 'UNIVERSITY_COLLEGE';

export type MeetingMode =
  | 'DIGITAL'
  | 'HYBRID'
  | 'PHYSICAL';

export type MeetingPeriod =
  | 'DAY'
  /** An ISO week, Monday to Sunday. */
  | 'WEEK';

export type MembershipStatus =
  /** Assembled from the municipalities the network's plans name; may be incomplete. */
  | 'INFERRED'
  /** A document lists the network's member municipalities. */
  | 'LISTED'
  /** No document says which municipalities are members. */
  | 'UNKNOWN';

export type SupportRole =
  | 'BACKUP'
  | 'PRIMARY';

export type TargetGroup =
  | 'KINDERGARTEN'
  | 'PPT'
  | 'SCHOOL'
  | 'SFO'
  | 'UPPER_SECONDARY';

export type CoverageMapQueryVariables = Exact<{
  scheme?: string | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
  county?: string | null | undefined;
}>;


export type CoverageMapQuery = { coverageMap: { counties: Array<{ covered: number, gap: number, notRecorded: number, unknown: number, municipalities: number, county: { number: string, name: string } }>, municipalities: Array<{ number: string, name: string, status: CoverageStatus, reason: string, sources: Array<string>, county: { number: string }, networks: Array<{ membershipStatus: MembershipStatus, schemeRecorded: boolean, network: { id: string, name: string } }>, initiatives: Array<{ id: string, name: string, schemeId: string | null }> }> } };

export type FragileNetworksQueryVariables = Exact<{
  county?: string | null | undefined;
}>;


export type FragileNetworksQuery = { fragileNetworks: Array<{ reasons: Array<FragilityReason>, network: { id: string, name: string }, people: Array<{ id: string, name: string }>, institutions: Array<{ id: string, name: string }> }> };

export type InstitutionReachQueryVariables = Exact<{
  institution: string;
  includeUnits?: boolean;
}>;


export type InstitutionReachQuery = { institutionReach: { institution: { id: string, name: string }, counted: Array<{ id: string, name: string, parentId: string | null }>, networks: Array<{ network: { id: string, name: string }, supporters: Array<{ role: SupportRole, schemes: Array<string>, person: { id: string, name: string } }>, initiatives: Array<{ id: string, name: string }> }> } };

export type MeetingConflictsQueryVariables = Exact<{
  from: string;
  to: string;
  network?: string | null | undefined;
  initiative?: string | null | undefined;
  institution?: string | null | undefined;
  person?: string | null | undefined;
}>;


export type MeetingConflictsQuery = { meetingConflicts: Array<{ date: string, certainty: ConflictCertainty, person: { id: string, name: string } | null, institution: { id: string, name: string } | null, meetings: Array<{ id: string, title: string, startTime: string | null, endTime: string | null, initiatives: Array<{ id: string, name: string }> }>, evidence: Array<{ meetingId: string, basis: AttendanceBasis, stated: boolean, via: string, asWritten: string | null, sources: Array<string> }> }> };

export type MeetingCountsQueryVariables = Exact<{
  from: string;
  to: string;
  network?: string | null | undefined;
  initiative?: string | null | undefined;
  institution?: string | null | undefined;
  person?: string | null | undefined;
  by: MeetingPeriod;
}>;


export type MeetingCountsQuery = { meetingCounts: Array<{ period: string, week: number, meetings: number }> };

export type MeetingsBetweenQueryVariables = Exact<{
  from: string;
  to: string;
  network?: string | null | undefined;
  initiative?: string | null | undefined;
  institution?: string | null | undefined;
  person?: string | null | undefined;
}>;


export type MeetingsBetweenQuery = { meetingsBetween: Array<{ id: string, title: string, date: string, endDate: string | null, startTime: string | null, endTime: string | null, mode: MeetingMode | null, place: string | null, forums: Array<{ id: string, name: string }>, initiatives: Array<{ id: string, name: string }> }> };

export type MeetingsPageQueryVariables = Exact<{
  from: string;
  to: string;
  network?: string | null | undefined;
  initiative?: string | null | undefined;
  institution?: string | null | undefined;
  person?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeetingsPageQuery = { meetingsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, meetings: Array<{ id: string, title: string, date: string, endDate: string | null, startTime: string | null, endTime: string | null, mode: MeetingMode | null, place: string | null, forums: Array<{ id: string, name: string }>, initiatives: Array<{ id: string, name: string }> }> } };

export type NetworkPartnersQueryVariables = Exact<{
  network: string;
}>;


export type NetworkPartnersQuery = { networkPartners: { network: { id: string, name: string, county: string | null }, institutions: Array<{ schemes: Array<string>, institution: { id: string, name: string, kind: InstitutionKind, parentId: string | null }, supporters: Array<{ role: SupportRole, schemes: Array<string>, note: string | null, person: { id: string, name: string } }>, initiatives: Array<{ id: string, name: string, schemeId: string | null }> }> } };

export type NetworksWithoutInstitutionQueryVariables = Exact<{
  institution: string;
  county?: string | null | undefined;
}>;


export type NetworksWithoutInstitutionQuery = { networksWithoutInstitution: Array<{ id: string, name: string, county: string | null }> };

export type PartnershipMatrixQueryVariables = Exact<{
  county?: string | null | undefined;
  scheme?: string | null | undefined;
  rollUpUnits?: boolean;
}>;


export type PartnershipMatrixQuery = { partnershipMatrix: { institutions: Array<{ id: string, name: string, kind: InstitutionKind, parentId: string | null }>, rows: Array<{ network: { id: string, name: string }, cells: Array<{ institution: { id: string, name: string }, primary: Array<{ id: string, name: string }>, backup: Array<{ id: string, name: string }> }> }> } };

export type PersonLoadQueryVariables = Exact<{
  limit?: number;
}>;


export type PersonLoadQuery = { personLoad: Array<{ networks: number, primary: number, backup: number, person: { id: string, name: string }, affiliation: { id: string, name: string } | null }> };

export type PossibleMeetingConflictsQueryVariables = Exact<{
  from: string;
  to: string;
  network?: string | null | undefined;
  initiative?: string | null | undefined;
  institution?: string | null | undefined;
  person?: string | null | undefined;
}>;


export type PossibleMeetingConflictsQuery = { possibleMeetingConflicts: Array<{ date: string, certainty: ConflictCertainty, person: { id: string, name: string } | null, institution: { id: string, name: string } | null, meetings: Array<{ id: string, title: string, startTime: string | null, endTime: string | null, initiatives: Array<{ id: string, name: string }> }>, evidence: Array<{ meetingId: string, basis: AttendanceBasis, stated: boolean, via: string, asWritten: string | null, sources: Array<string> }> }> };

export type SupportNetworkQueryVariables = Exact<{
  county?: string | null | undefined;
}>;


export type SupportNetworkQuery = { supportNetwork: { people: Array<{ networks: number, primary: number, backup: number, betweenness: number, cutVertex: boolean, person: { id: string, name: string }, affiliation: { id: string, name: string } | null, soleContacts: Array<{ network: { id: string, name: string }, institution: { id: string, name: string } }> }> } };

export type TrackParticipationQueryVariables = Exact<{ [key: string]: never; }>;


export type TrackParticipationQuery = { trackParticipation: Array<{ trackId: string, number: number, title: string, participationRecorded: boolean, networks: Array<{ id: string, name: string }> | null }> };

export type UncoveredMunicipalitiesQueryVariables = Exact<{
  network: string;
  scheme?: string | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
}>;


export type UncoveredMunicipalitiesQuery = { uncoveredMunicipalities: { membershipStatus: MembershipStatus, schemeRecorded: boolean, membershipSources: Array<string>, network: { id: string, name: string }, municipalities: Array<{ id: string, name: string }> | null, initiatives: Array<{ id: string, name: string, schemeId: string | null }> } };

export type UpcomingDeadlinesQueryVariables = Exact<{
  after: string;
}>;


export type UpcomingDeadlinesQuery = { upcomingDeadlines: Array<{ date: string, deadlineId: string, name: string, step: string, sender: string, recipient: string | null, setLocally: boolean }> };

export type ArshjulConflictsQueryVariables = Exact<{
  from: string;
  to: string;
  network?: string | null | undefined;
  initiative?: string | null | undefined;
  institution?: string | null | undefined;
  person?: string | null | undefined;
}>;


export type ArshjulConflictsQuery = { stated: Array<{ date: string, certainty: ConflictCertainty, person: { id: string, name: string } | null, institution: { id: string, name: string } | null, meetings: Array<{ id: string }> }>, possible: Array<{ date: string, certainty: ConflictCertainty, person: { id: string, name: string } | null, institution: { id: string, name: string } | null, meetings: Array<{ id: string }> }> };

export type ArshjulConflictFragment = { date: string, certainty: ConflictCertainty, person: { id: string, name: string } | null, institution: { id: string, name: string } | null, meetings: Array<{ id: string }> };

export type ArshjulConflictGroundsQueryVariables = Exact<{
  date: string;
  network?: string | null | undefined;
  initiative?: string | null | undefined;
  institution?: string | null | undefined;
  person?: string | null | undefined;
}>;


export type ArshjulConflictGroundsQuery = { stated: Array<{ person: { id: string } | null, institution: { id: string } | null, meetings: Array<{ id: string, title: string, startTime: string | null, endTime: string | null, initiatives: Array<{ id: string, name: string }> }>, evidence: Array<{ meetingId: string, basis: AttendanceBasis, stated: boolean, via: string, asWritten: string | null }> }>, possible: Array<{ person: { id: string } | null, institution: { id: string } | null, meetings: Array<{ id: string, title: string, startTime: string | null, endTime: string | null, initiatives: Array<{ id: string, name: string }> }>, evidence: Array<{ meetingId: string, basis: AttendanceBasis, stated: boolean, via: string, asWritten: string | null }> }> };

export type ArshjulConflictGroundsFragment = { person: { id: string } | null, institution: { id: string } | null, meetings: Array<{ id: string, title: string, startTime: string | null, endTime: string | null, initiatives: Array<{ id: string, name: string }> }>, evidence: Array<{ meetingId: string, basis: AttendanceBasis, stated: boolean, via: string, asWritten: string | null }> };

export type ArshjulMonthQueryVariables = Exact<{
  from: string;
  to: string;
  network?: string | null | undefined;
  initiative?: string | null | undefined;
  institution?: string | null | undefined;
  person?: string | null | undefined;
}>;


export type ArshjulMonthQuery = { meetingsPage: { totalCount: number }, meetingCounts: Array<{ period: string, meetings: number }> };

export type NearestMeetingsQueryVariables = Exact<{
  before: string;
  after: string;
}>;


export type NearestMeetingsQuery = { earlier: Array<{ date: string }>, later: Array<{ date: string }> };

export type NetworkCardQueryVariables = Exact<{
  id: string;
}>;


export type NetworkCardQuery = { networks: Array<{ id: string, name: string, county: string | null, membershipStatus: MembershipStatus, membershipSource: string, membershipSources: Array<string>, members: Array<{ id: string, name: string, number: string }>, initiatives: Array<{ id: string, name: string, periodText: string, targetGroups: Array<TargetGroup> | null, scheme: { id: string, name: string } | null }>, tracks: Array<{ id: string, number: number, title: string }> }> };

export type NextMeetingsQueryVariables = Exact<{
  network: string;
  from: string;
  to: string;
}>;


export type NextMeetingsQuery = { meetingsPage: { meetings: Array<{ id: string, title: string, date: string, startTime: string | null, endTime: string | null, place: string | null }> } };

export type OverviewQueryVariables = Exact<{
  county: string;
  today: string;
  until: string;
}>;


export type OverviewQuery = { coverageMap: { counties: Array<{ covered: number, gap: number, notRecorded: number, unknown: number, municipalities: number, county: { number: string, name: string } }> }, partnershipMatrix: { institutions: Array<{ id: string, name: string }>, rows: Array<{ network: { id: string, name: string }, cells: Array<{ institution: { id: string }, primary: Array<{ id: string }>, backup: Array<{ id: string }> }> }> }, fragileNetworks: Array<{ reasons: Array<FragilityReason>, network: { id: string, name: string } }>, upcomingDeadlines: Array<{ date: string, deadlineId: string, name: string, setLocally: boolean }>, meetingsPage: { meetings: Array<{ id: string, title: string, date: string, startTime: string | null, endTime: string | null, initiatives: Array<{ id: string, name: string }> }> }, dataQualityNotes: Array<{ id: string, subjectType: string, subjectId: string, field: string, original: string, corrected: string | null, note: string }> };

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterOptionsQuery = { schemes: Array<{ id: string, name: string }>, counties: Array<{ number: string, name: string, networks: Array<{ county: string | null }> }> };

export type NetworkChoicesQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type NetworkChoicesQuery = { networksConnection: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type NetworkNameQueryVariables = Exact<{
  id: string;
}>;


export type NetworkNameQuery = { networks: Array<{ id: string, name: string }> };

export type InitiativeChoicesQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type InitiativeChoicesQuery = { initiativesConnection: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type InitiativeNameQueryVariables = Exact<{
  id: string;
}>;


export type InitiativeNameQuery = { initiatives: Array<{ id: string, name: string }> };

export type InstitutionChoicesQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type InstitutionChoicesQuery = { institutionsConnection: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type InstitutionNameQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionNameQuery = { institutions: Array<{ id: string, name: string }> };

export type PersonChoicesQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type PersonChoicesQuery = { peopleConnection: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type PersonNameQueryVariables = Exact<{
  id: string;
}>;


export type PersonNameQuery = { people: Array<{ id: string, name: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ArshjulConflictFragmentDoc = new TypedDocumentString(`
    fragment ArshjulConflict on MeetingConflict {
  date
  certainty
  person {
    id
    name
  }
  institution {
    id
    name
  }
  meetings {
    id
  }
}
    `, {"fragmentName":"ArshjulConflict"}) as unknown as TypedDocumentString<ArshjulConflictFragment, unknown>;
export const ArshjulConflictGroundsFragmentDoc = new TypedDocumentString(`
    fragment ArshjulConflictGrounds on MeetingConflict {
  person {
    id
  }
  institution {
    id
  }
  meetings {
    id
    title
    startTime
    endTime
    initiatives {
      id
      name
    }
  }
  evidence {
    meetingId
    basis
    stated
    via
    asWritten
  }
}
    `, {"fragmentName":"ArshjulConflictGrounds"}) as unknown as TypedDocumentString<ArshjulConflictGroundsFragment, unknown>;
export const CoverageMapDocument = new TypedDocumentString(`
    query CoverageMap($scheme: ID, $targetGroup: TargetGroup, $county: String) {
  coverageMap(scheme: $scheme, targetGroup: $targetGroup, county: $county) {
    counties {
      county {
        number
        name
      }
      covered
      gap
      notRecorded
      unknown
      municipalities
    }
    municipalities {
      number
      name
      county {
        number
      }
      networks {
        network {
          id
          name
        }
        membershipStatus
        schemeRecorded
      }
      status
      reason
      initiatives {
        id
        name
        schemeId
      }
      sources
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageMapQuery, CoverageMapQueryVariables>;
export const FragileNetworksDocument = new TypedDocumentString(`
    query FragileNetworks($county: String) {
  fragileNetworks(county: $county) {
    network {
      id
      name
    }
    reasons
    people {
      id
      name
    }
    institutions {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FragileNetworksQuery, FragileNetworksQueryVariables>;
export const InstitutionReachDocument = new TypedDocumentString(`
    query InstitutionReach($institution: ID!, $includeUnits: Boolean! = true) {
  institutionReach(institution: $institution, includeUnits: $includeUnits) {
    institution {
      id
      name
    }
    counted {
      id
      name
      parentId
    }
    networks {
      network {
        id
        name
      }
      supporters {
        person {
          id
          name
        }
        role
        schemes
      }
      initiatives {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InstitutionReachQuery, InstitutionReachQueryVariables>;
export const MeetingConflictsDocument = new TypedDocumentString(`
    query MeetingConflicts($from: Date!, $to: Date!, $network: ID, $initiative: ID, $institution: ID, $person: ID) {
  meetingConflicts(
    from: $from
    to: $to
    network: $network
    initiative: $initiative
    institution: $institution
    person: $person
  ) {
    date
    certainty
    person {
      id
      name
    }
    institution {
      id
      name
    }
    meetings {
      id
      title
      startTime
      endTime
      initiatives {
        id
        name
      }
    }
    evidence {
      meetingId
      basis
      stated
      via
      asWritten
      sources
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingConflictsQuery, MeetingConflictsQueryVariables>;
export const MeetingCountsDocument = new TypedDocumentString(`
    query MeetingCounts($from: Date!, $to: Date!, $network: ID, $initiative: ID, $institution: ID, $person: ID, $by: MeetingPeriod!) {
  meetingCounts(
    from: $from
    to: $to
    network: $network
    initiative: $initiative
    institution: $institution
    person: $person
    by: $by
  ) {
    period
    week
    meetings
  }
}
    `) as unknown as TypedDocumentString<MeetingCountsQuery, MeetingCountsQueryVariables>;
export const MeetingsBetweenDocument = new TypedDocumentString(`
    query MeetingsBetween($from: Date!, $to: Date!, $network: ID, $initiative: ID, $institution: ID, $person: ID) {
  meetingsBetween(
    from: $from
    to: $to
    network: $network
    initiative: $initiative
    institution: $institution
    person: $person
  ) {
    id
    title
    date
    endDate
    startTime
    endTime
    mode
    place
    forums {
      id
      name
    }
    initiatives {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingsBetweenQuery, MeetingsBetweenQueryVariables>;
export const MeetingsPageDocument = new TypedDocumentString(`
    query MeetingsPage($from: Date!, $to: Date!, $network: ID, $initiative: ID, $institution: ID, $person: ID, $first: Int, $after: String) {
  meetingsPage(
    from: $from
    to: $to
    network: $network
    initiative: $initiative
    institution: $institution
    person: $person
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    meetings {
      id
      title
      date
      endDate
      startTime
      endTime
      mode
      place
      forums {
        id
        name
      }
      initiatives {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingsPageQuery, MeetingsPageQueryVariables>;
export const NetworkPartnersDocument = new TypedDocumentString(`
    query NetworkPartners($network: ID!) {
  networkPartners(network: $network) {
    network {
      id
      name
      county
    }
    institutions {
      institution {
        id
        name
        kind
        parentId
      }
      supporters {
        person {
          id
          name
        }
        role
        schemes
        note
      }
      initiatives {
        id
        name
        schemeId
      }
      schemes
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkPartnersQuery, NetworkPartnersQueryVariables>;
export const NetworksWithoutInstitutionDocument = new TypedDocumentString(`
    query NetworksWithoutInstitution($institution: ID!, $county: String) {
  networksWithoutInstitution(institution: $institution, county: $county) {
    id
    name
    county
  }
}
    `) as unknown as TypedDocumentString<NetworksWithoutInstitutionQuery, NetworksWithoutInstitutionQueryVariables>;
export const PartnershipMatrixDocument = new TypedDocumentString(`
    query PartnershipMatrix($county: String, $scheme: ID, $rollUpUnits: Boolean! = false) {
  partnershipMatrix(county: $county, scheme: $scheme, rollUpUnits: $rollUpUnits) {
    institutions {
      id
      name
      kind
      parentId
    }
    rows {
      network {
        id
        name
      }
      cells {
        institution {
          id
          name
        }
        primary {
          id
          name
        }
        backup {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipMatrixQuery, PartnershipMatrixQueryVariables>;
export const PersonLoadDocument = new TypedDocumentString(`
    query PersonLoad($limit: Int! = 10) {
  personLoad(limit: $limit) {
    person {
      id
      name
    }
    affiliation {
      id
      name
    }
    networks
    primary
    backup
  }
}
    `) as unknown as TypedDocumentString<PersonLoadQuery, PersonLoadQueryVariables>;
export const PossibleMeetingConflictsDocument = new TypedDocumentString(`
    query PossibleMeetingConflicts($from: Date!, $to: Date!, $network: ID, $initiative: ID, $institution: ID, $person: ID) {
  possibleMeetingConflicts(
    from: $from
    to: $to
    network: $network
    initiative: $initiative
    institution: $institution
    person: $person
  ) {
    date
    certainty
    person {
      id
      name
    }
    institution {
      id
      name
    }
    meetings {
      id
      title
      startTime
      endTime
      initiatives {
        id
        name
      }
    }
    evidence {
      meetingId
      basis
      stated
      via
      asWritten
      sources
    }
  }
}
    `) as unknown as TypedDocumentString<PossibleMeetingConflictsQuery, PossibleMeetingConflictsQueryVariables>;
export const SupportNetworkDocument = new TypedDocumentString(`
    query SupportNetwork($county: String) {
  supportNetwork(county: $county) {
    people {
      person {
        id
        name
      }
      affiliation {
        id
        name
      }
      networks
      primary
      backup
      betweenness
      cutVertex
      soleContacts {
        network {
          id
          name
        }
        institution {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupportNetworkQuery, SupportNetworkQueryVariables>;
export const TrackParticipationDocument = new TypedDocumentString(`
    query TrackParticipation {
  trackParticipation {
    trackId
    number
    title
    participationRecorded
    networks {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TrackParticipationQuery, TrackParticipationQueryVariables>;
export const UncoveredMunicipalitiesDocument = new TypedDocumentString(`
    query UncoveredMunicipalities($network: ID!, $scheme: ID, $targetGroup: TargetGroup) {
  uncoveredMunicipalities(
    network: $network
    scheme: $scheme
    targetGroup: $targetGroup
  ) {
    network {
      id
      name
    }
    membershipStatus
    schemeRecorded
    municipalities {
      id
      name
    }
    initiatives {
      id
      name
      schemeId
    }
    membershipSources
  }
}
    `) as unknown as TypedDocumentString<UncoveredMunicipalitiesQuery, UncoveredMunicipalitiesQueryVariables>;
export const UpcomingDeadlinesDocument = new TypedDocumentString(`
    query UpcomingDeadlines($after: Date!) {
  upcomingDeadlines(after: $after) {
    date
    deadlineId
    name
    step
    sender
    recipient
    setLocally
  }
}
    `) as unknown as TypedDocumentString<UpcomingDeadlinesQuery, UpcomingDeadlinesQueryVariables>;
export const ArshjulConflictsDocument = new TypedDocumentString(`
    query ArshjulConflicts($from: Date!, $to: Date!, $network: ID, $initiative: ID, $institution: ID, $person: ID) {
  stated: meetingConflicts(
    from: $from
    to: $to
    network: $network
    initiative: $initiative
    institution: $institution
    person: $person
  ) {
    ...ArshjulConflict
  }
  possible: possibleMeetingConflicts(
    from: $from
    to: $to
    network: $network
    initiative: $initiative
    institution: $institution
    person: $person
  ) {
    ...ArshjulConflict
  }
}
    fragment ArshjulConflict on MeetingConflict {
  date
  certainty
  person {
    id
    name
  }
  institution {
    id
    name
  }
  meetings {
    id
  }
}`) as unknown as TypedDocumentString<ArshjulConflictsQuery, ArshjulConflictsQueryVariables>;
export const ArshjulConflictGroundsDocument = new TypedDocumentString(`
    query ArshjulConflictGrounds($date: Date!, $network: ID, $initiative: ID, $institution: ID, $person: ID) {
  stated: meetingConflicts(
    from: $date
    to: $date
    network: $network
    initiative: $initiative
    institution: $institution
    person: $person
  ) {
    ...ArshjulConflictGrounds
  }
  possible: possibleMeetingConflicts(
    from: $date
    to: $date
    network: $network
    initiative: $initiative
    institution: $institution
    person: $person
  ) {
    ...ArshjulConflictGrounds
  }
}
    fragment ArshjulConflictGrounds on MeetingConflict {
  person {
    id
  }
  institution {
    id
  }
  meetings {
    id
    title
    startTime
    endTime
    initiatives {
      id
      name
    }
  }
  evidence {
    meetingId
    basis
    stated
    via
    asWritten
  }
}`) as unknown as TypedDocumentString<ArshjulConflictGroundsQuery, ArshjulConflictGroundsQueryVariables>;
export const ArshjulMonthDocument = new TypedDocumentString(`
    query ArshjulMonth($from: Date!, $to: Date!, $network: ID, $initiative: ID, $institution: ID, $person: ID) {
  meetingsPage(
    from: $from
    to: $to
    network: $network
    initiative: $initiative
    institution: $institution
    person: $person
    first: 1
  ) {
    totalCount
  }
  meetingCounts(
    from: $from
    to: $to
    network: $network
    initiative: $initiative
    institution: $institution
    person: $person
    by: DAY
  ) {
    period
    meetings
  }
}
    `) as unknown as TypedDocumentString<ArshjulMonthQuery, ArshjulMonthQueryVariables>;
export const NearestMeetingsDocument = new TypedDocumentString(`
    query NearestMeetings($before: Date!, $after: Date!) {
  earlier: meetings(where: {date: {lt: $before}}, sort: [{date: DESC}], limit: 1) {
    date
  }
  later: meetings(where: {date: {gt: $after}}, sort: [{date: ASC}], limit: 1) {
    date
  }
}
    `) as unknown as TypedDocumentString<NearestMeetingsQuery, NearestMeetingsQueryVariables>;
export const NetworkCardDocument = new TypedDocumentString(`
    query NetworkCard($id: ID!) {
  networks(where: {id: {eq: $id}}) {
    id
    name
    county
    membershipStatus
    membershipSource
    membershipSources
    members(sort: [{name: ASC}]) {
      id
      name
      number
    }
    initiatives(sort: [{name: ASC}]) {
      id
      name
      periodText
      targetGroups
      scheme {
        id
        name
      }
    }
    tracks(sort: [{number: ASC}]) {
      id
      number
      title
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkCardQuery, NetworkCardQueryVariables>;
export const NextMeetingsDocument = new TypedDocumentString(`
    query NextMeetings($network: ID!, $from: Date!, $to: Date!) {
  meetingsPage(from: $from, to: $to, network: $network, first: 8) {
    meetings {
      id
      title
      date
      startTime
      endTime
      place
    }
  }
}
    `) as unknown as TypedDocumentString<NextMeetingsQuery, NextMeetingsQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($county: String!, $today: Date!, $until: Date!) {
  coverageMap(county: $county) {
    counties {
      county {
        number
        name
      }
      covered
      gap
      notRecorded
      unknown
      municipalities
    }
  }
  partnershipMatrix(county: $county) {
    institutions {
      id
      name
    }
    rows {
      network {
        id
        name
      }
      cells {
        institution {
          id
        }
        primary {
          id
        }
        backup {
          id
        }
      }
    }
  }
  fragileNetworks(county: $county) {
    network {
      id
      name
    }
    reasons
  }
  upcomingDeadlines(after: $today) {
    date
    deadlineId
    name
    setLocally
  }
  meetingsPage(from: $today, to: $until, first: 6) {
    meetings {
      id
      title
      date
      startTime
      endTime
      initiatives {
        id
        name
      }
    }
  }
  dataQualityNotes(sort: [{subjectId: ASC}]) {
    id
    subjectType
    subjectId
    field
    original
    corrected
    note
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const FilterOptionsDocument = new TypedDocumentString(`
    query FilterOptions {
  schemes(sort: [{name: ASC}]) {
    id
    name
  }
  counties(sort: [{number: ASC}]) {
    number
    name
    networks(limit: 1) {
      county
    }
  }
}
    `) as unknown as TypedDocumentString<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const NetworkChoicesDocument = new TypedDocumentString(`
    query NetworkChoices($text: String!, $first: Int!) {
  networksConnection(
    first: $first
    where: {name: {caseInsensitive: {contains: $text}}}
    sort: [{name: ASC}]
  ) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkChoicesQuery, NetworkChoicesQueryVariables>;
export const NetworkNameDocument = new TypedDocumentString(`
    query NetworkName($id: ID!) {
  networks(where: {id: {eq: $id}}, limit: 1) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<NetworkNameQuery, NetworkNameQueryVariables>;
export const InitiativeChoicesDocument = new TypedDocumentString(`
    query InitiativeChoices($text: String!, $first: Int!) {
  initiativesConnection(
    first: $first
    where: {name: {caseInsensitive: {contains: $text}}}
    sort: [{name: ASC}]
  ) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InitiativeChoicesQuery, InitiativeChoicesQueryVariables>;
export const InitiativeNameDocument = new TypedDocumentString(`
    query InitiativeName($id: ID!) {
  initiatives(where: {id: {eq: $id}}, limit: 1) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<InitiativeNameQuery, InitiativeNameQueryVariables>;
export const InstitutionChoicesDocument = new TypedDocumentString(`
    query InstitutionChoices($text: String!, $first: Int!) {
  institutionsConnection(
    first: $first
    where: {name: {caseInsensitive: {contains: $text}}}
    sort: [{name: ASC}]
  ) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InstitutionChoicesQuery, InstitutionChoicesQueryVariables>;
export const InstitutionNameDocument = new TypedDocumentString(`
    query InstitutionName($id: ID!) {
  institutions(where: {id: {eq: $id}}, limit: 1) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<InstitutionNameQuery, InstitutionNameQueryVariables>;
export const PersonChoicesDocument = new TypedDocumentString(`
    query PersonChoices($text: String!, $first: Int!) {
  peopleConnection(
    first: $first
    where: {name: {caseInsensitive: {contains: $text}}}
    sort: [{name: ASC}]
  ) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonChoicesQuery, PersonChoicesQueryVariables>;
export const PersonNameDocument = new TypedDocumentString(`
    query PersonName($id: ID!) {
  people(where: {id: {eq: $id}}, limit: 1) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PersonNameQuery, PersonNameQueryVariables>;