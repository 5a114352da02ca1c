import type { Date } from 'neo4j-driver';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date, represented as a 'yyyy-mm-dd' string */
  Date: { input: Date; output: string; }
  /** A local time, represented as a time string without timezone information */
  LocalTime: { input: string; output: string; }
};

export type AttendanceBasis =
  /** Stated: the who text of the meeting's forum names them. */
  | 'FORUM_PARTICIPANT'
  /** Derived: a partner institution of an initiative the meeting serves. */
  | 'INITIATIVE_PARTNER'
  /** Derived: supports the initiative's network on behalf of one of the initiative's partners. */
  | 'NETWORK_SUPPORTER'
  /** Derived: a member of the working group of an initiative the meeting serves. */
  | 'WORKING_GROUP_MEMBER';

export type AttendanceEvidence = {
  /** The name as the document writes it, for stated attendance. */
  asWritten?: Maybe<Scalars['String']['output']>;
  basis: AttendanceBasis;
  meetingId: Scalars['ID']['output'];
  sources: Array<Scalars['String']['output']>;
  /** True when a document states the attendance; false when it is derived from a partnership. */
  stated: Scalars['Boolean']['output'];
  /** The forum, initiative, network or working group the attendance goes through. */
  via: Scalars['String']['output'];
};

export type ConflictCertainty =
  | 'POSSIBLE'
  | 'STATED';

export type CountyCoverage = {
  county: CountySummary;
  covered: Scalars['Int']['output'];
  gap: Scalars['Int']['output'];
  municipalities: Scalars['Int']['output'];
  notRecorded: Scalars['Int']['output'];
  unknown: Scalars['Int']['output'];
};

export type CountySummary = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  number: Scalars['String']['output'];
};

export type CoverageMap = {
  /** The counts per status in each county in scope, by county number. */
  counties: Array<CountyCoverage>;
  /** Every municipality in scope, by county number and municipality number. */
  municipalities: Array<MunicipalityCoverage>;
};

export type CoverageNetwork = {
  membershipStatus: MembershipStatus;
  network: NetworkSummary;
  /** True when an initiative of the scheme (for the target group) is recorded for the network. */
  schemeRecorded: Scalars['Boolean']['output'];
};

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

export type ForumSummary = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type FragileNetwork = {
  /** Every institution that supports it, through people or initiatives. */
  institutions: Array<InstitutionSummary>;
  network: NetworkSummary;
  /** Everyone who supports the network. */
  people: Array<PersonSummary>;
  reasons: Array<FragilityReason>;
};

export type FragilityReason =
  /** No person and no institution is recorded as supporting the network. */
  | 'NO_SUPPORT'
  /** Exactly one institution supports the network. */
  | 'SINGLE_INSTITUTION'
  /** Exactly one person supports the network. */
  | 'SINGLE_PERSON';

export type InitiativeSummary = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  schemeId?: Maybe<Scalars['ID']['output']>;
};

export type InstitutionKind =
  | 'CENTRE'
  | 'NATIONAL_SERVICE'
  | 'UNIT'
  | 'UNIVERSITY'
  | 'UNIVERSITY_COLLEGE';

export type InstitutionReach = {
  /** The institution itself and, with includeUnits, its units. */
  counted: Array<InstitutionSummary>;
  institution: InstitutionSummary;
  /** The networks supported, by name. */
  networks: Array<ReachedNetwork>;
};

export type InstitutionSummary = {
  id: Scalars['ID']['output'];
  kind: InstitutionKind;
  name: Scalars['String']['output'];
  /** For a unit: the id of the institution it is part of. */
  parentId?: Maybe<Scalars['ID']['output']>;
};

export type MeetingConflict = {
  /** STATED when a document states the attendance at every one of the meetings; else POSSIBLE. */
  certainty: ConflictCertainty;
  date: Scalars['Date']['output'];
  /** Why the person or institution is counted at each meeting: for STATED, the stated attendance only. */
  evidence: Array<AttendanceEvidence>;
  /** The institution at the meetings, or null for a person's conflict. */
  institution?: Maybe<InstitutionSummary>;
  meetings: Array<ScheduledMeeting>;
  /** The person at the meetings, or null for an institution's conflict. */
  person?: Maybe<PersonSummary>;
};

export type MeetingCount = {
  meetings: Scalars['Int']['output'];
  /** The day, or the Monday that begins the week (which may lie before the range). */
  period: Scalars['Date']['output'];
  /** The ISO week number (uke) of the period. */
  week: Scalars['Int']['output'];
};

export type MeetingMode =
  | 'DIGITAL'
  | 'HYBRID'
  | 'PHYSICAL';

export type MeetingPage = {
  meetings: Array<ScheduledMeeting>;
  pageInfo: MeetingPageInfo;
  /** The meetings in the range, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type MeetingPageInfo = {
  /** The cursor of the page's last meeting, to pass as after; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

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

export type MunicipalityCoverage = {
  county: CountySummary;
  id: Scalars['ID']['output'];
  /** For COVERED: the initiatives of the scheme (for the target group) that name the municipality. */
  initiatives: Array<InitiativeSummary>;
  /** The official name. */
  name: Scalars['String']['output'];
  /** The networks the municipality is a member of (listed or inferred). */
  networks: Array<CoverageNetwork>;
  /** The official municipality number. */
  number: Scalars['String']['output'];
  /** Why, in words. */
  reason: Scalars['String']['output'];
  /** The places in the documents (and the register) the status rests on. */
  sources: Array<Scalars['String']['output']>;
  status: CoverageStatus;
};

export type MunicipalitySummary = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type NetworkPartner = {
  /** The network's initiatives that have the institution as a partner. */
  initiatives: Array<InitiativeSummary>;
  institution: InstitutionSummary;
  /** Ids of the schemes of that support and those initiatives. */
  schemes: Array<Scalars['ID']['output']>;
  /** People who support the network on behalf of the institution. */
  supporters: Array<Supporter>;
};

export type NetworkPartners = {
  /** Partner institutions, by name. */
  institutions: Array<NetworkPartner>;
  network: NetworkSummary;
};

export type NetworkSummary = {
  county?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PartnershipCell = {
  backup: Array<PersonSummary>;
  institution: InstitutionSummary;
  primary: Array<PersonSummary>;
};

export type PartnershipMatrix = {
  /** The institutions with at least one supporter in the rows, by name: the columns. */
  institutions: Array<InstitutionSummary>;
  /** One row per network, by name. */
  rows: Array<PartnershipRow>;
};

export type PartnershipRow = {
  /** One cell per column, in the order of the matrix's institutions. */
  cells: Array<PartnershipCell>;
  network: NetworkSummary;
};

export type PersonLoad = {
  affiliation?: Maybe<InstitutionSummary>;
  backup: Scalars['Int']['output'];
  networks: Scalars['Int']['output'];
  person: PersonSummary;
  primary: Scalars['Int']['output'];
};

export type PersonSummary = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Query = {
  /**
   * Every municipality in scope (of the county, by any form of its name or its number; of
   * Norway without one), with its networks and what the documents say of the scheme there:
   * COVERED, GAP, NOT_RECORDED or UNKNOWN, each with the reason and the sources; and the
   * counts per status in each county.
   */
  coverageMap: CoverageMap;
  /**
   * Networks whose support rests on a single person or a single institution, or that
   * have none recorded; each with the reasons.
   */
  fragileNetworks: Array<FragileNetwork>;
  /** Which networks an institution supports, through people and through initiatives. */
  institutionReach: InstitutionReach;
  /**
   * Days when the same person or institution attends two or more different meetings, as
   * the documents state it (a forum's who text names them). Overlaps derived from
   * partnerships are possibleMeetingConflicts, never these. network, initiative, institution
   * and person keep the conflicts with at least one meeting that meetingsBetween gives for
   * them (with all of their meetings, in scope or not).
   */
  meetingConflicts: Array<MeetingConflict>;
  /**
   * How many meetings fall on each day, or in each ISO week (Monday to Sunday), of a range
   * of at most 366 days, the periods without meetings included: for a calendar heat map. A
   * meeting over several days counts on each of its days in the range, and once in each
   * week it touches. network, initiative, institution and person narrow it as in
   * meetingsBetween.
   */
  meetingCounts: Array<MeetingCount>;
  /**
   * Meetings from one date to another (both included; a meeting over several days counts
   * when any of its days does), by date and start time. network, initiative and
   * institution narrow it to the meetings of their initiatives; person to the meetings of
   * the person's calendar feed (/calendar/{id}.ics): those of the initiatives of the
   * networks they support and of their working groups (serving the initiative or in one of
   * its forums), and of the forums a document states they attend. Only the last is stated
   * attendance; the rest follows from the partnerships. Given together, the arguments
   * narrow it to the meetings all of them have.
   */
  meetingsBetween: Array<ScheduledMeeting>;
  /**
   * The meetings of meetingsBetween a page at a time, for ranges too long for one answer
   * (a national month holds thousands): first meetings (LIMIT_DEFAULT_PAGE when not given,
   * at most LIMIT_PAGE_SIZE) after the cursor, by date, start time (meetings without a time
   * last on their day) and id, and how many the range holds in all. Pass a page's
   * pageInfo.endCursor as after for the next. A cursor is opaque: a position in that
   * order, so the next page follows on even when meetings are added or removed meanwhile.
   */
  meetingsPage: MeetingPage;
  /** Who supports a network: its partner institutions, through people and through its initiatives. */
  networkPartners: NetworkPartners;
  /**
   * Networks that no one from the institution (or its units) supports, neither through
   * people nor as a partner of one of their initiatives.
   */
  networksWithoutInstitution: Array<NetworkSummary>;
  /**
   * The partnership table: one row per network, one cell per institution, each cell
   * with the people who support the network on behalf of that institution, split into
   * primary and backup. Units (SEPU, NTNU Skrivesenteret) are columns of their own
   * unless rollUpUnits is true, when they count for their parent institution.
   */
  partnershipMatrix: PartnershipMatrix;
  /** People ranked by the number of networks they support (ties by name). */
  personLoad: Array<PersonLoad>;
  /**
   * Days when the same person or institution may be at two or more different meetings,
   * where at least one of the attendances is derived from a partnership (a partner of the
   * initiative the meeting serves, a supporter of its network, a member of its working
   * group) rather than stated by a document. Labelled POSSIBLE, with the evidence for each
   * meeting; never mixed with meetingConflicts. network, initiative, institution and person
   * narrow them as in meetingConflicts.
   */
  possibleMeetingConflicts: Array<MeetingConflict>;
  /**
   * Who holds the networks together: the graph of people and the networks they support,
   * with each person's load, betweenness centrality, whether they are a cut vertex, and the
   * networks where they are an institution's only contact. Computed by the service from
   * the SUPPORTS relationships (of the county's networks), and cached until they change.
   */
  supportNetwork: SupportNetwork;
  /** For each track, the networks known to take part; null where no document records it. */
  trackParticipation: Array<TrackParticipation>;
  /**
   * Member municipalities of the network that no initiative of the scheme (for the
   * target group) reaches. A gap is only what the documents show to be missing: when the
   * network's membership is unknown (membershipStatus UNKNOWN), or no initiative of the
   * scheme is recorded for the network (schemeRecorded false), municipalities is null
   * instead of a list.
   */
  uncoveredMunicipalities: UncoveredMunicipalities;
  /** The next occurrence, on or after the date, of each yearly deadline, by date. */
  upcomingDeadlines: Array<UpcomingDeadline>;
};


export type QueryCoverageMapArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
  scheme?: InputMaybe<Scalars['ID']['input']>;
  targetGroup?: InputMaybe<TargetGroup>;
};


export type QueryFragileNetworksArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInstitutionReachArgs = {
  includeUnits?: Scalars['Boolean']['input'];
  institution: Scalars['ID']['input'];
};


export type QueryMeetingConflictsArgs = {
  from: Scalars['Date']['input'];
  initiative?: InputMaybe<Scalars['ID']['input']>;
  institution?: InputMaybe<Scalars['ID']['input']>;
  network?: InputMaybe<Scalars['ID']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryMeetingCountsArgs = {
  by?: MeetingPeriod;
  from: Scalars['Date']['input'];
  initiative?: InputMaybe<Scalars['ID']['input']>;
  institution?: InputMaybe<Scalars['ID']['input']>;
  network?: InputMaybe<Scalars['ID']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryMeetingsBetweenArgs = {
  from: Scalars['Date']['input'];
  initiative?: InputMaybe<Scalars['ID']['input']>;
  institution?: InputMaybe<Scalars['ID']['input']>;
  network?: InputMaybe<Scalars['ID']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryMeetingsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  initiative?: InputMaybe<Scalars['ID']['input']>;
  institution?: InputMaybe<Scalars['ID']['input']>;
  network?: InputMaybe<Scalars['ID']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryNetworkPartnersArgs = {
  network: Scalars['ID']['input'];
};


export type QueryNetworksWithoutInstitutionArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
  institution: Scalars['ID']['input'];
};


export type QueryPartnershipMatrixArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
  rollUpUnits?: Scalars['Boolean']['input'];
  scheme?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPersonLoadArgs = {
  limit?: Scalars['Int']['input'];
};


export type QueryPossibleMeetingConflictsArgs = {
  from: Scalars['Date']['input'];
  initiative?: InputMaybe<Scalars['ID']['input']>;
  institution?: InputMaybe<Scalars['ID']['input']>;
  network?: InputMaybe<Scalars['ID']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QuerySupportNetworkArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUncoveredMunicipalitiesArgs = {
  network: Scalars['ID']['input'];
  scheme?: InputMaybe<Scalars['ID']['input']>;
  targetGroup?: InputMaybe<TargetGroup>;
};


export type QueryUpcomingDeadlinesArgs = {
  after: Scalars['Date']['input'];
};

export type ReachedNetwork = {
  initiatives: Array<InitiativeSummary>;
  network: NetworkSummary;
  supporters: Array<Supporter>;
};

export type ScheduledMeeting = {
  date: Scalars['Date']['output'];
  endDate?: Maybe<Scalars['Date']['output']>;
  endTime?: Maybe<Scalars['LocalTime']['output']>;
  forums: Array<ForumSummary>;
  id: Scalars['ID']['output'];
  initiatives: Array<InitiativeSummary>;
  mode?: Maybe<MeetingMode>;
  place?: Maybe<Scalars['String']['output']>;
  startTime?: Maybe<Scalars['LocalTime']['output']>;
  title: Scalars['String']['output'];
};

export type SoleContact = {
  /** The institution that loses its only contact in the network if the person drops out. */
  institution: InstitutionSummary;
  network: NetworkSummary;
};

export type SupportNetwork = {
  /** Everyone who supports a network in scope, by betweenness (highest first), then by name. */
  people: Array<SupportingPerson>;
};

export type SupportRole =
  | 'BACKUP'
  | 'PRIMARY';

export type Supporter = {
  note?: Maybe<Scalars['String']['output']>;
  person: PersonSummary;
  role: SupportRole;
  schemes: Array<Scalars['ID']['output']>;
};

export type SupportingPerson = {
  affiliation?: Maybe<InstitutionSummary>;
  backup: Scalars['Int']['output'];
  /**
   * The share of shortest paths between two other people or networks that pass through
   * the person (normalised betweenness centrality, 0 to 1).
   */
  betweenness: Scalars['Float']['output'];
  /** True when removing the person splits a connected part of the graph: someone or some network loses its only link to the rest. */
  cutVertex: Scalars['Boolean']['output'];
  /** The networks the person supports. */
  networks: Scalars['Int']['output'];
  person: PersonSummary;
  primary: Scalars['Int']['output'];
  /** The networks where the person is the only one supporting it from an institution. */
  soleContacts: Array<SoleContact>;
};

export type TargetGroup =
  | 'KINDERGARTEN'
  | 'PPT'
  | 'SCHOOL'
  | 'SFO'
  | 'UPPER_SECONDARY';

export type TrackParticipation = {
  /** Null when not recorded; an empty list when recorded as none. */
  networks?: Maybe<Array<NetworkSummary>>;
  number: Scalars['Int']['output'];
  /** False when no document records which networks take part. */
  participationRecorded: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  trackId: Scalars['ID']['output'];
};

export type UncoveredMunicipalities = {
  /** The initiatives of the scheme (for the target group) recorded for the network. */
  initiatives: Array<InitiativeSummary>;
  /**
   * True unless membershipStatus is UNKNOWN.
   * @deprecated It cannot tell a listed membership from one inferred from plans: use membershipStatus.
   */
  membershipKnown: Scalars['Boolean']['output'];
  /** Where the membership is stated or inferred from. */
  membershipSources: Array<Scalars['String']['output']>;
  /** What the network's member list rests on; INFERRED lists may be incomplete. */
  membershipStatus: MembershipStatus;
  /** The uncovered members; null when the membership is unknown or the scheme is not recorded. */
  municipalities?: Maybe<Array<MunicipalitySummary>>;
  network: NetworkSummary;
  /**
   * True when an initiative of the scheme (for the target group) is recorded for the
   * network: run by it, or reaching one of its members. False: the documents record none,
   * which is not a gap.
   */
  schemeRecorded: Scalars['Boolean']['output'];
};

export type UpcomingDeadline = {
  date: Scalars['Date']['output'];
  deadlineId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  recipient?: Maybe<Scalars['String']['output']>;
  sender: Scalars['String']['output'];
  /** The date is a recommendation; the deadline is set locally. */
  setLocally: Scalars['Boolean']['output'];
  step: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AttendanceBasis: AttendanceBasis;
  AttendanceEvidence: ResolverTypeWrapper<AttendanceEvidence>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConflictCertainty: ConflictCertainty;
  CountyCoverage: ResolverTypeWrapper<CountyCoverage>;
  CountySummary: ResolverTypeWrapper<CountySummary>;
  CoverageMap: ResolverTypeWrapper<CoverageMap>;
  CoverageNetwork: ResolverTypeWrapper<CoverageNetwork>;
  CoverageStatus: CoverageStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForumSummary: ResolverTypeWrapper<ForumSummary>;
  FragileNetwork: ResolverTypeWrapper<FragileNetwork>;
  FragilityReason: FragilityReason;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InitiativeSummary: ResolverTypeWrapper<InitiativeSummary>;
  InstitutionKind: InstitutionKind;
  InstitutionReach: ResolverTypeWrapper<InstitutionReach>;
  InstitutionSummary: ResolverTypeWrapper<InstitutionSummary>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LocalTime: ResolverTypeWrapper<Scalars['LocalTime']['output']>;
  MeetingConflict: ResolverTypeWrapper<MeetingConflict>;
  MeetingCount: ResolverTypeWrapper<MeetingCount>;
  MeetingMode: MeetingMode;
  MeetingPage: ResolverTypeWrapper<MeetingPage>;
  MeetingPageInfo: ResolverTypeWrapper<MeetingPageInfo>;
  MeetingPeriod: MeetingPeriod;
  MembershipStatus: MembershipStatus;
  MunicipalityCoverage: ResolverTypeWrapper<MunicipalityCoverage>;
  MunicipalitySummary: ResolverTypeWrapper<MunicipalitySummary>;
  NetworkPartner: ResolverTypeWrapper<NetworkPartner>;
  NetworkPartners: ResolverTypeWrapper<NetworkPartners>;
  NetworkSummary: ResolverTypeWrapper<NetworkSummary>;
  PartnershipCell: ResolverTypeWrapper<PartnershipCell>;
  PartnershipMatrix: ResolverTypeWrapper<PartnershipMatrix>;
  PartnershipRow: ResolverTypeWrapper<PartnershipRow>;
  PersonLoad: ResolverTypeWrapper<PersonLoad>;
  PersonSummary: ResolverTypeWrapper<PersonSummary>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReachedNetwork: ResolverTypeWrapper<ReachedNetwork>;
  ScheduledMeeting: ResolverTypeWrapper<ScheduledMeeting>;
  SoleContact: ResolverTypeWrapper<SoleContact>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SupportNetwork: ResolverTypeWrapper<SupportNetwork>;
  SupportRole: SupportRole;
  Supporter: ResolverTypeWrapper<Supporter>;
  SupportingPerson: ResolverTypeWrapper<SupportingPerson>;
  TargetGroup: TargetGroup;
  TrackParticipation: ResolverTypeWrapper<TrackParticipation>;
  UncoveredMunicipalities: ResolverTypeWrapper<UncoveredMunicipalities>;
  UpcomingDeadline: ResolverTypeWrapper<UpcomingDeadline>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AttendanceEvidence: AttendanceEvidence;
  Boolean: Scalars['Boolean']['output'];
  CountyCoverage: CountyCoverage;
  CountySummary: CountySummary;
  CoverageMap: CoverageMap;
  CoverageNetwork: CoverageNetwork;
  Date: Scalars['Date']['output'];
  Float: Scalars['Float']['output'];
  ForumSummary: ForumSummary;
  FragileNetwork: FragileNetwork;
  ID: Scalars['ID']['output'];
  InitiativeSummary: InitiativeSummary;
  InstitutionReach: InstitutionReach;
  InstitutionSummary: InstitutionSummary;
  Int: Scalars['Int']['output'];
  LocalTime: Scalars['LocalTime']['output'];
  MeetingConflict: MeetingConflict;
  MeetingCount: MeetingCount;
  MeetingPage: MeetingPage;
  MeetingPageInfo: MeetingPageInfo;
  MunicipalityCoverage: MunicipalityCoverage;
  MunicipalitySummary: MunicipalitySummary;
  NetworkPartner: NetworkPartner;
  NetworkPartners: NetworkPartners;
  NetworkSummary: NetworkSummary;
  PartnershipCell: PartnershipCell;
  PartnershipMatrix: PartnershipMatrix;
  PartnershipRow: PartnershipRow;
  PersonLoad: PersonLoad;
  PersonSummary: PersonSummary;
  Query: Record<PropertyKey, never>;
  ReachedNetwork: ReachedNetwork;
  ScheduledMeeting: ScheduledMeeting;
  SoleContact: SoleContact;
  String: Scalars['String']['output'];
  SupportNetwork: SupportNetwork;
  Supporter: Supporter;
  SupportingPerson: SupportingPerson;
  TrackParticipation: TrackParticipation;
  UncoveredMunicipalities: UncoveredMunicipalities;
  UpcomingDeadline: UpcomingDeadline;
};

export type AttendanceEvidenceResolvers<ContextType = any, ParentType extends ResolversParentTypes['AttendanceEvidence'] = ResolversParentTypes['AttendanceEvidence']> = {
  asWritten?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['AttendanceBasis'], ParentType, ContextType>;
  meetingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountyCoverageResolvers<ContextType = any, ParentType extends ResolversParentTypes['CountyCoverage'] = ResolversParentTypes['CountyCoverage']> = {
  county?: Resolver<ResolversTypes['CountySummary'], ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notRecorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountySummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['CountySummary'] = ResolversParentTypes['CountySummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoverageMapResolvers<ContextType = any, ParentType extends ResolversParentTypes['CoverageMap'] = ResolversParentTypes['CoverageMap']> = {
  counties?: Resolver<Array<ResolversTypes['CountyCoverage']>, ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['MunicipalityCoverage']>, ParentType, ContextType>;
};

export type CoverageNetworkResolvers<ContextType = any, ParentType extends ResolversParentTypes['CoverageNetwork'] = ResolversParentTypes['CoverageNetwork']> = {
  membershipStatus?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkSummary'], ParentType, ContextType>;
  schemeRecorded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type ForumSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['ForumSummary'] = ResolversParentTypes['ForumSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FragileNetworkResolvers<ContextType = any, ParentType extends ResolversParentTypes['FragileNetwork'] = ResolversParentTypes['FragileNetwork']> = {
  institutions?: Resolver<Array<ResolversTypes['InstitutionSummary']>, ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkSummary'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['PersonSummary']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['FragilityReason']>, ParentType, ContextType>;
};

export type InitiativeSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['InitiativeSummary'] = ResolversParentTypes['InitiativeSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schemeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type InstitutionReachResolvers<ContextType = any, ParentType extends ResolversParentTypes['InstitutionReach'] = ResolversParentTypes['InstitutionReach']> = {
  counted?: Resolver<Array<ResolversTypes['InstitutionSummary']>, ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['InstitutionSummary'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['ReachedNetwork']>, ParentType, ContextType>;
};

export type InstitutionSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['InstitutionSummary'] = ResolversParentTypes['InstitutionSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InstitutionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export interface LocalTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalTime'], any> {
  name: 'LocalTime';
}

export type MeetingConflictResolvers<ContextType = any, ParentType extends ResolversParentTypes['MeetingConflict'] = ResolversParentTypes['MeetingConflict']> = {
  certainty?: Resolver<ResolversTypes['ConflictCertainty'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['AttendanceEvidence']>, ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['InstitutionSummary']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['ScheduledMeeting']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['PersonSummary']>, ParentType, ContextType>;
};

export type MeetingCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['MeetingCount'] = ResolversParentTypes['MeetingCount']> = {
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  week?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['MeetingPage'] = ResolversParentTypes['MeetingPage']> = {
  meetings?: Resolver<Array<ResolversTypes['ScheduledMeeting']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['MeetingPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingPageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['MeetingPageInfo'] = ResolversParentTypes['MeetingPageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MunicipalityCoverageResolvers<ContextType = any, ParentType extends ResolversParentTypes['MunicipalityCoverage'] = ResolversParentTypes['MunicipalityCoverage']> = {
  county?: Resolver<ResolversTypes['CountySummary'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['InitiativeSummary']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['CoverageNetwork']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
};

export type MunicipalitySummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['MunicipalitySummary'] = ResolversParentTypes['MunicipalitySummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NetworkPartnerResolvers<ContextType = any, ParentType extends ResolversParentTypes['NetworkPartner'] = ResolversParentTypes['NetworkPartner']> = {
  initiatives?: Resolver<Array<ResolversTypes['InitiativeSummary']>, ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['InstitutionSummary'], ParentType, ContextType>;
  schemes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  supporters?: Resolver<Array<ResolversTypes['Supporter']>, ParentType, ContextType>;
};

export type NetworkPartnersResolvers<ContextType = any, ParentType extends ResolversParentTypes['NetworkPartners'] = ResolversParentTypes['NetworkPartners']> = {
  institutions?: Resolver<Array<ResolversTypes['NetworkPartner']>, ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkSummary'], ParentType, ContextType>;
};

export type NetworkSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['NetworkSummary'] = ResolversParentTypes['NetworkSummary']> = {
  county?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PartnershipCellResolvers<ContextType = any, ParentType extends ResolversParentTypes['PartnershipCell'] = ResolversParentTypes['PartnershipCell']> = {
  backup?: Resolver<Array<ResolversTypes['PersonSummary']>, ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['InstitutionSummary'], ParentType, ContextType>;
  primary?: Resolver<Array<ResolversTypes['PersonSummary']>, ParentType, ContextType>;
};

export type PartnershipMatrixResolvers<ContextType = any, ParentType extends ResolversParentTypes['PartnershipMatrix'] = ResolversParentTypes['PartnershipMatrix']> = {
  institutions?: Resolver<Array<ResolversTypes['InstitutionSummary']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['PartnershipRow']>, ParentType, ContextType>;
};

export type PartnershipRowResolvers<ContextType = any, ParentType extends ResolversParentTypes['PartnershipRow'] = ResolversParentTypes['PartnershipRow']> = {
  cells?: Resolver<Array<ResolversTypes['PartnershipCell']>, ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkSummary'], ParentType, ContextType>;
};

export type PersonLoadResolvers<ContextType = any, ParentType extends ResolversParentTypes['PersonLoad'] = ResolversParentTypes['PersonLoad']> = {
  affiliation?: Resolver<Maybe<ResolversTypes['InstitutionSummary']>, ParentType, ContextType>;
  backup?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  networks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['PersonSummary'], ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['PersonSummary'] = ResolversParentTypes['PersonSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  coverageMap?: Resolver<ResolversTypes['CoverageMap'], ParentType, ContextType, Partial<QueryCoverageMapArgs>>;
  fragileNetworks?: Resolver<Array<ResolversTypes['FragileNetwork']>, ParentType, ContextType, Partial<QueryFragileNetworksArgs>>;
  institutionReach?: Resolver<ResolversTypes['InstitutionReach'], ParentType, ContextType, RequireFields<QueryInstitutionReachArgs, 'includeUnits' | 'institution'>>;
  meetingConflicts?: Resolver<Array<ResolversTypes['MeetingConflict']>, ParentType, ContextType, RequireFields<QueryMeetingConflictsArgs, 'from' | 'to'>>;
  meetingCounts?: Resolver<Array<ResolversTypes['MeetingCount']>, ParentType, ContextType, RequireFields<QueryMeetingCountsArgs, 'by' | 'from' | 'to'>>;
  meetingsBetween?: Resolver<Array<ResolversTypes['ScheduledMeeting']>, ParentType, ContextType, RequireFields<QueryMeetingsBetweenArgs, 'from' | 'to'>>;
  meetingsPage?: Resolver<ResolversTypes['MeetingPage'], ParentType, ContextType, RequireFields<QueryMeetingsPageArgs, 'from' | 'to'>>;
  networkPartners?: Resolver<ResolversTypes['NetworkPartners'], ParentType, ContextType, RequireFields<QueryNetworkPartnersArgs, 'network'>>;
  networksWithoutInstitution?: Resolver<Array<ResolversTypes['NetworkSummary']>, ParentType, ContextType, RequireFields<QueryNetworksWithoutInstitutionArgs, 'institution'>>;
  partnershipMatrix?: Resolver<ResolversTypes['PartnershipMatrix'], ParentType, ContextType, RequireFields<QueryPartnershipMatrixArgs, 'rollUpUnits'>>;
  personLoad?: Resolver<Array<ResolversTypes['PersonLoad']>, ParentType, ContextType, RequireFields<QueryPersonLoadArgs, 'limit'>>;
  possibleMeetingConflicts?: Resolver<Array<ResolversTypes['MeetingConflict']>, ParentType, ContextType, RequireFields<QueryPossibleMeetingConflictsArgs, 'from' | 'to'>>;
  supportNetwork?: Resolver<ResolversTypes['SupportNetwork'], ParentType, ContextType, Partial<QuerySupportNetworkArgs>>;
  trackParticipation?: Resolver<Array<ResolversTypes['TrackParticipation']>, ParentType, ContextType>;
  uncoveredMunicipalities?: Resolver<ResolversTypes['UncoveredMunicipalities'], ParentType, ContextType, RequireFields<QueryUncoveredMunicipalitiesArgs, 'network'>>;
  upcomingDeadlines?: Resolver<Array<ResolversTypes['UpcomingDeadline']>, ParentType, ContextType, RequireFields<QueryUpcomingDeadlinesArgs, 'after'>>;
};

export type ReachedNetworkResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReachedNetwork'] = ResolversParentTypes['ReachedNetwork']> = {
  initiatives?: Resolver<Array<ResolversTypes['InitiativeSummary']>, ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkSummary'], ParentType, ContextType>;
  supporters?: Resolver<Array<ResolversTypes['Supporter']>, ParentType, ContextType>;
};

export type ScheduledMeetingResolvers<ContextType = any, ParentType extends ResolversParentTypes['ScheduledMeeting'] = ResolversParentTypes['ScheduledMeeting']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  forums?: Resolver<Array<ResolversTypes['ForumSummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['InitiativeSummary']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['MeetingMode']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SoleContactResolvers<ContextType = any, ParentType extends ResolversParentTypes['SoleContact'] = ResolversParentTypes['SoleContact']> = {
  institution?: Resolver<ResolversTypes['InstitutionSummary'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkSummary'], ParentType, ContextType>;
};

export type SupportNetworkResolvers<ContextType = any, ParentType extends ResolversParentTypes['SupportNetwork'] = ResolversParentTypes['SupportNetwork']> = {
  people?: Resolver<Array<ResolversTypes['SupportingPerson']>, ParentType, ContextType>;
};

export type SupporterResolvers<ContextType = any, ParentType extends ResolversParentTypes['Supporter'] = ResolversParentTypes['Supporter']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['PersonSummary'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['SupportRole'], ParentType, ContextType>;
  schemes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type SupportingPersonResolvers<ContextType = any, ParentType extends ResolversParentTypes['SupportingPerson'] = ResolversParentTypes['SupportingPerson']> = {
  affiliation?: Resolver<Maybe<ResolversTypes['InstitutionSummary']>, ParentType, ContextType>;
  backup?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cutVertex?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  networks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['PersonSummary'], ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  soleContacts?: Resolver<Array<ResolversTypes['SoleContact']>, ParentType, ContextType>;
};

export type TrackParticipationResolvers<ContextType = any, ParentType extends ResolversParentTypes['TrackParticipation'] = ResolversParentTypes['TrackParticipation']> = {
  networks?: Resolver<Maybe<Array<ResolversTypes['NetworkSummary']>>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participationRecorded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trackId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UncoveredMunicipalitiesResolvers<ContextType = any, ParentType extends ResolversParentTypes['UncoveredMunicipalities'] = ResolversParentTypes['UncoveredMunicipalities']> = {
  initiatives?: Resolver<Array<ResolversTypes['InitiativeSummary']>, ParentType, ContextType>;
  membershipKnown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  membershipSources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  membershipStatus?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
  municipalities?: Resolver<Maybe<Array<ResolversTypes['MunicipalitySummary']>>, ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkSummary'], ParentType, ContextType>;
  schemeRecorded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UpcomingDeadlineResolvers<ContextType = any, ParentType extends ResolversParentTypes['UpcomingDeadline'] = ResolversParentTypes['UpcomingDeadline']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deadlineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sender?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  setLocally?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  AttendanceEvidence?: AttendanceEvidenceResolvers<ContextType>;
  CountyCoverage?: CountyCoverageResolvers<ContextType>;
  CountySummary?: CountySummaryResolvers<ContextType>;
  CoverageMap?: CoverageMapResolvers<ContextType>;
  CoverageNetwork?: CoverageNetworkResolvers<ContextType>;
  Date?: GraphQLScalarType;
  ForumSummary?: ForumSummaryResolvers<ContextType>;
  FragileNetwork?: FragileNetworkResolvers<ContextType>;
  InitiativeSummary?: InitiativeSummaryResolvers<ContextType>;
  InstitutionReach?: InstitutionReachResolvers<ContextType>;
  InstitutionSummary?: InstitutionSummaryResolvers<ContextType>;
  LocalTime?: GraphQLScalarType;
  MeetingConflict?: MeetingConflictResolvers<ContextType>;
  MeetingCount?: MeetingCountResolvers<ContextType>;
  MeetingPage?: MeetingPageResolvers<ContextType>;
  MeetingPageInfo?: MeetingPageInfoResolvers<ContextType>;
  MunicipalityCoverage?: MunicipalityCoverageResolvers<ContextType>;
  MunicipalitySummary?: MunicipalitySummaryResolvers<ContextType>;
  NetworkPartner?: NetworkPartnerResolvers<ContextType>;
  NetworkPartners?: NetworkPartnersResolvers<ContextType>;
  NetworkSummary?: NetworkSummaryResolvers<ContextType>;
  PartnershipCell?: PartnershipCellResolvers<ContextType>;
  PartnershipMatrix?: PartnershipMatrixResolvers<ContextType>;
  PartnershipRow?: PartnershipRowResolvers<ContextType>;
  PersonLoad?: PersonLoadResolvers<ContextType>;
  PersonSummary?: PersonSummaryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReachedNetwork?: ReachedNetworkResolvers<ContextType>;
  ScheduledMeeting?: ScheduledMeetingResolvers<ContextType>;
  SoleContact?: SoleContactResolvers<ContextType>;
  SupportNetwork?: SupportNetworkResolvers<ContextType>;
  Supporter?: SupporterResolvers<ContextType>;
  SupportingPerson?: SupportingPersonResolvers<ContextType>;
  TrackParticipation?: TrackParticipationResolvers<ContextType>;
  UncoveredMunicipalities?: UncoveredMunicipalitiesResolvers<ContextType>;
  UpcomingDeadline?: UpcomingDeadlineResolvers<ContextType>;
};

