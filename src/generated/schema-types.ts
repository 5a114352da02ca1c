export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date, represented as a 'yyyy-mm-dd' string */
  Date: { input: string; output: string; }
  /** A local time, represented as a time string without timezone information */
  LocalTime: { input: string; output: string; }
};

/** A fixed annual allocation (fast årlig tildeling) in NOK. */
export type Allocation = {
  __typename?: 'Allocation';
  /** The amount each recipient receives. */
  amountNok: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  institutions: Array<Institution>;
  institutionsConnection: AllocationInstitutionsConnection;
  name: Scalars['String']['output'];
  networks: Array<Network>;
  networksConnection: AllocationNetworksConnection;
  /** Recipients that are not nodes of the graph, as written. */
  otherRecipients: Array<Scalars['String']['output']>;
  purpose: Scalars['String']['output'];
  recurrence: Scalars['String']['output'];
  scheme?: Maybe<Scheme>;
  schemeConnection: AllocationSchemeConnection;
  sources: Array<Scalars['String']['output']>;
  /** The total as the document states it, where it does. */
  totalNok?: Maybe<Scalars['Int']['output']>;
};


/** A fixed annual allocation (fast årlig tildeling) in NOK. */
export type AllocationInstitutionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionSort>>;
  where?: InputMaybe<InstitutionWhere>;
};


/** A fixed annual allocation (fast årlig tildeling) in NOK. */
export type AllocationInstitutionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AllocationInstitutionsConnectionSort>>;
  where?: InputMaybe<AllocationInstitutionsConnectionWhere>;
};


/** A fixed annual allocation (fast årlig tildeling) in NOK. */
export type AllocationNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A fixed annual allocation (fast årlig tildeling) in NOK. */
export type AllocationNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AllocationNetworksConnectionSort>>;
  where?: InputMaybe<AllocationNetworksConnectionWhere>;
};

export type AllocationAggregate = {
  __typename?: 'AllocationAggregate';
  count: Count;
  node: AllocationAggregateNode;
};

export type AllocationAggregateNode = {
  __typename?: 'AllocationAggregateNode';
  amountNok: IntAggregateSelection;
  name: StringAggregateSelection;
  purpose: StringAggregateSelection;
  recurrence: StringAggregateSelection;
  totalNok: IntAggregateSelection;
};

export type AllocationConnectInput = {
  institutions?: InputMaybe<Array<AllocationInstitutionsConnectFieldInput>>;
  networks?: InputMaybe<Array<AllocationNetworksConnectFieldInput>>;
};

export type AllocationConnectWhere = {
  node: AllocationWhere;
};

export type AllocationCreateInput = {
  amountNok: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  institutions?: InputMaybe<AllocationInstitutionsFieldInput>;
  name: Scalars['String']['input'];
  networks?: InputMaybe<AllocationNetworksFieldInput>;
  otherRecipients: Array<Scalars['String']['input']>;
  purpose: Scalars['String']['input'];
  recurrence: Scalars['String']['input'];
  scheme?: InputMaybe<AllocationSchemeFieldInput>;
  sources: Array<Scalars['String']['input']>;
  totalNok?: InputMaybe<Scalars['Int']['input']>;
};

export type AllocationDeleteInput = {
  institutions?: InputMaybe<Array<AllocationInstitutionsDeleteFieldInput>>;
  networks?: InputMaybe<Array<AllocationNetworksDeleteFieldInput>>;
  scheme?: InputMaybe<AllocationSchemeDeleteFieldInput>;
};

export type AllocationDisconnectInput = {
  institutions?: InputMaybe<Array<AllocationInstitutionsDisconnectFieldInput>>;
  networks?: InputMaybe<Array<AllocationNetworksDisconnectFieldInput>>;
};

export type AllocationEdge = {
  __typename?: 'AllocationEdge';
  cursor: Scalars['String']['output'];
  node: Allocation;
};

export type AllocationInstitutionInstitutionsAggregateSelection = {
  __typename?: 'AllocationInstitutionInstitutionsAggregateSelection';
  count: CountConnection;
  node?: Maybe<AllocationInstitutionInstitutionsNodeAggregateSelection>;
};

export type AllocationInstitutionInstitutionsNodeAggregateSelection = {
  __typename?: 'AllocationInstitutionInstitutionsNodeAggregateSelection';
  fullName: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type AllocationInstitutionsConnectFieldInput = {
  connect?: InputMaybe<Array<InstitutionConnectInput>>;
  where?: InputMaybe<InstitutionConnectWhere>;
};

export type AllocationInstitutionsConnection = {
  __typename?: 'AllocationInstitutionsConnection';
  aggregate: AllocationInstitutionInstitutionsAggregateSelection;
  edges: Array<AllocationInstitutionsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AllocationInstitutionsConnectionAggregateInput = {
  AND?: InputMaybe<Array<AllocationInstitutionsConnectionAggregateInput>>;
  NOT?: InputMaybe<AllocationInstitutionsConnectionAggregateInput>;
  OR?: InputMaybe<Array<AllocationInstitutionsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<AllocationInstitutionsNodeAggregationWhereInput>;
};

export type AllocationInstitutionsConnectionFilters = {
  /** Filter Allocations by aggregating results on related AllocationInstitutionsConnections */
  aggregate?: InputMaybe<AllocationInstitutionsConnectionAggregateInput>;
  /** Return Allocations where all of the related AllocationInstitutionsConnections match this filter */
  all?: InputMaybe<AllocationInstitutionsConnectionWhere>;
  /** Return Allocations where none of the related AllocationInstitutionsConnections match this filter */
  none?: InputMaybe<AllocationInstitutionsConnectionWhere>;
  /** Return Allocations where one of the related AllocationInstitutionsConnections match this filter */
  single?: InputMaybe<AllocationInstitutionsConnectionWhere>;
  /** Return Allocations where some of the related AllocationInstitutionsConnections match this filter */
  some?: InputMaybe<AllocationInstitutionsConnectionWhere>;
};

export type AllocationInstitutionsConnectionSort = {
  node?: InputMaybe<InstitutionSort>;
};

export type AllocationInstitutionsConnectionWhere = {
  AND?: InputMaybe<Array<AllocationInstitutionsConnectionWhere>>;
  NOT?: InputMaybe<AllocationInstitutionsConnectionWhere>;
  OR?: InputMaybe<Array<AllocationInstitutionsConnectionWhere>>;
  node?: InputMaybe<InstitutionWhere>;
};

export type AllocationInstitutionsCreateFieldInput = {
  node: InstitutionCreateInput;
};

export type AllocationInstitutionsDeleteFieldInput = {
  delete?: InputMaybe<InstitutionDeleteInput>;
  where?: InputMaybe<AllocationInstitutionsConnectionWhere>;
};

export type AllocationInstitutionsDisconnectFieldInput = {
  disconnect?: InputMaybe<InstitutionDisconnectInput>;
  where?: InputMaybe<AllocationInstitutionsConnectionWhere>;
};

export type AllocationInstitutionsFieldInput = {
  connect?: InputMaybe<Array<AllocationInstitutionsConnectFieldInput>>;
  create?: InputMaybe<Array<AllocationInstitutionsCreateFieldInput>>;
};

export type AllocationInstitutionsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AllocationInstitutionsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AllocationInstitutionsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AllocationInstitutionsNodeAggregationWhereInput>>;
  fullName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type AllocationInstitutionsRelationship = {
  __typename?: 'AllocationInstitutionsRelationship';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type AllocationInstitutionsUpdateConnectionInput = {
  node?: InputMaybe<InstitutionUpdateInput>;
  where?: InputMaybe<AllocationInstitutionsConnectionWhere>;
};

export type AllocationInstitutionsUpdateFieldInput = {
  connect?: InputMaybe<Array<AllocationInstitutionsConnectFieldInput>>;
  create?: InputMaybe<Array<AllocationInstitutionsCreateFieldInput>>;
  delete?: InputMaybe<Array<AllocationInstitutionsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<AllocationInstitutionsDisconnectFieldInput>>;
  update?: InputMaybe<AllocationInstitutionsUpdateConnectionInput>;
};

export type AllocationNetworkNetworksAggregateSelection = {
  __typename?: 'AllocationNetworkNetworksAggregateSelection';
  count: CountConnection;
  node?: Maybe<AllocationNetworkNetworksNodeAggregateSelection>;
};

export type AllocationNetworkNetworksNodeAggregateSelection = {
  __typename?: 'AllocationNetworkNetworksNodeAggregateSelection';
  county: StringAggregateSelection;
  membershipSource: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type AllocationNetworksConnectFieldInput = {
  connect?: InputMaybe<Array<NetworkConnectInput>>;
  where?: InputMaybe<NetworkConnectWhere>;
};

export type AllocationNetworksConnection = {
  __typename?: 'AllocationNetworksConnection';
  aggregate: AllocationNetworkNetworksAggregateSelection;
  edges: Array<AllocationNetworksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AllocationNetworksConnectionAggregateInput = {
  AND?: InputMaybe<Array<AllocationNetworksConnectionAggregateInput>>;
  NOT?: InputMaybe<AllocationNetworksConnectionAggregateInput>;
  OR?: InputMaybe<Array<AllocationNetworksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<AllocationNetworksNodeAggregationWhereInput>;
};

export type AllocationNetworksConnectionFilters = {
  /** Filter Allocations by aggregating results on related AllocationNetworksConnections */
  aggregate?: InputMaybe<AllocationNetworksConnectionAggregateInput>;
  /** Return Allocations where all of the related AllocationNetworksConnections match this filter */
  all?: InputMaybe<AllocationNetworksConnectionWhere>;
  /** Return Allocations where none of the related AllocationNetworksConnections match this filter */
  none?: InputMaybe<AllocationNetworksConnectionWhere>;
  /** Return Allocations where one of the related AllocationNetworksConnections match this filter */
  single?: InputMaybe<AllocationNetworksConnectionWhere>;
  /** Return Allocations where some of the related AllocationNetworksConnections match this filter */
  some?: InputMaybe<AllocationNetworksConnectionWhere>;
};

export type AllocationNetworksConnectionSort = {
  node?: InputMaybe<NetworkSort>;
};

export type AllocationNetworksConnectionWhere = {
  AND?: InputMaybe<Array<AllocationNetworksConnectionWhere>>;
  NOT?: InputMaybe<AllocationNetworksConnectionWhere>;
  OR?: InputMaybe<Array<AllocationNetworksConnectionWhere>>;
  node?: InputMaybe<NetworkWhere>;
};

export type AllocationNetworksCreateFieldInput = {
  node: NetworkCreateInput;
};

export type AllocationNetworksDeleteFieldInput = {
  delete?: InputMaybe<NetworkDeleteInput>;
  where?: InputMaybe<AllocationNetworksConnectionWhere>;
};

export type AllocationNetworksDisconnectFieldInput = {
  disconnect?: InputMaybe<NetworkDisconnectInput>;
  where?: InputMaybe<AllocationNetworksConnectionWhere>;
};

export type AllocationNetworksFieldInput = {
  connect?: InputMaybe<Array<AllocationNetworksConnectFieldInput>>;
  create?: InputMaybe<Array<AllocationNetworksCreateFieldInput>>;
};

export type AllocationNetworksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AllocationNetworksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AllocationNetworksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AllocationNetworksNodeAggregationWhereInput>>;
  county?: InputMaybe<StringScalarAggregationFilters>;
  membershipSource?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type AllocationNetworksRelationship = {
  __typename?: 'AllocationNetworksRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
};

export type AllocationNetworksUpdateConnectionInput = {
  node?: InputMaybe<NetworkUpdateInput>;
  where?: InputMaybe<AllocationNetworksConnectionWhere>;
};

export type AllocationNetworksUpdateFieldInput = {
  connect?: InputMaybe<Array<AllocationNetworksConnectFieldInput>>;
  create?: InputMaybe<Array<AllocationNetworksCreateFieldInput>>;
  delete?: InputMaybe<Array<AllocationNetworksDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<AllocationNetworksDisconnectFieldInput>>;
  update?: InputMaybe<AllocationNetworksUpdateConnectionInput>;
};

export type AllocationRelationshipFilters = {
  /** Filter type where all of the related Allocations match this filter */
  all?: InputMaybe<AllocationWhere>;
  /** Filter type where none of the related Allocations match this filter */
  none?: InputMaybe<AllocationWhere>;
  /** Filter type where one of the related Allocations match this filter */
  single?: InputMaybe<AllocationWhere>;
  /** Filter type where some of the related Allocations match this filter */
  some?: InputMaybe<AllocationWhere>;
};

export type AllocationSchemeConnection = {
  __typename?: 'AllocationSchemeConnection';
  edges: Array<AllocationSchemeRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AllocationSchemeConnectionWhere = {
  AND?: InputMaybe<Array<AllocationSchemeConnectionWhere>>;
  NOT?: InputMaybe<AllocationSchemeConnectionWhere>;
  OR?: InputMaybe<Array<AllocationSchemeConnectionWhere>>;
  node?: InputMaybe<SchemeWhere>;
};

export type AllocationSchemeCreateFieldInput = {
  node: SchemeCreateInput;
};

export type AllocationSchemeDeleteFieldInput = {
  delete?: InputMaybe<SchemeDeleteInput>;
  where?: InputMaybe<AllocationSchemeConnectionWhere>;
};

export type AllocationSchemeFieldInput = {
  create?: InputMaybe<AllocationSchemeCreateFieldInput>;
};

export type AllocationSchemeRelationship = {
  __typename?: 'AllocationSchemeRelationship';
  cursor: Scalars['String']['output'];
  node: Scheme;
};

/** Fields to sort Allocations by. The order in which sorts are applied is not guaranteed when specifying many fields in one AllocationSort object. */
export type AllocationSort = {
  amountNok?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  purpose?: InputMaybe<SortDirection>;
  recurrence?: InputMaybe<SortDirection>;
  totalNok?: InputMaybe<SortDirection>;
};

export type AllocationUpdateInput = {
  amountNok?: InputMaybe<IntScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  institutions?: InputMaybe<Array<AllocationInstitutionsUpdateFieldInput>>;
  name?: InputMaybe<StringScalarMutations>;
  networks?: InputMaybe<Array<AllocationNetworksUpdateFieldInput>>;
  otherRecipients?: InputMaybe<ListStringMutations>;
  purpose?: InputMaybe<StringScalarMutations>;
  recurrence?: InputMaybe<StringScalarMutations>;
  sources?: InputMaybe<ListStringMutations>;
  totalNok?: InputMaybe<IntScalarMutations>;
};

export type AllocationWhere = {
  AND?: InputMaybe<Array<AllocationWhere>>;
  NOT?: InputMaybe<AllocationWhere>;
  OR?: InputMaybe<Array<AllocationWhere>>;
  amountNok?: InputMaybe<IntScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  institutions?: InputMaybe<InstitutionRelationshipFilters>;
  institutionsConnection?: InputMaybe<AllocationInstitutionsConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  networks?: InputMaybe<NetworkRelationshipFilters>;
  networksConnection?: InputMaybe<AllocationNetworksConnectionFilters>;
  otherRecipients?: InputMaybe<StringListFilters>;
  purpose?: InputMaybe<StringScalarFilters>;
  recurrence?: InputMaybe<StringScalarFilters>;
  scheme?: InputMaybe<SchemeWhere>;
  schemeConnection?: InputMaybe<AllocationSchemeConnectionWhere>;
  sources?: InputMaybe<StringListFilters>;
  totalNok?: InputMaybe<IntScalarFilters>;
};

export type AllocationsConnection = {
  __typename?: 'AllocationsConnection';
  aggregate: AllocationAggregate;
  edges: Array<AllocationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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
  __typename?: 'AttendanceEvidence';
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

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Boolean mutations */
export type BooleanScalarMutations = {
  set?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ConflictCertainty =
  | 'POSSIBLE'
  | 'STATED';

export type ConnectionAggregationCountFilterInput = {
  edges?: InputMaybe<IntScalarFilters>;
  nodes?: InputMaybe<IntScalarFilters>;
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

export type CountConnection = {
  __typename?: 'CountConnection';
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
};

export type CountiesConnection = {
  __typename?: 'CountiesConnection';
  aggregate: CountyAggregate;
  edges: Array<CountyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A county (fylke) of the national register (Kartverket, 2024 structure; CC BY 4.0, © Kartverket). */
export type County = {
  __typename?: 'County';
  id: Scalars['ID']['output'];
  municipalities: Array<Municipality>;
  municipalitiesConnection: CountyMunicipalitiesConnection;
  /** The official name, with its Sami or Kven forms where it has them, e.g. Trøndelag - Trööndelage. */
  name: Scalars['String']['output'];
  /** Every form of the name: filter on these to find one. */
  names: Array<Scalars['String']['output']>;
  /** The networks the documents place in the county. */
  networks: Array<Network>;
  networksConnection: CountyNetworksConnection;
  /** The official two-digit county number, e.g. 50. */
  number: Scalars['String']['output'];
  sources: Array<Scalars['String']['output']>;
};


/** A county (fylke) of the national register (Kartverket, 2024 structure; CC BY 4.0, © Kartverket). */
export type CountyMunicipalitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MunicipalitySort>>;
  where?: InputMaybe<MunicipalityWhere>;
};


/** A county (fylke) of the national register (Kartverket, 2024 structure; CC BY 4.0, © Kartverket). */
export type CountyMunicipalitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CountyMunicipalitiesConnectionSort>>;
  where?: InputMaybe<CountyMunicipalitiesConnectionWhere>;
};


/** A county (fylke) of the national register (Kartverket, 2024 structure; CC BY 4.0, © Kartverket). */
export type CountyNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A county (fylke) of the national register (Kartverket, 2024 structure; CC BY 4.0, © Kartverket). */
export type CountyNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CountyNetworksConnectionSort>>;
  where?: InputMaybe<CountyNetworksConnectionWhere>;
};

export type CountyAggregate = {
  __typename?: 'CountyAggregate';
  count: Count;
  node: CountyAggregateNode;
};

export type CountyAggregateNode = {
  __typename?: 'CountyAggregateNode';
  name: StringAggregateSelection;
  number: StringAggregateSelection;
};

export type CountyCoverage = {
  __typename?: 'CountyCoverage';
  county: CountySummary;
  covered: Scalars['Int']['output'];
  gap: Scalars['Int']['output'];
  municipalities: Scalars['Int']['output'];
  notRecorded: Scalars['Int']['output'];
  unknown: Scalars['Int']['output'];
};

export type CountyCreateInput = {
  id: Scalars['ID']['input'];
  municipalities?: InputMaybe<CountyMunicipalitiesFieldInput>;
  name: Scalars['String']['input'];
  names: Array<Scalars['String']['input']>;
  networks?: InputMaybe<CountyNetworksFieldInput>;
  number: Scalars['String']['input'];
  sources: Array<Scalars['String']['input']>;
};

export type CountyDeleteInput = {
  municipalities?: InputMaybe<Array<CountyMunicipalitiesDeleteFieldInput>>;
  networks?: InputMaybe<Array<CountyNetworksDeleteFieldInput>>;
};

export type CountyEdge = {
  __typename?: 'CountyEdge';
  cursor: Scalars['String']['output'];
  node: County;
};

export type CountyMunicipalitiesConnectFieldInput = {
  connect?: InputMaybe<Array<MunicipalityConnectInput>>;
  where?: InputMaybe<MunicipalityConnectWhere>;
};

export type CountyMunicipalitiesConnection = {
  __typename?: 'CountyMunicipalitiesConnection';
  aggregate: CountyMunicipalityMunicipalitiesAggregateSelection;
  edges: Array<CountyMunicipalitiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CountyMunicipalitiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<CountyMunicipalitiesConnectionAggregateInput>>;
  NOT?: InputMaybe<CountyMunicipalitiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<CountyMunicipalitiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<CountyMunicipalitiesNodeAggregationWhereInput>;
};

export type CountyMunicipalitiesConnectionFilters = {
  /** Filter Counties by aggregating results on related CountyMunicipalitiesConnections */
  aggregate?: InputMaybe<CountyMunicipalitiesConnectionAggregateInput>;
  /** Return Counties where all of the related CountyMunicipalitiesConnections match this filter */
  all?: InputMaybe<CountyMunicipalitiesConnectionWhere>;
  /** Return Counties where none of the related CountyMunicipalitiesConnections match this filter */
  none?: InputMaybe<CountyMunicipalitiesConnectionWhere>;
  /** Return Counties where one of the related CountyMunicipalitiesConnections match this filter */
  single?: InputMaybe<CountyMunicipalitiesConnectionWhere>;
  /** Return Counties where some of the related CountyMunicipalitiesConnections match this filter */
  some?: InputMaybe<CountyMunicipalitiesConnectionWhere>;
};

export type CountyMunicipalitiesConnectionSort = {
  node?: InputMaybe<MunicipalitySort>;
};

export type CountyMunicipalitiesConnectionWhere = {
  AND?: InputMaybe<Array<CountyMunicipalitiesConnectionWhere>>;
  NOT?: InputMaybe<CountyMunicipalitiesConnectionWhere>;
  OR?: InputMaybe<Array<CountyMunicipalitiesConnectionWhere>>;
  node?: InputMaybe<MunicipalityWhere>;
};

export type CountyMunicipalitiesCreateFieldInput = {
  node: MunicipalityCreateInput;
};

export type CountyMunicipalitiesDeleteFieldInput = {
  delete?: InputMaybe<MunicipalityDeleteInput>;
  where?: InputMaybe<CountyMunicipalitiesConnectionWhere>;
};

export type CountyMunicipalitiesDisconnectFieldInput = {
  disconnect?: InputMaybe<MunicipalityDisconnectInput>;
  where?: InputMaybe<CountyMunicipalitiesConnectionWhere>;
};

export type CountyMunicipalitiesFieldInput = {
  connect?: InputMaybe<Array<CountyMunicipalitiesConnectFieldInput>>;
  create?: InputMaybe<Array<CountyMunicipalitiesCreateFieldInput>>;
};

export type CountyMunicipalitiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CountyMunicipalitiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CountyMunicipalitiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CountyMunicipalitiesNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
};

export type CountyMunicipalitiesRelationship = {
  __typename?: 'CountyMunicipalitiesRelationship';
  cursor: Scalars['String']['output'];
  node: Municipality;
};

export type CountyMunicipalitiesUpdateConnectionInput = {
  node?: InputMaybe<MunicipalityUpdateInput>;
  where?: InputMaybe<CountyMunicipalitiesConnectionWhere>;
};

export type CountyMunicipalitiesUpdateFieldInput = {
  connect?: InputMaybe<Array<CountyMunicipalitiesConnectFieldInput>>;
  create?: InputMaybe<Array<CountyMunicipalitiesCreateFieldInput>>;
  delete?: InputMaybe<Array<CountyMunicipalitiesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CountyMunicipalitiesDisconnectFieldInput>>;
  update?: InputMaybe<CountyMunicipalitiesUpdateConnectionInput>;
};

export type CountyMunicipalityMunicipalitiesAggregateSelection = {
  __typename?: 'CountyMunicipalityMunicipalitiesAggregateSelection';
  count: CountConnection;
  node?: Maybe<CountyMunicipalityMunicipalitiesNodeAggregateSelection>;
};

export type CountyMunicipalityMunicipalitiesNodeAggregateSelection = {
  __typename?: 'CountyMunicipalityMunicipalitiesNodeAggregateSelection';
  name: StringAggregateSelection;
  number: StringAggregateSelection;
};

export type CountyNetworkNetworksAggregateSelection = {
  __typename?: 'CountyNetworkNetworksAggregateSelection';
  count: CountConnection;
  node?: Maybe<CountyNetworkNetworksNodeAggregateSelection>;
};

export type CountyNetworkNetworksNodeAggregateSelection = {
  __typename?: 'CountyNetworkNetworksNodeAggregateSelection';
  county: StringAggregateSelection;
  membershipSource: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type CountyNetworksConnectFieldInput = {
  connect?: InputMaybe<Array<NetworkConnectInput>>;
  where?: InputMaybe<NetworkConnectWhere>;
};

export type CountyNetworksConnection = {
  __typename?: 'CountyNetworksConnection';
  aggregate: CountyNetworkNetworksAggregateSelection;
  edges: Array<CountyNetworksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CountyNetworksConnectionAggregateInput = {
  AND?: InputMaybe<Array<CountyNetworksConnectionAggregateInput>>;
  NOT?: InputMaybe<CountyNetworksConnectionAggregateInput>;
  OR?: InputMaybe<Array<CountyNetworksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<CountyNetworksNodeAggregationWhereInput>;
};

export type CountyNetworksConnectionFilters = {
  /** Filter Counties by aggregating results on related CountyNetworksConnections */
  aggregate?: InputMaybe<CountyNetworksConnectionAggregateInput>;
  /** Return Counties where all of the related CountyNetworksConnections match this filter */
  all?: InputMaybe<CountyNetworksConnectionWhere>;
  /** Return Counties where none of the related CountyNetworksConnections match this filter */
  none?: InputMaybe<CountyNetworksConnectionWhere>;
  /** Return Counties where one of the related CountyNetworksConnections match this filter */
  single?: InputMaybe<CountyNetworksConnectionWhere>;
  /** Return Counties where some of the related CountyNetworksConnections match this filter */
  some?: InputMaybe<CountyNetworksConnectionWhere>;
};

export type CountyNetworksConnectionSort = {
  node?: InputMaybe<NetworkSort>;
};

export type CountyNetworksConnectionWhere = {
  AND?: InputMaybe<Array<CountyNetworksConnectionWhere>>;
  NOT?: InputMaybe<CountyNetworksConnectionWhere>;
  OR?: InputMaybe<Array<CountyNetworksConnectionWhere>>;
  node?: InputMaybe<NetworkWhere>;
};

export type CountyNetworksCreateFieldInput = {
  node: NetworkCreateInput;
};

export type CountyNetworksDeleteFieldInput = {
  delete?: InputMaybe<NetworkDeleteInput>;
  where?: InputMaybe<CountyNetworksConnectionWhere>;
};

export type CountyNetworksDisconnectFieldInput = {
  disconnect?: InputMaybe<NetworkDisconnectInput>;
  where?: InputMaybe<CountyNetworksConnectionWhere>;
};

export type CountyNetworksFieldInput = {
  connect?: InputMaybe<Array<CountyNetworksConnectFieldInput>>;
  create?: InputMaybe<Array<CountyNetworksCreateFieldInput>>;
};

export type CountyNetworksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CountyNetworksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CountyNetworksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CountyNetworksNodeAggregationWhereInput>>;
  county?: InputMaybe<StringScalarAggregationFilters>;
  membershipSource?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type CountyNetworksRelationship = {
  __typename?: 'CountyNetworksRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
};

export type CountyNetworksUpdateConnectionInput = {
  node?: InputMaybe<NetworkUpdateInput>;
  where?: InputMaybe<CountyNetworksConnectionWhere>;
};

export type CountyNetworksUpdateFieldInput = {
  connect?: InputMaybe<Array<CountyNetworksConnectFieldInput>>;
  create?: InputMaybe<Array<CountyNetworksCreateFieldInput>>;
  delete?: InputMaybe<Array<CountyNetworksDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CountyNetworksDisconnectFieldInput>>;
  update?: InputMaybe<CountyNetworksUpdateConnectionInput>;
};

/** Fields to sort Counties by. The order in which sorts are applied is not guaranteed when specifying many fields in one CountySort object. */
export type CountySort = {
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
};

export type CountySummary = {
  __typename?: 'CountySummary';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  number: Scalars['String']['output'];
};

export type CountyUpdateInput = {
  id?: InputMaybe<IdScalarMutations>;
  municipalities?: InputMaybe<Array<CountyMunicipalitiesUpdateFieldInput>>;
  name?: InputMaybe<StringScalarMutations>;
  names?: InputMaybe<ListStringMutations>;
  networks?: InputMaybe<Array<CountyNetworksUpdateFieldInput>>;
  number?: InputMaybe<StringScalarMutations>;
  sources?: InputMaybe<ListStringMutations>;
};

export type CountyWhere = {
  AND?: InputMaybe<Array<CountyWhere>>;
  NOT?: InputMaybe<CountyWhere>;
  OR?: InputMaybe<Array<CountyWhere>>;
  id?: InputMaybe<IdScalarFilters>;
  municipalities?: InputMaybe<MunicipalityRelationshipFilters>;
  municipalitiesConnection?: InputMaybe<CountyMunicipalitiesConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  names?: InputMaybe<StringListFilters>;
  networks?: InputMaybe<NetworkRelationshipFilters>;
  networksConnection?: InputMaybe<CountyNetworksConnectionFilters>;
  number?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<StringListFilters>;
};

export type CoverageMap = {
  __typename?: 'CoverageMap';
  /** The counts per status in each county in scope, by county number. */
  counties: Array<CountyCoverage>;
  /** Every municipality in scope, by county number and municipality number. */
  municipalities: Array<MunicipalityCoverage>;
};

export type CoverageNetwork = {
  __typename?: 'CoverageNetwork';
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

export type CreateAllocationsMutationResponse = {
  __typename?: 'CreateAllocationsMutationResponse';
  allocations: Array<Allocation>;
  info: CreateInfo;
};

export type CreateCountiesMutationResponse = {
  __typename?: 'CreateCountiesMutationResponse';
  counties: Array<County>;
  info: CreateInfo;
};

export type CreateDataQualityNotesMutationResponse = {
  __typename?: 'CreateDataQualityNotesMutationResponse';
  dataQualityNotes: Array<DataQualityNote>;
  info: CreateInfo;
};

export type CreateDeadlinesMutationResponse = {
  __typename?: 'CreateDeadlinesMutationResponse';
  deadlines: Array<Deadline>;
  info: CreateInfo;
};

export type CreateForumActivitiesMutationResponse = {
  __typename?: 'CreateForumActivitiesMutationResponse';
  forumActivities: Array<ForumActivity>;
  info: CreateInfo;
};

export type CreateForumsMutationResponse = {
  __typename?: 'CreateForumsMutationResponse';
  forums: Array<Forum>;
  info: CreateInfo;
};

/** Information about the number of nodes and relationships created during a create mutation */
export type CreateInfo = {
  __typename?: 'CreateInfo';
  nodesCreated: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
};

export type CreateInitiativesMutationResponse = {
  __typename?: 'CreateInitiativesMutationResponse';
  info: CreateInfo;
  initiatives: Array<Initiative>;
};

export type CreateInstitutionsMutationResponse = {
  __typename?: 'CreateInstitutionsMutationResponse';
  info: CreateInfo;
  institutions: Array<Institution>;
};

export type CreateMeetingsMutationResponse = {
  __typename?: 'CreateMeetingsMutationResponse';
  info: CreateInfo;
  meetings: Array<Meeting>;
};

export type CreateMunicipalitiesMutationResponse = {
  __typename?: 'CreateMunicipalitiesMutationResponse';
  info: CreateInfo;
  municipalities: Array<Municipality>;
};

export type CreateNetworksMutationResponse = {
  __typename?: 'CreateNetworksMutationResponse';
  info: CreateInfo;
  networks: Array<Network>;
};

export type CreatePeopleMutationResponse = {
  __typename?: 'CreatePeopleMutationResponse';
  info: CreateInfo;
  people: Array<Person>;
};

export type CreateSchemesMutationResponse = {
  __typename?: 'CreateSchemesMutationResponse';
  info: CreateInfo;
  schemes: Array<Scheme>;
};

export type CreateTrackGatheringsMutationResponse = {
  __typename?: 'CreateTrackGatheringsMutationResponse';
  info: CreateInfo;
  trackGatherings: Array<TrackGathering>;
};

export type CreateTrackPhasesMutationResponse = {
  __typename?: 'CreateTrackPhasesMutationResponse';
  info: CreateInfo;
  trackPhases: Array<TrackPhase>;
};

export type CreateTracksMutationResponse = {
  __typename?: 'CreateTracksMutationResponse';
  info: CreateInfo;
  tracks: Array<Track>;
};

export type CreateWorkingGroupsMutationResponse = {
  __typename?: 'CreateWorkingGroupsMutationResponse';
  info: CreateInfo;
  workingGroups: Array<WorkingGroup>;
};

/**
 * A mistake or doubt found in a source document: what was written, the correction
 * where the context makes it unambiguous, and why.
 */
export type DataQualityNote = {
  __typename?: 'DataQualityNote';
  /** The corrected value; null when the doubt could not be resolved. */
  corrected?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** The text as written in the document. */
  original: Scalars['String']['output'];
  sources: Array<Scalars['String']['output']>;
  /** The id of the record concerned. */
  subjectId: Scalars['ID']['output'];
  /** The type of the record concerned, e.g. Meeting. */
  subjectType: Scalars['String']['output'];
};

export type DataQualityNoteAggregate = {
  __typename?: 'DataQualityNoteAggregate';
  count: Count;
  node: DataQualityNoteAggregateNode;
};

export type DataQualityNoteAggregateNode = {
  __typename?: 'DataQualityNoteAggregateNode';
  corrected: StringAggregateSelection;
  field: StringAggregateSelection;
  note: StringAggregateSelection;
  original: StringAggregateSelection;
  subjectType: StringAggregateSelection;
};

export type DataQualityNoteCreateInput = {
  corrected?: InputMaybe<Scalars['String']['input']>;
  field: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  original: Scalars['String']['input'];
  sources: Array<Scalars['String']['input']>;
  subjectId: Scalars['ID']['input'];
  subjectType: Scalars['String']['input'];
};

export type DataQualityNoteEdge = {
  __typename?: 'DataQualityNoteEdge';
  cursor: Scalars['String']['output'];
  node: DataQualityNote;
};

/** Fields to sort DataQualityNotes by. The order in which sorts are applied is not guaranteed when specifying many fields in one DataQualityNoteSort object. */
export type DataQualityNoteSort = {
  corrected?: InputMaybe<SortDirection>;
  field?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  note?: InputMaybe<SortDirection>;
  original?: InputMaybe<SortDirection>;
  subjectId?: InputMaybe<SortDirection>;
  subjectType?: InputMaybe<SortDirection>;
};

export type DataQualityNoteUpdateInput = {
  corrected?: InputMaybe<StringScalarMutations>;
  field?: InputMaybe<StringScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  note?: InputMaybe<StringScalarMutations>;
  original?: InputMaybe<StringScalarMutations>;
  sources?: InputMaybe<ListStringMutations>;
  subjectId?: InputMaybe<IdScalarMutations>;
  subjectType?: InputMaybe<StringScalarMutations>;
};

export type DataQualityNoteWhere = {
  AND?: InputMaybe<Array<DataQualityNoteWhere>>;
  NOT?: InputMaybe<DataQualityNoteWhere>;
  OR?: InputMaybe<Array<DataQualityNoteWhere>>;
  corrected?: InputMaybe<StringScalarFilters>;
  field?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  note?: InputMaybe<StringScalarFilters>;
  original?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<StringListFilters>;
  subjectId?: InputMaybe<IdScalarFilters>;
  subjectType?: InputMaybe<StringScalarFilters>;
};

export type DataQualityNotesConnection = {
  __typename?: 'DataQualityNotesConnection';
  aggregate: DataQualityNoteAggregate;
  edges: Array<DataQualityNoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Date list filters */
export type DateListFilters = {
  eq?: InputMaybe<Array<Scalars['Date']['input']>>;
  includes?: InputMaybe<Scalars['Date']['input']>;
};

/** Date filters */
export type DateScalarFilters = {
  eq?: InputMaybe<Scalars['Date']['input']>;
  gt?: InputMaybe<Scalars['Date']['input']>;
  gte?: InputMaybe<Scalars['Date']['input']>;
  in?: InputMaybe<Array<Scalars['Date']['input']>>;
  lt?: InputMaybe<Scalars['Date']['input']>;
  lte?: InputMaybe<Scalars['Date']['input']>;
};

/** Date mutations */
export type DateScalarMutations = {
  set?: InputMaybe<Scalars['Date']['input']>;
};

/** A yearly deadline of the process (saksgang), e.g. Beslutningsgrunnlag on 1 February. */
export type Deadline = {
  __typename?: 'Deadline';
  /** Dated occurrences that a calendar gives. */
  dates: Array<Scalars['Date']['output']>;
  day: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  month: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Who receives, as written. */
  recipient?: Maybe<Scalars['String']['output']>;
  recurrence: Scalars['String']['output'];
  scheme?: Maybe<Scheme>;
  schemeConnection: DeadlineSchemeConnection;
  /** Who sends, as written. */
  sender: Scalars['String']['output'];
  /** True where the document says the deadline is set locally (the date is a recommendation). */
  setLocally: Scalars['Boolean']['output'];
  sources: Array<Scalars['String']['output']>;
  step: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type DeadlineAggregate = {
  __typename?: 'DeadlineAggregate';
  count: Count;
  node: DeadlineAggregateNode;
};

export type DeadlineAggregateNode = {
  __typename?: 'DeadlineAggregateNode';
  day: IntAggregateSelection;
  month: IntAggregateSelection;
  name: StringAggregateSelection;
  recipient: StringAggregateSelection;
  recurrence: StringAggregateSelection;
  sender: StringAggregateSelection;
  step: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type DeadlineConnectWhere = {
  node: DeadlineWhere;
};

export type DeadlineCreateInput = {
  dates: Array<Scalars['Date']['input']>;
  day: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  month: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  recipient?: InputMaybe<Scalars['String']['input']>;
  recurrence: Scalars['String']['input'];
  scheme?: InputMaybe<DeadlineSchemeFieldInput>;
  sender: Scalars['String']['input'];
  setLocally: Scalars['Boolean']['input'];
  sources: Array<Scalars['String']['input']>;
  step: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type DeadlineDeleteInput = {
  scheme?: InputMaybe<DeadlineSchemeDeleteFieldInput>;
};

export type DeadlineEdge = {
  __typename?: 'DeadlineEdge';
  cursor: Scalars['String']['output'];
  node: Deadline;
};

export type DeadlineRelationshipFilters = {
  /** Filter type where all of the related Deadlines match this filter */
  all?: InputMaybe<DeadlineWhere>;
  /** Filter type where none of the related Deadlines match this filter */
  none?: InputMaybe<DeadlineWhere>;
  /** Filter type where one of the related Deadlines match this filter */
  single?: InputMaybe<DeadlineWhere>;
  /** Filter type where some of the related Deadlines match this filter */
  some?: InputMaybe<DeadlineWhere>;
};

export type DeadlineSchemeConnection = {
  __typename?: 'DeadlineSchemeConnection';
  edges: Array<DeadlineSchemeRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeadlineSchemeConnectionWhere = {
  AND?: InputMaybe<Array<DeadlineSchemeConnectionWhere>>;
  NOT?: InputMaybe<DeadlineSchemeConnectionWhere>;
  OR?: InputMaybe<Array<DeadlineSchemeConnectionWhere>>;
  node?: InputMaybe<SchemeWhere>;
};

export type DeadlineSchemeCreateFieldInput = {
  node: SchemeCreateInput;
};

export type DeadlineSchemeDeleteFieldInput = {
  delete?: InputMaybe<SchemeDeleteInput>;
  where?: InputMaybe<DeadlineSchemeConnectionWhere>;
};

export type DeadlineSchemeFieldInput = {
  create?: InputMaybe<DeadlineSchemeCreateFieldInput>;
};

export type DeadlineSchemeRelationship = {
  __typename?: 'DeadlineSchemeRelationship';
  cursor: Scalars['String']['output'];
  node: Scheme;
};

/** Fields to sort Deadlines by. The order in which sorts are applied is not guaranteed when specifying many fields in one DeadlineSort object. */
export type DeadlineSort = {
  day?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  month?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  recipient?: InputMaybe<SortDirection>;
  recurrence?: InputMaybe<SortDirection>;
  sender?: InputMaybe<SortDirection>;
  setLocally?: InputMaybe<SortDirection>;
  step?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
};

export type DeadlineUpdateInput = {
  dates?: InputMaybe<ListDateMutations>;
  day?: InputMaybe<IntScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  month?: InputMaybe<IntScalarMutations>;
  name?: InputMaybe<StringScalarMutations>;
  recipient?: InputMaybe<StringScalarMutations>;
  recurrence?: InputMaybe<StringScalarMutations>;
  sender?: InputMaybe<StringScalarMutations>;
  setLocally?: InputMaybe<BooleanScalarMutations>;
  sources?: InputMaybe<ListStringMutations>;
  step?: InputMaybe<StringScalarMutations>;
  text?: InputMaybe<StringScalarMutations>;
};

export type DeadlineWhere = {
  AND?: InputMaybe<Array<DeadlineWhere>>;
  NOT?: InputMaybe<DeadlineWhere>;
  OR?: InputMaybe<Array<DeadlineWhere>>;
  dates?: InputMaybe<DateListFilters>;
  day?: InputMaybe<IntScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  month?: InputMaybe<IntScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  recipient?: InputMaybe<StringScalarFilters>;
  recurrence?: InputMaybe<StringScalarFilters>;
  scheme?: InputMaybe<SchemeWhere>;
  schemeConnection?: InputMaybe<DeadlineSchemeConnectionWhere>;
  sender?: InputMaybe<StringScalarFilters>;
  setLocally?: InputMaybe<BooleanScalarFilters>;
  sources?: InputMaybe<StringListFilters>;
  step?: InputMaybe<StringScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
};

export type DeadlinesConnection = {
  __typename?: 'DeadlinesConnection';
  aggregate: DeadlineAggregate;
  edges: Array<DeadlineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Information about the number of nodes and relationships deleted during a delete mutation */
export type DeleteInfo = {
  __typename?: 'DeleteInfo';
  nodesDeleted: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * An arena (forum) of an initiative's annual calendar (årshjul), such as a regional
 * working group or regional gatherings; or a county forum such as Samarbeidsforum.
 */
export type Forum = {
  __typename?: 'Forum';
  /** Undated entries in the calendar's month rows, e.g. 'Møter etter kommunal plan'. */
  activities: Array<ForumActivity>;
  activitiesConnection: ForumActivitiesConnection;
  aliases: Array<Scalars['String']['output']>;
  form?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  initiative?: Maybe<Initiative>;
  initiativeConnection: ForumInitiativeConnection;
  meetings: Array<Meeting>;
  meetingsConnection: ForumMeetingsConnection;
  /** The column heading as written. */
  name: Scalars['String']['output'];
  owner?: Maybe<Scalars['String']['output']>;
  /** The institutions and people that the who text names: they attend the forum's meetings. */
  participants: Array<Participant>;
  participantsConnection: ForumParticipantsConnection;
  /** Responsibility, role, purpose and form, one sentence each. */
  purpose: Array<Scalars['String']['output']>;
  sources: Array<Scalars['String']['output']>;
  /** Who takes part, as written. */
  who: Scalars['String']['output'];
};


/**
 * An arena (forum) of an initiative's annual calendar (årshjul), such as a regional
 * working group or regional gatherings; or a county forum such as Samarbeidsforum.
 */
export type ForumActivitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ForumActivitySort>>;
  where?: InputMaybe<ForumActivityWhere>;
};


/**
 * An arena (forum) of an initiative's annual calendar (årshjul), such as a regional
 * working group or regional gatherings; or a county forum such as Samarbeidsforum.
 */
export type ForumActivitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ForumActivitiesConnectionSort>>;
  where?: InputMaybe<ForumActivitiesConnectionWhere>;
};


/**
 * An arena (forum) of an initiative's annual calendar (årshjul), such as a regional
 * working group or regional gatherings; or a county forum such as Samarbeidsforum.
 */
export type ForumMeetingsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MeetingSort>>;
  where?: InputMaybe<MeetingWhere>;
};


/**
 * An arena (forum) of an initiative's annual calendar (årshjul), such as a regional
 * working group or regional gatherings; or a county forum such as Samarbeidsforum.
 */
export type ForumMeetingsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ForumMeetingsConnectionSort>>;
  where?: InputMaybe<ForumMeetingsConnectionWhere>;
};


/**
 * An arena (forum) of an initiative's annual calendar (årshjul), such as a regional
 * working group or regional gatherings; or a county forum such as Samarbeidsforum.
 */
export type ForumParticipantsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ParticipantWhere>;
};


/**
 * An arena (forum) of an initiative's annual calendar (årshjul), such as a regional
 * working group or regional gatherings; or a county forum such as Samarbeidsforum.
 */
export type ForumParticipantsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ForumParticipantsConnectionSort>>;
  where?: InputMaybe<ForumParticipantsConnectionWhere>;
};

export type ForumActivitiesConnectFieldInput = {
  where?: InputMaybe<ForumActivityConnectWhere>;
};

export type ForumActivitiesConnection = {
  __typename?: 'ForumActivitiesConnection';
  aggregate: ForumForumActivityActivitiesAggregateSelection;
  edges: Array<ForumActivitiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ForumActivitiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<ForumActivitiesConnectionAggregateInput>>;
  NOT?: InputMaybe<ForumActivitiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<ForumActivitiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<ForumActivitiesNodeAggregationWhereInput>;
};

export type ForumActivitiesConnectionFilters = {
  /** Filter Forums by aggregating results on related ForumActivitiesConnections */
  aggregate?: InputMaybe<ForumActivitiesConnectionAggregateInput>;
  /** Return Forums where all of the related ForumActivitiesConnections match this filter */
  all?: InputMaybe<ForumActivitiesConnectionWhere>;
  /** Return Forums where none of the related ForumActivitiesConnections match this filter */
  none?: InputMaybe<ForumActivitiesConnectionWhere>;
  /** Return Forums where one of the related ForumActivitiesConnections match this filter */
  single?: InputMaybe<ForumActivitiesConnectionWhere>;
  /** Return Forums where some of the related ForumActivitiesConnections match this filter */
  some?: InputMaybe<ForumActivitiesConnectionWhere>;
};

export type ForumActivitiesConnectionSort = {
  node?: InputMaybe<ForumActivitySort>;
};

export type ForumActivitiesConnectionWhere = {
  AND?: InputMaybe<Array<ForumActivitiesConnectionWhere>>;
  NOT?: InputMaybe<ForumActivitiesConnectionWhere>;
  OR?: InputMaybe<Array<ForumActivitiesConnectionWhere>>;
  node?: InputMaybe<ForumActivityWhere>;
};

export type ForumActivitiesCreateFieldInput = {
  node: ForumActivityCreateInput;
};

export type ForumActivitiesDeleteFieldInput = {
  delete?: InputMaybe<ForumActivityDeleteInput>;
  where?: InputMaybe<ForumActivitiesConnectionWhere>;
};

export type ForumActivitiesDisconnectFieldInput = {
  where?: InputMaybe<ForumActivitiesConnectionWhere>;
};

export type ForumActivitiesFieldInput = {
  connect?: InputMaybe<Array<ForumActivitiesConnectFieldInput>>;
  create?: InputMaybe<Array<ForumActivitiesCreateFieldInput>>;
};

export type ForumActivitiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ForumActivitiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ForumActivitiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ForumActivitiesNodeAggregationWhereInput>>;
  month?: InputMaybe<StringScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
};

export type ForumActivitiesRelationship = {
  __typename?: 'ForumActivitiesRelationship';
  cursor: Scalars['String']['output'];
  node: ForumActivity;
};

export type ForumActivitiesUpdateConnectionInput = {
  node?: InputMaybe<ForumActivityUpdateInput>;
  where?: InputMaybe<ForumActivitiesConnectionWhere>;
};

export type ForumActivitiesUpdateFieldInput = {
  connect?: InputMaybe<Array<ForumActivitiesConnectFieldInput>>;
  create?: InputMaybe<Array<ForumActivitiesCreateFieldInput>>;
  delete?: InputMaybe<Array<ForumActivitiesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<ForumActivitiesDisconnectFieldInput>>;
  update?: InputMaybe<ForumActivitiesUpdateConnectionInput>;
};

/** An undated entry of a forum in one month of the calendar. */
export type ForumActivity = {
  __typename?: 'ForumActivity';
  forum?: Maybe<Forum>;
  forumConnection: ForumActivityForumConnection;
  id: Scalars['ID']['output'];
  /** The month, YYYY-MM. */
  month: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type ForumActivityAggregate = {
  __typename?: 'ForumActivityAggregate';
  count: Count;
  node: ForumActivityAggregateNode;
};

export type ForumActivityAggregateNode = {
  __typename?: 'ForumActivityAggregateNode';
  month: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type ForumActivityConnectWhere = {
  node: ForumActivityWhere;
};

export type ForumActivityCreateInput = {
  forum?: InputMaybe<ForumActivityForumFieldInput>;
  id: Scalars['ID']['input'];
  month: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type ForumActivityDeleteInput = {
  forum?: InputMaybe<ForumActivityForumDeleteFieldInput>;
};

export type ForumActivityEdge = {
  __typename?: 'ForumActivityEdge';
  cursor: Scalars['String']['output'];
  node: ForumActivity;
};

export type ForumActivityForumConnection = {
  __typename?: 'ForumActivityForumConnection';
  edges: Array<ForumActivityForumRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ForumActivityForumConnectionWhere = {
  AND?: InputMaybe<Array<ForumActivityForumConnectionWhere>>;
  NOT?: InputMaybe<ForumActivityForumConnectionWhere>;
  OR?: InputMaybe<Array<ForumActivityForumConnectionWhere>>;
  node?: InputMaybe<ForumWhere>;
};

export type ForumActivityForumCreateFieldInput = {
  node: ForumCreateInput;
};

export type ForumActivityForumDeleteFieldInput = {
  delete?: InputMaybe<ForumDeleteInput>;
  where?: InputMaybe<ForumActivityForumConnectionWhere>;
};

export type ForumActivityForumFieldInput = {
  create?: InputMaybe<ForumActivityForumCreateFieldInput>;
};

export type ForumActivityForumRelationship = {
  __typename?: 'ForumActivityForumRelationship';
  cursor: Scalars['String']['output'];
  node: Forum;
};

export type ForumActivityRelationshipFilters = {
  /** Filter type where all of the related ForumActivities match this filter */
  all?: InputMaybe<ForumActivityWhere>;
  /** Filter type where none of the related ForumActivities match this filter */
  none?: InputMaybe<ForumActivityWhere>;
  /** Filter type where one of the related ForumActivities match this filter */
  single?: InputMaybe<ForumActivityWhere>;
  /** Filter type where some of the related ForumActivities match this filter */
  some?: InputMaybe<ForumActivityWhere>;
};

/** Fields to sort ForumActivities by. The order in which sorts are applied is not guaranteed when specifying many fields in one ForumActivitySort object. */
export type ForumActivitySort = {
  id?: InputMaybe<SortDirection>;
  month?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
};

export type ForumActivityUpdateInput = {
  id?: InputMaybe<IdScalarMutations>;
  month?: InputMaybe<StringScalarMutations>;
  text?: InputMaybe<StringScalarMutations>;
};

export type ForumActivityWhere = {
  AND?: InputMaybe<Array<ForumActivityWhere>>;
  NOT?: InputMaybe<ForumActivityWhere>;
  OR?: InputMaybe<Array<ForumActivityWhere>>;
  forum?: InputMaybe<ForumWhere>;
  forumConnection?: InputMaybe<ForumActivityForumConnectionWhere>;
  id?: InputMaybe<IdScalarFilters>;
  month?: InputMaybe<StringScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
};

export type ForumAggregate = {
  __typename?: 'ForumAggregate';
  count: Count;
  node: ForumAggregateNode;
};

export type ForumAggregateNode = {
  __typename?: 'ForumAggregateNode';
  form: StringAggregateSelection;
  name: StringAggregateSelection;
  owner: StringAggregateSelection;
  who: StringAggregateSelection;
};

export type ForumConnectInput = {
  activities?: InputMaybe<Array<ForumActivitiesConnectFieldInput>>;
  meetings?: InputMaybe<Array<ForumMeetingsConnectFieldInput>>;
  participants?: InputMaybe<ForumParticipantsConnectInput>;
};

export type ForumConnectWhere = {
  node: ForumWhere;
};

export type ForumCreateInput = {
  activities?: InputMaybe<ForumActivitiesFieldInput>;
  aliases: Array<Scalars['String']['input']>;
  form?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  initiative?: InputMaybe<ForumInitiativeFieldInput>;
  meetings?: InputMaybe<ForumMeetingsFieldInput>;
  name: Scalars['String']['input'];
  owner?: InputMaybe<Scalars['String']['input']>;
  participants?: InputMaybe<ForumParticipantsCreateInput>;
  purpose: Array<Scalars['String']['input']>;
  sources: Array<Scalars['String']['input']>;
  who: Scalars['String']['input'];
};

export type ForumDeleteInput = {
  activities?: InputMaybe<Array<ForumActivitiesDeleteFieldInput>>;
  initiative?: InputMaybe<ForumInitiativeDeleteFieldInput>;
  meetings?: InputMaybe<Array<ForumMeetingsDeleteFieldInput>>;
  participants?: InputMaybe<ForumParticipantsDeleteInput>;
};

export type ForumDisconnectInput = {
  activities?: InputMaybe<Array<ForumActivitiesDisconnectFieldInput>>;
  meetings?: InputMaybe<Array<ForumMeetingsDisconnectFieldInput>>;
  participants?: InputMaybe<ForumParticipantsDisconnectInput>;
};

export type ForumEdge = {
  __typename?: 'ForumEdge';
  cursor: Scalars['String']['output'];
  node: Forum;
};

export type ForumForumActivityActivitiesAggregateSelection = {
  __typename?: 'ForumForumActivityActivitiesAggregateSelection';
  count: CountConnection;
  node?: Maybe<ForumForumActivityActivitiesNodeAggregateSelection>;
};

export type ForumForumActivityActivitiesNodeAggregateSelection = {
  __typename?: 'ForumForumActivityActivitiesNodeAggregateSelection';
  month: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type ForumInitiativeConnection = {
  __typename?: 'ForumInitiativeConnection';
  edges: Array<ForumInitiativeRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ForumInitiativeConnectionWhere = {
  AND?: InputMaybe<Array<ForumInitiativeConnectionWhere>>;
  NOT?: InputMaybe<ForumInitiativeConnectionWhere>;
  OR?: InputMaybe<Array<ForumInitiativeConnectionWhere>>;
  node?: InputMaybe<InitiativeWhere>;
};

export type ForumInitiativeCreateFieldInput = {
  node: InitiativeCreateInput;
};

export type ForumInitiativeDeleteFieldInput = {
  delete?: InputMaybe<InitiativeDeleteInput>;
  where?: InputMaybe<ForumInitiativeConnectionWhere>;
};

export type ForumInitiativeFieldInput = {
  create?: InputMaybe<ForumInitiativeCreateFieldInput>;
};

export type ForumInitiativeRelationship = {
  __typename?: 'ForumInitiativeRelationship';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type ForumMeetingMeetingsAggregateSelection = {
  __typename?: 'ForumMeetingMeetingsAggregateSelection';
  count: CountConnection;
  node?: Maybe<ForumMeetingMeetingsNodeAggregateSelection>;
};

export type ForumMeetingMeetingsNodeAggregateSelection = {
  __typename?: 'ForumMeetingMeetingsNodeAggregateSelection';
  audience: StringAggregateSelection;
  endTime: LocalTimeAggregateSelection;
  online: StringAggregateSelection;
  place: StringAggregateSelection;
  startTime: LocalTimeAggregateSelection;
  text: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type ForumMeetingsConnectFieldInput = {
  connect?: InputMaybe<Array<MeetingConnectInput>>;
  where?: InputMaybe<MeetingConnectWhere>;
};

export type ForumMeetingsConnection = {
  __typename?: 'ForumMeetingsConnection';
  aggregate: ForumMeetingMeetingsAggregateSelection;
  edges: Array<ForumMeetingsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ForumMeetingsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ForumMeetingsConnectionAggregateInput>>;
  NOT?: InputMaybe<ForumMeetingsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ForumMeetingsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<ForumMeetingsNodeAggregationWhereInput>;
};

export type ForumMeetingsConnectionFilters = {
  /** Filter Forums by aggregating results on related ForumMeetingsConnections */
  aggregate?: InputMaybe<ForumMeetingsConnectionAggregateInput>;
  /** Return Forums where all of the related ForumMeetingsConnections match this filter */
  all?: InputMaybe<ForumMeetingsConnectionWhere>;
  /** Return Forums where none of the related ForumMeetingsConnections match this filter */
  none?: InputMaybe<ForumMeetingsConnectionWhere>;
  /** Return Forums where one of the related ForumMeetingsConnections match this filter */
  single?: InputMaybe<ForumMeetingsConnectionWhere>;
  /** Return Forums where some of the related ForumMeetingsConnections match this filter */
  some?: InputMaybe<ForumMeetingsConnectionWhere>;
};

export type ForumMeetingsConnectionSort = {
  node?: InputMaybe<MeetingSort>;
};

export type ForumMeetingsConnectionWhere = {
  AND?: InputMaybe<Array<ForumMeetingsConnectionWhere>>;
  NOT?: InputMaybe<ForumMeetingsConnectionWhere>;
  OR?: InputMaybe<Array<ForumMeetingsConnectionWhere>>;
  node?: InputMaybe<MeetingWhere>;
};

export type ForumMeetingsCreateFieldInput = {
  node: MeetingCreateInput;
};

export type ForumMeetingsDeleteFieldInput = {
  delete?: InputMaybe<MeetingDeleteInput>;
  where?: InputMaybe<ForumMeetingsConnectionWhere>;
};

export type ForumMeetingsDisconnectFieldInput = {
  disconnect?: InputMaybe<MeetingDisconnectInput>;
  where?: InputMaybe<ForumMeetingsConnectionWhere>;
};

export type ForumMeetingsFieldInput = {
  connect?: InputMaybe<Array<ForumMeetingsConnectFieldInput>>;
  create?: InputMaybe<Array<ForumMeetingsCreateFieldInput>>;
};

export type ForumMeetingsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ForumMeetingsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ForumMeetingsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ForumMeetingsNodeAggregationWhereInput>>;
  audience?: InputMaybe<StringScalarAggregationFilters>;
  endTime?: InputMaybe<LocalTimeScalarAggregationFilters>;
  online?: InputMaybe<StringScalarAggregationFilters>;
  place?: InputMaybe<StringScalarAggregationFilters>;
  startTime?: InputMaybe<LocalTimeScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type ForumMeetingsRelationship = {
  __typename?: 'ForumMeetingsRelationship';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

export type ForumMeetingsUpdateConnectionInput = {
  node?: InputMaybe<MeetingUpdateInput>;
  where?: InputMaybe<ForumMeetingsConnectionWhere>;
};

export type ForumMeetingsUpdateFieldInput = {
  connect?: InputMaybe<Array<ForumMeetingsConnectFieldInput>>;
  create?: InputMaybe<Array<ForumMeetingsCreateFieldInput>>;
  delete?: InputMaybe<Array<ForumMeetingsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<ForumMeetingsDisconnectFieldInput>>;
  update?: InputMaybe<ForumMeetingsUpdateConnectionInput>;
};

export type ForumParticipantsConnectInput = {
  Institution?: InputMaybe<Array<ForumParticipantsInstitutionConnectFieldInput>>;
  Person?: InputMaybe<Array<ForumParticipantsPersonConnectFieldInput>>;
};

export type ForumParticipantsConnection = {
  __typename?: 'ForumParticipantsConnection';
  edges: Array<ForumParticipantsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ForumParticipantsConnectionFilters = {
  /** Return Forums where all of the related ForumParticipantsConnections match this filter */
  all?: InputMaybe<ForumParticipantsConnectionWhere>;
  /** Return Forums where none of the related ForumParticipantsConnections match this filter */
  none?: InputMaybe<ForumParticipantsConnectionWhere>;
  /** Return Forums where one of the related ForumParticipantsConnections match this filter */
  single?: InputMaybe<ForumParticipantsConnectionWhere>;
  /** Return Forums where some of the related ForumParticipantsConnections match this filter */
  some?: InputMaybe<ForumParticipantsConnectionWhere>;
};

export type ForumParticipantsConnectionSort = {
  edge?: InputMaybe<ParticipationSort>;
};

export type ForumParticipantsConnectionWhere = {
  Institution?: InputMaybe<ForumParticipantsInstitutionConnectionWhere>;
  Person?: InputMaybe<ForumParticipantsPersonConnectionWhere>;
};

export type ForumParticipantsCreateInput = {
  Institution?: InputMaybe<ForumParticipantsInstitutionFieldInput>;
  Person?: InputMaybe<ForumParticipantsPersonFieldInput>;
};

export type ForumParticipantsDeleteInput = {
  Institution?: InputMaybe<Array<ForumParticipantsInstitutionDeleteFieldInput>>;
  Person?: InputMaybe<Array<ForumParticipantsPersonDeleteFieldInput>>;
};

export type ForumParticipantsDisconnectInput = {
  Institution?: InputMaybe<Array<ForumParticipantsInstitutionDisconnectFieldInput>>;
  Person?: InputMaybe<Array<ForumParticipantsPersonDisconnectFieldInput>>;
};

export type ForumParticipantsInstitutionConnectFieldInput = {
  connect?: InputMaybe<Array<InstitutionConnectInput>>;
  edge: ParticipationCreateInput;
  where?: InputMaybe<InstitutionConnectWhere>;
};

export type ForumParticipantsInstitutionConnectionWhere = {
  AND?: InputMaybe<Array<ForumParticipantsInstitutionConnectionWhere>>;
  NOT?: InputMaybe<ForumParticipantsInstitutionConnectionWhere>;
  OR?: InputMaybe<Array<ForumParticipantsInstitutionConnectionWhere>>;
  edge?: InputMaybe<ParticipationWhere>;
  node?: InputMaybe<InstitutionWhere>;
};

export type ForumParticipantsInstitutionCreateFieldInput = {
  edge: ParticipationCreateInput;
  node: InstitutionCreateInput;
};

export type ForumParticipantsInstitutionDeleteFieldInput = {
  delete?: InputMaybe<InstitutionDeleteInput>;
  where?: InputMaybe<ForumParticipantsInstitutionConnectionWhere>;
};

export type ForumParticipantsInstitutionDisconnectFieldInput = {
  disconnect?: InputMaybe<InstitutionDisconnectInput>;
  where?: InputMaybe<ForumParticipantsInstitutionConnectionWhere>;
};

export type ForumParticipantsInstitutionFieldInput = {
  connect?: InputMaybe<Array<ForumParticipantsInstitutionConnectFieldInput>>;
  create?: InputMaybe<Array<ForumParticipantsInstitutionCreateFieldInput>>;
};

export type ForumParticipantsInstitutionUpdateConnectionInput = {
  edge?: InputMaybe<ParticipationUpdateInput>;
  node?: InputMaybe<InstitutionUpdateInput>;
  where?: InputMaybe<ForumParticipantsInstitutionConnectionWhere>;
};

export type ForumParticipantsInstitutionUpdateFieldInput = {
  connect?: InputMaybe<Array<ForumParticipantsInstitutionConnectFieldInput>>;
  create?: InputMaybe<Array<ForumParticipantsInstitutionCreateFieldInput>>;
  delete?: InputMaybe<Array<ForumParticipantsInstitutionDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<ForumParticipantsInstitutionDisconnectFieldInput>>;
  update?: InputMaybe<ForumParticipantsInstitutionUpdateConnectionInput>;
};

export type ForumParticipantsPersonConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  edge: ParticipationCreateInput;
  where?: InputMaybe<PersonConnectWhere>;
};

export type ForumParticipantsPersonConnectionWhere = {
  AND?: InputMaybe<Array<ForumParticipantsPersonConnectionWhere>>;
  NOT?: InputMaybe<ForumParticipantsPersonConnectionWhere>;
  OR?: InputMaybe<Array<ForumParticipantsPersonConnectionWhere>>;
  edge?: InputMaybe<ParticipationWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type ForumParticipantsPersonCreateFieldInput = {
  edge: ParticipationCreateInput;
  node: PersonCreateInput;
};

export type ForumParticipantsPersonDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<ForumParticipantsPersonConnectionWhere>;
};

export type ForumParticipantsPersonDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<ForumParticipantsPersonConnectionWhere>;
};

export type ForumParticipantsPersonFieldInput = {
  connect?: InputMaybe<Array<ForumParticipantsPersonConnectFieldInput>>;
  create?: InputMaybe<Array<ForumParticipantsPersonCreateFieldInput>>;
};

export type ForumParticipantsPersonUpdateConnectionInput = {
  edge?: InputMaybe<ParticipationUpdateInput>;
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<ForumParticipantsPersonConnectionWhere>;
};

export type ForumParticipantsPersonUpdateFieldInput = {
  connect?: InputMaybe<Array<ForumParticipantsPersonConnectFieldInput>>;
  create?: InputMaybe<Array<ForumParticipantsPersonCreateFieldInput>>;
  delete?: InputMaybe<Array<ForumParticipantsPersonDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<ForumParticipantsPersonDisconnectFieldInput>>;
  update?: InputMaybe<ForumParticipantsPersonUpdateConnectionInput>;
};

export type ForumParticipantsRelationship = {
  __typename?: 'ForumParticipantsRelationship';
  cursor: Scalars['String']['output'];
  node: Participant;
  properties: Participation;
};

export type ForumParticipantsUpdateInput = {
  Institution?: InputMaybe<Array<ForumParticipantsInstitutionUpdateFieldInput>>;
  Person?: InputMaybe<Array<ForumParticipantsPersonUpdateFieldInput>>;
};

export type ForumRelationshipFilters = {
  /** Filter type where all of the related Forums match this filter */
  all?: InputMaybe<ForumWhere>;
  /** Filter type where none of the related Forums match this filter */
  none?: InputMaybe<ForumWhere>;
  /** Filter type where one of the related Forums match this filter */
  single?: InputMaybe<ForumWhere>;
  /** Filter type where some of the related Forums match this filter */
  some?: InputMaybe<ForumWhere>;
};

/** Fields to sort Forums by. The order in which sorts are applied is not guaranteed when specifying many fields in one ForumSort object. */
export type ForumSort = {
  form?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  owner?: InputMaybe<SortDirection>;
  who?: InputMaybe<SortDirection>;
};

export type ForumSummary = {
  __typename?: 'ForumSummary';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ForumUpdateInput = {
  activities?: InputMaybe<Array<ForumActivitiesUpdateFieldInput>>;
  aliases?: InputMaybe<ListStringMutations>;
  form?: InputMaybe<StringScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  meetings?: InputMaybe<Array<ForumMeetingsUpdateFieldInput>>;
  name?: InputMaybe<StringScalarMutations>;
  owner?: InputMaybe<StringScalarMutations>;
  participants?: InputMaybe<ForumParticipantsUpdateInput>;
  purpose?: InputMaybe<ListStringMutations>;
  sources?: InputMaybe<ListStringMutations>;
  who?: InputMaybe<StringScalarMutations>;
};

export type ForumWhere = {
  AND?: InputMaybe<Array<ForumWhere>>;
  NOT?: InputMaybe<ForumWhere>;
  OR?: InputMaybe<Array<ForumWhere>>;
  activities?: InputMaybe<ForumActivityRelationshipFilters>;
  activitiesConnection?: InputMaybe<ForumActivitiesConnectionFilters>;
  aliases?: InputMaybe<StringListFilters>;
  form?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  initiative?: InputMaybe<InitiativeWhere>;
  initiativeConnection?: InputMaybe<ForumInitiativeConnectionWhere>;
  meetings?: InputMaybe<MeetingRelationshipFilters>;
  meetingsConnection?: InputMaybe<ForumMeetingsConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  owner?: InputMaybe<StringScalarFilters>;
  participants?: InputMaybe<ParticipantRelationshipFilters>;
  participantsConnection?: InputMaybe<ForumParticipantsConnectionFilters>;
  purpose?: InputMaybe<StringListFilters>;
  sources?: InputMaybe<StringListFilters>;
  who?: InputMaybe<StringScalarFilters>;
};

export type ForumsConnection = {
  __typename?: 'ForumsConnection';
  aggregate: ForumAggregate;
  edges: Array<ForumEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FragileNetwork = {
  __typename?: 'FragileNetwork';
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

/** ID list filters */
export type IdListFilters = {
  eq?: InputMaybe<Array<Scalars['ID']['input']>>;
  includes?: InputMaybe<Scalars['ID']['input']>;
};

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

/** ID mutations */
export type IdScalarMutations = {
  set?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type Initiative = {
  __typename?: 'Initiative';
  aliases: Array<Scalars['String']['output']>;
  /** Who within the target groups, as written. */
  audience?: Maybe<Scalars['String']['output']>;
  buildsOn?: Maybe<Initiative>;
  buildsOnConnection: InitiativeBuildsOnConnection;
  forums: Array<Forum>;
  forumsConnection: InitiativeForumsConnection;
  how?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: InitiativeKind;
  meetings: Array<Meeting>;
  meetingsConnection: InitiativeMeetingsConnection;
  /** The municipalities the plan names. */
  municipalities: Array<Municipality>;
  municipalitiesConnection: InitiativeMunicipalitiesConnection;
  name: Scalars['String']['output'];
  network?: Maybe<Network>;
  networkConnection: InitiativeNetworkConnection;
  /** The owner as written, for joint measures: Samarbeidsforum i Trøndelag. */
  owner?: Maybe<Scalars['String']['output']>;
  partners: Array<Institution>;
  partnersConnection: InitiativePartnersConnection;
  /** Last day of that period. */
  periodEnd?: Maybe<Scalars['Date']['output']>;
  /** First day of the period the documents give. */
  periodStart?: Maybe<Scalars['Date']['output']>;
  /** The period as written. */
  periodText: Scalars['String']['output'];
  plannedDays?: Maybe<Scalars['Int']['output']>;
  plannedEmployees?: Maybe<Scalars['Int']['output']>;
  plannedGatherings?: Maybe<Scalars['Int']['output']>;
  plannedMeetings?: Maybe<Scalars['Int']['output']>;
  plannedUnits?: Maybe<Scalars['Int']['output']>;
  purpose: Array<Scalars['String']['output']>;
  /** Who is responsible, as written, e.g. 'Styrer, rektor, leder PPT'. */
  responsible?: Maybe<Scalars['String']['output']>;
  responsibleInstitutions: Array<Institution>;
  responsibleInstitutionsConnection: InitiativeResponsibleInstitutionsConnection;
  scheme?: Maybe<Scheme>;
  schemeConnection: InitiativeSchemeConnection;
  sources: Array<Scalars['String']['output']>;
  status?: Maybe<InitiativeStatus>;
  /** Null when the documents do not say; an empty list means none. */
  targetGroups?: Maybe<Array<TargetGroup>>;
  tracks: Array<Track>;
  tracksConnection: InitiativeTracksConnection;
  /** The planned volume as written. */
  volumeText?: Maybe<Scalars['String']['output']>;
  workingGroups: Array<WorkingGroup>;
  workingGroupsConnection: InitiativeWorkingGroupsConnection;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeForumsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ForumSort>>;
  where?: InputMaybe<ForumWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeForumsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeForumsConnectionSort>>;
  where?: InputMaybe<InitiativeForumsConnectionWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeMeetingsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MeetingSort>>;
  where?: InputMaybe<MeetingWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeMeetingsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeMeetingsConnectionSort>>;
  where?: InputMaybe<InitiativeMeetingsConnectionWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeMunicipalitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MunicipalitySort>>;
  where?: InputMaybe<MunicipalityWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeMunicipalitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeMunicipalitiesConnectionSort>>;
  where?: InputMaybe<InitiativeMunicipalitiesConnectionWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativePartnersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionSort>>;
  where?: InputMaybe<InstitutionWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativePartnersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativePartnersConnectionSort>>;
  where?: InputMaybe<InitiativePartnersConnectionWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeResponsibleInstitutionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionSort>>;
  where?: InputMaybe<InstitutionWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeResponsibleInstitutionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeResponsibleInstitutionsConnectionSort>>;
  where?: InputMaybe<InitiativeResponsibleInstitutionsConnectionWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeTracksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackSort>>;
  where?: InputMaybe<TrackWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeTracksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeTracksConnectionSort>>;
  where?: InputMaybe<InitiativeTracksConnectionWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeWorkingGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<WorkingGroupSort>>;
  where?: InputMaybe<WorkingGroupWhere>;
};


/**
 * A measure (tiltak) of a network under a scheme, or a joint measure (fellestiltak)
 * owned by the county's Samarbeidsforum.
 */
export type InitiativeWorkingGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeWorkingGroupsConnectionSort>>;
  where?: InputMaybe<InitiativeWorkingGroupsConnectionWhere>;
};

export type InitiativeAggregate = {
  __typename?: 'InitiativeAggregate';
  count: Count;
  node: InitiativeAggregateNode;
};

export type InitiativeAggregateNode = {
  __typename?: 'InitiativeAggregateNode';
  audience: StringAggregateSelection;
  how: StringAggregateSelection;
  name: StringAggregateSelection;
  owner: StringAggregateSelection;
  periodText: StringAggregateSelection;
  plannedDays: IntAggregateSelection;
  plannedEmployees: IntAggregateSelection;
  plannedGatherings: IntAggregateSelection;
  plannedMeetings: IntAggregateSelection;
  plannedUnits: IntAggregateSelection;
  responsible: StringAggregateSelection;
  volumeText: StringAggregateSelection;
};

export type InitiativeBuildsOnConnection = {
  __typename?: 'InitiativeBuildsOnConnection';
  edges: Array<InitiativeBuildsOnRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeBuildsOnConnectionWhere = {
  AND?: InputMaybe<Array<InitiativeBuildsOnConnectionWhere>>;
  NOT?: InputMaybe<InitiativeBuildsOnConnectionWhere>;
  OR?: InputMaybe<Array<InitiativeBuildsOnConnectionWhere>>;
  node?: InputMaybe<InitiativeWhere>;
};

export type InitiativeBuildsOnCreateFieldInput = {
  node: InitiativeCreateInput;
};

export type InitiativeBuildsOnDeleteFieldInput = {
  delete?: InputMaybe<InitiativeDeleteInput>;
  where?: InputMaybe<InitiativeBuildsOnConnectionWhere>;
};

export type InitiativeBuildsOnFieldInput = {
  create?: InputMaybe<InitiativeBuildsOnCreateFieldInput>;
};

export type InitiativeBuildsOnRelationship = {
  __typename?: 'InitiativeBuildsOnRelationship';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type InitiativeConnectInput = {
  forums?: InputMaybe<Array<InitiativeForumsConnectFieldInput>>;
  meetings?: InputMaybe<Array<InitiativeMeetingsConnectFieldInput>>;
  municipalities?: InputMaybe<Array<InitiativeMunicipalitiesConnectFieldInput>>;
  partners?: InputMaybe<Array<InitiativePartnersConnectFieldInput>>;
  responsibleInstitutions?: InputMaybe<Array<InitiativeResponsibleInstitutionsConnectFieldInput>>;
  tracks?: InputMaybe<Array<InitiativeTracksConnectFieldInput>>;
  workingGroups?: InputMaybe<Array<InitiativeWorkingGroupsConnectFieldInput>>;
};

export type InitiativeConnectWhere = {
  node: InitiativeWhere;
};

export type InitiativeCreateInput = {
  aliases: Array<Scalars['String']['input']>;
  audience?: InputMaybe<Scalars['String']['input']>;
  buildsOn?: InputMaybe<InitiativeBuildsOnFieldInput>;
  forums?: InputMaybe<InitiativeForumsFieldInput>;
  how?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: InitiativeKind;
  meetings?: InputMaybe<InitiativeMeetingsFieldInput>;
  municipalities?: InputMaybe<InitiativeMunicipalitiesFieldInput>;
  name: Scalars['String']['input'];
  network?: InputMaybe<InitiativeNetworkFieldInput>;
  owner?: InputMaybe<Scalars['String']['input']>;
  partners?: InputMaybe<InitiativePartnersFieldInput>;
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  periodText: Scalars['String']['input'];
  plannedDays?: InputMaybe<Scalars['Int']['input']>;
  plannedEmployees?: InputMaybe<Scalars['Int']['input']>;
  plannedGatherings?: InputMaybe<Scalars['Int']['input']>;
  plannedMeetings?: InputMaybe<Scalars['Int']['input']>;
  plannedUnits?: InputMaybe<Scalars['Int']['input']>;
  purpose: Array<Scalars['String']['input']>;
  responsible?: InputMaybe<Scalars['String']['input']>;
  responsibleInstitutions?: InputMaybe<InitiativeResponsibleInstitutionsFieldInput>;
  scheme?: InputMaybe<InitiativeSchemeFieldInput>;
  sources: Array<Scalars['String']['input']>;
  status?: InputMaybe<InitiativeStatus>;
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  tracks?: InputMaybe<InitiativeTracksFieldInput>;
  volumeText?: InputMaybe<Scalars['String']['input']>;
  workingGroups?: InputMaybe<InitiativeWorkingGroupsFieldInput>;
};

export type InitiativeDeleteInput = {
  buildsOn?: InputMaybe<InitiativeBuildsOnDeleteFieldInput>;
  forums?: InputMaybe<Array<InitiativeForumsDeleteFieldInput>>;
  meetings?: InputMaybe<Array<InitiativeMeetingsDeleteFieldInput>>;
  municipalities?: InputMaybe<Array<InitiativeMunicipalitiesDeleteFieldInput>>;
  network?: InputMaybe<InitiativeNetworkDeleteFieldInput>;
  partners?: InputMaybe<Array<InitiativePartnersDeleteFieldInput>>;
  responsibleInstitutions?: InputMaybe<Array<InitiativeResponsibleInstitutionsDeleteFieldInput>>;
  scheme?: InputMaybe<InitiativeSchemeDeleteFieldInput>;
  tracks?: InputMaybe<Array<InitiativeTracksDeleteFieldInput>>;
  workingGroups?: InputMaybe<Array<InitiativeWorkingGroupsDeleteFieldInput>>;
};

export type InitiativeDisconnectInput = {
  forums?: InputMaybe<Array<InitiativeForumsDisconnectFieldInput>>;
  meetings?: InputMaybe<Array<InitiativeMeetingsDisconnectFieldInput>>;
  municipalities?: InputMaybe<Array<InitiativeMunicipalitiesDisconnectFieldInput>>;
  partners?: InputMaybe<Array<InitiativePartnersDisconnectFieldInput>>;
  responsibleInstitutions?: InputMaybe<Array<InitiativeResponsibleInstitutionsDisconnectFieldInput>>;
  tracks?: InputMaybe<Array<InitiativeTracksDisconnectFieldInput>>;
  workingGroups?: InputMaybe<Array<InitiativeWorkingGroupsDisconnectFieldInput>>;
};

export type InitiativeEdge = {
  __typename?: 'InitiativeEdge';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type InitiativeForumForumsAggregateSelection = {
  __typename?: 'InitiativeForumForumsAggregateSelection';
  count: CountConnection;
  node?: Maybe<InitiativeForumForumsNodeAggregateSelection>;
};

export type InitiativeForumForumsNodeAggregateSelection = {
  __typename?: 'InitiativeForumForumsNodeAggregateSelection';
  form: StringAggregateSelection;
  name: StringAggregateSelection;
  owner: StringAggregateSelection;
  who: StringAggregateSelection;
};

export type InitiativeForumsConnectFieldInput = {
  connect?: InputMaybe<Array<ForumConnectInput>>;
  where?: InputMaybe<ForumConnectWhere>;
};

export type InitiativeForumsConnection = {
  __typename?: 'InitiativeForumsConnection';
  aggregate: InitiativeForumForumsAggregateSelection;
  edges: Array<InitiativeForumsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeForumsConnectionAggregateInput = {
  AND?: InputMaybe<Array<InitiativeForumsConnectionAggregateInput>>;
  NOT?: InputMaybe<InitiativeForumsConnectionAggregateInput>;
  OR?: InputMaybe<Array<InitiativeForumsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InitiativeForumsNodeAggregationWhereInput>;
};

export type InitiativeForumsConnectionFilters = {
  /** Filter Initiatives by aggregating results on related InitiativeForumsConnections */
  aggregate?: InputMaybe<InitiativeForumsConnectionAggregateInput>;
  /** Return Initiatives where all of the related InitiativeForumsConnections match this filter */
  all?: InputMaybe<InitiativeForumsConnectionWhere>;
  /** Return Initiatives where none of the related InitiativeForumsConnections match this filter */
  none?: InputMaybe<InitiativeForumsConnectionWhere>;
  /** Return Initiatives where one of the related InitiativeForumsConnections match this filter */
  single?: InputMaybe<InitiativeForumsConnectionWhere>;
  /** Return Initiatives where some of the related InitiativeForumsConnections match this filter */
  some?: InputMaybe<InitiativeForumsConnectionWhere>;
};

export type InitiativeForumsConnectionSort = {
  node?: InputMaybe<ForumSort>;
};

export type InitiativeForumsConnectionWhere = {
  AND?: InputMaybe<Array<InitiativeForumsConnectionWhere>>;
  NOT?: InputMaybe<InitiativeForumsConnectionWhere>;
  OR?: InputMaybe<Array<InitiativeForumsConnectionWhere>>;
  node?: InputMaybe<ForumWhere>;
};

export type InitiativeForumsCreateFieldInput = {
  node: ForumCreateInput;
};

export type InitiativeForumsDeleteFieldInput = {
  delete?: InputMaybe<ForumDeleteInput>;
  where?: InputMaybe<InitiativeForumsConnectionWhere>;
};

export type InitiativeForumsDisconnectFieldInput = {
  disconnect?: InputMaybe<ForumDisconnectInput>;
  where?: InputMaybe<InitiativeForumsConnectionWhere>;
};

export type InitiativeForumsFieldInput = {
  connect?: InputMaybe<Array<InitiativeForumsConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeForumsCreateFieldInput>>;
};

export type InitiativeForumsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InitiativeForumsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InitiativeForumsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InitiativeForumsNodeAggregationWhereInput>>;
  form?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  owner?: InputMaybe<StringScalarAggregationFilters>;
  who?: InputMaybe<StringScalarAggregationFilters>;
};

export type InitiativeForumsRelationship = {
  __typename?: 'InitiativeForumsRelationship';
  cursor: Scalars['String']['output'];
  node: Forum;
};

export type InitiativeForumsUpdateConnectionInput = {
  node?: InputMaybe<ForumUpdateInput>;
  where?: InputMaybe<InitiativeForumsConnectionWhere>;
};

export type InitiativeForumsUpdateFieldInput = {
  connect?: InputMaybe<Array<InitiativeForumsConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeForumsCreateFieldInput>>;
  delete?: InputMaybe<Array<InitiativeForumsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InitiativeForumsDisconnectFieldInput>>;
  update?: InputMaybe<InitiativeForumsUpdateConnectionInput>;
};

export type InitiativeInstitutionPartnersAggregateSelection = {
  __typename?: 'InitiativeInstitutionPartnersAggregateSelection';
  count: CountConnection;
  node?: Maybe<InitiativeInstitutionPartnersNodeAggregateSelection>;
};

export type InitiativeInstitutionPartnersNodeAggregateSelection = {
  __typename?: 'InitiativeInstitutionPartnersNodeAggregateSelection';
  fullName: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type InitiativeInstitutionResponsibleInstitutionsAggregateSelection = {
  __typename?: 'InitiativeInstitutionResponsibleInstitutionsAggregateSelection';
  count: CountConnection;
  node?: Maybe<InitiativeInstitutionResponsibleInstitutionsNodeAggregateSelection>;
};

export type InitiativeInstitutionResponsibleInstitutionsNodeAggregateSelection = {
  __typename?: 'InitiativeInstitutionResponsibleInstitutionsNodeAggregateSelection';
  fullName: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type InitiativeKind =
  | 'JOINT_MEASURE'
  | 'MEASURE';

/** InitiativeKind filters */
export type InitiativeKindEnumScalarFilters = {
  eq?: InputMaybe<InitiativeKind>;
  in?: InputMaybe<Array<InitiativeKind>>;
};

/** InitiativeKind mutations */
export type InitiativeKindEnumScalarMutations = {
  set?: InputMaybe<InitiativeKind>;
};

export type InitiativeMeetingMeetingsAggregateSelection = {
  __typename?: 'InitiativeMeetingMeetingsAggregateSelection';
  count: CountConnection;
  node?: Maybe<InitiativeMeetingMeetingsNodeAggregateSelection>;
};

export type InitiativeMeetingMeetingsNodeAggregateSelection = {
  __typename?: 'InitiativeMeetingMeetingsNodeAggregateSelection';
  audience: StringAggregateSelection;
  endTime: LocalTimeAggregateSelection;
  online: StringAggregateSelection;
  place: StringAggregateSelection;
  startTime: LocalTimeAggregateSelection;
  text: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type InitiativeMeetingsConnectFieldInput = {
  connect?: InputMaybe<Array<MeetingConnectInput>>;
  where?: InputMaybe<MeetingConnectWhere>;
};

export type InitiativeMeetingsConnection = {
  __typename?: 'InitiativeMeetingsConnection';
  aggregate: InitiativeMeetingMeetingsAggregateSelection;
  edges: Array<InitiativeMeetingsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeMeetingsConnectionAggregateInput = {
  AND?: InputMaybe<Array<InitiativeMeetingsConnectionAggregateInput>>;
  NOT?: InputMaybe<InitiativeMeetingsConnectionAggregateInput>;
  OR?: InputMaybe<Array<InitiativeMeetingsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InitiativeMeetingsNodeAggregationWhereInput>;
};

export type InitiativeMeetingsConnectionFilters = {
  /** Filter Initiatives by aggregating results on related InitiativeMeetingsConnections */
  aggregate?: InputMaybe<InitiativeMeetingsConnectionAggregateInput>;
  /** Return Initiatives where all of the related InitiativeMeetingsConnections match this filter */
  all?: InputMaybe<InitiativeMeetingsConnectionWhere>;
  /** Return Initiatives where none of the related InitiativeMeetingsConnections match this filter */
  none?: InputMaybe<InitiativeMeetingsConnectionWhere>;
  /** Return Initiatives where one of the related InitiativeMeetingsConnections match this filter */
  single?: InputMaybe<InitiativeMeetingsConnectionWhere>;
  /** Return Initiatives where some of the related InitiativeMeetingsConnections match this filter */
  some?: InputMaybe<InitiativeMeetingsConnectionWhere>;
};

export type InitiativeMeetingsConnectionSort = {
  node?: InputMaybe<MeetingSort>;
};

export type InitiativeMeetingsConnectionWhere = {
  AND?: InputMaybe<Array<InitiativeMeetingsConnectionWhere>>;
  NOT?: InputMaybe<InitiativeMeetingsConnectionWhere>;
  OR?: InputMaybe<Array<InitiativeMeetingsConnectionWhere>>;
  node?: InputMaybe<MeetingWhere>;
};

export type InitiativeMeetingsCreateFieldInput = {
  node: MeetingCreateInput;
};

export type InitiativeMeetingsDeleteFieldInput = {
  delete?: InputMaybe<MeetingDeleteInput>;
  where?: InputMaybe<InitiativeMeetingsConnectionWhere>;
};

export type InitiativeMeetingsDisconnectFieldInput = {
  disconnect?: InputMaybe<MeetingDisconnectInput>;
  where?: InputMaybe<InitiativeMeetingsConnectionWhere>;
};

export type InitiativeMeetingsFieldInput = {
  connect?: InputMaybe<Array<InitiativeMeetingsConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeMeetingsCreateFieldInput>>;
};

export type InitiativeMeetingsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InitiativeMeetingsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InitiativeMeetingsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InitiativeMeetingsNodeAggregationWhereInput>>;
  audience?: InputMaybe<StringScalarAggregationFilters>;
  endTime?: InputMaybe<LocalTimeScalarAggregationFilters>;
  online?: InputMaybe<StringScalarAggregationFilters>;
  place?: InputMaybe<StringScalarAggregationFilters>;
  startTime?: InputMaybe<LocalTimeScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type InitiativeMeetingsRelationship = {
  __typename?: 'InitiativeMeetingsRelationship';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

export type InitiativeMeetingsUpdateConnectionInput = {
  node?: InputMaybe<MeetingUpdateInput>;
  where?: InputMaybe<InitiativeMeetingsConnectionWhere>;
};

export type InitiativeMeetingsUpdateFieldInput = {
  connect?: InputMaybe<Array<InitiativeMeetingsConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeMeetingsCreateFieldInput>>;
  delete?: InputMaybe<Array<InitiativeMeetingsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InitiativeMeetingsDisconnectFieldInput>>;
  update?: InputMaybe<InitiativeMeetingsUpdateConnectionInput>;
};

export type InitiativeMunicipalitiesConnectFieldInput = {
  connect?: InputMaybe<Array<MunicipalityConnectInput>>;
  where?: InputMaybe<MunicipalityConnectWhere>;
};

export type InitiativeMunicipalitiesConnection = {
  __typename?: 'InitiativeMunicipalitiesConnection';
  aggregate: InitiativeMunicipalityMunicipalitiesAggregateSelection;
  edges: Array<InitiativeMunicipalitiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeMunicipalitiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<InitiativeMunicipalitiesConnectionAggregateInput>>;
  NOT?: InputMaybe<InitiativeMunicipalitiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<InitiativeMunicipalitiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InitiativeMunicipalitiesNodeAggregationWhereInput>;
};

export type InitiativeMunicipalitiesConnectionFilters = {
  /** Filter Initiatives by aggregating results on related InitiativeMunicipalitiesConnections */
  aggregate?: InputMaybe<InitiativeMunicipalitiesConnectionAggregateInput>;
  /** Return Initiatives where all of the related InitiativeMunicipalitiesConnections match this filter */
  all?: InputMaybe<InitiativeMunicipalitiesConnectionWhere>;
  /** Return Initiatives where none of the related InitiativeMunicipalitiesConnections match this filter */
  none?: InputMaybe<InitiativeMunicipalitiesConnectionWhere>;
  /** Return Initiatives where one of the related InitiativeMunicipalitiesConnections match this filter */
  single?: InputMaybe<InitiativeMunicipalitiesConnectionWhere>;
  /** Return Initiatives where some of the related InitiativeMunicipalitiesConnections match this filter */
  some?: InputMaybe<InitiativeMunicipalitiesConnectionWhere>;
};

export type InitiativeMunicipalitiesConnectionSort = {
  node?: InputMaybe<MunicipalitySort>;
};

export type InitiativeMunicipalitiesConnectionWhere = {
  AND?: InputMaybe<Array<InitiativeMunicipalitiesConnectionWhere>>;
  NOT?: InputMaybe<InitiativeMunicipalitiesConnectionWhere>;
  OR?: InputMaybe<Array<InitiativeMunicipalitiesConnectionWhere>>;
  node?: InputMaybe<MunicipalityWhere>;
};

export type InitiativeMunicipalitiesCreateFieldInput = {
  node: MunicipalityCreateInput;
};

export type InitiativeMunicipalitiesDeleteFieldInput = {
  delete?: InputMaybe<MunicipalityDeleteInput>;
  where?: InputMaybe<InitiativeMunicipalitiesConnectionWhere>;
};

export type InitiativeMunicipalitiesDisconnectFieldInput = {
  disconnect?: InputMaybe<MunicipalityDisconnectInput>;
  where?: InputMaybe<InitiativeMunicipalitiesConnectionWhere>;
};

export type InitiativeMunicipalitiesFieldInput = {
  connect?: InputMaybe<Array<InitiativeMunicipalitiesConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeMunicipalitiesCreateFieldInput>>;
};

export type InitiativeMunicipalitiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InitiativeMunicipalitiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InitiativeMunicipalitiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InitiativeMunicipalitiesNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
};

export type InitiativeMunicipalitiesRelationship = {
  __typename?: 'InitiativeMunicipalitiesRelationship';
  cursor: Scalars['String']['output'];
  node: Municipality;
};

export type InitiativeMunicipalitiesUpdateConnectionInput = {
  node?: InputMaybe<MunicipalityUpdateInput>;
  where?: InputMaybe<InitiativeMunicipalitiesConnectionWhere>;
};

export type InitiativeMunicipalitiesUpdateFieldInput = {
  connect?: InputMaybe<Array<InitiativeMunicipalitiesConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeMunicipalitiesCreateFieldInput>>;
  delete?: InputMaybe<Array<InitiativeMunicipalitiesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InitiativeMunicipalitiesDisconnectFieldInput>>;
  update?: InputMaybe<InitiativeMunicipalitiesUpdateConnectionInput>;
};

export type InitiativeMunicipalityMunicipalitiesAggregateSelection = {
  __typename?: 'InitiativeMunicipalityMunicipalitiesAggregateSelection';
  count: CountConnection;
  node?: Maybe<InitiativeMunicipalityMunicipalitiesNodeAggregateSelection>;
};

export type InitiativeMunicipalityMunicipalitiesNodeAggregateSelection = {
  __typename?: 'InitiativeMunicipalityMunicipalitiesNodeAggregateSelection';
  name: StringAggregateSelection;
  number: StringAggregateSelection;
};

export type InitiativeNetworkConnection = {
  __typename?: 'InitiativeNetworkConnection';
  edges: Array<InitiativeNetworkRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeNetworkConnectionWhere = {
  AND?: InputMaybe<Array<InitiativeNetworkConnectionWhere>>;
  NOT?: InputMaybe<InitiativeNetworkConnectionWhere>;
  OR?: InputMaybe<Array<InitiativeNetworkConnectionWhere>>;
  node?: InputMaybe<NetworkWhere>;
};

export type InitiativeNetworkCreateFieldInput = {
  node: NetworkCreateInput;
};

export type InitiativeNetworkDeleteFieldInput = {
  delete?: InputMaybe<NetworkDeleteInput>;
  where?: InputMaybe<InitiativeNetworkConnectionWhere>;
};

export type InitiativeNetworkFieldInput = {
  create?: InputMaybe<InitiativeNetworkCreateFieldInput>;
};

export type InitiativeNetworkRelationship = {
  __typename?: 'InitiativeNetworkRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
};

export type InitiativePartnersConnectFieldInput = {
  connect?: InputMaybe<Array<InstitutionConnectInput>>;
  where?: InputMaybe<InstitutionConnectWhere>;
};

export type InitiativePartnersConnection = {
  __typename?: 'InitiativePartnersConnection';
  aggregate: InitiativeInstitutionPartnersAggregateSelection;
  edges: Array<InitiativePartnersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativePartnersConnectionAggregateInput = {
  AND?: InputMaybe<Array<InitiativePartnersConnectionAggregateInput>>;
  NOT?: InputMaybe<InitiativePartnersConnectionAggregateInput>;
  OR?: InputMaybe<Array<InitiativePartnersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InitiativePartnersNodeAggregationWhereInput>;
};

export type InitiativePartnersConnectionFilters = {
  /** Filter Initiatives by aggregating results on related InitiativePartnersConnections */
  aggregate?: InputMaybe<InitiativePartnersConnectionAggregateInput>;
  /** Return Initiatives where all of the related InitiativePartnersConnections match this filter */
  all?: InputMaybe<InitiativePartnersConnectionWhere>;
  /** Return Initiatives where none of the related InitiativePartnersConnections match this filter */
  none?: InputMaybe<InitiativePartnersConnectionWhere>;
  /** Return Initiatives where one of the related InitiativePartnersConnections match this filter */
  single?: InputMaybe<InitiativePartnersConnectionWhere>;
  /** Return Initiatives where some of the related InitiativePartnersConnections match this filter */
  some?: InputMaybe<InitiativePartnersConnectionWhere>;
};

export type InitiativePartnersConnectionSort = {
  node?: InputMaybe<InstitutionSort>;
};

export type InitiativePartnersConnectionWhere = {
  AND?: InputMaybe<Array<InitiativePartnersConnectionWhere>>;
  NOT?: InputMaybe<InitiativePartnersConnectionWhere>;
  OR?: InputMaybe<Array<InitiativePartnersConnectionWhere>>;
  node?: InputMaybe<InstitutionWhere>;
};

export type InitiativePartnersCreateFieldInput = {
  node: InstitutionCreateInput;
};

export type InitiativePartnersDeleteFieldInput = {
  delete?: InputMaybe<InstitutionDeleteInput>;
  where?: InputMaybe<InitiativePartnersConnectionWhere>;
};

export type InitiativePartnersDisconnectFieldInput = {
  disconnect?: InputMaybe<InstitutionDisconnectInput>;
  where?: InputMaybe<InitiativePartnersConnectionWhere>;
};

export type InitiativePartnersFieldInput = {
  connect?: InputMaybe<Array<InitiativePartnersConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativePartnersCreateFieldInput>>;
};

export type InitiativePartnersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InitiativePartnersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InitiativePartnersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InitiativePartnersNodeAggregationWhereInput>>;
  fullName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type InitiativePartnersRelationship = {
  __typename?: 'InitiativePartnersRelationship';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type InitiativePartnersUpdateConnectionInput = {
  node?: InputMaybe<InstitutionUpdateInput>;
  where?: InputMaybe<InitiativePartnersConnectionWhere>;
};

export type InitiativePartnersUpdateFieldInput = {
  connect?: InputMaybe<Array<InitiativePartnersConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativePartnersCreateFieldInput>>;
  delete?: InputMaybe<Array<InitiativePartnersDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InitiativePartnersDisconnectFieldInput>>;
  update?: InputMaybe<InitiativePartnersUpdateConnectionInput>;
};

export type InitiativeRelationshipFilters = {
  /** Filter type where all of the related Initiatives match this filter */
  all?: InputMaybe<InitiativeWhere>;
  /** Filter type where none of the related Initiatives match this filter */
  none?: InputMaybe<InitiativeWhere>;
  /** Filter type where one of the related Initiatives match this filter */
  single?: InputMaybe<InitiativeWhere>;
  /** Filter type where some of the related Initiatives match this filter */
  some?: InputMaybe<InitiativeWhere>;
};

export type InitiativeResponsibleInstitutionsConnectFieldInput = {
  connect?: InputMaybe<Array<InstitutionConnectInput>>;
  where?: InputMaybe<InstitutionConnectWhere>;
};

export type InitiativeResponsibleInstitutionsConnection = {
  __typename?: 'InitiativeResponsibleInstitutionsConnection';
  aggregate: InitiativeInstitutionResponsibleInstitutionsAggregateSelection;
  edges: Array<InitiativeResponsibleInstitutionsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeResponsibleInstitutionsConnectionAggregateInput = {
  AND?: InputMaybe<Array<InitiativeResponsibleInstitutionsConnectionAggregateInput>>;
  NOT?: InputMaybe<InitiativeResponsibleInstitutionsConnectionAggregateInput>;
  OR?: InputMaybe<Array<InitiativeResponsibleInstitutionsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InitiativeResponsibleInstitutionsNodeAggregationWhereInput>;
};

export type InitiativeResponsibleInstitutionsConnectionFilters = {
  /** Filter Initiatives by aggregating results on related InitiativeResponsibleInstitutionsConnections */
  aggregate?: InputMaybe<InitiativeResponsibleInstitutionsConnectionAggregateInput>;
  /** Return Initiatives where all of the related InitiativeResponsibleInstitutionsConnections match this filter */
  all?: InputMaybe<InitiativeResponsibleInstitutionsConnectionWhere>;
  /** Return Initiatives where none of the related InitiativeResponsibleInstitutionsConnections match this filter */
  none?: InputMaybe<InitiativeResponsibleInstitutionsConnectionWhere>;
  /** Return Initiatives where one of the related InitiativeResponsibleInstitutionsConnections match this filter */
  single?: InputMaybe<InitiativeResponsibleInstitutionsConnectionWhere>;
  /** Return Initiatives where some of the related InitiativeResponsibleInstitutionsConnections match this filter */
  some?: InputMaybe<InitiativeResponsibleInstitutionsConnectionWhere>;
};

export type InitiativeResponsibleInstitutionsConnectionSort = {
  node?: InputMaybe<InstitutionSort>;
};

export type InitiativeResponsibleInstitutionsConnectionWhere = {
  AND?: InputMaybe<Array<InitiativeResponsibleInstitutionsConnectionWhere>>;
  NOT?: InputMaybe<InitiativeResponsibleInstitutionsConnectionWhere>;
  OR?: InputMaybe<Array<InitiativeResponsibleInstitutionsConnectionWhere>>;
  node?: InputMaybe<InstitutionWhere>;
};

export type InitiativeResponsibleInstitutionsCreateFieldInput = {
  node: InstitutionCreateInput;
};

export type InitiativeResponsibleInstitutionsDeleteFieldInput = {
  delete?: InputMaybe<InstitutionDeleteInput>;
  where?: InputMaybe<InitiativeResponsibleInstitutionsConnectionWhere>;
};

export type InitiativeResponsibleInstitutionsDisconnectFieldInput = {
  disconnect?: InputMaybe<InstitutionDisconnectInput>;
  where?: InputMaybe<InitiativeResponsibleInstitutionsConnectionWhere>;
};

export type InitiativeResponsibleInstitutionsFieldInput = {
  connect?: InputMaybe<Array<InitiativeResponsibleInstitutionsConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeResponsibleInstitutionsCreateFieldInput>>;
};

export type InitiativeResponsibleInstitutionsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InitiativeResponsibleInstitutionsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InitiativeResponsibleInstitutionsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InitiativeResponsibleInstitutionsNodeAggregationWhereInput>>;
  fullName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type InitiativeResponsibleInstitutionsRelationship = {
  __typename?: 'InitiativeResponsibleInstitutionsRelationship';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type InitiativeResponsibleInstitutionsUpdateConnectionInput = {
  node?: InputMaybe<InstitutionUpdateInput>;
  where?: InputMaybe<InitiativeResponsibleInstitutionsConnectionWhere>;
};

export type InitiativeResponsibleInstitutionsUpdateFieldInput = {
  connect?: InputMaybe<Array<InitiativeResponsibleInstitutionsConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeResponsibleInstitutionsCreateFieldInput>>;
  delete?: InputMaybe<Array<InitiativeResponsibleInstitutionsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InitiativeResponsibleInstitutionsDisconnectFieldInput>>;
  update?: InputMaybe<InitiativeResponsibleInstitutionsUpdateConnectionInput>;
};

export type InitiativeSchemeConnection = {
  __typename?: 'InitiativeSchemeConnection';
  edges: Array<InitiativeSchemeRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeSchemeConnectionWhere = {
  AND?: InputMaybe<Array<InitiativeSchemeConnectionWhere>>;
  NOT?: InputMaybe<InitiativeSchemeConnectionWhere>;
  OR?: InputMaybe<Array<InitiativeSchemeConnectionWhere>>;
  node?: InputMaybe<SchemeWhere>;
};

export type InitiativeSchemeCreateFieldInput = {
  node: SchemeCreateInput;
};

export type InitiativeSchemeDeleteFieldInput = {
  delete?: InputMaybe<SchemeDeleteInput>;
  where?: InputMaybe<InitiativeSchemeConnectionWhere>;
};

export type InitiativeSchemeFieldInput = {
  create?: InputMaybe<InitiativeSchemeCreateFieldInput>;
};

export type InitiativeSchemeRelationship = {
  __typename?: 'InitiativeSchemeRelationship';
  cursor: Scalars['String']['output'];
  node: Scheme;
};

/** Fields to sort Initiatives by. The order in which sorts are applied is not guaranteed when specifying many fields in one InitiativeSort object. */
export type InitiativeSort = {
  audience?: InputMaybe<SortDirection>;
  how?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  owner?: InputMaybe<SortDirection>;
  periodEnd?: InputMaybe<SortDirection>;
  periodStart?: InputMaybe<SortDirection>;
  periodText?: InputMaybe<SortDirection>;
  plannedDays?: InputMaybe<SortDirection>;
  plannedEmployees?: InputMaybe<SortDirection>;
  plannedGatherings?: InputMaybe<SortDirection>;
  plannedMeetings?: InputMaybe<SortDirection>;
  plannedUnits?: InputMaybe<SortDirection>;
  responsible?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  volumeText?: InputMaybe<SortDirection>;
};

export type InitiativeStatus =
  | 'ACTIVE'
  | 'FINISHED'
  | 'PLANNED';

/** InitiativeStatus filters */
export type InitiativeStatusEnumScalarFilters = {
  eq?: InputMaybe<InitiativeStatus>;
  in?: InputMaybe<Array<InitiativeStatus>>;
};

/** InitiativeStatus mutations */
export type InitiativeStatusEnumScalarMutations = {
  set?: InputMaybe<InitiativeStatus>;
};

export type InitiativeSummary = {
  __typename?: 'InitiativeSummary';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  schemeId?: Maybe<Scalars['ID']['output']>;
};

export type InitiativeTrackTracksAggregateSelection = {
  __typename?: 'InitiativeTrackTracksAggregateSelection';
  count: CountConnection;
  node?: Maybe<InitiativeTrackTracksNodeAggregateSelection>;
};

export type InitiativeTrackTracksNodeAggregateSelection = {
  __typename?: 'InitiativeTrackTracksNodeAggregateSelection';
  duration: StringAggregateSelection;
  number: IntAggregateSelection;
  targetGroup: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type InitiativeTracksConnectFieldInput = {
  connect?: InputMaybe<Array<TrackConnectInput>>;
  where?: InputMaybe<TrackConnectWhere>;
};

export type InitiativeTracksConnection = {
  __typename?: 'InitiativeTracksConnection';
  aggregate: InitiativeTrackTracksAggregateSelection;
  edges: Array<InitiativeTracksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeTracksConnectionAggregateInput = {
  AND?: InputMaybe<Array<InitiativeTracksConnectionAggregateInput>>;
  NOT?: InputMaybe<InitiativeTracksConnectionAggregateInput>;
  OR?: InputMaybe<Array<InitiativeTracksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InitiativeTracksNodeAggregationWhereInput>;
};

export type InitiativeTracksConnectionFilters = {
  /** Filter Initiatives by aggregating results on related InitiativeTracksConnections */
  aggregate?: InputMaybe<InitiativeTracksConnectionAggregateInput>;
  /** Return Initiatives where all of the related InitiativeTracksConnections match this filter */
  all?: InputMaybe<InitiativeTracksConnectionWhere>;
  /** Return Initiatives where none of the related InitiativeTracksConnections match this filter */
  none?: InputMaybe<InitiativeTracksConnectionWhere>;
  /** Return Initiatives where one of the related InitiativeTracksConnections match this filter */
  single?: InputMaybe<InitiativeTracksConnectionWhere>;
  /** Return Initiatives where some of the related InitiativeTracksConnections match this filter */
  some?: InputMaybe<InitiativeTracksConnectionWhere>;
};

export type InitiativeTracksConnectionSort = {
  node?: InputMaybe<TrackSort>;
};

export type InitiativeTracksConnectionWhere = {
  AND?: InputMaybe<Array<InitiativeTracksConnectionWhere>>;
  NOT?: InputMaybe<InitiativeTracksConnectionWhere>;
  OR?: InputMaybe<Array<InitiativeTracksConnectionWhere>>;
  node?: InputMaybe<TrackWhere>;
};

export type InitiativeTracksCreateFieldInput = {
  node: TrackCreateInput;
};

export type InitiativeTracksDeleteFieldInput = {
  delete?: InputMaybe<TrackDeleteInput>;
  where?: InputMaybe<InitiativeTracksConnectionWhere>;
};

export type InitiativeTracksDisconnectFieldInput = {
  disconnect?: InputMaybe<TrackDisconnectInput>;
  where?: InputMaybe<InitiativeTracksConnectionWhere>;
};

export type InitiativeTracksFieldInput = {
  connect?: InputMaybe<Array<InitiativeTracksConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeTracksCreateFieldInput>>;
};

export type InitiativeTracksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InitiativeTracksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InitiativeTracksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InitiativeTracksNodeAggregationWhereInput>>;
  duration?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  targetGroup?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type InitiativeTracksRelationship = {
  __typename?: 'InitiativeTracksRelationship';
  cursor: Scalars['String']['output'];
  node: Track;
};

export type InitiativeTracksUpdateConnectionInput = {
  node?: InputMaybe<TrackUpdateInput>;
  where?: InputMaybe<InitiativeTracksConnectionWhere>;
};

export type InitiativeTracksUpdateFieldInput = {
  connect?: InputMaybe<Array<InitiativeTracksConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeTracksCreateFieldInput>>;
  delete?: InputMaybe<Array<InitiativeTracksDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InitiativeTracksDisconnectFieldInput>>;
  update?: InputMaybe<InitiativeTracksUpdateConnectionInput>;
};

export type InitiativeUpdateInput = {
  aliases?: InputMaybe<ListStringMutations>;
  audience?: InputMaybe<StringScalarMutations>;
  forums?: InputMaybe<Array<InitiativeForumsUpdateFieldInput>>;
  how?: InputMaybe<StringScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  kind?: InputMaybe<InitiativeKindEnumScalarMutations>;
  meetings?: InputMaybe<Array<InitiativeMeetingsUpdateFieldInput>>;
  municipalities?: InputMaybe<Array<InitiativeMunicipalitiesUpdateFieldInput>>;
  name?: InputMaybe<StringScalarMutations>;
  owner?: InputMaybe<StringScalarMutations>;
  partners?: InputMaybe<Array<InitiativePartnersUpdateFieldInput>>;
  periodEnd?: InputMaybe<DateScalarMutations>;
  periodStart?: InputMaybe<DateScalarMutations>;
  periodText?: InputMaybe<StringScalarMutations>;
  plannedDays?: InputMaybe<IntScalarMutations>;
  plannedEmployees?: InputMaybe<IntScalarMutations>;
  plannedGatherings?: InputMaybe<IntScalarMutations>;
  plannedMeetings?: InputMaybe<IntScalarMutations>;
  plannedUnits?: InputMaybe<IntScalarMutations>;
  purpose?: InputMaybe<ListStringMutations>;
  responsible?: InputMaybe<StringScalarMutations>;
  responsibleInstitutions?: InputMaybe<Array<InitiativeResponsibleInstitutionsUpdateFieldInput>>;
  sources?: InputMaybe<ListStringMutations>;
  status?: InputMaybe<InitiativeStatusEnumScalarMutations>;
  targetGroups?: InputMaybe<TargetGroupListEnumScalarMutations>;
  tracks?: InputMaybe<Array<InitiativeTracksUpdateFieldInput>>;
  volumeText?: InputMaybe<StringScalarMutations>;
  workingGroups?: InputMaybe<Array<InitiativeWorkingGroupsUpdateFieldInput>>;
};

export type InitiativeWhere = {
  AND?: InputMaybe<Array<InitiativeWhere>>;
  NOT?: InputMaybe<InitiativeWhere>;
  OR?: InputMaybe<Array<InitiativeWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  audience?: InputMaybe<StringScalarFilters>;
  buildsOn?: InputMaybe<InitiativeWhere>;
  buildsOnConnection?: InputMaybe<InitiativeBuildsOnConnectionWhere>;
  forums?: InputMaybe<ForumRelationshipFilters>;
  forumsConnection?: InputMaybe<InitiativeForumsConnectionFilters>;
  how?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<InitiativeKindEnumScalarFilters>;
  meetings?: InputMaybe<MeetingRelationshipFilters>;
  meetingsConnection?: InputMaybe<InitiativeMeetingsConnectionFilters>;
  municipalities?: InputMaybe<MunicipalityRelationshipFilters>;
  municipalitiesConnection?: InputMaybe<InitiativeMunicipalitiesConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  network?: InputMaybe<NetworkWhere>;
  networkConnection?: InputMaybe<InitiativeNetworkConnectionWhere>;
  owner?: InputMaybe<StringScalarFilters>;
  partners?: InputMaybe<InstitutionRelationshipFilters>;
  partnersConnection?: InputMaybe<InitiativePartnersConnectionFilters>;
  periodEnd?: InputMaybe<DateScalarFilters>;
  periodStart?: InputMaybe<DateScalarFilters>;
  periodText?: InputMaybe<StringScalarFilters>;
  plannedDays?: InputMaybe<IntScalarFilters>;
  plannedEmployees?: InputMaybe<IntScalarFilters>;
  plannedGatherings?: InputMaybe<IntScalarFilters>;
  plannedMeetings?: InputMaybe<IntScalarFilters>;
  plannedUnits?: InputMaybe<IntScalarFilters>;
  purpose?: InputMaybe<StringListFilters>;
  responsible?: InputMaybe<StringScalarFilters>;
  responsibleInstitutions?: InputMaybe<InstitutionRelationshipFilters>;
  responsibleInstitutionsConnection?: InputMaybe<InitiativeResponsibleInstitutionsConnectionFilters>;
  scheme?: InputMaybe<SchemeWhere>;
  schemeConnection?: InputMaybe<InitiativeSchemeConnectionWhere>;
  sources?: InputMaybe<StringListFilters>;
  status?: InputMaybe<InitiativeStatusEnumScalarFilters>;
  targetGroups?: InputMaybe<TargetGroupListEnumScalarFilters>;
  tracks?: InputMaybe<TrackRelationshipFilters>;
  tracksConnection?: InputMaybe<InitiativeTracksConnectionFilters>;
  volumeText?: InputMaybe<StringScalarFilters>;
  workingGroups?: InputMaybe<WorkingGroupRelationshipFilters>;
  workingGroupsConnection?: InputMaybe<InitiativeWorkingGroupsConnectionFilters>;
};

export type InitiativeWorkingGroupWorkingGroupsAggregateSelection = {
  __typename?: 'InitiativeWorkingGroupWorkingGroupsAggregateSelection';
  count: CountConnection;
  node?: Maybe<InitiativeWorkingGroupWorkingGroupsNodeAggregateSelection>;
};

export type InitiativeWorkingGroupWorkingGroupsNodeAggregateSelection = {
  __typename?: 'InitiativeWorkingGroupWorkingGroupsNodeAggregateSelection';
  name: StringAggregateSelection;
};

export type InitiativeWorkingGroupsConnectFieldInput = {
  connect?: InputMaybe<Array<WorkingGroupConnectInput>>;
  where?: InputMaybe<WorkingGroupConnectWhere>;
};

export type InitiativeWorkingGroupsConnection = {
  __typename?: 'InitiativeWorkingGroupsConnection';
  aggregate: InitiativeWorkingGroupWorkingGroupsAggregateSelection;
  edges: Array<InitiativeWorkingGroupsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeWorkingGroupsConnectionAggregateInput = {
  AND?: InputMaybe<Array<InitiativeWorkingGroupsConnectionAggregateInput>>;
  NOT?: InputMaybe<InitiativeWorkingGroupsConnectionAggregateInput>;
  OR?: InputMaybe<Array<InitiativeWorkingGroupsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InitiativeWorkingGroupsNodeAggregationWhereInput>;
};

export type InitiativeWorkingGroupsConnectionFilters = {
  /** Filter Initiatives by aggregating results on related InitiativeWorkingGroupsConnections */
  aggregate?: InputMaybe<InitiativeWorkingGroupsConnectionAggregateInput>;
  /** Return Initiatives where all of the related InitiativeWorkingGroupsConnections match this filter */
  all?: InputMaybe<InitiativeWorkingGroupsConnectionWhere>;
  /** Return Initiatives where none of the related InitiativeWorkingGroupsConnections match this filter */
  none?: InputMaybe<InitiativeWorkingGroupsConnectionWhere>;
  /** Return Initiatives where one of the related InitiativeWorkingGroupsConnections match this filter */
  single?: InputMaybe<InitiativeWorkingGroupsConnectionWhere>;
  /** Return Initiatives where some of the related InitiativeWorkingGroupsConnections match this filter */
  some?: InputMaybe<InitiativeWorkingGroupsConnectionWhere>;
};

export type InitiativeWorkingGroupsConnectionSort = {
  node?: InputMaybe<WorkingGroupSort>;
};

export type InitiativeWorkingGroupsConnectionWhere = {
  AND?: InputMaybe<Array<InitiativeWorkingGroupsConnectionWhere>>;
  NOT?: InputMaybe<InitiativeWorkingGroupsConnectionWhere>;
  OR?: InputMaybe<Array<InitiativeWorkingGroupsConnectionWhere>>;
  node?: InputMaybe<WorkingGroupWhere>;
};

export type InitiativeWorkingGroupsCreateFieldInput = {
  node: WorkingGroupCreateInput;
};

export type InitiativeWorkingGroupsDeleteFieldInput = {
  delete?: InputMaybe<WorkingGroupDeleteInput>;
  where?: InputMaybe<InitiativeWorkingGroupsConnectionWhere>;
};

export type InitiativeWorkingGroupsDisconnectFieldInput = {
  disconnect?: InputMaybe<WorkingGroupDisconnectInput>;
  where?: InputMaybe<InitiativeWorkingGroupsConnectionWhere>;
};

export type InitiativeWorkingGroupsFieldInput = {
  connect?: InputMaybe<Array<InitiativeWorkingGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeWorkingGroupsCreateFieldInput>>;
};

export type InitiativeWorkingGroupsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InitiativeWorkingGroupsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InitiativeWorkingGroupsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InitiativeWorkingGroupsNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type InitiativeWorkingGroupsRelationship = {
  __typename?: 'InitiativeWorkingGroupsRelationship';
  cursor: Scalars['String']['output'];
  node: WorkingGroup;
};

export type InitiativeWorkingGroupsUpdateConnectionInput = {
  node?: InputMaybe<WorkingGroupUpdateInput>;
  where?: InputMaybe<InitiativeWorkingGroupsConnectionWhere>;
};

export type InitiativeWorkingGroupsUpdateFieldInput = {
  connect?: InputMaybe<Array<InitiativeWorkingGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<InitiativeWorkingGroupsCreateFieldInput>>;
  delete?: InputMaybe<Array<InitiativeWorkingGroupsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InitiativeWorkingGroupsDisconnectFieldInput>>;
  update?: InputMaybe<InitiativeWorkingGroupsUpdateConnectionInput>;
};

export type InitiativesConnection = {
  __typename?: 'InitiativesConnection';
  aggregate: InitiativeAggregate;
  edges: Array<InitiativeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type Institution = {
  __typename?: 'Institution';
  /** Other spellings found in the documents. */
  aliases: Array<Scalars['String']['output']>;
  allocations: Array<Allocation>;
  allocationsConnection: InstitutionAllocationsConnection;
  fullName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: InstitutionKind;
  leads: Array<Track>;
  leadsConnection: InstitutionLeadsConnection;
  /** Short name as the documents use it, e.g. DMMH, Nord universitet. */
  name: Scalars['String']['output'];
  /** For a unit: the institution it is part of. */
  parent?: Maybe<Institution>;
  parentConnection: InstitutionParentConnection;
  partnerIn: Array<Initiative>;
  partnerInConnection: InstitutionPartnerInConnection;
  people: Array<Person>;
  peopleConnection: InstitutionPeopleConnection;
  responsibleFor: Array<Initiative>;
  responsibleForConnection: InstitutionResponsibleForConnection;
  sources: Array<Scalars['String']['output']>;
  units: Array<Institution>;
  unitsConnection: InstitutionUnitsConnection;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionAllocationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AllocationSort>>;
  where?: InputMaybe<AllocationWhere>;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionAllocationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionAllocationsConnectionSort>>;
  where?: InputMaybe<InstitutionAllocationsConnectionWhere>;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionLeadsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackSort>>;
  where?: InputMaybe<TrackWhere>;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionLeadsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionLeadsConnectionSort>>;
  where?: InputMaybe<InstitutionLeadsConnectionWhere>;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionPartnerInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeSort>>;
  where?: InputMaybe<InitiativeWhere>;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionPartnerInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionPartnerInConnectionSort>>;
  where?: InputMaybe<InstitutionPartnerInConnectionWhere>;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionPeopleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionPeopleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionPeopleConnectionSort>>;
  where?: InputMaybe<InstitutionPeopleConnectionWhere>;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionResponsibleForArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeSort>>;
  where?: InputMaybe<InitiativeWhere>;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionResponsibleForConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionResponsibleForConnectionSort>>;
  where?: InputMaybe<InstitutionResponsibleForConnectionWhere>;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionUnitsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionSort>>;
  where?: InputMaybe<InstitutionWhere>;
};


/**
 * A university or university college (UH), a national service, a centre, or a unit
 * inside one of them (SEPU is part of HINN, NTNU Skrivesenteret part of NTNU).
 */
export type InstitutionUnitsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionUnitsConnectionSort>>;
  where?: InputMaybe<InstitutionUnitsConnectionWhere>;
};

export type InstitutionAggregate = {
  __typename?: 'InstitutionAggregate';
  count: Count;
  node: InstitutionAggregateNode;
};

export type InstitutionAggregateNode = {
  __typename?: 'InstitutionAggregateNode';
  fullName: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type InstitutionAllocationAllocationsAggregateSelection = {
  __typename?: 'InstitutionAllocationAllocationsAggregateSelection';
  count: CountConnection;
  node?: Maybe<InstitutionAllocationAllocationsNodeAggregateSelection>;
};

export type InstitutionAllocationAllocationsNodeAggregateSelection = {
  __typename?: 'InstitutionAllocationAllocationsNodeAggregateSelection';
  amountNok: IntAggregateSelection;
  name: StringAggregateSelection;
  purpose: StringAggregateSelection;
  recurrence: StringAggregateSelection;
  totalNok: IntAggregateSelection;
};

export type InstitutionAllocationsConnectFieldInput = {
  connect?: InputMaybe<Array<AllocationConnectInput>>;
  where?: InputMaybe<AllocationConnectWhere>;
};

export type InstitutionAllocationsConnection = {
  __typename?: 'InstitutionAllocationsConnection';
  aggregate: InstitutionAllocationAllocationsAggregateSelection;
  edges: Array<InstitutionAllocationsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionAllocationsConnectionAggregateInput = {
  AND?: InputMaybe<Array<InstitutionAllocationsConnectionAggregateInput>>;
  NOT?: InputMaybe<InstitutionAllocationsConnectionAggregateInput>;
  OR?: InputMaybe<Array<InstitutionAllocationsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InstitutionAllocationsNodeAggregationWhereInput>;
};

export type InstitutionAllocationsConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionAllocationsConnections */
  aggregate?: InputMaybe<InstitutionAllocationsConnectionAggregateInput>;
  /** Return Institutions where all of the related InstitutionAllocationsConnections match this filter */
  all?: InputMaybe<InstitutionAllocationsConnectionWhere>;
  /** Return Institutions where none of the related InstitutionAllocationsConnections match this filter */
  none?: InputMaybe<InstitutionAllocationsConnectionWhere>;
  /** Return Institutions where one of the related InstitutionAllocationsConnections match this filter */
  single?: InputMaybe<InstitutionAllocationsConnectionWhere>;
  /** Return Institutions where some of the related InstitutionAllocationsConnections match this filter */
  some?: InputMaybe<InstitutionAllocationsConnectionWhere>;
};

export type InstitutionAllocationsConnectionSort = {
  node?: InputMaybe<AllocationSort>;
};

export type InstitutionAllocationsConnectionWhere = {
  AND?: InputMaybe<Array<InstitutionAllocationsConnectionWhere>>;
  NOT?: InputMaybe<InstitutionAllocationsConnectionWhere>;
  OR?: InputMaybe<Array<InstitutionAllocationsConnectionWhere>>;
  node?: InputMaybe<AllocationWhere>;
};

export type InstitutionAllocationsCreateFieldInput = {
  node: AllocationCreateInput;
};

export type InstitutionAllocationsDeleteFieldInput = {
  delete?: InputMaybe<AllocationDeleteInput>;
  where?: InputMaybe<InstitutionAllocationsConnectionWhere>;
};

export type InstitutionAllocationsDisconnectFieldInput = {
  disconnect?: InputMaybe<AllocationDisconnectInput>;
  where?: InputMaybe<InstitutionAllocationsConnectionWhere>;
};

export type InstitutionAllocationsFieldInput = {
  connect?: InputMaybe<Array<InstitutionAllocationsConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionAllocationsCreateFieldInput>>;
};

export type InstitutionAllocationsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InstitutionAllocationsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InstitutionAllocationsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InstitutionAllocationsNodeAggregationWhereInput>>;
  amountNok?: InputMaybe<IntScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
  recurrence?: InputMaybe<StringScalarAggregationFilters>;
  totalNok?: InputMaybe<IntScalarAggregationFilters>;
};

export type InstitutionAllocationsRelationship = {
  __typename?: 'InstitutionAllocationsRelationship';
  cursor: Scalars['String']['output'];
  node: Allocation;
};

export type InstitutionAllocationsUpdateConnectionInput = {
  node?: InputMaybe<AllocationUpdateInput>;
  where?: InputMaybe<InstitutionAllocationsConnectionWhere>;
};

export type InstitutionAllocationsUpdateFieldInput = {
  connect?: InputMaybe<Array<InstitutionAllocationsConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionAllocationsCreateFieldInput>>;
  delete?: InputMaybe<Array<InstitutionAllocationsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InstitutionAllocationsDisconnectFieldInput>>;
  update?: InputMaybe<InstitutionAllocationsUpdateConnectionInput>;
};

export type InstitutionConnectInput = {
  allocations?: InputMaybe<Array<InstitutionAllocationsConnectFieldInput>>;
  leads?: InputMaybe<Array<InstitutionLeadsConnectFieldInput>>;
  partnerIn?: InputMaybe<Array<InstitutionPartnerInConnectFieldInput>>;
  people?: InputMaybe<Array<InstitutionPeopleConnectFieldInput>>;
  responsibleFor?: InputMaybe<Array<InstitutionResponsibleForConnectFieldInput>>;
  units?: InputMaybe<Array<InstitutionUnitsConnectFieldInput>>;
};

export type InstitutionConnectWhere = {
  node: InstitutionWhere;
};

export type InstitutionCreateInput = {
  aliases: Array<Scalars['String']['input']>;
  allocations?: InputMaybe<InstitutionAllocationsFieldInput>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: InstitutionKind;
  leads?: InputMaybe<InstitutionLeadsFieldInput>;
  name: Scalars['String']['input'];
  parent?: InputMaybe<InstitutionParentFieldInput>;
  partnerIn?: InputMaybe<InstitutionPartnerInFieldInput>;
  people?: InputMaybe<InstitutionPeopleFieldInput>;
  responsibleFor?: InputMaybe<InstitutionResponsibleForFieldInput>;
  sources: Array<Scalars['String']['input']>;
  units?: InputMaybe<InstitutionUnitsFieldInput>;
};

export type InstitutionDeleteInput = {
  allocations?: InputMaybe<Array<InstitutionAllocationsDeleteFieldInput>>;
  leads?: InputMaybe<Array<InstitutionLeadsDeleteFieldInput>>;
  parent?: InputMaybe<InstitutionParentDeleteFieldInput>;
  partnerIn?: InputMaybe<Array<InstitutionPartnerInDeleteFieldInput>>;
  people?: InputMaybe<Array<InstitutionPeopleDeleteFieldInput>>;
  responsibleFor?: InputMaybe<Array<InstitutionResponsibleForDeleteFieldInput>>;
  units?: InputMaybe<Array<InstitutionUnitsDeleteFieldInput>>;
};

export type InstitutionDisconnectInput = {
  allocations?: InputMaybe<Array<InstitutionAllocationsDisconnectFieldInput>>;
  leads?: InputMaybe<Array<InstitutionLeadsDisconnectFieldInput>>;
  partnerIn?: InputMaybe<Array<InstitutionPartnerInDisconnectFieldInput>>;
  people?: InputMaybe<Array<InstitutionPeopleDisconnectFieldInput>>;
  responsibleFor?: InputMaybe<Array<InstitutionResponsibleForDisconnectFieldInput>>;
  units?: InputMaybe<Array<InstitutionUnitsDisconnectFieldInput>>;
};

export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type InstitutionInitiativePartnerInAggregateSelection = {
  __typename?: 'InstitutionInitiativePartnerInAggregateSelection';
  count: CountConnection;
  node?: Maybe<InstitutionInitiativePartnerInNodeAggregateSelection>;
};

export type InstitutionInitiativePartnerInNodeAggregateSelection = {
  __typename?: 'InstitutionInitiativePartnerInNodeAggregateSelection';
  audience: StringAggregateSelection;
  how: StringAggregateSelection;
  name: StringAggregateSelection;
  owner: StringAggregateSelection;
  periodText: StringAggregateSelection;
  plannedDays: IntAggregateSelection;
  plannedEmployees: IntAggregateSelection;
  plannedGatherings: IntAggregateSelection;
  plannedMeetings: IntAggregateSelection;
  plannedUnits: IntAggregateSelection;
  responsible: StringAggregateSelection;
  volumeText: StringAggregateSelection;
};

export type InstitutionInitiativeResponsibleForAggregateSelection = {
  __typename?: 'InstitutionInitiativeResponsibleForAggregateSelection';
  count: CountConnection;
  node?: Maybe<InstitutionInitiativeResponsibleForNodeAggregateSelection>;
};

export type InstitutionInitiativeResponsibleForNodeAggregateSelection = {
  __typename?: 'InstitutionInitiativeResponsibleForNodeAggregateSelection';
  audience: StringAggregateSelection;
  how: StringAggregateSelection;
  name: StringAggregateSelection;
  owner: StringAggregateSelection;
  periodText: StringAggregateSelection;
  plannedDays: IntAggregateSelection;
  plannedEmployees: IntAggregateSelection;
  plannedGatherings: IntAggregateSelection;
  plannedMeetings: IntAggregateSelection;
  plannedUnits: IntAggregateSelection;
  responsible: StringAggregateSelection;
  volumeText: StringAggregateSelection;
};

export type InstitutionInstitutionUnitsAggregateSelection = {
  __typename?: 'InstitutionInstitutionUnitsAggregateSelection';
  count: CountConnection;
  node?: Maybe<InstitutionInstitutionUnitsNodeAggregateSelection>;
};

export type InstitutionInstitutionUnitsNodeAggregateSelection = {
  __typename?: 'InstitutionInstitutionUnitsNodeAggregateSelection';
  fullName: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type InstitutionKind =
  | 'CENTRE'
  | 'NATIONAL_SERVICE'
  | 'UNIT'
  | 'UNIVERSITY'
  | 'UNIVERSITY_COLLEGE';

/** InstitutionKind filters */
export type InstitutionKindEnumScalarFilters = {
  eq?: InputMaybe<InstitutionKind>;
  in?: InputMaybe<Array<InstitutionKind>>;
};

/** InstitutionKind mutations */
export type InstitutionKindEnumScalarMutations = {
  set?: InputMaybe<InstitutionKind>;
};

export type InstitutionLeadsConnectFieldInput = {
  connect?: InputMaybe<Array<TrackConnectInput>>;
  where?: InputMaybe<TrackConnectWhere>;
};

export type InstitutionLeadsConnection = {
  __typename?: 'InstitutionLeadsConnection';
  aggregate: InstitutionTrackLeadsAggregateSelection;
  edges: Array<InstitutionLeadsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionLeadsConnectionAggregateInput = {
  AND?: InputMaybe<Array<InstitutionLeadsConnectionAggregateInput>>;
  NOT?: InputMaybe<InstitutionLeadsConnectionAggregateInput>;
  OR?: InputMaybe<Array<InstitutionLeadsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InstitutionLeadsNodeAggregationWhereInput>;
};

export type InstitutionLeadsConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionLeadsConnections */
  aggregate?: InputMaybe<InstitutionLeadsConnectionAggregateInput>;
  /** Return Institutions where all of the related InstitutionLeadsConnections match this filter */
  all?: InputMaybe<InstitutionLeadsConnectionWhere>;
  /** Return Institutions where none of the related InstitutionLeadsConnections match this filter */
  none?: InputMaybe<InstitutionLeadsConnectionWhere>;
  /** Return Institutions where one of the related InstitutionLeadsConnections match this filter */
  single?: InputMaybe<InstitutionLeadsConnectionWhere>;
  /** Return Institutions where some of the related InstitutionLeadsConnections match this filter */
  some?: InputMaybe<InstitutionLeadsConnectionWhere>;
};

export type InstitutionLeadsConnectionSort = {
  node?: InputMaybe<TrackSort>;
};

export type InstitutionLeadsConnectionWhere = {
  AND?: InputMaybe<Array<InstitutionLeadsConnectionWhere>>;
  NOT?: InputMaybe<InstitutionLeadsConnectionWhere>;
  OR?: InputMaybe<Array<InstitutionLeadsConnectionWhere>>;
  node?: InputMaybe<TrackWhere>;
};

export type InstitutionLeadsCreateFieldInput = {
  node: TrackCreateInput;
};

export type InstitutionLeadsDeleteFieldInput = {
  delete?: InputMaybe<TrackDeleteInput>;
  where?: InputMaybe<InstitutionLeadsConnectionWhere>;
};

export type InstitutionLeadsDisconnectFieldInput = {
  disconnect?: InputMaybe<TrackDisconnectInput>;
  where?: InputMaybe<InstitutionLeadsConnectionWhere>;
};

export type InstitutionLeadsFieldInput = {
  connect?: InputMaybe<Array<InstitutionLeadsConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionLeadsCreateFieldInput>>;
};

export type InstitutionLeadsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InstitutionLeadsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InstitutionLeadsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InstitutionLeadsNodeAggregationWhereInput>>;
  duration?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  targetGroup?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type InstitutionLeadsRelationship = {
  __typename?: 'InstitutionLeadsRelationship';
  cursor: Scalars['String']['output'];
  node: Track;
};

export type InstitutionLeadsUpdateConnectionInput = {
  node?: InputMaybe<TrackUpdateInput>;
  where?: InputMaybe<InstitutionLeadsConnectionWhere>;
};

export type InstitutionLeadsUpdateFieldInput = {
  connect?: InputMaybe<Array<InstitutionLeadsConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionLeadsCreateFieldInput>>;
  delete?: InputMaybe<Array<InstitutionLeadsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InstitutionLeadsDisconnectFieldInput>>;
  update?: InputMaybe<InstitutionLeadsUpdateConnectionInput>;
};

export type InstitutionParentConnection = {
  __typename?: 'InstitutionParentConnection';
  edges: Array<InstitutionParentRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionParentConnectionWhere = {
  AND?: InputMaybe<Array<InstitutionParentConnectionWhere>>;
  NOT?: InputMaybe<InstitutionParentConnectionWhere>;
  OR?: InputMaybe<Array<InstitutionParentConnectionWhere>>;
  node?: InputMaybe<InstitutionWhere>;
};

export type InstitutionParentCreateFieldInput = {
  node: InstitutionCreateInput;
};

export type InstitutionParentDeleteFieldInput = {
  delete?: InputMaybe<InstitutionDeleteInput>;
  where?: InputMaybe<InstitutionParentConnectionWhere>;
};

export type InstitutionParentFieldInput = {
  create?: InputMaybe<InstitutionParentCreateFieldInput>;
};

export type InstitutionParentRelationship = {
  __typename?: 'InstitutionParentRelationship';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type InstitutionPartnerInConnectFieldInput = {
  connect?: InputMaybe<Array<InitiativeConnectInput>>;
  where?: InputMaybe<InitiativeConnectWhere>;
};

export type InstitutionPartnerInConnection = {
  __typename?: 'InstitutionPartnerInConnection';
  aggregate: InstitutionInitiativePartnerInAggregateSelection;
  edges: Array<InstitutionPartnerInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionPartnerInConnectionAggregateInput = {
  AND?: InputMaybe<Array<InstitutionPartnerInConnectionAggregateInput>>;
  NOT?: InputMaybe<InstitutionPartnerInConnectionAggregateInput>;
  OR?: InputMaybe<Array<InstitutionPartnerInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InstitutionPartnerInNodeAggregationWhereInput>;
};

export type InstitutionPartnerInConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionPartnerInConnections */
  aggregate?: InputMaybe<InstitutionPartnerInConnectionAggregateInput>;
  /** Return Institutions where all of the related InstitutionPartnerInConnections match this filter */
  all?: InputMaybe<InstitutionPartnerInConnectionWhere>;
  /** Return Institutions where none of the related InstitutionPartnerInConnections match this filter */
  none?: InputMaybe<InstitutionPartnerInConnectionWhere>;
  /** Return Institutions where one of the related InstitutionPartnerInConnections match this filter */
  single?: InputMaybe<InstitutionPartnerInConnectionWhere>;
  /** Return Institutions where some of the related InstitutionPartnerInConnections match this filter */
  some?: InputMaybe<InstitutionPartnerInConnectionWhere>;
};

export type InstitutionPartnerInConnectionSort = {
  node?: InputMaybe<InitiativeSort>;
};

export type InstitutionPartnerInConnectionWhere = {
  AND?: InputMaybe<Array<InstitutionPartnerInConnectionWhere>>;
  NOT?: InputMaybe<InstitutionPartnerInConnectionWhere>;
  OR?: InputMaybe<Array<InstitutionPartnerInConnectionWhere>>;
  node?: InputMaybe<InitiativeWhere>;
};

export type InstitutionPartnerInCreateFieldInput = {
  node: InitiativeCreateInput;
};

export type InstitutionPartnerInDeleteFieldInput = {
  delete?: InputMaybe<InitiativeDeleteInput>;
  where?: InputMaybe<InstitutionPartnerInConnectionWhere>;
};

export type InstitutionPartnerInDisconnectFieldInput = {
  disconnect?: InputMaybe<InitiativeDisconnectInput>;
  where?: InputMaybe<InstitutionPartnerInConnectionWhere>;
};

export type InstitutionPartnerInFieldInput = {
  connect?: InputMaybe<Array<InstitutionPartnerInConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionPartnerInCreateFieldInput>>;
};

export type InstitutionPartnerInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InstitutionPartnerInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InstitutionPartnerInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InstitutionPartnerInNodeAggregationWhereInput>>;
  audience?: InputMaybe<StringScalarAggregationFilters>;
  how?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  owner?: InputMaybe<StringScalarAggregationFilters>;
  periodText?: InputMaybe<StringScalarAggregationFilters>;
  plannedDays?: InputMaybe<IntScalarAggregationFilters>;
  plannedEmployees?: InputMaybe<IntScalarAggregationFilters>;
  plannedGatherings?: InputMaybe<IntScalarAggregationFilters>;
  plannedMeetings?: InputMaybe<IntScalarAggregationFilters>;
  plannedUnits?: InputMaybe<IntScalarAggregationFilters>;
  responsible?: InputMaybe<StringScalarAggregationFilters>;
  volumeText?: InputMaybe<StringScalarAggregationFilters>;
};

export type InstitutionPartnerInRelationship = {
  __typename?: 'InstitutionPartnerInRelationship';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type InstitutionPartnerInUpdateConnectionInput = {
  node?: InputMaybe<InitiativeUpdateInput>;
  where?: InputMaybe<InstitutionPartnerInConnectionWhere>;
};

export type InstitutionPartnerInUpdateFieldInput = {
  connect?: InputMaybe<Array<InstitutionPartnerInConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionPartnerInCreateFieldInput>>;
  delete?: InputMaybe<Array<InstitutionPartnerInDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InstitutionPartnerInDisconnectFieldInput>>;
  update?: InputMaybe<InstitutionPartnerInUpdateConnectionInput>;
};

export type InstitutionPeopleConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  where?: InputMaybe<PersonConnectWhere>;
};

export type InstitutionPeopleConnection = {
  __typename?: 'InstitutionPeopleConnection';
  aggregate: InstitutionPersonPeopleAggregateSelection;
  edges: Array<InstitutionPeopleRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionPeopleConnectionAggregateInput = {
  AND?: InputMaybe<Array<InstitutionPeopleConnectionAggregateInput>>;
  NOT?: InputMaybe<InstitutionPeopleConnectionAggregateInput>;
  OR?: InputMaybe<Array<InstitutionPeopleConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InstitutionPeopleNodeAggregationWhereInput>;
};

export type InstitutionPeopleConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionPeopleConnections */
  aggregate?: InputMaybe<InstitutionPeopleConnectionAggregateInput>;
  /** Return Institutions where all of the related InstitutionPeopleConnections match this filter */
  all?: InputMaybe<InstitutionPeopleConnectionWhere>;
  /** Return Institutions where none of the related InstitutionPeopleConnections match this filter */
  none?: InputMaybe<InstitutionPeopleConnectionWhere>;
  /** Return Institutions where one of the related InstitutionPeopleConnections match this filter */
  single?: InputMaybe<InstitutionPeopleConnectionWhere>;
  /** Return Institutions where some of the related InstitutionPeopleConnections match this filter */
  some?: InputMaybe<InstitutionPeopleConnectionWhere>;
};

export type InstitutionPeopleConnectionSort = {
  node?: InputMaybe<PersonSort>;
};

export type InstitutionPeopleConnectionWhere = {
  AND?: InputMaybe<Array<InstitutionPeopleConnectionWhere>>;
  NOT?: InputMaybe<InstitutionPeopleConnectionWhere>;
  OR?: InputMaybe<Array<InstitutionPeopleConnectionWhere>>;
  node?: InputMaybe<PersonWhere>;
};

export type InstitutionPeopleCreateFieldInput = {
  node: PersonCreateInput;
};

export type InstitutionPeopleDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<InstitutionPeopleConnectionWhere>;
};

export type InstitutionPeopleDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<InstitutionPeopleConnectionWhere>;
};

export type InstitutionPeopleFieldInput = {
  connect?: InputMaybe<Array<InstitutionPeopleConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionPeopleCreateFieldInput>>;
};

export type InstitutionPeopleNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InstitutionPeopleNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InstitutionPeopleNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InstitutionPeopleNodeAggregationWhereInput>>;
  affiliationText?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type InstitutionPeopleRelationship = {
  __typename?: 'InstitutionPeopleRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type InstitutionPeopleUpdateConnectionInput = {
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<InstitutionPeopleConnectionWhere>;
};

export type InstitutionPeopleUpdateFieldInput = {
  connect?: InputMaybe<Array<InstitutionPeopleConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionPeopleCreateFieldInput>>;
  delete?: InputMaybe<Array<InstitutionPeopleDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InstitutionPeopleDisconnectFieldInput>>;
  update?: InputMaybe<InstitutionPeopleUpdateConnectionInput>;
};

export type InstitutionPersonPeopleAggregateSelection = {
  __typename?: 'InstitutionPersonPeopleAggregateSelection';
  count: CountConnection;
  node?: Maybe<InstitutionPersonPeopleNodeAggregateSelection>;
};

export type InstitutionPersonPeopleNodeAggregateSelection = {
  __typename?: 'InstitutionPersonPeopleNodeAggregateSelection';
  affiliationText: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type InstitutionReach = {
  __typename?: 'InstitutionReach';
  /** The institution itself and, with includeUnits, its units. */
  counted: Array<InstitutionSummary>;
  institution: InstitutionSummary;
  /** The networks supported, by name. */
  networks: Array<ReachedNetwork>;
};

export type InstitutionRelationshipFilters = {
  /** Filter type where all of the related Institutions match this filter */
  all?: InputMaybe<InstitutionWhere>;
  /** Filter type where none of the related Institutions match this filter */
  none?: InputMaybe<InstitutionWhere>;
  /** Filter type where one of the related Institutions match this filter */
  single?: InputMaybe<InstitutionWhere>;
  /** Filter type where some of the related Institutions match this filter */
  some?: InputMaybe<InstitutionWhere>;
};

export type InstitutionResponsibleForConnectFieldInput = {
  connect?: InputMaybe<Array<InitiativeConnectInput>>;
  where?: InputMaybe<InitiativeConnectWhere>;
};

export type InstitutionResponsibleForConnection = {
  __typename?: 'InstitutionResponsibleForConnection';
  aggregate: InstitutionInitiativeResponsibleForAggregateSelection;
  edges: Array<InstitutionResponsibleForRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionResponsibleForConnectionAggregateInput = {
  AND?: InputMaybe<Array<InstitutionResponsibleForConnectionAggregateInput>>;
  NOT?: InputMaybe<InstitutionResponsibleForConnectionAggregateInput>;
  OR?: InputMaybe<Array<InstitutionResponsibleForConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InstitutionResponsibleForNodeAggregationWhereInput>;
};

export type InstitutionResponsibleForConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionResponsibleForConnections */
  aggregate?: InputMaybe<InstitutionResponsibleForConnectionAggregateInput>;
  /** Return Institutions where all of the related InstitutionResponsibleForConnections match this filter */
  all?: InputMaybe<InstitutionResponsibleForConnectionWhere>;
  /** Return Institutions where none of the related InstitutionResponsibleForConnections match this filter */
  none?: InputMaybe<InstitutionResponsibleForConnectionWhere>;
  /** Return Institutions where one of the related InstitutionResponsibleForConnections match this filter */
  single?: InputMaybe<InstitutionResponsibleForConnectionWhere>;
  /** Return Institutions where some of the related InstitutionResponsibleForConnections match this filter */
  some?: InputMaybe<InstitutionResponsibleForConnectionWhere>;
};

export type InstitutionResponsibleForConnectionSort = {
  node?: InputMaybe<InitiativeSort>;
};

export type InstitutionResponsibleForConnectionWhere = {
  AND?: InputMaybe<Array<InstitutionResponsibleForConnectionWhere>>;
  NOT?: InputMaybe<InstitutionResponsibleForConnectionWhere>;
  OR?: InputMaybe<Array<InstitutionResponsibleForConnectionWhere>>;
  node?: InputMaybe<InitiativeWhere>;
};

export type InstitutionResponsibleForCreateFieldInput = {
  node: InitiativeCreateInput;
};

export type InstitutionResponsibleForDeleteFieldInput = {
  delete?: InputMaybe<InitiativeDeleteInput>;
  where?: InputMaybe<InstitutionResponsibleForConnectionWhere>;
};

export type InstitutionResponsibleForDisconnectFieldInput = {
  disconnect?: InputMaybe<InitiativeDisconnectInput>;
  where?: InputMaybe<InstitutionResponsibleForConnectionWhere>;
};

export type InstitutionResponsibleForFieldInput = {
  connect?: InputMaybe<Array<InstitutionResponsibleForConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionResponsibleForCreateFieldInput>>;
};

export type InstitutionResponsibleForNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InstitutionResponsibleForNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InstitutionResponsibleForNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InstitutionResponsibleForNodeAggregationWhereInput>>;
  audience?: InputMaybe<StringScalarAggregationFilters>;
  how?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  owner?: InputMaybe<StringScalarAggregationFilters>;
  periodText?: InputMaybe<StringScalarAggregationFilters>;
  plannedDays?: InputMaybe<IntScalarAggregationFilters>;
  plannedEmployees?: InputMaybe<IntScalarAggregationFilters>;
  plannedGatherings?: InputMaybe<IntScalarAggregationFilters>;
  plannedMeetings?: InputMaybe<IntScalarAggregationFilters>;
  plannedUnits?: InputMaybe<IntScalarAggregationFilters>;
  responsible?: InputMaybe<StringScalarAggregationFilters>;
  volumeText?: InputMaybe<StringScalarAggregationFilters>;
};

export type InstitutionResponsibleForRelationship = {
  __typename?: 'InstitutionResponsibleForRelationship';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type InstitutionResponsibleForUpdateConnectionInput = {
  node?: InputMaybe<InitiativeUpdateInput>;
  where?: InputMaybe<InstitutionResponsibleForConnectionWhere>;
};

export type InstitutionResponsibleForUpdateFieldInput = {
  connect?: InputMaybe<Array<InstitutionResponsibleForConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionResponsibleForCreateFieldInput>>;
  delete?: InputMaybe<Array<InstitutionResponsibleForDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InstitutionResponsibleForDisconnectFieldInput>>;
  update?: InputMaybe<InstitutionResponsibleForUpdateConnectionInput>;
};

/** Fields to sort Institutions by. The order in which sorts are applied is not guaranteed when specifying many fields in one InstitutionSort object. */
export type InstitutionSort = {
  fullName?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type InstitutionSummary = {
  __typename?: 'InstitutionSummary';
  id: Scalars['ID']['output'];
  kind: InstitutionKind;
  name: Scalars['String']['output'];
  /** For a unit: the id of the institution it is part of. */
  parentId?: Maybe<Scalars['ID']['output']>;
};

export type InstitutionTrackLeadsAggregateSelection = {
  __typename?: 'InstitutionTrackLeadsAggregateSelection';
  count: CountConnection;
  node?: Maybe<InstitutionTrackLeadsNodeAggregateSelection>;
};

export type InstitutionTrackLeadsNodeAggregateSelection = {
  __typename?: 'InstitutionTrackLeadsNodeAggregateSelection';
  duration: StringAggregateSelection;
  number: IntAggregateSelection;
  targetGroup: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type InstitutionUnitsConnectFieldInput = {
  connect?: InputMaybe<Array<InstitutionConnectInput>>;
  where?: InputMaybe<InstitutionConnectWhere>;
};

export type InstitutionUnitsConnection = {
  __typename?: 'InstitutionUnitsConnection';
  aggregate: InstitutionInstitutionUnitsAggregateSelection;
  edges: Array<InstitutionUnitsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionUnitsConnectionAggregateInput = {
  AND?: InputMaybe<Array<InstitutionUnitsConnectionAggregateInput>>;
  NOT?: InputMaybe<InstitutionUnitsConnectionAggregateInput>;
  OR?: InputMaybe<Array<InstitutionUnitsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<InstitutionUnitsNodeAggregationWhereInput>;
};

export type InstitutionUnitsConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionUnitsConnections */
  aggregate?: InputMaybe<InstitutionUnitsConnectionAggregateInput>;
  /** Return Institutions where all of the related InstitutionUnitsConnections match this filter */
  all?: InputMaybe<InstitutionUnitsConnectionWhere>;
  /** Return Institutions where none of the related InstitutionUnitsConnections match this filter */
  none?: InputMaybe<InstitutionUnitsConnectionWhere>;
  /** Return Institutions where one of the related InstitutionUnitsConnections match this filter */
  single?: InputMaybe<InstitutionUnitsConnectionWhere>;
  /** Return Institutions where some of the related InstitutionUnitsConnections match this filter */
  some?: InputMaybe<InstitutionUnitsConnectionWhere>;
};

export type InstitutionUnitsConnectionSort = {
  node?: InputMaybe<InstitutionSort>;
};

export type InstitutionUnitsConnectionWhere = {
  AND?: InputMaybe<Array<InstitutionUnitsConnectionWhere>>;
  NOT?: InputMaybe<InstitutionUnitsConnectionWhere>;
  OR?: InputMaybe<Array<InstitutionUnitsConnectionWhere>>;
  node?: InputMaybe<InstitutionWhere>;
};

export type InstitutionUnitsCreateFieldInput = {
  node: InstitutionCreateInput;
};

export type InstitutionUnitsDeleteFieldInput = {
  delete?: InputMaybe<InstitutionDeleteInput>;
  where?: InputMaybe<InstitutionUnitsConnectionWhere>;
};

export type InstitutionUnitsDisconnectFieldInput = {
  disconnect?: InputMaybe<InstitutionDisconnectInput>;
  where?: InputMaybe<InstitutionUnitsConnectionWhere>;
};

export type InstitutionUnitsFieldInput = {
  connect?: InputMaybe<Array<InstitutionUnitsConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionUnitsCreateFieldInput>>;
};

export type InstitutionUnitsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InstitutionUnitsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InstitutionUnitsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InstitutionUnitsNodeAggregationWhereInput>>;
  fullName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type InstitutionUnitsRelationship = {
  __typename?: 'InstitutionUnitsRelationship';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type InstitutionUnitsUpdateConnectionInput = {
  node?: InputMaybe<InstitutionUpdateInput>;
  where?: InputMaybe<InstitutionUnitsConnectionWhere>;
};

export type InstitutionUnitsUpdateFieldInput = {
  connect?: InputMaybe<Array<InstitutionUnitsConnectFieldInput>>;
  create?: InputMaybe<Array<InstitutionUnitsCreateFieldInput>>;
  delete?: InputMaybe<Array<InstitutionUnitsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<InstitutionUnitsDisconnectFieldInput>>;
  update?: InputMaybe<InstitutionUnitsUpdateConnectionInput>;
};

export type InstitutionUpdateInput = {
  aliases?: InputMaybe<ListStringMutations>;
  allocations?: InputMaybe<Array<InstitutionAllocationsUpdateFieldInput>>;
  fullName?: InputMaybe<StringScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  kind?: InputMaybe<InstitutionKindEnumScalarMutations>;
  leads?: InputMaybe<Array<InstitutionLeadsUpdateFieldInput>>;
  name?: InputMaybe<StringScalarMutations>;
  partnerIn?: InputMaybe<Array<InstitutionPartnerInUpdateFieldInput>>;
  people?: InputMaybe<Array<InstitutionPeopleUpdateFieldInput>>;
  responsibleFor?: InputMaybe<Array<InstitutionResponsibleForUpdateFieldInput>>;
  sources?: InputMaybe<ListStringMutations>;
  units?: InputMaybe<Array<InstitutionUnitsUpdateFieldInput>>;
};

export type InstitutionWhere = {
  AND?: InputMaybe<Array<InstitutionWhere>>;
  NOT?: InputMaybe<InstitutionWhere>;
  OR?: InputMaybe<Array<InstitutionWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  allocations?: InputMaybe<AllocationRelationshipFilters>;
  allocationsConnection?: InputMaybe<InstitutionAllocationsConnectionFilters>;
  fullName?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<InstitutionKindEnumScalarFilters>;
  leads?: InputMaybe<TrackRelationshipFilters>;
  leadsConnection?: InputMaybe<InstitutionLeadsConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  parent?: InputMaybe<InstitutionWhere>;
  parentConnection?: InputMaybe<InstitutionParentConnectionWhere>;
  partnerIn?: InputMaybe<InitiativeRelationshipFilters>;
  partnerInConnection?: InputMaybe<InstitutionPartnerInConnectionFilters>;
  people?: InputMaybe<PersonRelationshipFilters>;
  peopleConnection?: InputMaybe<InstitutionPeopleConnectionFilters>;
  responsibleFor?: InputMaybe<InitiativeRelationshipFilters>;
  responsibleForConnection?: InputMaybe<InstitutionResponsibleForConnectionFilters>;
  sources?: InputMaybe<StringListFilters>;
  units?: InputMaybe<InstitutionRelationshipFilters>;
  unitsConnection?: InputMaybe<InstitutionUnitsConnectionFilters>;
};

export type InstitutionsConnection = {
  __typename?: 'InstitutionsConnection';
  aggregate: InstitutionAggregate;
  edges: Array<InstitutionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IntAggregateSelection = {
  __typename?: 'IntAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
  sum?: Maybe<Scalars['Int']['output']>;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<IntScalarFilters>;
  min?: InputMaybe<IntScalarFilters>;
  sum?: InputMaybe<IntScalarFilters>;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** Int mutations */
export type IntScalarMutations = {
  add?: InputMaybe<Scalars['Int']['input']>;
  set?: InputMaybe<Scalars['Int']['input']>;
  subtract?: InputMaybe<Scalars['Int']['input']>;
};

/** Mutations for a list for Date */
export type ListDateMutations = {
  pop?: InputMaybe<Scalars['Int']['input']>;
  push?: InputMaybe<Array<Scalars['Date']['input']>>;
  set?: InputMaybe<Array<Scalars['Date']['input']>>;
};

/** Mutations for a list for ID */
export type ListIdMutations = {
  pop?: InputMaybe<Scalars['Int']['input']>;
  push?: InputMaybe<Array<Scalars['ID']['input']>>;
  set?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Mutations for a list for String */
export type ListStringMutations = {
  pop?: InputMaybe<Scalars['Int']['input']>;
  push?: InputMaybe<Array<Scalars['String']['input']>>;
  set?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type LocalTimeAggregateSelection = {
  __typename?: 'LocalTimeAggregateSelection';
  max?: Maybe<Scalars['LocalTime']['output']>;
  min?: Maybe<Scalars['LocalTime']['output']>;
};

/** Filters for an aggregation of an LocalTime input field */
export type LocalTimeScalarAggregationFilters = {
  max?: InputMaybe<LocalTimeScalarFilters>;
  min?: InputMaybe<LocalTimeScalarFilters>;
};

/** LocalTime filters */
export type LocalTimeScalarFilters = {
  eq?: InputMaybe<Scalars['LocalTime']['input']>;
  gt?: InputMaybe<Scalars['LocalTime']['input']>;
  gte?: InputMaybe<Scalars['LocalTime']['input']>;
  in?: InputMaybe<Array<Scalars['LocalTime']['input']>>;
  lt?: InputMaybe<Scalars['LocalTime']['input']>;
  lte?: InputMaybe<Scalars['LocalTime']['input']>;
};

/** LocalTime mutations */
export type LocalTimeScalarMutations = {
  set?: InputMaybe<Scalars['LocalTime']['input']>;
};

/** A dated meeting, gathering (samling), fagdag or webinar. */
export type Meeting = {
  __typename?: 'Meeting';
  agenda: Array<Scalars['String']['output']>;
  audience?: Maybe<Scalars['String']['output']>;
  date: Scalars['Date']['output'];
  /** Last day of a meeting over several days. */
  endDate?: Maybe<Scalars['Date']['output']>;
  endTime?: Maybe<Scalars['LocalTime']['output']>;
  forums: Array<Forum>;
  forumsConnection: MeetingForumsConnection;
  id: Scalars['ID']['output'];
  initiatives: Array<Initiative>;
  initiativesConnection: MeetingInitiativesConnection;
  /** Null where the documents do not say. */
  mode?: Maybe<MeetingMode>;
  /** The online platform, e.g. teams. Links, meeting ids and passcodes are never stored. */
  online?: Maybe<Scalars['String']['output']>;
  /** The place as written, e.g. Børsa, DMMH, Heim. */
  place?: Maybe<Scalars['String']['output']>;
  sources: Array<Scalars['String']['output']>;
  startTime?: Maybe<Scalars['LocalTime']['output']>;
  /** The calendar cell as written (secrets removed). */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};


/** A dated meeting, gathering (samling), fagdag or webinar. */
export type MeetingForumsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ForumSort>>;
  where?: InputMaybe<ForumWhere>;
};


/** A dated meeting, gathering (samling), fagdag or webinar. */
export type MeetingForumsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MeetingForumsConnectionSort>>;
  where?: InputMaybe<MeetingForumsConnectionWhere>;
};


/** A dated meeting, gathering (samling), fagdag or webinar. */
export type MeetingInitiativesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeSort>>;
  where?: InputMaybe<InitiativeWhere>;
};


/** A dated meeting, gathering (samling), fagdag or webinar. */
export type MeetingInitiativesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MeetingInitiativesConnectionSort>>;
  where?: InputMaybe<MeetingInitiativesConnectionWhere>;
};

export type MeetingAggregate = {
  __typename?: 'MeetingAggregate';
  count: Count;
  node: MeetingAggregateNode;
};

export type MeetingAggregateNode = {
  __typename?: 'MeetingAggregateNode';
  audience: StringAggregateSelection;
  endTime: LocalTimeAggregateSelection;
  online: StringAggregateSelection;
  place: StringAggregateSelection;
  startTime: LocalTimeAggregateSelection;
  text: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type MeetingConflict = {
  __typename?: 'MeetingConflict';
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

export type MeetingConnectInput = {
  forums?: InputMaybe<Array<MeetingForumsConnectFieldInput>>;
  initiatives?: InputMaybe<Array<MeetingInitiativesConnectFieldInput>>;
};

export type MeetingConnectWhere = {
  node: MeetingWhere;
};

export type MeetingCount = {
  __typename?: 'MeetingCount';
  meetings: Scalars['Int']['output'];
  /** The day, or the Monday that begins the week (which may lie before the range). */
  period: Scalars['Date']['output'];
  /** The ISO week number (uke) of the period. */
  week: Scalars['Int']['output'];
};

export type MeetingCreateInput = {
  agenda: Array<Scalars['String']['input']>;
  audience?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endTime?: InputMaybe<Scalars['LocalTime']['input']>;
  forums?: InputMaybe<MeetingForumsFieldInput>;
  id: Scalars['ID']['input'];
  initiatives?: InputMaybe<MeetingInitiativesFieldInput>;
  mode?: InputMaybe<MeetingMode>;
  online?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  sources: Array<Scalars['String']['input']>;
  startTime?: InputMaybe<Scalars['LocalTime']['input']>;
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type MeetingDeleteInput = {
  forums?: InputMaybe<Array<MeetingForumsDeleteFieldInput>>;
  initiatives?: InputMaybe<Array<MeetingInitiativesDeleteFieldInput>>;
};

export type MeetingDisconnectInput = {
  forums?: InputMaybe<Array<MeetingForumsDisconnectFieldInput>>;
  initiatives?: InputMaybe<Array<MeetingInitiativesDisconnectFieldInput>>;
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

export type MeetingForumForumsAggregateSelection = {
  __typename?: 'MeetingForumForumsAggregateSelection';
  count: CountConnection;
  node?: Maybe<MeetingForumForumsNodeAggregateSelection>;
};

export type MeetingForumForumsNodeAggregateSelection = {
  __typename?: 'MeetingForumForumsNodeAggregateSelection';
  form: StringAggregateSelection;
  name: StringAggregateSelection;
  owner: StringAggregateSelection;
  who: StringAggregateSelection;
};

export type MeetingForumsConnectFieldInput = {
  connect?: InputMaybe<Array<ForumConnectInput>>;
  where?: InputMaybe<ForumConnectWhere>;
};

export type MeetingForumsConnection = {
  __typename?: 'MeetingForumsConnection';
  aggregate: MeetingForumForumsAggregateSelection;
  edges: Array<MeetingForumsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingForumsConnectionAggregateInput = {
  AND?: InputMaybe<Array<MeetingForumsConnectionAggregateInput>>;
  NOT?: InputMaybe<MeetingForumsConnectionAggregateInput>;
  OR?: InputMaybe<Array<MeetingForumsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<MeetingForumsNodeAggregationWhereInput>;
};

export type MeetingForumsConnectionFilters = {
  /** Filter Meetings by aggregating results on related MeetingForumsConnections */
  aggregate?: InputMaybe<MeetingForumsConnectionAggregateInput>;
  /** Return Meetings where all of the related MeetingForumsConnections match this filter */
  all?: InputMaybe<MeetingForumsConnectionWhere>;
  /** Return Meetings where none of the related MeetingForumsConnections match this filter */
  none?: InputMaybe<MeetingForumsConnectionWhere>;
  /** Return Meetings where one of the related MeetingForumsConnections match this filter */
  single?: InputMaybe<MeetingForumsConnectionWhere>;
  /** Return Meetings where some of the related MeetingForumsConnections match this filter */
  some?: InputMaybe<MeetingForumsConnectionWhere>;
};

export type MeetingForumsConnectionSort = {
  node?: InputMaybe<ForumSort>;
};

export type MeetingForumsConnectionWhere = {
  AND?: InputMaybe<Array<MeetingForumsConnectionWhere>>;
  NOT?: InputMaybe<MeetingForumsConnectionWhere>;
  OR?: InputMaybe<Array<MeetingForumsConnectionWhere>>;
  node?: InputMaybe<ForumWhere>;
};

export type MeetingForumsCreateFieldInput = {
  node: ForumCreateInput;
};

export type MeetingForumsDeleteFieldInput = {
  delete?: InputMaybe<ForumDeleteInput>;
  where?: InputMaybe<MeetingForumsConnectionWhere>;
};

export type MeetingForumsDisconnectFieldInput = {
  disconnect?: InputMaybe<ForumDisconnectInput>;
  where?: InputMaybe<MeetingForumsConnectionWhere>;
};

export type MeetingForumsFieldInput = {
  connect?: InputMaybe<Array<MeetingForumsConnectFieldInput>>;
  create?: InputMaybe<Array<MeetingForumsCreateFieldInput>>;
};

export type MeetingForumsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<MeetingForumsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<MeetingForumsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<MeetingForumsNodeAggregationWhereInput>>;
  form?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  owner?: InputMaybe<StringScalarAggregationFilters>;
  who?: InputMaybe<StringScalarAggregationFilters>;
};

export type MeetingForumsRelationship = {
  __typename?: 'MeetingForumsRelationship';
  cursor: Scalars['String']['output'];
  node: Forum;
};

export type MeetingForumsUpdateConnectionInput = {
  node?: InputMaybe<ForumUpdateInput>;
  where?: InputMaybe<MeetingForumsConnectionWhere>;
};

export type MeetingForumsUpdateFieldInput = {
  connect?: InputMaybe<Array<MeetingForumsConnectFieldInput>>;
  create?: InputMaybe<Array<MeetingForumsCreateFieldInput>>;
  delete?: InputMaybe<Array<MeetingForumsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<MeetingForumsDisconnectFieldInput>>;
  update?: InputMaybe<MeetingForumsUpdateConnectionInput>;
};

export type MeetingInitiativeInitiativesAggregateSelection = {
  __typename?: 'MeetingInitiativeInitiativesAggregateSelection';
  count: CountConnection;
  node?: Maybe<MeetingInitiativeInitiativesNodeAggregateSelection>;
};

export type MeetingInitiativeInitiativesNodeAggregateSelection = {
  __typename?: 'MeetingInitiativeInitiativesNodeAggregateSelection';
  audience: StringAggregateSelection;
  how: StringAggregateSelection;
  name: StringAggregateSelection;
  owner: StringAggregateSelection;
  periodText: StringAggregateSelection;
  plannedDays: IntAggregateSelection;
  plannedEmployees: IntAggregateSelection;
  plannedGatherings: IntAggregateSelection;
  plannedMeetings: IntAggregateSelection;
  plannedUnits: IntAggregateSelection;
  responsible: StringAggregateSelection;
  volumeText: StringAggregateSelection;
};

export type MeetingInitiativesConnectFieldInput = {
  connect?: InputMaybe<Array<InitiativeConnectInput>>;
  where?: InputMaybe<InitiativeConnectWhere>;
};

export type MeetingInitiativesConnection = {
  __typename?: 'MeetingInitiativesConnection';
  aggregate: MeetingInitiativeInitiativesAggregateSelection;
  edges: Array<MeetingInitiativesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingInitiativesConnectionAggregateInput = {
  AND?: InputMaybe<Array<MeetingInitiativesConnectionAggregateInput>>;
  NOT?: InputMaybe<MeetingInitiativesConnectionAggregateInput>;
  OR?: InputMaybe<Array<MeetingInitiativesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<MeetingInitiativesNodeAggregationWhereInput>;
};

export type MeetingInitiativesConnectionFilters = {
  /** Filter Meetings by aggregating results on related MeetingInitiativesConnections */
  aggregate?: InputMaybe<MeetingInitiativesConnectionAggregateInput>;
  /** Return Meetings where all of the related MeetingInitiativesConnections match this filter */
  all?: InputMaybe<MeetingInitiativesConnectionWhere>;
  /** Return Meetings where none of the related MeetingInitiativesConnections match this filter */
  none?: InputMaybe<MeetingInitiativesConnectionWhere>;
  /** Return Meetings where one of the related MeetingInitiativesConnections match this filter */
  single?: InputMaybe<MeetingInitiativesConnectionWhere>;
  /** Return Meetings where some of the related MeetingInitiativesConnections match this filter */
  some?: InputMaybe<MeetingInitiativesConnectionWhere>;
};

export type MeetingInitiativesConnectionSort = {
  node?: InputMaybe<InitiativeSort>;
};

export type MeetingInitiativesConnectionWhere = {
  AND?: InputMaybe<Array<MeetingInitiativesConnectionWhere>>;
  NOT?: InputMaybe<MeetingInitiativesConnectionWhere>;
  OR?: InputMaybe<Array<MeetingInitiativesConnectionWhere>>;
  node?: InputMaybe<InitiativeWhere>;
};

export type MeetingInitiativesCreateFieldInput = {
  node: InitiativeCreateInput;
};

export type MeetingInitiativesDeleteFieldInput = {
  delete?: InputMaybe<InitiativeDeleteInput>;
  where?: InputMaybe<MeetingInitiativesConnectionWhere>;
};

export type MeetingInitiativesDisconnectFieldInput = {
  disconnect?: InputMaybe<InitiativeDisconnectInput>;
  where?: InputMaybe<MeetingInitiativesConnectionWhere>;
};

export type MeetingInitiativesFieldInput = {
  connect?: InputMaybe<Array<MeetingInitiativesConnectFieldInput>>;
  create?: InputMaybe<Array<MeetingInitiativesCreateFieldInput>>;
};

export type MeetingInitiativesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<MeetingInitiativesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<MeetingInitiativesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<MeetingInitiativesNodeAggregationWhereInput>>;
  audience?: InputMaybe<StringScalarAggregationFilters>;
  how?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  owner?: InputMaybe<StringScalarAggregationFilters>;
  periodText?: InputMaybe<StringScalarAggregationFilters>;
  plannedDays?: InputMaybe<IntScalarAggregationFilters>;
  plannedEmployees?: InputMaybe<IntScalarAggregationFilters>;
  plannedGatherings?: InputMaybe<IntScalarAggregationFilters>;
  plannedMeetings?: InputMaybe<IntScalarAggregationFilters>;
  plannedUnits?: InputMaybe<IntScalarAggregationFilters>;
  responsible?: InputMaybe<StringScalarAggregationFilters>;
  volumeText?: InputMaybe<StringScalarAggregationFilters>;
};

export type MeetingInitiativesRelationship = {
  __typename?: 'MeetingInitiativesRelationship';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type MeetingInitiativesUpdateConnectionInput = {
  node?: InputMaybe<InitiativeUpdateInput>;
  where?: InputMaybe<MeetingInitiativesConnectionWhere>;
};

export type MeetingInitiativesUpdateFieldInput = {
  connect?: InputMaybe<Array<MeetingInitiativesConnectFieldInput>>;
  create?: InputMaybe<Array<MeetingInitiativesCreateFieldInput>>;
  delete?: InputMaybe<Array<MeetingInitiativesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<MeetingInitiativesDisconnectFieldInput>>;
  update?: InputMaybe<MeetingInitiativesUpdateConnectionInput>;
};

export type MeetingMode =
  | 'DIGITAL'
  | 'HYBRID'
  | 'PHYSICAL';

/** MeetingMode filters */
export type MeetingModeEnumScalarFilters = {
  eq?: InputMaybe<MeetingMode>;
  in?: InputMaybe<Array<MeetingMode>>;
};

/** MeetingMode mutations */
export type MeetingModeEnumScalarMutations = {
  set?: InputMaybe<MeetingMode>;
};

export type MeetingPage = {
  __typename?: 'MeetingPage';
  meetings: Array<ScheduledMeeting>;
  pageInfo: MeetingPageInfo;
  /** The meetings in the range, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type MeetingPageInfo = {
  __typename?: 'MeetingPageInfo';
  /** The cursor of the page's last meeting, to pass as after; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type MeetingPeriod =
  | 'DAY'
  /** An ISO week, Monday to Sunday. */
  | 'WEEK';

export type MeetingRelationshipFilters = {
  /** Filter type where all of the related Meetings match this filter */
  all?: InputMaybe<MeetingWhere>;
  /** Filter type where none of the related Meetings match this filter */
  none?: InputMaybe<MeetingWhere>;
  /** Filter type where one of the related Meetings match this filter */
  single?: InputMaybe<MeetingWhere>;
  /** Filter type where some of the related Meetings match this filter */
  some?: InputMaybe<MeetingWhere>;
};

/** Fields to sort Meetings by. The order in which sorts are applied is not guaranteed when specifying many fields in one MeetingSort object. */
export type MeetingSort = {
  audience?: InputMaybe<SortDirection>;
  date?: InputMaybe<SortDirection>;
  endDate?: InputMaybe<SortDirection>;
  endTime?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  mode?: InputMaybe<SortDirection>;
  online?: InputMaybe<SortDirection>;
  place?: InputMaybe<SortDirection>;
  startTime?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
};

export type MeetingUpdateInput = {
  agenda?: InputMaybe<ListStringMutations>;
  audience?: InputMaybe<StringScalarMutations>;
  date?: InputMaybe<DateScalarMutations>;
  endDate?: InputMaybe<DateScalarMutations>;
  endTime?: InputMaybe<LocalTimeScalarMutations>;
  forums?: InputMaybe<Array<MeetingForumsUpdateFieldInput>>;
  id?: InputMaybe<IdScalarMutations>;
  initiatives?: InputMaybe<Array<MeetingInitiativesUpdateFieldInput>>;
  mode?: InputMaybe<MeetingModeEnumScalarMutations>;
  online?: InputMaybe<StringScalarMutations>;
  place?: InputMaybe<StringScalarMutations>;
  sources?: InputMaybe<ListStringMutations>;
  startTime?: InputMaybe<LocalTimeScalarMutations>;
  text?: InputMaybe<StringScalarMutations>;
  title?: InputMaybe<StringScalarMutations>;
};

export type MeetingWhere = {
  AND?: InputMaybe<Array<MeetingWhere>>;
  NOT?: InputMaybe<MeetingWhere>;
  OR?: InputMaybe<Array<MeetingWhere>>;
  agenda?: InputMaybe<StringListFilters>;
  audience?: InputMaybe<StringScalarFilters>;
  date?: InputMaybe<DateScalarFilters>;
  endDate?: InputMaybe<DateScalarFilters>;
  endTime?: InputMaybe<LocalTimeScalarFilters>;
  forums?: InputMaybe<ForumRelationshipFilters>;
  forumsConnection?: InputMaybe<MeetingForumsConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  initiatives?: InputMaybe<InitiativeRelationshipFilters>;
  initiativesConnection?: InputMaybe<MeetingInitiativesConnectionFilters>;
  mode?: InputMaybe<MeetingModeEnumScalarFilters>;
  online?: InputMaybe<StringScalarFilters>;
  place?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<StringListFilters>;
  startTime?: InputMaybe<LocalTimeScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
};

export type MeetingsConnection = {
  __typename?: 'MeetingsConnection';
  aggregate: MeetingAggregate;
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * The edge properties for the following fields:
 * * Person.workingGroups
 * * WorkingGroup.members
 */
export type Membership = {
  __typename?: 'Membership';
  /** Whom the member represents: an institution id, or the text as written (e.g. PPT). */
  representing: Scalars['String']['output'];
};

export type MembershipAggregationWhereInput = {
  AND?: InputMaybe<Array<MembershipAggregationWhereInput>>;
  NOT?: InputMaybe<MembershipAggregationWhereInput>;
  OR?: InputMaybe<Array<MembershipAggregationWhereInput>>;
  representing?: InputMaybe<StringScalarAggregationFilters>;
};

export type MembershipCreateInput = {
  representing: Scalars['String']['input'];
};

export type MembershipSort = {
  representing?: InputMaybe<SortDirection>;
};

export type MembershipStatus =
  /** Assembled from the municipalities the network's plans name; may be incomplete. */
  | 'INFERRED'
  /** A document lists the network's member municipalities. */
  | 'LISTED'
  /** No document says which municipalities are members. */
  | 'UNKNOWN';

/** MembershipStatus filters */
export type MembershipStatusEnumScalarFilters = {
  eq?: InputMaybe<MembershipStatus>;
  in?: InputMaybe<Array<MembershipStatus>>;
};

/** MembershipStatus mutations */
export type MembershipStatusEnumScalarMutations = {
  set?: InputMaybe<MembershipStatus>;
};

export type MembershipUpdateInput = {
  representing?: InputMaybe<StringScalarMutations>;
};

export type MembershipWhere = {
  AND?: InputMaybe<Array<MembershipWhere>>;
  NOT?: InputMaybe<MembershipWhere>;
  OR?: InputMaybe<Array<MembershipWhere>>;
  representing?: InputMaybe<StringScalarFilters>;
};

export type MunicipalitiesConnection = {
  __typename?: 'MunicipalitiesConnection';
  aggregate: MunicipalityAggregate;
  edges: Array<MunicipalityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * A municipality (kommune) of the national register (Kartverket, 2024 structure; CC BY 4.0,
 * © Kartverket).
 */
export type Municipality = {
  __typename?: 'Municipality';
  county?: Maybe<County>;
  countyConnection: MunicipalityCountyConnection;
  id: Scalars['ID']['output'];
  /** Initiatives whose plans name this municipality. */
  initiatives: Array<Initiative>;
  initiativesConnection: MunicipalityInitiativesConnection;
  /** The official name, with its Sami or Kven forms where it has them, e.g. Snåase - Snåsa. */
  name: Scalars['String']['output'];
  /** Every form of the name (the whole, and each form between ' - '): filter on these to find one. */
  names: Array<Scalars['String']['output']>;
  networks: Array<Network>;
  networksConnection: MunicipalityNetworksConnection;
  /** The official four-digit municipality number, e.g. 5041. */
  number: Scalars['String']['output'];
  sources: Array<Scalars['String']['output']>;
};


/**
 * A municipality (kommune) of the national register (Kartverket, 2024 structure; CC BY 4.0,
 * © Kartverket).
 */
export type MunicipalityInitiativesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeSort>>;
  where?: InputMaybe<InitiativeWhere>;
};


/**
 * A municipality (kommune) of the national register (Kartverket, 2024 structure; CC BY 4.0,
 * © Kartverket).
 */
export type MunicipalityInitiativesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MunicipalityInitiativesConnectionSort>>;
  where?: InputMaybe<MunicipalityInitiativesConnectionWhere>;
};


/**
 * A municipality (kommune) of the national register (Kartverket, 2024 structure; CC BY 4.0,
 * © Kartverket).
 */
export type MunicipalityNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/**
 * A municipality (kommune) of the national register (Kartverket, 2024 structure; CC BY 4.0,
 * © Kartverket).
 */
export type MunicipalityNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MunicipalityNetworksConnectionSort>>;
  where?: InputMaybe<MunicipalityNetworksConnectionWhere>;
};

export type MunicipalityAggregate = {
  __typename?: 'MunicipalityAggregate';
  count: Count;
  node: MunicipalityAggregateNode;
};

export type MunicipalityAggregateNode = {
  __typename?: 'MunicipalityAggregateNode';
  name: StringAggregateSelection;
  number: StringAggregateSelection;
};

export type MunicipalityConnectInput = {
  initiatives?: InputMaybe<Array<MunicipalityInitiativesConnectFieldInput>>;
  networks?: InputMaybe<Array<MunicipalityNetworksConnectFieldInput>>;
};

export type MunicipalityConnectWhere = {
  node: MunicipalityWhere;
};

export type MunicipalityCountyConnection = {
  __typename?: 'MunicipalityCountyConnection';
  edges: Array<MunicipalityCountyRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MunicipalityCountyConnectionWhere = {
  AND?: InputMaybe<Array<MunicipalityCountyConnectionWhere>>;
  NOT?: InputMaybe<MunicipalityCountyConnectionWhere>;
  OR?: InputMaybe<Array<MunicipalityCountyConnectionWhere>>;
  node?: InputMaybe<CountyWhere>;
};

export type MunicipalityCountyCreateFieldInput = {
  node: CountyCreateInput;
};

export type MunicipalityCountyDeleteFieldInput = {
  delete?: InputMaybe<CountyDeleteInput>;
  where?: InputMaybe<MunicipalityCountyConnectionWhere>;
};

export type MunicipalityCountyFieldInput = {
  create?: InputMaybe<MunicipalityCountyCreateFieldInput>;
};

export type MunicipalityCountyRelationship = {
  __typename?: 'MunicipalityCountyRelationship';
  cursor: Scalars['String']['output'];
  node: County;
};

export type MunicipalityCoverage = {
  __typename?: 'MunicipalityCoverage';
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

export type MunicipalityCreateInput = {
  county?: InputMaybe<MunicipalityCountyFieldInput>;
  id: Scalars['ID']['input'];
  initiatives?: InputMaybe<MunicipalityInitiativesFieldInput>;
  name: Scalars['String']['input'];
  names: Array<Scalars['String']['input']>;
  networks?: InputMaybe<MunicipalityNetworksFieldInput>;
  number: Scalars['String']['input'];
  sources: Array<Scalars['String']['input']>;
};

export type MunicipalityDeleteInput = {
  county?: InputMaybe<MunicipalityCountyDeleteFieldInput>;
  initiatives?: InputMaybe<Array<MunicipalityInitiativesDeleteFieldInput>>;
  networks?: InputMaybe<Array<MunicipalityNetworksDeleteFieldInput>>;
};

export type MunicipalityDisconnectInput = {
  initiatives?: InputMaybe<Array<MunicipalityInitiativesDisconnectFieldInput>>;
  networks?: InputMaybe<Array<MunicipalityNetworksDisconnectFieldInput>>;
};

export type MunicipalityEdge = {
  __typename?: 'MunicipalityEdge';
  cursor: Scalars['String']['output'];
  node: Municipality;
};

export type MunicipalityInitiativeInitiativesAggregateSelection = {
  __typename?: 'MunicipalityInitiativeInitiativesAggregateSelection';
  count: CountConnection;
  node?: Maybe<MunicipalityInitiativeInitiativesNodeAggregateSelection>;
};

export type MunicipalityInitiativeInitiativesNodeAggregateSelection = {
  __typename?: 'MunicipalityInitiativeInitiativesNodeAggregateSelection';
  audience: StringAggregateSelection;
  how: StringAggregateSelection;
  name: StringAggregateSelection;
  owner: StringAggregateSelection;
  periodText: StringAggregateSelection;
  plannedDays: IntAggregateSelection;
  plannedEmployees: IntAggregateSelection;
  plannedGatherings: IntAggregateSelection;
  plannedMeetings: IntAggregateSelection;
  plannedUnits: IntAggregateSelection;
  responsible: StringAggregateSelection;
  volumeText: StringAggregateSelection;
};

export type MunicipalityInitiativesConnectFieldInput = {
  connect?: InputMaybe<Array<InitiativeConnectInput>>;
  where?: InputMaybe<InitiativeConnectWhere>;
};

export type MunicipalityInitiativesConnection = {
  __typename?: 'MunicipalityInitiativesConnection';
  aggregate: MunicipalityInitiativeInitiativesAggregateSelection;
  edges: Array<MunicipalityInitiativesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MunicipalityInitiativesConnectionAggregateInput = {
  AND?: InputMaybe<Array<MunicipalityInitiativesConnectionAggregateInput>>;
  NOT?: InputMaybe<MunicipalityInitiativesConnectionAggregateInput>;
  OR?: InputMaybe<Array<MunicipalityInitiativesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<MunicipalityInitiativesNodeAggregationWhereInput>;
};

export type MunicipalityInitiativesConnectionFilters = {
  /** Filter Municipalities by aggregating results on related MunicipalityInitiativesConnections */
  aggregate?: InputMaybe<MunicipalityInitiativesConnectionAggregateInput>;
  /** Return Municipalities where all of the related MunicipalityInitiativesConnections match this filter */
  all?: InputMaybe<MunicipalityInitiativesConnectionWhere>;
  /** Return Municipalities where none of the related MunicipalityInitiativesConnections match this filter */
  none?: InputMaybe<MunicipalityInitiativesConnectionWhere>;
  /** Return Municipalities where one of the related MunicipalityInitiativesConnections match this filter */
  single?: InputMaybe<MunicipalityInitiativesConnectionWhere>;
  /** Return Municipalities where some of the related MunicipalityInitiativesConnections match this filter */
  some?: InputMaybe<MunicipalityInitiativesConnectionWhere>;
};

export type MunicipalityInitiativesConnectionSort = {
  node?: InputMaybe<InitiativeSort>;
};

export type MunicipalityInitiativesConnectionWhere = {
  AND?: InputMaybe<Array<MunicipalityInitiativesConnectionWhere>>;
  NOT?: InputMaybe<MunicipalityInitiativesConnectionWhere>;
  OR?: InputMaybe<Array<MunicipalityInitiativesConnectionWhere>>;
  node?: InputMaybe<InitiativeWhere>;
};

export type MunicipalityInitiativesCreateFieldInput = {
  node: InitiativeCreateInput;
};

export type MunicipalityInitiativesDeleteFieldInput = {
  delete?: InputMaybe<InitiativeDeleteInput>;
  where?: InputMaybe<MunicipalityInitiativesConnectionWhere>;
};

export type MunicipalityInitiativesDisconnectFieldInput = {
  disconnect?: InputMaybe<InitiativeDisconnectInput>;
  where?: InputMaybe<MunicipalityInitiativesConnectionWhere>;
};

export type MunicipalityInitiativesFieldInput = {
  connect?: InputMaybe<Array<MunicipalityInitiativesConnectFieldInput>>;
  create?: InputMaybe<Array<MunicipalityInitiativesCreateFieldInput>>;
};

export type MunicipalityInitiativesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<MunicipalityInitiativesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<MunicipalityInitiativesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<MunicipalityInitiativesNodeAggregationWhereInput>>;
  audience?: InputMaybe<StringScalarAggregationFilters>;
  how?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  owner?: InputMaybe<StringScalarAggregationFilters>;
  periodText?: InputMaybe<StringScalarAggregationFilters>;
  plannedDays?: InputMaybe<IntScalarAggregationFilters>;
  plannedEmployees?: InputMaybe<IntScalarAggregationFilters>;
  plannedGatherings?: InputMaybe<IntScalarAggregationFilters>;
  plannedMeetings?: InputMaybe<IntScalarAggregationFilters>;
  plannedUnits?: InputMaybe<IntScalarAggregationFilters>;
  responsible?: InputMaybe<StringScalarAggregationFilters>;
  volumeText?: InputMaybe<StringScalarAggregationFilters>;
};

export type MunicipalityInitiativesRelationship = {
  __typename?: 'MunicipalityInitiativesRelationship';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type MunicipalityInitiativesUpdateConnectionInput = {
  node?: InputMaybe<InitiativeUpdateInput>;
  where?: InputMaybe<MunicipalityInitiativesConnectionWhere>;
};

export type MunicipalityInitiativesUpdateFieldInput = {
  connect?: InputMaybe<Array<MunicipalityInitiativesConnectFieldInput>>;
  create?: InputMaybe<Array<MunicipalityInitiativesCreateFieldInput>>;
  delete?: InputMaybe<Array<MunicipalityInitiativesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<MunicipalityInitiativesDisconnectFieldInput>>;
  update?: InputMaybe<MunicipalityInitiativesUpdateConnectionInput>;
};

export type MunicipalityNetworkNetworksAggregateSelection = {
  __typename?: 'MunicipalityNetworkNetworksAggregateSelection';
  count: CountConnection;
  node?: Maybe<MunicipalityNetworkNetworksNodeAggregateSelection>;
};

export type MunicipalityNetworkNetworksNodeAggregateSelection = {
  __typename?: 'MunicipalityNetworkNetworksNodeAggregateSelection';
  county: StringAggregateSelection;
  membershipSource: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type MunicipalityNetworksConnectFieldInput = {
  connect?: InputMaybe<Array<NetworkConnectInput>>;
  where?: InputMaybe<NetworkConnectWhere>;
};

export type MunicipalityNetworksConnection = {
  __typename?: 'MunicipalityNetworksConnection';
  aggregate: MunicipalityNetworkNetworksAggregateSelection;
  edges: Array<MunicipalityNetworksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MunicipalityNetworksConnectionAggregateInput = {
  AND?: InputMaybe<Array<MunicipalityNetworksConnectionAggregateInput>>;
  NOT?: InputMaybe<MunicipalityNetworksConnectionAggregateInput>;
  OR?: InputMaybe<Array<MunicipalityNetworksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<MunicipalityNetworksNodeAggregationWhereInput>;
};

export type MunicipalityNetworksConnectionFilters = {
  /** Filter Municipalities by aggregating results on related MunicipalityNetworksConnections */
  aggregate?: InputMaybe<MunicipalityNetworksConnectionAggregateInput>;
  /** Return Municipalities where all of the related MunicipalityNetworksConnections match this filter */
  all?: InputMaybe<MunicipalityNetworksConnectionWhere>;
  /** Return Municipalities where none of the related MunicipalityNetworksConnections match this filter */
  none?: InputMaybe<MunicipalityNetworksConnectionWhere>;
  /** Return Municipalities where one of the related MunicipalityNetworksConnections match this filter */
  single?: InputMaybe<MunicipalityNetworksConnectionWhere>;
  /** Return Municipalities where some of the related MunicipalityNetworksConnections match this filter */
  some?: InputMaybe<MunicipalityNetworksConnectionWhere>;
};

export type MunicipalityNetworksConnectionSort = {
  node?: InputMaybe<NetworkSort>;
};

export type MunicipalityNetworksConnectionWhere = {
  AND?: InputMaybe<Array<MunicipalityNetworksConnectionWhere>>;
  NOT?: InputMaybe<MunicipalityNetworksConnectionWhere>;
  OR?: InputMaybe<Array<MunicipalityNetworksConnectionWhere>>;
  node?: InputMaybe<NetworkWhere>;
};

export type MunicipalityNetworksCreateFieldInput = {
  node: NetworkCreateInput;
};

export type MunicipalityNetworksDeleteFieldInput = {
  delete?: InputMaybe<NetworkDeleteInput>;
  where?: InputMaybe<MunicipalityNetworksConnectionWhere>;
};

export type MunicipalityNetworksDisconnectFieldInput = {
  disconnect?: InputMaybe<NetworkDisconnectInput>;
  where?: InputMaybe<MunicipalityNetworksConnectionWhere>;
};

export type MunicipalityNetworksFieldInput = {
  connect?: InputMaybe<Array<MunicipalityNetworksConnectFieldInput>>;
  create?: InputMaybe<Array<MunicipalityNetworksCreateFieldInput>>;
};

export type MunicipalityNetworksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<MunicipalityNetworksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<MunicipalityNetworksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<MunicipalityNetworksNodeAggregationWhereInput>>;
  county?: InputMaybe<StringScalarAggregationFilters>;
  membershipSource?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type MunicipalityNetworksRelationship = {
  __typename?: 'MunicipalityNetworksRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
};

export type MunicipalityNetworksUpdateConnectionInput = {
  node?: InputMaybe<NetworkUpdateInput>;
  where?: InputMaybe<MunicipalityNetworksConnectionWhere>;
};

export type MunicipalityNetworksUpdateFieldInput = {
  connect?: InputMaybe<Array<MunicipalityNetworksConnectFieldInput>>;
  create?: InputMaybe<Array<MunicipalityNetworksCreateFieldInput>>;
  delete?: InputMaybe<Array<MunicipalityNetworksDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<MunicipalityNetworksDisconnectFieldInput>>;
  update?: InputMaybe<MunicipalityNetworksUpdateConnectionInput>;
};

export type MunicipalityRelationshipFilters = {
  /** Filter type where all of the related Municipalities match this filter */
  all?: InputMaybe<MunicipalityWhere>;
  /** Filter type where none of the related Municipalities match this filter */
  none?: InputMaybe<MunicipalityWhere>;
  /** Filter type where one of the related Municipalities match this filter */
  single?: InputMaybe<MunicipalityWhere>;
  /** Filter type where some of the related Municipalities match this filter */
  some?: InputMaybe<MunicipalityWhere>;
};

/** Fields to sort Municipalities by. The order in which sorts are applied is not guaranteed when specifying many fields in one MunicipalitySort object. */
export type MunicipalitySort = {
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
};

export type MunicipalitySummary = {
  __typename?: 'MunicipalitySummary';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type MunicipalityUpdateInput = {
  id?: InputMaybe<IdScalarMutations>;
  initiatives?: InputMaybe<Array<MunicipalityInitiativesUpdateFieldInput>>;
  name?: InputMaybe<StringScalarMutations>;
  names?: InputMaybe<ListStringMutations>;
  networks?: InputMaybe<Array<MunicipalityNetworksUpdateFieldInput>>;
  number?: InputMaybe<StringScalarMutations>;
  sources?: InputMaybe<ListStringMutations>;
};

export type MunicipalityWhere = {
  AND?: InputMaybe<Array<MunicipalityWhere>>;
  NOT?: InputMaybe<MunicipalityWhere>;
  OR?: InputMaybe<Array<MunicipalityWhere>>;
  county?: InputMaybe<CountyWhere>;
  countyConnection?: InputMaybe<MunicipalityCountyConnectionWhere>;
  id?: InputMaybe<IdScalarFilters>;
  initiatives?: InputMaybe<InitiativeRelationshipFilters>;
  initiativesConnection?: InputMaybe<MunicipalityInitiativesConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  names?: InputMaybe<StringListFilters>;
  networks?: InputMaybe<NetworkRelationshipFilters>;
  networksConnection?: InputMaybe<MunicipalityNetworksConnectionFilters>;
  number?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<StringListFilters>;
};

export type Mutation = {
  __typename?: 'Mutation';
  createAllocations: CreateAllocationsMutationResponse;
  createCounties: CreateCountiesMutationResponse;
  createDataQualityNotes: CreateDataQualityNotesMutationResponse;
  createDeadlines: CreateDeadlinesMutationResponse;
  createForumActivities: CreateForumActivitiesMutationResponse;
  createForums: CreateForumsMutationResponse;
  createInitiatives: CreateInitiativesMutationResponse;
  createInstitutions: CreateInstitutionsMutationResponse;
  createMeetings: CreateMeetingsMutationResponse;
  createMunicipalities: CreateMunicipalitiesMutationResponse;
  createNetworks: CreateNetworksMutationResponse;
  createPeople: CreatePeopleMutationResponse;
  createSchemes: CreateSchemesMutationResponse;
  createTrackGatherings: CreateTrackGatheringsMutationResponse;
  createTrackPhases: CreateTrackPhasesMutationResponse;
  createTracks: CreateTracksMutationResponse;
  createWorkingGroups: CreateWorkingGroupsMutationResponse;
  deleteAllocations: DeleteInfo;
  deleteCounties: DeleteInfo;
  deleteDataQualityNotes: DeleteInfo;
  deleteDeadlines: DeleteInfo;
  deleteForumActivities: DeleteInfo;
  deleteForums: DeleteInfo;
  deleteInitiatives: DeleteInfo;
  deleteInstitutions: DeleteInfo;
  deleteMeetings: DeleteInfo;
  deleteMunicipalities: DeleteInfo;
  deleteNetworks: DeleteInfo;
  deletePeople: DeleteInfo;
  deleteSchemes: DeleteInfo;
  deleteTrackGatherings: DeleteInfo;
  deleteTrackPhases: DeleteInfo;
  deleteTracks: DeleteInfo;
  deleteWorkingGroups: DeleteInfo;
  updateAllocations: UpdateAllocationsMutationResponse;
  updateCounties: UpdateCountiesMutationResponse;
  updateDataQualityNotes: UpdateDataQualityNotesMutationResponse;
  updateDeadlines: UpdateDeadlinesMutationResponse;
  updateForumActivities: UpdateForumActivitiesMutationResponse;
  updateForums: UpdateForumsMutationResponse;
  updateInitiatives: UpdateInitiativesMutationResponse;
  updateInstitutions: UpdateInstitutionsMutationResponse;
  updateMeetings: UpdateMeetingsMutationResponse;
  updateMunicipalities: UpdateMunicipalitiesMutationResponse;
  updateNetworks: UpdateNetworksMutationResponse;
  updatePeople: UpdatePeopleMutationResponse;
  updateSchemes: UpdateSchemesMutationResponse;
  updateTrackGatherings: UpdateTrackGatheringsMutationResponse;
  updateTrackPhases: UpdateTrackPhasesMutationResponse;
  updateTracks: UpdateTracksMutationResponse;
  updateWorkingGroups: UpdateWorkingGroupsMutationResponse;
};


export type MutationCreateAllocationsArgs = {
  input: Array<AllocationCreateInput>;
};


export type MutationCreateCountiesArgs = {
  input: Array<CountyCreateInput>;
};


export type MutationCreateDataQualityNotesArgs = {
  input: Array<DataQualityNoteCreateInput>;
};


export type MutationCreateDeadlinesArgs = {
  input: Array<DeadlineCreateInput>;
};


export type MutationCreateForumActivitiesArgs = {
  input: Array<ForumActivityCreateInput>;
};


export type MutationCreateForumsArgs = {
  input: Array<ForumCreateInput>;
};


export type MutationCreateInitiativesArgs = {
  input: Array<InitiativeCreateInput>;
};


export type MutationCreateInstitutionsArgs = {
  input: Array<InstitutionCreateInput>;
};


export type MutationCreateMeetingsArgs = {
  input: Array<MeetingCreateInput>;
};


export type MutationCreateMunicipalitiesArgs = {
  input: Array<MunicipalityCreateInput>;
};


export type MutationCreateNetworksArgs = {
  input: Array<NetworkCreateInput>;
};


export type MutationCreatePeopleArgs = {
  input: Array<PersonCreateInput>;
};


export type MutationCreateSchemesArgs = {
  input: Array<SchemeCreateInput>;
};


export type MutationCreateTrackGatheringsArgs = {
  input: Array<TrackGatheringCreateInput>;
};


export type MutationCreateTrackPhasesArgs = {
  input: Array<TrackPhaseCreateInput>;
};


export type MutationCreateTracksArgs = {
  input: Array<TrackCreateInput>;
};


export type MutationCreateWorkingGroupsArgs = {
  input: Array<WorkingGroupCreateInput>;
};


export type MutationDeleteAllocationsArgs = {
  delete?: InputMaybe<AllocationDeleteInput>;
  where?: InputMaybe<AllocationWhere>;
};


export type MutationDeleteCountiesArgs = {
  delete?: InputMaybe<CountyDeleteInput>;
  where?: InputMaybe<CountyWhere>;
};


export type MutationDeleteDataQualityNotesArgs = {
  where?: InputMaybe<DataQualityNoteWhere>;
};


export type MutationDeleteDeadlinesArgs = {
  delete?: InputMaybe<DeadlineDeleteInput>;
  where?: InputMaybe<DeadlineWhere>;
};


export type MutationDeleteForumActivitiesArgs = {
  delete?: InputMaybe<ForumActivityDeleteInput>;
  where?: InputMaybe<ForumActivityWhere>;
};


export type MutationDeleteForumsArgs = {
  delete?: InputMaybe<ForumDeleteInput>;
  where?: InputMaybe<ForumWhere>;
};


export type MutationDeleteInitiativesArgs = {
  delete?: InputMaybe<InitiativeDeleteInput>;
  where?: InputMaybe<InitiativeWhere>;
};


export type MutationDeleteInstitutionsArgs = {
  delete?: InputMaybe<InstitutionDeleteInput>;
  where?: InputMaybe<InstitutionWhere>;
};


export type MutationDeleteMeetingsArgs = {
  delete?: InputMaybe<MeetingDeleteInput>;
  where?: InputMaybe<MeetingWhere>;
};


export type MutationDeleteMunicipalitiesArgs = {
  delete?: InputMaybe<MunicipalityDeleteInput>;
  where?: InputMaybe<MunicipalityWhere>;
};


export type MutationDeleteNetworksArgs = {
  delete?: InputMaybe<NetworkDeleteInput>;
  where?: InputMaybe<NetworkWhere>;
};


export type MutationDeletePeopleArgs = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<PersonWhere>;
};


export type MutationDeleteSchemesArgs = {
  delete?: InputMaybe<SchemeDeleteInput>;
  where?: InputMaybe<SchemeWhere>;
};


export type MutationDeleteTrackGatheringsArgs = {
  delete?: InputMaybe<TrackGatheringDeleteInput>;
  where?: InputMaybe<TrackGatheringWhere>;
};


export type MutationDeleteTrackPhasesArgs = {
  delete?: InputMaybe<TrackPhaseDeleteInput>;
  where?: InputMaybe<TrackPhaseWhere>;
};


export type MutationDeleteTracksArgs = {
  delete?: InputMaybe<TrackDeleteInput>;
  where?: InputMaybe<TrackWhere>;
};


export type MutationDeleteWorkingGroupsArgs = {
  delete?: InputMaybe<WorkingGroupDeleteInput>;
  where?: InputMaybe<WorkingGroupWhere>;
};


export type MutationUpdateAllocationsArgs = {
  update?: InputMaybe<AllocationUpdateInput>;
  where?: InputMaybe<AllocationWhere>;
};


export type MutationUpdateCountiesArgs = {
  update?: InputMaybe<CountyUpdateInput>;
  where?: InputMaybe<CountyWhere>;
};


export type MutationUpdateDataQualityNotesArgs = {
  update?: InputMaybe<DataQualityNoteUpdateInput>;
  where?: InputMaybe<DataQualityNoteWhere>;
};


export type MutationUpdateDeadlinesArgs = {
  update?: InputMaybe<DeadlineUpdateInput>;
  where?: InputMaybe<DeadlineWhere>;
};


export type MutationUpdateForumActivitiesArgs = {
  update?: InputMaybe<ForumActivityUpdateInput>;
  where?: InputMaybe<ForumActivityWhere>;
};


export type MutationUpdateForumsArgs = {
  update?: InputMaybe<ForumUpdateInput>;
  where?: InputMaybe<ForumWhere>;
};


export type MutationUpdateInitiativesArgs = {
  update?: InputMaybe<InitiativeUpdateInput>;
  where?: InputMaybe<InitiativeWhere>;
};


export type MutationUpdateInstitutionsArgs = {
  update?: InputMaybe<InstitutionUpdateInput>;
  where?: InputMaybe<InstitutionWhere>;
};


export type MutationUpdateMeetingsArgs = {
  update?: InputMaybe<MeetingUpdateInput>;
  where?: InputMaybe<MeetingWhere>;
};


export type MutationUpdateMunicipalitiesArgs = {
  update?: InputMaybe<MunicipalityUpdateInput>;
  where?: InputMaybe<MunicipalityWhere>;
};


export type MutationUpdateNetworksArgs = {
  update?: InputMaybe<NetworkUpdateInput>;
  where?: InputMaybe<NetworkWhere>;
};


export type MutationUpdatePeopleArgs = {
  update?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<PersonWhere>;
};


export type MutationUpdateSchemesArgs = {
  update?: InputMaybe<SchemeUpdateInput>;
  where?: InputMaybe<SchemeWhere>;
};


export type MutationUpdateTrackGatheringsArgs = {
  update?: InputMaybe<TrackGatheringUpdateInput>;
  where?: InputMaybe<TrackGatheringWhere>;
};


export type MutationUpdateTrackPhasesArgs = {
  update?: InputMaybe<TrackPhaseUpdateInput>;
  where?: InputMaybe<TrackPhaseWhere>;
};


export type MutationUpdateTracksArgs = {
  update?: InputMaybe<TrackUpdateInput>;
  where?: InputMaybe<TrackWhere>;
};


export type MutationUpdateWorkingGroupsArgs = {
  update?: InputMaybe<WorkingGroupUpdateInput>;
  where?: InputMaybe<WorkingGroupWhere>;
};

/**
 * A competence network (kompetansenettverk) of municipalities, a region, or a network
 * of a sector or service (Videregående skoler, PPT-ledernettverket).
 */
export type Network = {
  __typename?: 'Network';
  aliases: Array<Scalars['String']['output']>;
  allocations: Array<Allocation>;
  allocationsConnection: NetworkAllocationsConnection;
  /** The county as the documents name it, e.g. Trøndelag. */
  county?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** That county in the national register, where a document names it. */
  inCounty?: Maybe<County>;
  inCountyConnection: NetworkInCountyConnection;
  initiatives: Array<Initiative>;
  initiativesConnection: NetworkInitiativesConnection;
  kind: NetworkKind;
  members: Array<Municipality>;
  membersConnection: NetworkMembersConnection;
  /**
   * True unless membershipStatus is UNKNOWN.
   * @deprecated It cannot tell a listed membership from one inferred from plans: use membershipStatus.
   */
  membershipKnown: Scalars['Boolean']['output'];
  /** How the membership is known, or why it is not, in words. */
  membershipSource: Scalars['String']['output'];
  /** The places in the documents that the membership status rests on. */
  membershipSources: Array<Scalars['String']['output']>;
  /**
   * What the member municipalities rest on: a document's list (LISTED), the municipalities
   * the network's plans name (INFERRED: may be incomplete), or nothing (UNKNOWN: members is
   * empty, which is not the same as having no members).
   */
  membershipStatus: MembershipStatus;
  name: Scalars['String']['output'];
  sources: Array<Scalars['String']['output']>;
  /** People from the partner institutions who support the network (partnership table). */
  supporters: Array<Person>;
  supportersConnection: NetworkSupportersConnection;
  /** Tracks of joint measures the network is recorded as taking part in. */
  tracks: Array<Track>;
  tracksConnection: NetworkTracksConnection;
};


/**
 * A competence network (kompetansenettverk) of municipalities, a region, or a network
 * of a sector or service (Videregående skoler, PPT-ledernettverket).
 */
export type NetworkAllocationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AllocationSort>>;
  where?: InputMaybe<AllocationWhere>;
};


/**
 * A competence network (kompetansenettverk) of municipalities, a region, or a network
 * of a sector or service (Videregående skoler, PPT-ledernettverket).
 */
export type NetworkAllocationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkAllocationsConnectionSort>>;
  where?: InputMaybe<NetworkAllocationsConnectionWhere>;
};


/**
 * A competence network (kompetansenettverk) of municipalities, a region, or a network
 * of a sector or service (Videregående skoler, PPT-ledernettverket).
 */
export type NetworkInitiativesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeSort>>;
  where?: InputMaybe<InitiativeWhere>;
};


/**
 * A competence network (kompetansenettverk) of municipalities, a region, or a network
 * of a sector or service (Videregående skoler, PPT-ledernettverket).
 */
export type NetworkInitiativesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkInitiativesConnectionSort>>;
  where?: InputMaybe<NetworkInitiativesConnectionWhere>;
};


/**
 * A competence network (kompetansenettverk) of municipalities, a region, or a network
 * of a sector or service (Videregående skoler, PPT-ledernettverket).
 */
export type NetworkMembersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MunicipalitySort>>;
  where?: InputMaybe<MunicipalityWhere>;
};


/**
 * A competence network (kompetansenettverk) of municipalities, a region, or a network
 * of a sector or service (Videregående skoler, PPT-ledernettverket).
 */
export type NetworkMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkMembersConnectionSort>>;
  where?: InputMaybe<NetworkMembersConnectionWhere>;
};


/**
 * A competence network (kompetansenettverk) of municipalities, a region, or a network
 * of a sector or service (Videregående skoler, PPT-ledernettverket).
 */
export type NetworkSupportersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/**
 * A competence network (kompetansenettverk) of municipalities, a region, or a network
 * of a sector or service (Videregående skoler, PPT-ledernettverket).
 */
export type NetworkSupportersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSupportersConnectionSort>>;
  where?: InputMaybe<NetworkSupportersConnectionWhere>;
};


/**
 * A competence network (kompetansenettverk) of municipalities, a region, or a network
 * of a sector or service (Videregående skoler, PPT-ledernettverket).
 */
export type NetworkTracksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackSort>>;
  where?: InputMaybe<TrackWhere>;
};


/**
 * A competence network (kompetansenettverk) of municipalities, a region, or a network
 * of a sector or service (Videregående skoler, PPT-ledernettverket).
 */
export type NetworkTracksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkTracksConnectionSort>>;
  where?: InputMaybe<NetworkTracksConnectionWhere>;
};

export type NetworkAggregate = {
  __typename?: 'NetworkAggregate';
  count: Count;
  node: NetworkAggregateNode;
};

export type NetworkAggregateNode = {
  __typename?: 'NetworkAggregateNode';
  county: StringAggregateSelection;
  membershipSource: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkAllocationAllocationsAggregateSelection = {
  __typename?: 'NetworkAllocationAllocationsAggregateSelection';
  count: CountConnection;
  node?: Maybe<NetworkAllocationAllocationsNodeAggregateSelection>;
};

export type NetworkAllocationAllocationsNodeAggregateSelection = {
  __typename?: 'NetworkAllocationAllocationsNodeAggregateSelection';
  amountNok: IntAggregateSelection;
  name: StringAggregateSelection;
  purpose: StringAggregateSelection;
  recurrence: StringAggregateSelection;
  totalNok: IntAggregateSelection;
};

export type NetworkAllocationsConnectFieldInput = {
  connect?: InputMaybe<Array<AllocationConnectInput>>;
  where?: InputMaybe<AllocationConnectWhere>;
};

export type NetworkAllocationsConnection = {
  __typename?: 'NetworkAllocationsConnection';
  aggregate: NetworkAllocationAllocationsAggregateSelection;
  edges: Array<NetworkAllocationsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkAllocationsConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkAllocationsConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkAllocationsConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkAllocationsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NetworkAllocationsNodeAggregationWhereInput>;
};

export type NetworkAllocationsConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkAllocationsConnections */
  aggregate?: InputMaybe<NetworkAllocationsConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkAllocationsConnections match this filter */
  all?: InputMaybe<NetworkAllocationsConnectionWhere>;
  /** Return Networks where none of the related NetworkAllocationsConnections match this filter */
  none?: InputMaybe<NetworkAllocationsConnectionWhere>;
  /** Return Networks where one of the related NetworkAllocationsConnections match this filter */
  single?: InputMaybe<NetworkAllocationsConnectionWhere>;
  /** Return Networks where some of the related NetworkAllocationsConnections match this filter */
  some?: InputMaybe<NetworkAllocationsConnectionWhere>;
};

export type NetworkAllocationsConnectionSort = {
  node?: InputMaybe<AllocationSort>;
};

export type NetworkAllocationsConnectionWhere = {
  AND?: InputMaybe<Array<NetworkAllocationsConnectionWhere>>;
  NOT?: InputMaybe<NetworkAllocationsConnectionWhere>;
  OR?: InputMaybe<Array<NetworkAllocationsConnectionWhere>>;
  node?: InputMaybe<AllocationWhere>;
};

export type NetworkAllocationsCreateFieldInput = {
  node: AllocationCreateInput;
};

export type NetworkAllocationsDeleteFieldInput = {
  delete?: InputMaybe<AllocationDeleteInput>;
  where?: InputMaybe<NetworkAllocationsConnectionWhere>;
};

export type NetworkAllocationsDisconnectFieldInput = {
  disconnect?: InputMaybe<AllocationDisconnectInput>;
  where?: InputMaybe<NetworkAllocationsConnectionWhere>;
};

export type NetworkAllocationsFieldInput = {
  connect?: InputMaybe<Array<NetworkAllocationsConnectFieldInput>>;
  create?: InputMaybe<Array<NetworkAllocationsCreateFieldInput>>;
};

export type NetworkAllocationsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkAllocationsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkAllocationsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkAllocationsNodeAggregationWhereInput>>;
  amountNok?: InputMaybe<IntScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
  recurrence?: InputMaybe<StringScalarAggregationFilters>;
  totalNok?: InputMaybe<IntScalarAggregationFilters>;
};

export type NetworkAllocationsRelationship = {
  __typename?: 'NetworkAllocationsRelationship';
  cursor: Scalars['String']['output'];
  node: Allocation;
};

export type NetworkAllocationsUpdateConnectionInput = {
  node?: InputMaybe<AllocationUpdateInput>;
  where?: InputMaybe<NetworkAllocationsConnectionWhere>;
};

export type NetworkAllocationsUpdateFieldInput = {
  connect?: InputMaybe<Array<NetworkAllocationsConnectFieldInput>>;
  create?: InputMaybe<Array<NetworkAllocationsCreateFieldInput>>;
  delete?: InputMaybe<Array<NetworkAllocationsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<NetworkAllocationsDisconnectFieldInput>>;
  update?: InputMaybe<NetworkAllocationsUpdateConnectionInput>;
};

export type NetworkConnectInput = {
  allocations?: InputMaybe<Array<NetworkAllocationsConnectFieldInput>>;
  initiatives?: InputMaybe<Array<NetworkInitiativesConnectFieldInput>>;
  members?: InputMaybe<Array<NetworkMembersConnectFieldInput>>;
  supporters?: InputMaybe<Array<NetworkSupportersConnectFieldInput>>;
  tracks?: InputMaybe<Array<NetworkTracksConnectFieldInput>>;
};

export type NetworkConnectWhere = {
  node: NetworkWhere;
};

export type NetworkCreateInput = {
  aliases: Array<Scalars['String']['input']>;
  allocations?: InputMaybe<NetworkAllocationsFieldInput>;
  county?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  inCounty?: InputMaybe<NetworkInCountyFieldInput>;
  initiatives?: InputMaybe<NetworkInitiativesFieldInput>;
  kind: NetworkKind;
  members?: InputMaybe<NetworkMembersFieldInput>;
  membershipSource: Scalars['String']['input'];
  membershipSources: Array<Scalars['String']['input']>;
  membershipStatus: MembershipStatus;
  name: Scalars['String']['input'];
  sources: Array<Scalars['String']['input']>;
  supporters?: InputMaybe<NetworkSupportersFieldInput>;
  tracks?: InputMaybe<NetworkTracksFieldInput>;
};

export type NetworkDeleteInput = {
  allocations?: InputMaybe<Array<NetworkAllocationsDeleteFieldInput>>;
  inCounty?: InputMaybe<NetworkInCountyDeleteFieldInput>;
  initiatives?: InputMaybe<Array<NetworkInitiativesDeleteFieldInput>>;
  members?: InputMaybe<Array<NetworkMembersDeleteFieldInput>>;
  supporters?: InputMaybe<Array<NetworkSupportersDeleteFieldInput>>;
  tracks?: InputMaybe<Array<NetworkTracksDeleteFieldInput>>;
};

export type NetworkDisconnectInput = {
  allocations?: InputMaybe<Array<NetworkAllocationsDisconnectFieldInput>>;
  initiatives?: InputMaybe<Array<NetworkInitiativesDisconnectFieldInput>>;
  members?: InputMaybe<Array<NetworkMembersDisconnectFieldInput>>;
  supporters?: InputMaybe<Array<NetworkSupportersDisconnectFieldInput>>;
  tracks?: InputMaybe<Array<NetworkTracksDisconnectFieldInput>>;
};

export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  cursor: Scalars['String']['output'];
  node: Network;
};

export type NetworkInCountyConnection = {
  __typename?: 'NetworkInCountyConnection';
  edges: Array<NetworkInCountyRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkInCountyConnectionWhere = {
  AND?: InputMaybe<Array<NetworkInCountyConnectionWhere>>;
  NOT?: InputMaybe<NetworkInCountyConnectionWhere>;
  OR?: InputMaybe<Array<NetworkInCountyConnectionWhere>>;
  node?: InputMaybe<CountyWhere>;
};

export type NetworkInCountyCreateFieldInput = {
  node: CountyCreateInput;
};

export type NetworkInCountyDeleteFieldInput = {
  delete?: InputMaybe<CountyDeleteInput>;
  where?: InputMaybe<NetworkInCountyConnectionWhere>;
};

export type NetworkInCountyFieldInput = {
  create?: InputMaybe<NetworkInCountyCreateFieldInput>;
};

export type NetworkInCountyRelationship = {
  __typename?: 'NetworkInCountyRelationship';
  cursor: Scalars['String']['output'];
  node: County;
};

export type NetworkInitiativeInitiativesAggregateSelection = {
  __typename?: 'NetworkInitiativeInitiativesAggregateSelection';
  count: CountConnection;
  node?: Maybe<NetworkInitiativeInitiativesNodeAggregateSelection>;
};

export type NetworkInitiativeInitiativesNodeAggregateSelection = {
  __typename?: 'NetworkInitiativeInitiativesNodeAggregateSelection';
  audience: StringAggregateSelection;
  how: StringAggregateSelection;
  name: StringAggregateSelection;
  owner: StringAggregateSelection;
  periodText: StringAggregateSelection;
  plannedDays: IntAggregateSelection;
  plannedEmployees: IntAggregateSelection;
  plannedGatherings: IntAggregateSelection;
  plannedMeetings: IntAggregateSelection;
  plannedUnits: IntAggregateSelection;
  responsible: StringAggregateSelection;
  volumeText: StringAggregateSelection;
};

export type NetworkInitiativesConnectFieldInput = {
  connect?: InputMaybe<Array<InitiativeConnectInput>>;
  where?: InputMaybe<InitiativeConnectWhere>;
};

export type NetworkInitiativesConnection = {
  __typename?: 'NetworkInitiativesConnection';
  aggregate: NetworkInitiativeInitiativesAggregateSelection;
  edges: Array<NetworkInitiativesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkInitiativesConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkInitiativesConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkInitiativesConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkInitiativesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NetworkInitiativesNodeAggregationWhereInput>;
};

export type NetworkInitiativesConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkInitiativesConnections */
  aggregate?: InputMaybe<NetworkInitiativesConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkInitiativesConnections match this filter */
  all?: InputMaybe<NetworkInitiativesConnectionWhere>;
  /** Return Networks where none of the related NetworkInitiativesConnections match this filter */
  none?: InputMaybe<NetworkInitiativesConnectionWhere>;
  /** Return Networks where one of the related NetworkInitiativesConnections match this filter */
  single?: InputMaybe<NetworkInitiativesConnectionWhere>;
  /** Return Networks where some of the related NetworkInitiativesConnections match this filter */
  some?: InputMaybe<NetworkInitiativesConnectionWhere>;
};

export type NetworkInitiativesConnectionSort = {
  node?: InputMaybe<InitiativeSort>;
};

export type NetworkInitiativesConnectionWhere = {
  AND?: InputMaybe<Array<NetworkInitiativesConnectionWhere>>;
  NOT?: InputMaybe<NetworkInitiativesConnectionWhere>;
  OR?: InputMaybe<Array<NetworkInitiativesConnectionWhere>>;
  node?: InputMaybe<InitiativeWhere>;
};

export type NetworkInitiativesCreateFieldInput = {
  node: InitiativeCreateInput;
};

export type NetworkInitiativesDeleteFieldInput = {
  delete?: InputMaybe<InitiativeDeleteInput>;
  where?: InputMaybe<NetworkInitiativesConnectionWhere>;
};

export type NetworkInitiativesDisconnectFieldInput = {
  disconnect?: InputMaybe<InitiativeDisconnectInput>;
  where?: InputMaybe<NetworkInitiativesConnectionWhere>;
};

export type NetworkInitiativesFieldInput = {
  connect?: InputMaybe<Array<NetworkInitiativesConnectFieldInput>>;
  create?: InputMaybe<Array<NetworkInitiativesCreateFieldInput>>;
};

export type NetworkInitiativesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkInitiativesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkInitiativesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkInitiativesNodeAggregationWhereInput>>;
  audience?: InputMaybe<StringScalarAggregationFilters>;
  how?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  owner?: InputMaybe<StringScalarAggregationFilters>;
  periodText?: InputMaybe<StringScalarAggregationFilters>;
  plannedDays?: InputMaybe<IntScalarAggregationFilters>;
  plannedEmployees?: InputMaybe<IntScalarAggregationFilters>;
  plannedGatherings?: InputMaybe<IntScalarAggregationFilters>;
  plannedMeetings?: InputMaybe<IntScalarAggregationFilters>;
  plannedUnits?: InputMaybe<IntScalarAggregationFilters>;
  responsible?: InputMaybe<StringScalarAggregationFilters>;
  volumeText?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkInitiativesRelationship = {
  __typename?: 'NetworkInitiativesRelationship';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type NetworkInitiativesUpdateConnectionInput = {
  node?: InputMaybe<InitiativeUpdateInput>;
  where?: InputMaybe<NetworkInitiativesConnectionWhere>;
};

export type NetworkInitiativesUpdateFieldInput = {
  connect?: InputMaybe<Array<NetworkInitiativesConnectFieldInput>>;
  create?: InputMaybe<Array<NetworkInitiativesCreateFieldInput>>;
  delete?: InputMaybe<Array<NetworkInitiativesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<NetworkInitiativesDisconnectFieldInput>>;
  update?: InputMaybe<NetworkInitiativesUpdateConnectionInput>;
};

export type NetworkKind =
  | 'COMPETENCE_NETWORK'
  | 'REGION'
  | 'SECTOR_NETWORK'
  | 'SERVICE_NETWORK';

/** NetworkKind filters */
export type NetworkKindEnumScalarFilters = {
  eq?: InputMaybe<NetworkKind>;
  in?: InputMaybe<Array<NetworkKind>>;
};

/** NetworkKind mutations */
export type NetworkKindEnumScalarMutations = {
  set?: InputMaybe<NetworkKind>;
};

export type NetworkMembersConnectFieldInput = {
  connect?: InputMaybe<Array<MunicipalityConnectInput>>;
  where?: InputMaybe<MunicipalityConnectWhere>;
};

export type NetworkMembersConnection = {
  __typename?: 'NetworkMembersConnection';
  aggregate: NetworkMunicipalityMembersAggregateSelection;
  edges: Array<NetworkMembersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkMembersConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkMembersConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkMembersConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkMembersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NetworkMembersNodeAggregationWhereInput>;
};

export type NetworkMembersConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkMembersConnections */
  aggregate?: InputMaybe<NetworkMembersConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkMembersConnections match this filter */
  all?: InputMaybe<NetworkMembersConnectionWhere>;
  /** Return Networks where none of the related NetworkMembersConnections match this filter */
  none?: InputMaybe<NetworkMembersConnectionWhere>;
  /** Return Networks where one of the related NetworkMembersConnections match this filter */
  single?: InputMaybe<NetworkMembersConnectionWhere>;
  /** Return Networks where some of the related NetworkMembersConnections match this filter */
  some?: InputMaybe<NetworkMembersConnectionWhere>;
};

export type NetworkMembersConnectionSort = {
  node?: InputMaybe<MunicipalitySort>;
};

export type NetworkMembersConnectionWhere = {
  AND?: InputMaybe<Array<NetworkMembersConnectionWhere>>;
  NOT?: InputMaybe<NetworkMembersConnectionWhere>;
  OR?: InputMaybe<Array<NetworkMembersConnectionWhere>>;
  node?: InputMaybe<MunicipalityWhere>;
};

export type NetworkMembersCreateFieldInput = {
  node: MunicipalityCreateInput;
};

export type NetworkMembersDeleteFieldInput = {
  delete?: InputMaybe<MunicipalityDeleteInput>;
  where?: InputMaybe<NetworkMembersConnectionWhere>;
};

export type NetworkMembersDisconnectFieldInput = {
  disconnect?: InputMaybe<MunicipalityDisconnectInput>;
  where?: InputMaybe<NetworkMembersConnectionWhere>;
};

export type NetworkMembersFieldInput = {
  connect?: InputMaybe<Array<NetworkMembersConnectFieldInput>>;
  create?: InputMaybe<Array<NetworkMembersCreateFieldInput>>;
};

export type NetworkMembersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkMembersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkMembersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkMembersNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkMembersRelationship = {
  __typename?: 'NetworkMembersRelationship';
  cursor: Scalars['String']['output'];
  node: Municipality;
};

export type NetworkMembersUpdateConnectionInput = {
  node?: InputMaybe<MunicipalityUpdateInput>;
  where?: InputMaybe<NetworkMembersConnectionWhere>;
};

export type NetworkMembersUpdateFieldInput = {
  connect?: InputMaybe<Array<NetworkMembersConnectFieldInput>>;
  create?: InputMaybe<Array<NetworkMembersCreateFieldInput>>;
  delete?: InputMaybe<Array<NetworkMembersDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<NetworkMembersDisconnectFieldInput>>;
  update?: InputMaybe<NetworkMembersUpdateConnectionInput>;
};

export type NetworkMunicipalityMembersAggregateSelection = {
  __typename?: 'NetworkMunicipalityMembersAggregateSelection';
  count: CountConnection;
  node?: Maybe<NetworkMunicipalityMembersNodeAggregateSelection>;
};

export type NetworkMunicipalityMembersNodeAggregateSelection = {
  __typename?: 'NetworkMunicipalityMembersNodeAggregateSelection';
  name: StringAggregateSelection;
  number: StringAggregateSelection;
};

export type NetworkPartner = {
  __typename?: 'NetworkPartner';
  /** The network's initiatives that have the institution as a partner. */
  initiatives: Array<InitiativeSummary>;
  institution: InstitutionSummary;
  /** Ids of the schemes of that support and those initiatives. */
  schemes: Array<Scalars['ID']['output']>;
  /** People who support the network on behalf of the institution. */
  supporters: Array<Supporter>;
};

export type NetworkPartners = {
  __typename?: 'NetworkPartners';
  /** Partner institutions, by name. */
  institutions: Array<NetworkPartner>;
  network: NetworkSummary;
};

export type NetworkPersonSupportersAggregateSelection = {
  __typename?: 'NetworkPersonSupportersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkPersonSupportersEdgeAggregateSelection>;
  node?: Maybe<NetworkPersonSupportersNodeAggregateSelection>;
};

export type NetworkPersonSupportersEdgeAggregateSelection = {
  __typename?: 'NetworkPersonSupportersEdgeAggregateSelection';
  note: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type NetworkPersonSupportersNodeAggregateSelection = {
  __typename?: 'NetworkPersonSupportersNodeAggregateSelection';
  affiliationText: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkRelationshipFilters = {
  /** Filter type where all of the related Networks match this filter */
  all?: InputMaybe<NetworkWhere>;
  /** Filter type where none of the related Networks match this filter */
  none?: InputMaybe<NetworkWhere>;
  /** Filter type where one of the related Networks match this filter */
  single?: InputMaybe<NetworkWhere>;
  /** Filter type where some of the related Networks match this filter */
  some?: InputMaybe<NetworkWhere>;
};

/** Fields to sort Networks by. The order in which sorts are applied is not guaranteed when specifying many fields in one NetworkSort object. */
export type NetworkSort = {
  county?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  membershipKnown?: InputMaybe<SortDirection>;
  membershipSource?: InputMaybe<SortDirection>;
  membershipStatus?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type NetworkSummary = {
  __typename?: 'NetworkSummary';
  county?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type NetworkSupportersConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  edge: SupportCreateInput;
  where?: InputMaybe<PersonConnectWhere>;
};

export type NetworkSupportersConnection = {
  __typename?: 'NetworkSupportersConnection';
  aggregate: NetworkPersonSupportersAggregateSelection;
  edges: Array<NetworkSupportersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkSupportersConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkSupportersConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkSupportersConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkSupportersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SupportAggregationWhereInput>;
  node?: InputMaybe<NetworkSupportersNodeAggregationWhereInput>;
};

export type NetworkSupportersConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkSupportersConnections */
  aggregate?: InputMaybe<NetworkSupportersConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkSupportersConnections match this filter */
  all?: InputMaybe<NetworkSupportersConnectionWhere>;
  /** Return Networks where none of the related NetworkSupportersConnections match this filter */
  none?: InputMaybe<NetworkSupportersConnectionWhere>;
  /** Return Networks where one of the related NetworkSupportersConnections match this filter */
  single?: InputMaybe<NetworkSupportersConnectionWhere>;
  /** Return Networks where some of the related NetworkSupportersConnections match this filter */
  some?: InputMaybe<NetworkSupportersConnectionWhere>;
};

export type NetworkSupportersConnectionSort = {
  edge?: InputMaybe<SupportSort>;
  node?: InputMaybe<PersonSort>;
};

export type NetworkSupportersConnectionWhere = {
  AND?: InputMaybe<Array<NetworkSupportersConnectionWhere>>;
  NOT?: InputMaybe<NetworkSupportersConnectionWhere>;
  OR?: InputMaybe<Array<NetworkSupportersConnectionWhere>>;
  edge?: InputMaybe<SupportWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type NetworkSupportersCreateFieldInput = {
  edge: SupportCreateInput;
  node: PersonCreateInput;
};

export type NetworkSupportersDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<NetworkSupportersConnectionWhere>;
};

export type NetworkSupportersDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<NetworkSupportersConnectionWhere>;
};

export type NetworkSupportersFieldInput = {
  connect?: InputMaybe<Array<NetworkSupportersConnectFieldInput>>;
  create?: InputMaybe<Array<NetworkSupportersCreateFieldInput>>;
};

export type NetworkSupportersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkSupportersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkSupportersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkSupportersNodeAggregationWhereInput>>;
  affiliationText?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkSupportersRelationship = {
  __typename?: 'NetworkSupportersRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: Support;
};

export type NetworkSupportersUpdateConnectionInput = {
  edge?: InputMaybe<SupportUpdateInput>;
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<NetworkSupportersConnectionWhere>;
};

export type NetworkSupportersUpdateFieldInput = {
  connect?: InputMaybe<Array<NetworkSupportersConnectFieldInput>>;
  create?: InputMaybe<Array<NetworkSupportersCreateFieldInput>>;
  delete?: InputMaybe<Array<NetworkSupportersDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<NetworkSupportersDisconnectFieldInput>>;
  update?: InputMaybe<NetworkSupportersUpdateConnectionInput>;
};

export type NetworkTrackTracksAggregateSelection = {
  __typename?: 'NetworkTrackTracksAggregateSelection';
  count: CountConnection;
  node?: Maybe<NetworkTrackTracksNodeAggregateSelection>;
};

export type NetworkTrackTracksNodeAggregateSelection = {
  __typename?: 'NetworkTrackTracksNodeAggregateSelection';
  duration: StringAggregateSelection;
  number: IntAggregateSelection;
  targetGroup: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type NetworkTracksConnectFieldInput = {
  connect?: InputMaybe<Array<TrackConnectInput>>;
  where?: InputMaybe<TrackConnectWhere>;
};

export type NetworkTracksConnection = {
  __typename?: 'NetworkTracksConnection';
  aggregate: NetworkTrackTracksAggregateSelection;
  edges: Array<NetworkTracksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkTracksConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkTracksConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkTracksConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkTracksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NetworkTracksNodeAggregationWhereInput>;
};

export type NetworkTracksConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkTracksConnections */
  aggregate?: InputMaybe<NetworkTracksConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkTracksConnections match this filter */
  all?: InputMaybe<NetworkTracksConnectionWhere>;
  /** Return Networks where none of the related NetworkTracksConnections match this filter */
  none?: InputMaybe<NetworkTracksConnectionWhere>;
  /** Return Networks where one of the related NetworkTracksConnections match this filter */
  single?: InputMaybe<NetworkTracksConnectionWhere>;
  /** Return Networks where some of the related NetworkTracksConnections match this filter */
  some?: InputMaybe<NetworkTracksConnectionWhere>;
};

export type NetworkTracksConnectionSort = {
  node?: InputMaybe<TrackSort>;
};

export type NetworkTracksConnectionWhere = {
  AND?: InputMaybe<Array<NetworkTracksConnectionWhere>>;
  NOT?: InputMaybe<NetworkTracksConnectionWhere>;
  OR?: InputMaybe<Array<NetworkTracksConnectionWhere>>;
  node?: InputMaybe<TrackWhere>;
};

export type NetworkTracksCreateFieldInput = {
  node: TrackCreateInput;
};

export type NetworkTracksDeleteFieldInput = {
  delete?: InputMaybe<TrackDeleteInput>;
  where?: InputMaybe<NetworkTracksConnectionWhere>;
};

export type NetworkTracksDisconnectFieldInput = {
  disconnect?: InputMaybe<TrackDisconnectInput>;
  where?: InputMaybe<NetworkTracksConnectionWhere>;
};

export type NetworkTracksFieldInput = {
  connect?: InputMaybe<Array<NetworkTracksConnectFieldInput>>;
  create?: InputMaybe<Array<NetworkTracksCreateFieldInput>>;
};

export type NetworkTracksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkTracksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkTracksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkTracksNodeAggregationWhereInput>>;
  duration?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  targetGroup?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkTracksRelationship = {
  __typename?: 'NetworkTracksRelationship';
  cursor: Scalars['String']['output'];
  node: Track;
};

export type NetworkTracksUpdateConnectionInput = {
  node?: InputMaybe<TrackUpdateInput>;
  where?: InputMaybe<NetworkTracksConnectionWhere>;
};

export type NetworkTracksUpdateFieldInput = {
  connect?: InputMaybe<Array<NetworkTracksConnectFieldInput>>;
  create?: InputMaybe<Array<NetworkTracksCreateFieldInput>>;
  delete?: InputMaybe<Array<NetworkTracksDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<NetworkTracksDisconnectFieldInput>>;
  update?: InputMaybe<NetworkTracksUpdateConnectionInput>;
};

export type NetworkUpdateInput = {
  aliases?: InputMaybe<ListStringMutations>;
  allocations?: InputMaybe<Array<NetworkAllocationsUpdateFieldInput>>;
  county?: InputMaybe<StringScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  initiatives?: InputMaybe<Array<NetworkInitiativesUpdateFieldInput>>;
  kind?: InputMaybe<NetworkKindEnumScalarMutations>;
  members?: InputMaybe<Array<NetworkMembersUpdateFieldInput>>;
  membershipSource?: InputMaybe<StringScalarMutations>;
  membershipSources?: InputMaybe<ListStringMutations>;
  membershipStatus?: InputMaybe<MembershipStatusEnumScalarMutations>;
  name?: InputMaybe<StringScalarMutations>;
  sources?: InputMaybe<ListStringMutations>;
  supporters?: InputMaybe<Array<NetworkSupportersUpdateFieldInput>>;
  tracks?: InputMaybe<Array<NetworkTracksUpdateFieldInput>>;
};

export type NetworkWhere = {
  AND?: InputMaybe<Array<NetworkWhere>>;
  NOT?: InputMaybe<NetworkWhere>;
  OR?: InputMaybe<Array<NetworkWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  allocations?: InputMaybe<AllocationRelationshipFilters>;
  allocationsConnection?: InputMaybe<NetworkAllocationsConnectionFilters>;
  county?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  inCounty?: InputMaybe<CountyWhere>;
  inCountyConnection?: InputMaybe<NetworkInCountyConnectionWhere>;
  initiatives?: InputMaybe<InitiativeRelationshipFilters>;
  initiativesConnection?: InputMaybe<NetworkInitiativesConnectionFilters>;
  kind?: InputMaybe<NetworkKindEnumScalarFilters>;
  members?: InputMaybe<MunicipalityRelationshipFilters>;
  membersConnection?: InputMaybe<NetworkMembersConnectionFilters>;
  /** @deprecated It cannot tell a listed membership from one inferred from plans: use membershipStatus. */
  membershipKnown?: InputMaybe<BooleanScalarFilters>;
  membershipSource?: InputMaybe<StringScalarFilters>;
  membershipSources?: InputMaybe<StringListFilters>;
  membershipStatus?: InputMaybe<MembershipStatusEnumScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<StringListFilters>;
  supporters?: InputMaybe<PersonRelationshipFilters>;
  supportersConnection?: InputMaybe<NetworkSupportersConnectionFilters>;
  tracks?: InputMaybe<TrackRelationshipFilters>;
  tracksConnection?: InputMaybe<NetworkTracksConnectionFilters>;
};

export type NetworksConnection = {
  __typename?: 'NetworksConnection';
  aggregate: NetworkAggregate;
  edges: Array<NetworkEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Participant = Institution | Person;

export type ParticipantRelationshipFilters = {
  /** Filter type where all of the related Participants match this filter */
  all?: InputMaybe<ParticipantWhere>;
  /** Filter type where none of the related Participants match this filter */
  none?: InputMaybe<ParticipantWhere>;
  /** Filter type where one of the related Participants match this filter */
  single?: InputMaybe<ParticipantWhere>;
  /** Filter type where some of the related Participants match this filter */
  some?: InputMaybe<ParticipantWhere>;
};

export type ParticipantWhere = {
  Institution?: InputMaybe<InstitutionWhere>;
  Person?: InputMaybe<PersonWhere>;
};

/**
 * The edge properties for the following fields:
 * * Forum.participants
 */
export type Participation = {
  __typename?: 'Participation';
  /** The name as the who text writes it. */
  asWritten: Scalars['String']['output'];
  source: Scalars['String']['output'];
};

export type ParticipationCreateInput = {
  asWritten: Scalars['String']['input'];
  source: Scalars['String']['input'];
};

export type ParticipationSort = {
  asWritten?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
};

export type ParticipationUpdateInput = {
  asWritten?: InputMaybe<StringScalarMutations>;
  source?: InputMaybe<StringScalarMutations>;
};

export type ParticipationWhere = {
  AND?: InputMaybe<Array<ParticipationWhere>>;
  NOT?: InputMaybe<ParticipationWhere>;
  OR?: InputMaybe<Array<ParticipationWhere>>;
  asWritten?: InputMaybe<StringScalarFilters>;
  source?: InputMaybe<StringScalarFilters>;
};

export type PartnershipCell = {
  __typename?: 'PartnershipCell';
  backup: Array<PersonSummary>;
  institution: InstitutionSummary;
  primary: Array<PersonSummary>;
};

export type PartnershipMatrix = {
  __typename?: 'PartnershipMatrix';
  /** The institutions with at least one supporter in the rows, by name: the columns. */
  institutions: Array<InstitutionSummary>;
  /** One row per network, by name. */
  rows: Array<PartnershipRow>;
};

export type PartnershipRow = {
  __typename?: 'PartnershipRow';
  /** One cell per column, in the order of the matrix's institutions. */
  cells: Array<PartnershipCell>;
  network: NetworkSummary;
};

export type PeopleConnection = {
  __typename?: 'PeopleConnection';
  aggregate: PersonAggregate;
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A named person: a UH contact of a network, or a member of a working group. */
export type Person = {
  __typename?: 'Person';
  affiliation?: Maybe<Institution>;
  affiliationConnection: PersonAffiliationConnection;
  /** The affiliation as written where it is not an institution of the graph, e.g. PPT. */
  affiliationText?: Maybe<Scalars['String']['output']>;
  /** Other forms of the name, e.g. Mona R. Rosenlund. */
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The fullest form of the name in the documents. */
  name: Scalars['String']['output'];
  sources: Array<Scalars['String']['output']>;
  supports: Array<Network>;
  supportsConnection: PersonSupportsConnection;
  workingGroups: Array<WorkingGroup>;
  workingGroupsConnection: PersonWorkingGroupsConnection;
};


/** A named person: a UH contact of a network, or a member of a working group. */
export type PersonSupportsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A named person: a UH contact of a network, or a member of a working group. */
export type PersonSupportsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSupportsConnectionSort>>;
  where?: InputMaybe<PersonSupportsConnectionWhere>;
};


/** A named person: a UH contact of a network, or a member of a working group. */
export type PersonWorkingGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<WorkingGroupSort>>;
  where?: InputMaybe<WorkingGroupWhere>;
};


/** A named person: a UH contact of a network, or a member of a working group. */
export type PersonWorkingGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonWorkingGroupsConnectionSort>>;
  where?: InputMaybe<PersonWorkingGroupsConnectionWhere>;
};

export type PersonAffiliationConnection = {
  __typename?: 'PersonAffiliationConnection';
  edges: Array<PersonAffiliationRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonAffiliationConnectionWhere = {
  AND?: InputMaybe<Array<PersonAffiliationConnectionWhere>>;
  NOT?: InputMaybe<PersonAffiliationConnectionWhere>;
  OR?: InputMaybe<Array<PersonAffiliationConnectionWhere>>;
  node?: InputMaybe<InstitutionWhere>;
};

export type PersonAffiliationCreateFieldInput = {
  node: InstitutionCreateInput;
};

export type PersonAffiliationDeleteFieldInput = {
  delete?: InputMaybe<InstitutionDeleteInput>;
  where?: InputMaybe<PersonAffiliationConnectionWhere>;
};

export type PersonAffiliationFieldInput = {
  create?: InputMaybe<PersonAffiliationCreateFieldInput>;
};

export type PersonAffiliationRelationship = {
  __typename?: 'PersonAffiliationRelationship';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type PersonAggregate = {
  __typename?: 'PersonAggregate';
  count: Count;
  node: PersonAggregateNode;
};

export type PersonAggregateNode = {
  __typename?: 'PersonAggregateNode';
  affiliationText: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PersonConnectInput = {
  supports?: InputMaybe<Array<PersonSupportsConnectFieldInput>>;
  workingGroups?: InputMaybe<Array<PersonWorkingGroupsConnectFieldInput>>;
};

export type PersonConnectWhere = {
  node: PersonWhere;
};

export type PersonCreateInput = {
  affiliation?: InputMaybe<PersonAffiliationFieldInput>;
  affiliationText?: InputMaybe<Scalars['String']['input']>;
  aliases: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  sources: Array<Scalars['String']['input']>;
  supports?: InputMaybe<PersonSupportsFieldInput>;
  workingGroups?: InputMaybe<PersonWorkingGroupsFieldInput>;
};

export type PersonDeleteInput = {
  affiliation?: InputMaybe<PersonAffiliationDeleteFieldInput>;
  supports?: InputMaybe<Array<PersonSupportsDeleteFieldInput>>;
  workingGroups?: InputMaybe<Array<PersonWorkingGroupsDeleteFieldInput>>;
};

export type PersonDisconnectInput = {
  supports?: InputMaybe<Array<PersonSupportsDisconnectFieldInput>>;
  workingGroups?: InputMaybe<Array<PersonWorkingGroupsDisconnectFieldInput>>;
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonLoad = {
  __typename?: 'PersonLoad';
  affiliation?: Maybe<InstitutionSummary>;
  backup: Scalars['Int']['output'];
  networks: Scalars['Int']['output'];
  person: PersonSummary;
  primary: Scalars['Int']['output'];
};

export type PersonNetworkSupportsAggregateSelection = {
  __typename?: 'PersonNetworkSupportsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PersonNetworkSupportsEdgeAggregateSelection>;
  node?: Maybe<PersonNetworkSupportsNodeAggregateSelection>;
};

export type PersonNetworkSupportsEdgeAggregateSelection = {
  __typename?: 'PersonNetworkSupportsEdgeAggregateSelection';
  note: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type PersonNetworkSupportsNodeAggregateSelection = {
  __typename?: 'PersonNetworkSupportsNodeAggregateSelection';
  county: StringAggregateSelection;
  membershipSource: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PersonRelationshipFilters = {
  /** Filter type where all of the related People match this filter */
  all?: InputMaybe<PersonWhere>;
  /** Filter type where none of the related People match this filter */
  none?: InputMaybe<PersonWhere>;
  /** Filter type where one of the related People match this filter */
  single?: InputMaybe<PersonWhere>;
  /** Filter type where some of the related People match this filter */
  some?: InputMaybe<PersonWhere>;
};

/** Fields to sort People by. The order in which sorts are applied is not guaranteed when specifying many fields in one PersonSort object. */
export type PersonSort = {
  affiliationText?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type PersonSummary = {
  __typename?: 'PersonSummary';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PersonSupportsConnectFieldInput = {
  connect?: InputMaybe<Array<NetworkConnectInput>>;
  edge: SupportCreateInput;
  where?: InputMaybe<NetworkConnectWhere>;
};

export type PersonSupportsConnection = {
  __typename?: 'PersonSupportsConnection';
  aggregate: PersonNetworkSupportsAggregateSelection;
  edges: Array<PersonSupportsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonSupportsConnectionAggregateInput = {
  AND?: InputMaybe<Array<PersonSupportsConnectionAggregateInput>>;
  NOT?: InputMaybe<PersonSupportsConnectionAggregateInput>;
  OR?: InputMaybe<Array<PersonSupportsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SupportAggregationWhereInput>;
  node?: InputMaybe<PersonSupportsNodeAggregationWhereInput>;
};

export type PersonSupportsConnectionFilters = {
  /** Filter People by aggregating results on related PersonSupportsConnections */
  aggregate?: InputMaybe<PersonSupportsConnectionAggregateInput>;
  /** Return People where all of the related PersonSupportsConnections match this filter */
  all?: InputMaybe<PersonSupportsConnectionWhere>;
  /** Return People where none of the related PersonSupportsConnections match this filter */
  none?: InputMaybe<PersonSupportsConnectionWhere>;
  /** Return People where one of the related PersonSupportsConnections match this filter */
  single?: InputMaybe<PersonSupportsConnectionWhere>;
  /** Return People where some of the related PersonSupportsConnections match this filter */
  some?: InputMaybe<PersonSupportsConnectionWhere>;
};

export type PersonSupportsConnectionSort = {
  edge?: InputMaybe<SupportSort>;
  node?: InputMaybe<NetworkSort>;
};

export type PersonSupportsConnectionWhere = {
  AND?: InputMaybe<Array<PersonSupportsConnectionWhere>>;
  NOT?: InputMaybe<PersonSupportsConnectionWhere>;
  OR?: InputMaybe<Array<PersonSupportsConnectionWhere>>;
  edge?: InputMaybe<SupportWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type PersonSupportsCreateFieldInput = {
  edge: SupportCreateInput;
  node: NetworkCreateInput;
};

export type PersonSupportsDeleteFieldInput = {
  delete?: InputMaybe<NetworkDeleteInput>;
  where?: InputMaybe<PersonSupportsConnectionWhere>;
};

export type PersonSupportsDisconnectFieldInput = {
  disconnect?: InputMaybe<NetworkDisconnectInput>;
  where?: InputMaybe<PersonSupportsConnectionWhere>;
};

export type PersonSupportsFieldInput = {
  connect?: InputMaybe<Array<PersonSupportsConnectFieldInput>>;
  create?: InputMaybe<Array<PersonSupportsCreateFieldInput>>;
};

export type PersonSupportsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PersonSupportsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PersonSupportsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PersonSupportsNodeAggregationWhereInput>>;
  county?: InputMaybe<StringScalarAggregationFilters>;
  membershipSource?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PersonSupportsRelationship = {
  __typename?: 'PersonSupportsRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Support;
};

export type PersonSupportsUpdateConnectionInput = {
  edge?: InputMaybe<SupportUpdateInput>;
  node?: InputMaybe<NetworkUpdateInput>;
  where?: InputMaybe<PersonSupportsConnectionWhere>;
};

export type PersonSupportsUpdateFieldInput = {
  connect?: InputMaybe<Array<PersonSupportsConnectFieldInput>>;
  create?: InputMaybe<Array<PersonSupportsCreateFieldInput>>;
  delete?: InputMaybe<Array<PersonSupportsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<PersonSupportsDisconnectFieldInput>>;
  update?: InputMaybe<PersonSupportsUpdateConnectionInput>;
};

export type PersonUpdateInput = {
  affiliationText?: InputMaybe<StringScalarMutations>;
  aliases?: InputMaybe<ListStringMutations>;
  id?: InputMaybe<IdScalarMutations>;
  name?: InputMaybe<StringScalarMutations>;
  sources?: InputMaybe<ListStringMutations>;
  supports?: InputMaybe<Array<PersonSupportsUpdateFieldInput>>;
  workingGroups?: InputMaybe<Array<PersonWorkingGroupsUpdateFieldInput>>;
};

export type PersonWhere = {
  AND?: InputMaybe<Array<PersonWhere>>;
  NOT?: InputMaybe<PersonWhere>;
  OR?: InputMaybe<Array<PersonWhere>>;
  affiliation?: InputMaybe<InstitutionWhere>;
  affiliationConnection?: InputMaybe<PersonAffiliationConnectionWhere>;
  affiliationText?: InputMaybe<StringScalarFilters>;
  aliases?: InputMaybe<StringListFilters>;
  id?: InputMaybe<IdScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<StringListFilters>;
  supports?: InputMaybe<NetworkRelationshipFilters>;
  supportsConnection?: InputMaybe<PersonSupportsConnectionFilters>;
  workingGroups?: InputMaybe<WorkingGroupRelationshipFilters>;
  workingGroupsConnection?: InputMaybe<PersonWorkingGroupsConnectionFilters>;
};

export type PersonWorkingGroupWorkingGroupsAggregateSelection = {
  __typename?: 'PersonWorkingGroupWorkingGroupsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PersonWorkingGroupWorkingGroupsEdgeAggregateSelection>;
  node?: Maybe<PersonWorkingGroupWorkingGroupsNodeAggregateSelection>;
};

export type PersonWorkingGroupWorkingGroupsEdgeAggregateSelection = {
  __typename?: 'PersonWorkingGroupWorkingGroupsEdgeAggregateSelection';
  representing: StringAggregateSelection;
};

export type PersonWorkingGroupWorkingGroupsNodeAggregateSelection = {
  __typename?: 'PersonWorkingGroupWorkingGroupsNodeAggregateSelection';
  name: StringAggregateSelection;
};

export type PersonWorkingGroupsConnectFieldInput = {
  connect?: InputMaybe<Array<WorkingGroupConnectInput>>;
  edge: MembershipCreateInput;
  where?: InputMaybe<WorkingGroupConnectWhere>;
};

export type PersonWorkingGroupsConnection = {
  __typename?: 'PersonWorkingGroupsConnection';
  aggregate: PersonWorkingGroupWorkingGroupsAggregateSelection;
  edges: Array<PersonWorkingGroupsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonWorkingGroupsConnectionAggregateInput = {
  AND?: InputMaybe<Array<PersonWorkingGroupsConnectionAggregateInput>>;
  NOT?: InputMaybe<PersonWorkingGroupsConnectionAggregateInput>;
  OR?: InputMaybe<Array<PersonWorkingGroupsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<MembershipAggregationWhereInput>;
  node?: InputMaybe<PersonWorkingGroupsNodeAggregationWhereInput>;
};

export type PersonWorkingGroupsConnectionFilters = {
  /** Filter People by aggregating results on related PersonWorkingGroupsConnections */
  aggregate?: InputMaybe<PersonWorkingGroupsConnectionAggregateInput>;
  /** Return People where all of the related PersonWorkingGroupsConnections match this filter */
  all?: InputMaybe<PersonWorkingGroupsConnectionWhere>;
  /** Return People where none of the related PersonWorkingGroupsConnections match this filter */
  none?: InputMaybe<PersonWorkingGroupsConnectionWhere>;
  /** Return People where one of the related PersonWorkingGroupsConnections match this filter */
  single?: InputMaybe<PersonWorkingGroupsConnectionWhere>;
  /** Return People where some of the related PersonWorkingGroupsConnections match this filter */
  some?: InputMaybe<PersonWorkingGroupsConnectionWhere>;
};

export type PersonWorkingGroupsConnectionSort = {
  edge?: InputMaybe<MembershipSort>;
  node?: InputMaybe<WorkingGroupSort>;
};

export type PersonWorkingGroupsConnectionWhere = {
  AND?: InputMaybe<Array<PersonWorkingGroupsConnectionWhere>>;
  NOT?: InputMaybe<PersonWorkingGroupsConnectionWhere>;
  OR?: InputMaybe<Array<PersonWorkingGroupsConnectionWhere>>;
  edge?: InputMaybe<MembershipWhere>;
  node?: InputMaybe<WorkingGroupWhere>;
};

export type PersonWorkingGroupsCreateFieldInput = {
  edge: MembershipCreateInput;
  node: WorkingGroupCreateInput;
};

export type PersonWorkingGroupsDeleteFieldInput = {
  delete?: InputMaybe<WorkingGroupDeleteInput>;
  where?: InputMaybe<PersonWorkingGroupsConnectionWhere>;
};

export type PersonWorkingGroupsDisconnectFieldInput = {
  disconnect?: InputMaybe<WorkingGroupDisconnectInput>;
  where?: InputMaybe<PersonWorkingGroupsConnectionWhere>;
};

export type PersonWorkingGroupsFieldInput = {
  connect?: InputMaybe<Array<PersonWorkingGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<PersonWorkingGroupsCreateFieldInput>>;
};

export type PersonWorkingGroupsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PersonWorkingGroupsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PersonWorkingGroupsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PersonWorkingGroupsNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PersonWorkingGroupsRelationship = {
  __typename?: 'PersonWorkingGroupsRelationship';
  cursor: Scalars['String']['output'];
  node: WorkingGroup;
  properties: Membership;
};

export type PersonWorkingGroupsUpdateConnectionInput = {
  edge?: InputMaybe<MembershipUpdateInput>;
  node?: InputMaybe<WorkingGroupUpdateInput>;
  where?: InputMaybe<PersonWorkingGroupsConnectionWhere>;
};

export type PersonWorkingGroupsUpdateFieldInput = {
  connect?: InputMaybe<Array<PersonWorkingGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<PersonWorkingGroupsCreateFieldInput>>;
  delete?: InputMaybe<Array<PersonWorkingGroupsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<PersonWorkingGroupsDisconnectFieldInput>>;
  update?: InputMaybe<PersonWorkingGroupsUpdateConnectionInput>;
};

export type Query = {
  __typename?: 'Query';
  allocations: Array<Allocation>;
  allocationsConnection: AllocationsConnection;
  counties: Array<County>;
  countiesConnection: CountiesConnection;
  /**
   * Every municipality in scope (of the county, by any form of its name or its number; of
   * Norway without one), with its networks and what the documents say of the scheme there:
   * COVERED, GAP, NOT_RECORDED or UNKNOWN, each with the reason and the sources; and the
   * counts per status in each county.
   */
  coverageMap: CoverageMap;
  dataQualityNotes: Array<DataQualityNote>;
  dataQualityNotesConnection: DataQualityNotesConnection;
  deadlines: Array<Deadline>;
  deadlinesConnection: DeadlinesConnection;
  forumActivities: Array<ForumActivity>;
  forumActivitiesConnection: ForumActivitiesConnection;
  forums: Array<Forum>;
  forumsConnection: ForumsConnection;
  /**
   * Networks whose support rests on a single person or a single institution, or that
   * have none recorded; each with the reasons.
   */
  fragileNetworks: Array<FragileNetwork>;
  initiatives: Array<Initiative>;
  initiativesConnection: InitiativesConnection;
  /** Which networks an institution supports, through people and through initiatives. */
  institutionReach: InstitutionReach;
  institutions: Array<Institution>;
  institutionsConnection: InstitutionsConnection;
  /**
   * Days when the same person or institution attends two or more different meetings, as
   * the documents state it (a forum's who text names them). Overlaps derived from
   * partnerships are possibleMeetingConflicts, never these.
   */
  meetingConflicts: Array<MeetingConflict>;
  /**
   * How many meetings fall on each day, or in each ISO week (Monday to Sunday), of a range
   * of at most 366 days, the periods without meetings included: for a calendar heat map. A
   * meeting over several days counts on each of its days in the range, and once in each
   * week it touches. network, initiative and institution narrow it as in meetingsBetween.
   */
  meetingCounts: Array<MeetingCount>;
  meetings: Array<Meeting>;
  /**
   * Meetings from one date to another (both included; a meeting over several days counts
   * when any of its days does), by date and start time. network, initiative and
   * institution narrow it to the meetings of their initiatives.
   */
  meetingsBetween: Array<ScheduledMeeting>;
  meetingsConnection: MeetingsConnection;
  /**
   * The meetings of meetingsBetween a page at a time, for ranges too long for one answer
   * (a national month holds thousands): first meetings (LIMIT_DEFAULT_PAGE when not given,
   * at most LIMIT_PAGE_SIZE) after the cursor, by date, start time (meetings without a time
   * last on their day) and id, and how many the range holds in all. Pass a page's
   * pageInfo.endCursor as after for the next. A cursor is opaque: a position in that
   * order, so the next page follows on even when meetings are added or removed meanwhile.
   */
  meetingsPage: MeetingPage;
  municipalities: Array<Municipality>;
  municipalitiesConnection: MunicipalitiesConnection;
  /** Who supports a network: its partner institutions, through people and through its initiatives. */
  networkPartners: NetworkPartners;
  networks: Array<Network>;
  networksConnection: NetworksConnection;
  /**
   * Networks that no one from the institution (or its units) supports, neither through
   * people nor as a partner of one of their initiatives.
   */
  networksWithoutInstitution: Array<NetworkSummary>;
  participants: Array<Participant>;
  /**
   * The partnership table: one row per network, one cell per institution, each cell
   * with the people who support the network on behalf of that institution, split into
   * primary and backup. Units (SEPU, NTNU Skrivesenteret) are columns of their own
   * unless rollUpUnits is true, when they count for their parent institution.
   */
  partnershipMatrix: PartnershipMatrix;
  people: Array<Person>;
  peopleConnection: PeopleConnection;
  /** People ranked by the number of networks they support (ties by name). */
  personLoad: Array<PersonLoad>;
  /**
   * Days when the same person or institution may be at two or more different meetings,
   * where at least one of the attendances is derived from a partnership (a partner of the
   * initiative the meeting serves, a supporter of its network, a member of its working
   * group) rather than stated by a document. Labelled POSSIBLE, with the evidence for each
   * meeting; never mixed with meetingConflicts.
   */
  possibleMeetingConflicts: Array<MeetingConflict>;
  schemes: Array<Scheme>;
  schemesConnection: SchemesConnection;
  /**
   * Who holds the networks together: the graph of people and the networks they support,
   * with each person's load, betweenness centrality, whether they are a cut vertex, and the
   * networks where they are an institution's only contact. Computed by the service from
   * the SUPPORTS relationships (of the county's networks), and cached until they change.
   */
  supportNetwork: SupportNetwork;
  trackGatherings: Array<TrackGathering>;
  trackGatheringsConnection: TrackGatheringsConnection;
  /** For each track, the networks known to take part; null where no document records it. */
  trackParticipation: Array<TrackParticipation>;
  trackPhases: Array<TrackPhase>;
  trackPhasesConnection: TrackPhasesConnection;
  tracks: Array<Track>;
  tracksConnection: TracksConnection;
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
  workingGroups: Array<WorkingGroup>;
  workingGroupsConnection: WorkingGroupsConnection;
};


export type QueryAllocationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AllocationSort>>;
  where?: InputMaybe<AllocationWhere>;
};


export type QueryAllocationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AllocationSort>>;
  where?: InputMaybe<AllocationWhere>;
};


export type QueryCountiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CountySort>>;
  where?: InputMaybe<CountyWhere>;
};


export type QueryCountiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CountySort>>;
  where?: InputMaybe<CountyWhere>;
};


export type QueryCoverageMapArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
  scheme?: InputMaybe<Scalars['ID']['input']>;
  targetGroup?: InputMaybe<TargetGroup>;
};


export type QueryDataQualityNotesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DataQualityNoteSort>>;
  where?: InputMaybe<DataQualityNoteWhere>;
};


export type QueryDataQualityNotesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DataQualityNoteSort>>;
  where?: InputMaybe<DataQualityNoteWhere>;
};


export type QueryDeadlinesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DeadlineSort>>;
  where?: InputMaybe<DeadlineWhere>;
};


export type QueryDeadlinesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DeadlineSort>>;
  where?: InputMaybe<DeadlineWhere>;
};


export type QueryForumActivitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ForumActivitySort>>;
  where?: InputMaybe<ForumActivityWhere>;
};


export type QueryForumActivitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ForumActivitySort>>;
  where?: InputMaybe<ForumActivityWhere>;
};


export type QueryForumsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ForumSort>>;
  where?: InputMaybe<ForumWhere>;
};


export type QueryForumsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ForumSort>>;
  where?: InputMaybe<ForumWhere>;
};


export type QueryFragileNetworksArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInitiativesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeSort>>;
  where?: InputMaybe<InitiativeWhere>;
};


export type QueryInitiativesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeSort>>;
  where?: InputMaybe<InitiativeWhere>;
};


export type QueryInstitutionReachArgs = {
  includeUnits?: Scalars['Boolean']['input'];
  institution: Scalars['ID']['input'];
};


export type QueryInstitutionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionSort>>;
  where?: InputMaybe<InstitutionWhere>;
};


export type QueryInstitutionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InstitutionSort>>;
  where?: InputMaybe<InstitutionWhere>;
};


export type QueryMeetingConflictsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryMeetingCountsArgs = {
  by?: MeetingPeriod;
  from: Scalars['Date']['input'];
  initiative?: InputMaybe<Scalars['ID']['input']>;
  institution?: InputMaybe<Scalars['ID']['input']>;
  network?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryMeetingsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MeetingSort>>;
  where?: InputMaybe<MeetingWhere>;
};


export type QueryMeetingsBetweenArgs = {
  from: Scalars['Date']['input'];
  initiative?: InputMaybe<Scalars['ID']['input']>;
  institution?: InputMaybe<Scalars['ID']['input']>;
  network?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryMeetingsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MeetingSort>>;
  where?: InputMaybe<MeetingWhere>;
};


export type QueryMeetingsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  initiative?: InputMaybe<Scalars['ID']['input']>;
  institution?: InputMaybe<Scalars['ID']['input']>;
  network?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryMunicipalitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MunicipalitySort>>;
  where?: InputMaybe<MunicipalityWhere>;
};


export type QueryMunicipalitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MunicipalitySort>>;
  where?: InputMaybe<MunicipalityWhere>;
};


export type QueryNetworkPartnersArgs = {
  network: Scalars['ID']['input'];
};


export type QueryNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


export type QueryNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


export type QueryNetworksWithoutInstitutionArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
  institution: Scalars['ID']['input'];
};


export type QueryParticipantsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ParticipantWhere>;
};


export type QueryPartnershipMatrixArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
  rollUpUnits?: Scalars['Boolean']['input'];
  scheme?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPeopleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryPeopleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryPersonLoadArgs = {
  limit?: Scalars['Int']['input'];
};


export type QueryPossibleMeetingConflictsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QuerySchemesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SchemeSort>>;
  where?: InputMaybe<SchemeWhere>;
};


export type QuerySchemesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SchemeSort>>;
  where?: InputMaybe<SchemeWhere>;
};


export type QuerySupportNetworkArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTrackGatheringsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackGatheringSort>>;
  where?: InputMaybe<TrackGatheringWhere>;
};


export type QueryTrackGatheringsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackGatheringSort>>;
  where?: InputMaybe<TrackGatheringWhere>;
};


export type QueryTrackPhasesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackPhaseSort>>;
  where?: InputMaybe<TrackPhaseWhere>;
};


export type QueryTrackPhasesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackPhaseSort>>;
  where?: InputMaybe<TrackPhaseWhere>;
};


export type QueryTracksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackSort>>;
  where?: InputMaybe<TrackWhere>;
};


export type QueryTracksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackSort>>;
  where?: InputMaybe<TrackWhere>;
};


export type QueryUncoveredMunicipalitiesArgs = {
  network: Scalars['ID']['input'];
  scheme?: InputMaybe<Scalars['ID']['input']>;
  targetGroup?: InputMaybe<TargetGroup>;
};


export type QueryUpcomingDeadlinesArgs = {
  after: Scalars['Date']['input'];
};


export type QueryWorkingGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<WorkingGroupSort>>;
  where?: InputMaybe<WorkingGroupWhere>;
};


export type QueryWorkingGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<WorkingGroupSort>>;
  where?: InputMaybe<WorkingGroupWhere>;
};

export type ReachedNetwork = {
  __typename?: 'ReachedNetwork';
  initiatives: Array<InitiativeSummary>;
  network: NetworkSummary;
  supporters: Array<Supporter>;
};

export type ScheduledMeeting = {
  __typename?: 'ScheduledMeeting';
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

/**
 * A grant scheme (tilskuddsordning) for local competence development: Rekom
 * (kindergartens), Dekom (schools) or Kompetanseløftet (special needs and inclusion).
 */
export type Scheme = {
  __typename?: 'Scheme';
  allocations: Array<Allocation>;
  allocationsConnection: SchemeAllocationsConnection;
  deadlines: Array<Deadline>;
  deadlinesConnection: SchemeDeadlinesConnection;
  /** The full name where a document gives it. */
  fullName?: Maybe<Scalars['String']['output']>;
  /** Stable slug, e.g. kompetanseloftet. */
  id: Scalars['ID']['output'];
  initiatives: Array<Initiative>;
  initiativesConnection: SchemeInitiativesConnection;
  /** Name as the documents write it, e.g. Kompetanseløftet. */
  name: Scalars['String']['output'];
  /** Which sector the scheme serves, where a document says so. */
  sector?: Maybe<SchemeSector>;
  /** Where the documents say this: 'file: place in it'. */
  sources: Array<Scalars['String']['output']>;
};


/**
 * A grant scheme (tilskuddsordning) for local competence development: Rekom
 * (kindergartens), Dekom (schools) or Kompetanseløftet (special needs and inclusion).
 */
export type SchemeAllocationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AllocationSort>>;
  where?: InputMaybe<AllocationWhere>;
};


/**
 * A grant scheme (tilskuddsordning) for local competence development: Rekom
 * (kindergartens), Dekom (schools) or Kompetanseløftet (special needs and inclusion).
 */
export type SchemeAllocationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SchemeAllocationsConnectionSort>>;
  where?: InputMaybe<SchemeAllocationsConnectionWhere>;
};


/**
 * A grant scheme (tilskuddsordning) for local competence development: Rekom
 * (kindergartens), Dekom (schools) or Kompetanseløftet (special needs and inclusion).
 */
export type SchemeDeadlinesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DeadlineSort>>;
  where?: InputMaybe<DeadlineWhere>;
};


/**
 * A grant scheme (tilskuddsordning) for local competence development: Rekom
 * (kindergartens), Dekom (schools) or Kompetanseløftet (special needs and inclusion).
 */
export type SchemeDeadlinesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SchemeDeadlinesConnectionSort>>;
  where?: InputMaybe<SchemeDeadlinesConnectionWhere>;
};


/**
 * A grant scheme (tilskuddsordning) for local competence development: Rekom
 * (kindergartens), Dekom (schools) or Kompetanseløftet (special needs and inclusion).
 */
export type SchemeInitiativesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InitiativeSort>>;
  where?: InputMaybe<InitiativeWhere>;
};


/**
 * A grant scheme (tilskuddsordning) for local competence development: Rekom
 * (kindergartens), Dekom (schools) or Kompetanseløftet (special needs and inclusion).
 */
export type SchemeInitiativesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SchemeInitiativesConnectionSort>>;
  where?: InputMaybe<SchemeInitiativesConnectionWhere>;
};

export type SchemeAggregate = {
  __typename?: 'SchemeAggregate';
  count: Count;
  node: SchemeAggregateNode;
};

export type SchemeAggregateNode = {
  __typename?: 'SchemeAggregateNode';
  fullName: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type SchemeAllocationAllocationsAggregateSelection = {
  __typename?: 'SchemeAllocationAllocationsAggregateSelection';
  count: CountConnection;
  node?: Maybe<SchemeAllocationAllocationsNodeAggregateSelection>;
};

export type SchemeAllocationAllocationsNodeAggregateSelection = {
  __typename?: 'SchemeAllocationAllocationsNodeAggregateSelection';
  amountNok: IntAggregateSelection;
  name: StringAggregateSelection;
  purpose: StringAggregateSelection;
  recurrence: StringAggregateSelection;
  totalNok: IntAggregateSelection;
};

export type SchemeAllocationsConnectFieldInput = {
  connect?: InputMaybe<Array<AllocationConnectInput>>;
  where?: InputMaybe<AllocationConnectWhere>;
};

export type SchemeAllocationsConnection = {
  __typename?: 'SchemeAllocationsConnection';
  aggregate: SchemeAllocationAllocationsAggregateSelection;
  edges: Array<SchemeAllocationsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SchemeAllocationsConnectionAggregateInput = {
  AND?: InputMaybe<Array<SchemeAllocationsConnectionAggregateInput>>;
  NOT?: InputMaybe<SchemeAllocationsConnectionAggregateInput>;
  OR?: InputMaybe<Array<SchemeAllocationsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SchemeAllocationsNodeAggregationWhereInput>;
};

export type SchemeAllocationsConnectionFilters = {
  /** Filter Schemes by aggregating results on related SchemeAllocationsConnections */
  aggregate?: InputMaybe<SchemeAllocationsConnectionAggregateInput>;
  /** Return Schemes where all of the related SchemeAllocationsConnections match this filter */
  all?: InputMaybe<SchemeAllocationsConnectionWhere>;
  /** Return Schemes where none of the related SchemeAllocationsConnections match this filter */
  none?: InputMaybe<SchemeAllocationsConnectionWhere>;
  /** Return Schemes where one of the related SchemeAllocationsConnections match this filter */
  single?: InputMaybe<SchemeAllocationsConnectionWhere>;
  /** Return Schemes where some of the related SchemeAllocationsConnections match this filter */
  some?: InputMaybe<SchemeAllocationsConnectionWhere>;
};

export type SchemeAllocationsConnectionSort = {
  node?: InputMaybe<AllocationSort>;
};

export type SchemeAllocationsConnectionWhere = {
  AND?: InputMaybe<Array<SchemeAllocationsConnectionWhere>>;
  NOT?: InputMaybe<SchemeAllocationsConnectionWhere>;
  OR?: InputMaybe<Array<SchemeAllocationsConnectionWhere>>;
  node?: InputMaybe<AllocationWhere>;
};

export type SchemeAllocationsCreateFieldInput = {
  node: AllocationCreateInput;
};

export type SchemeAllocationsDeleteFieldInput = {
  delete?: InputMaybe<AllocationDeleteInput>;
  where?: InputMaybe<SchemeAllocationsConnectionWhere>;
};

export type SchemeAllocationsDisconnectFieldInput = {
  disconnect?: InputMaybe<AllocationDisconnectInput>;
  where?: InputMaybe<SchemeAllocationsConnectionWhere>;
};

export type SchemeAllocationsFieldInput = {
  connect?: InputMaybe<Array<SchemeAllocationsConnectFieldInput>>;
  create?: InputMaybe<Array<SchemeAllocationsCreateFieldInput>>;
};

export type SchemeAllocationsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SchemeAllocationsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SchemeAllocationsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SchemeAllocationsNodeAggregationWhereInput>>;
  amountNok?: InputMaybe<IntScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
  recurrence?: InputMaybe<StringScalarAggregationFilters>;
  totalNok?: InputMaybe<IntScalarAggregationFilters>;
};

export type SchemeAllocationsRelationship = {
  __typename?: 'SchemeAllocationsRelationship';
  cursor: Scalars['String']['output'];
  node: Allocation;
};

export type SchemeAllocationsUpdateConnectionInput = {
  node?: InputMaybe<AllocationUpdateInput>;
  where?: InputMaybe<SchemeAllocationsConnectionWhere>;
};

export type SchemeAllocationsUpdateFieldInput = {
  connect?: InputMaybe<Array<SchemeAllocationsConnectFieldInput>>;
  create?: InputMaybe<Array<SchemeAllocationsCreateFieldInput>>;
  delete?: InputMaybe<Array<SchemeAllocationsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SchemeAllocationsDisconnectFieldInput>>;
  update?: InputMaybe<SchemeAllocationsUpdateConnectionInput>;
};

export type SchemeCreateInput = {
  allocations?: InputMaybe<SchemeAllocationsFieldInput>;
  deadlines?: InputMaybe<SchemeDeadlinesFieldInput>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  initiatives?: InputMaybe<SchemeInitiativesFieldInput>;
  name: Scalars['String']['input'];
  sector?: InputMaybe<SchemeSector>;
  sources: Array<Scalars['String']['input']>;
};

export type SchemeDeadlineDeadlinesAggregateSelection = {
  __typename?: 'SchemeDeadlineDeadlinesAggregateSelection';
  count: CountConnection;
  node?: Maybe<SchemeDeadlineDeadlinesNodeAggregateSelection>;
};

export type SchemeDeadlineDeadlinesNodeAggregateSelection = {
  __typename?: 'SchemeDeadlineDeadlinesNodeAggregateSelection';
  day: IntAggregateSelection;
  month: IntAggregateSelection;
  name: StringAggregateSelection;
  recipient: StringAggregateSelection;
  recurrence: StringAggregateSelection;
  sender: StringAggregateSelection;
  step: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type SchemeDeadlinesConnectFieldInput = {
  where?: InputMaybe<DeadlineConnectWhere>;
};

export type SchemeDeadlinesConnection = {
  __typename?: 'SchemeDeadlinesConnection';
  aggregate: SchemeDeadlineDeadlinesAggregateSelection;
  edges: Array<SchemeDeadlinesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SchemeDeadlinesConnectionAggregateInput = {
  AND?: InputMaybe<Array<SchemeDeadlinesConnectionAggregateInput>>;
  NOT?: InputMaybe<SchemeDeadlinesConnectionAggregateInput>;
  OR?: InputMaybe<Array<SchemeDeadlinesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SchemeDeadlinesNodeAggregationWhereInput>;
};

export type SchemeDeadlinesConnectionFilters = {
  /** Filter Schemes by aggregating results on related SchemeDeadlinesConnections */
  aggregate?: InputMaybe<SchemeDeadlinesConnectionAggregateInput>;
  /** Return Schemes where all of the related SchemeDeadlinesConnections match this filter */
  all?: InputMaybe<SchemeDeadlinesConnectionWhere>;
  /** Return Schemes where none of the related SchemeDeadlinesConnections match this filter */
  none?: InputMaybe<SchemeDeadlinesConnectionWhere>;
  /** Return Schemes where one of the related SchemeDeadlinesConnections match this filter */
  single?: InputMaybe<SchemeDeadlinesConnectionWhere>;
  /** Return Schemes where some of the related SchemeDeadlinesConnections match this filter */
  some?: InputMaybe<SchemeDeadlinesConnectionWhere>;
};

export type SchemeDeadlinesConnectionSort = {
  node?: InputMaybe<DeadlineSort>;
};

export type SchemeDeadlinesConnectionWhere = {
  AND?: InputMaybe<Array<SchemeDeadlinesConnectionWhere>>;
  NOT?: InputMaybe<SchemeDeadlinesConnectionWhere>;
  OR?: InputMaybe<Array<SchemeDeadlinesConnectionWhere>>;
  node?: InputMaybe<DeadlineWhere>;
};

export type SchemeDeadlinesCreateFieldInput = {
  node: DeadlineCreateInput;
};

export type SchemeDeadlinesDeleteFieldInput = {
  delete?: InputMaybe<DeadlineDeleteInput>;
  where?: InputMaybe<SchemeDeadlinesConnectionWhere>;
};

export type SchemeDeadlinesDisconnectFieldInput = {
  where?: InputMaybe<SchemeDeadlinesConnectionWhere>;
};

export type SchemeDeadlinesFieldInput = {
  connect?: InputMaybe<Array<SchemeDeadlinesConnectFieldInput>>;
  create?: InputMaybe<Array<SchemeDeadlinesCreateFieldInput>>;
};

export type SchemeDeadlinesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SchemeDeadlinesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SchemeDeadlinesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SchemeDeadlinesNodeAggregationWhereInput>>;
  day?: InputMaybe<IntScalarAggregationFilters>;
  month?: InputMaybe<IntScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  recipient?: InputMaybe<StringScalarAggregationFilters>;
  recurrence?: InputMaybe<StringScalarAggregationFilters>;
  sender?: InputMaybe<StringScalarAggregationFilters>;
  step?: InputMaybe<StringScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
};

export type SchemeDeadlinesRelationship = {
  __typename?: 'SchemeDeadlinesRelationship';
  cursor: Scalars['String']['output'];
  node: Deadline;
};

export type SchemeDeadlinesUpdateConnectionInput = {
  node?: InputMaybe<DeadlineUpdateInput>;
  where?: InputMaybe<SchemeDeadlinesConnectionWhere>;
};

export type SchemeDeadlinesUpdateFieldInput = {
  connect?: InputMaybe<Array<SchemeDeadlinesConnectFieldInput>>;
  create?: InputMaybe<Array<SchemeDeadlinesCreateFieldInput>>;
  delete?: InputMaybe<Array<SchemeDeadlinesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SchemeDeadlinesDisconnectFieldInput>>;
  update?: InputMaybe<SchemeDeadlinesUpdateConnectionInput>;
};

export type SchemeDeleteInput = {
  allocations?: InputMaybe<Array<SchemeAllocationsDeleteFieldInput>>;
  deadlines?: InputMaybe<Array<SchemeDeadlinesDeleteFieldInput>>;
  initiatives?: InputMaybe<Array<SchemeInitiativesDeleteFieldInput>>;
};

export type SchemeEdge = {
  __typename?: 'SchemeEdge';
  cursor: Scalars['String']['output'];
  node: Scheme;
};

export type SchemeInitiativeInitiativesAggregateSelection = {
  __typename?: 'SchemeInitiativeInitiativesAggregateSelection';
  count: CountConnection;
  node?: Maybe<SchemeInitiativeInitiativesNodeAggregateSelection>;
};

export type SchemeInitiativeInitiativesNodeAggregateSelection = {
  __typename?: 'SchemeInitiativeInitiativesNodeAggregateSelection';
  audience: StringAggregateSelection;
  how: StringAggregateSelection;
  name: StringAggregateSelection;
  owner: StringAggregateSelection;
  periodText: StringAggregateSelection;
  plannedDays: IntAggregateSelection;
  plannedEmployees: IntAggregateSelection;
  plannedGatherings: IntAggregateSelection;
  plannedMeetings: IntAggregateSelection;
  plannedUnits: IntAggregateSelection;
  responsible: StringAggregateSelection;
  volumeText: StringAggregateSelection;
};

export type SchemeInitiativesConnectFieldInput = {
  connect?: InputMaybe<Array<InitiativeConnectInput>>;
  where?: InputMaybe<InitiativeConnectWhere>;
};

export type SchemeInitiativesConnection = {
  __typename?: 'SchemeInitiativesConnection';
  aggregate: SchemeInitiativeInitiativesAggregateSelection;
  edges: Array<SchemeInitiativesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SchemeInitiativesConnectionAggregateInput = {
  AND?: InputMaybe<Array<SchemeInitiativesConnectionAggregateInput>>;
  NOT?: InputMaybe<SchemeInitiativesConnectionAggregateInput>;
  OR?: InputMaybe<Array<SchemeInitiativesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SchemeInitiativesNodeAggregationWhereInput>;
};

export type SchemeInitiativesConnectionFilters = {
  /** Filter Schemes by aggregating results on related SchemeInitiativesConnections */
  aggregate?: InputMaybe<SchemeInitiativesConnectionAggregateInput>;
  /** Return Schemes where all of the related SchemeInitiativesConnections match this filter */
  all?: InputMaybe<SchemeInitiativesConnectionWhere>;
  /** Return Schemes where none of the related SchemeInitiativesConnections match this filter */
  none?: InputMaybe<SchemeInitiativesConnectionWhere>;
  /** Return Schemes where one of the related SchemeInitiativesConnections match this filter */
  single?: InputMaybe<SchemeInitiativesConnectionWhere>;
  /** Return Schemes where some of the related SchemeInitiativesConnections match this filter */
  some?: InputMaybe<SchemeInitiativesConnectionWhere>;
};

export type SchemeInitiativesConnectionSort = {
  node?: InputMaybe<InitiativeSort>;
};

export type SchemeInitiativesConnectionWhere = {
  AND?: InputMaybe<Array<SchemeInitiativesConnectionWhere>>;
  NOT?: InputMaybe<SchemeInitiativesConnectionWhere>;
  OR?: InputMaybe<Array<SchemeInitiativesConnectionWhere>>;
  node?: InputMaybe<InitiativeWhere>;
};

export type SchemeInitiativesCreateFieldInput = {
  node: InitiativeCreateInput;
};

export type SchemeInitiativesDeleteFieldInput = {
  delete?: InputMaybe<InitiativeDeleteInput>;
  where?: InputMaybe<SchemeInitiativesConnectionWhere>;
};

export type SchemeInitiativesDisconnectFieldInput = {
  disconnect?: InputMaybe<InitiativeDisconnectInput>;
  where?: InputMaybe<SchemeInitiativesConnectionWhere>;
};

export type SchemeInitiativesFieldInput = {
  connect?: InputMaybe<Array<SchemeInitiativesConnectFieldInput>>;
  create?: InputMaybe<Array<SchemeInitiativesCreateFieldInput>>;
};

export type SchemeInitiativesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SchemeInitiativesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SchemeInitiativesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SchemeInitiativesNodeAggregationWhereInput>>;
  audience?: InputMaybe<StringScalarAggregationFilters>;
  how?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  owner?: InputMaybe<StringScalarAggregationFilters>;
  periodText?: InputMaybe<StringScalarAggregationFilters>;
  plannedDays?: InputMaybe<IntScalarAggregationFilters>;
  plannedEmployees?: InputMaybe<IntScalarAggregationFilters>;
  plannedGatherings?: InputMaybe<IntScalarAggregationFilters>;
  plannedMeetings?: InputMaybe<IntScalarAggregationFilters>;
  plannedUnits?: InputMaybe<IntScalarAggregationFilters>;
  responsible?: InputMaybe<StringScalarAggregationFilters>;
  volumeText?: InputMaybe<StringScalarAggregationFilters>;
};

export type SchemeInitiativesRelationship = {
  __typename?: 'SchemeInitiativesRelationship';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type SchemeInitiativesUpdateConnectionInput = {
  node?: InputMaybe<InitiativeUpdateInput>;
  where?: InputMaybe<SchemeInitiativesConnectionWhere>;
};

export type SchemeInitiativesUpdateFieldInput = {
  connect?: InputMaybe<Array<SchemeInitiativesConnectFieldInput>>;
  create?: InputMaybe<Array<SchemeInitiativesCreateFieldInput>>;
  delete?: InputMaybe<Array<SchemeInitiativesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SchemeInitiativesDisconnectFieldInput>>;
  update?: InputMaybe<SchemeInitiativesUpdateConnectionInput>;
};

export type SchemeSector =
  | 'KINDERGARTEN'
  | 'SCHOOL'
  | 'SPECIAL_NEEDS_AND_INCLUSION';

/** SchemeSector filters */
export type SchemeSectorEnumScalarFilters = {
  eq?: InputMaybe<SchemeSector>;
  in?: InputMaybe<Array<SchemeSector>>;
};

/** SchemeSector mutations */
export type SchemeSectorEnumScalarMutations = {
  set?: InputMaybe<SchemeSector>;
};

/** Fields to sort Schemes by. The order in which sorts are applied is not guaranteed when specifying many fields in one SchemeSort object. */
export type SchemeSort = {
  fullName?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  sector?: InputMaybe<SortDirection>;
};

export type SchemeUpdateInput = {
  allocations?: InputMaybe<Array<SchemeAllocationsUpdateFieldInput>>;
  deadlines?: InputMaybe<Array<SchemeDeadlinesUpdateFieldInput>>;
  fullName?: InputMaybe<StringScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  initiatives?: InputMaybe<Array<SchemeInitiativesUpdateFieldInput>>;
  name?: InputMaybe<StringScalarMutations>;
  sector?: InputMaybe<SchemeSectorEnumScalarMutations>;
  sources?: InputMaybe<ListStringMutations>;
};

export type SchemeWhere = {
  AND?: InputMaybe<Array<SchemeWhere>>;
  NOT?: InputMaybe<SchemeWhere>;
  OR?: InputMaybe<Array<SchemeWhere>>;
  allocations?: InputMaybe<AllocationRelationshipFilters>;
  allocationsConnection?: InputMaybe<SchemeAllocationsConnectionFilters>;
  deadlines?: InputMaybe<DeadlineRelationshipFilters>;
  deadlinesConnection?: InputMaybe<SchemeDeadlinesConnectionFilters>;
  fullName?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  initiatives?: InputMaybe<InitiativeRelationshipFilters>;
  initiativesConnection?: InputMaybe<SchemeInitiativesConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  sector?: InputMaybe<SchemeSectorEnumScalarFilters>;
  sources?: InputMaybe<StringListFilters>;
};

export type SchemesConnection = {
  __typename?: 'SchemesConnection';
  aggregate: SchemeAggregate;
  edges: Array<SchemeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SoleContact = {
  __typename?: 'SoleContact';
  /** The institution that loses its only contact in the network if the person drops out. */
  institution: InstitutionSummary;
  network: NetworkSummary;
};

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

export type StringAggregateSelection = {
  __typename?: 'StringAggregateSelection';
  longest?: Maybe<Scalars['String']['output']>;
  shortest?: Maybe<Scalars['String']['output']>;
};

/** String list filters */
export type StringListFilters = {
  eq?: InputMaybe<Array<Scalars['String']['input']>>;
  includes?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: InputMaybe<FloatScalarFilters>;
  longestLength?: InputMaybe<IntScalarFilters>;
  shortestLength?: InputMaybe<IntScalarFilters>;
};

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** String mutations */
export type StringScalarMutations = {
  set?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The edge properties for the following fields:
 * * Network.supporters
 * * Person.supports
 */
export type Support = {
  __typename?: 'Support';
  /** Id of the institution in whose column of the partnership table the person stands. */
  institution: Scalars['ID']['output'];
  /** Free text the table cell carries, e.g. 'flere er med i tiltak'. */
  note?: Maybe<Scalars['String']['output']>;
  /** PRIMARY, or BACKUP for a name written in parentheses. */
  role: SupportRole;
  /** Ids of the schemes the document ties this support to. */
  schemes: Array<Scalars['ID']['output']>;
  source: Scalars['String']['output'];
};

export type SupportAggregationWhereInput = {
  AND?: InputMaybe<Array<SupportAggregationWhereInput>>;
  NOT?: InputMaybe<SupportAggregationWhereInput>;
  OR?: InputMaybe<Array<SupportAggregationWhereInput>>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  source?: InputMaybe<StringScalarAggregationFilters>;
};

export type SupportCreateInput = {
  institution: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  role: SupportRole;
  schemes: Array<Scalars['ID']['input']>;
  source: Scalars['String']['input'];
};

export type SupportNetwork = {
  __typename?: 'SupportNetwork';
  /** Everyone who supports a network in scope, by betweenness (highest first), then by name. */
  people: Array<SupportingPerson>;
};

export type SupportRole =
  | 'BACKUP'
  | 'PRIMARY';

/** SupportRole filters */
export type SupportRoleEnumScalarFilters = {
  eq?: InputMaybe<SupportRole>;
  in?: InputMaybe<Array<SupportRole>>;
};

/** SupportRole mutations */
export type SupportRoleEnumScalarMutations = {
  set?: InputMaybe<SupportRole>;
};

export type SupportSort = {
  institution?: InputMaybe<SortDirection>;
  note?: InputMaybe<SortDirection>;
  role?: InputMaybe<SortDirection>;
  schemes?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
};

export type SupportUpdateInput = {
  institution?: InputMaybe<IdScalarMutations>;
  note?: InputMaybe<StringScalarMutations>;
  role?: InputMaybe<SupportRoleEnumScalarMutations>;
  schemes?: InputMaybe<ListIdMutations>;
  source?: InputMaybe<StringScalarMutations>;
};

export type SupportWhere = {
  AND?: InputMaybe<Array<SupportWhere>>;
  NOT?: InputMaybe<SupportWhere>;
  OR?: InputMaybe<Array<SupportWhere>>;
  institution?: InputMaybe<IdScalarFilters>;
  note?: InputMaybe<StringScalarFilters>;
  role?: InputMaybe<SupportRoleEnumScalarFilters>;
  schemes?: InputMaybe<IdListFilters>;
  source?: InputMaybe<StringScalarFilters>;
};

export type Supporter = {
  __typename?: 'Supporter';
  note?: Maybe<Scalars['String']['output']>;
  person: PersonSummary;
  role: SupportRole;
  schemes: Array<Scalars['ID']['output']>;
};

export type SupportingPerson = {
  __typename?: 'SupportingPerson';
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

/** TargetGroup filters */
export type TargetGroupListEnumScalarFilters = {
  eq?: InputMaybe<Array<TargetGroup>>;
  includes?: InputMaybe<TargetGroup>;
};

/** Mutations for a list for TargetGroup */
export type TargetGroupListEnumScalarMutations = {
  pop?: InputMaybe<TargetGroup>;
  push?: InputMaybe<Array<TargetGroup>>;
  set?: InputMaybe<Array<TargetGroup>>;
};

/** A selectable track (spor) of a joint measure. */
export type Track = {
  __typename?: 'Track';
  duration?: Maybe<Scalars['String']['output']>;
  format: Array<Scalars['String']['output']>;
  gatherings: Array<TrackGathering>;
  gatheringsConnection: TrackGatheringsConnection;
  goals: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  initiative?: Maybe<Initiative>;
  initiativeConnection: TrackInitiativeConnection;
  /** The institution that leads the track, where the documents say so. */
  lead?: Maybe<Institution>;
  leadConnection: TrackLeadConnection;
  number: Scalars['Int']['output'];
  participants: Array<Network>;
  participantsConnection: TrackParticipantsConnection;
  /**
   * True when a document records which networks take part; false means unknown,
   * which is not the same as no participants.
   */
  participationKnown: Scalars['Boolean']['output'];
  phases: Array<TrackPhase>;
  phasesConnection: TrackPhasesConnection;
  sources: Array<Scalars['String']['output']>;
  /** The target group as written. */
  targetGroup: Scalars['String']['output'];
  targetGroups?: Maybe<Array<TargetGroup>>;
  title: Scalars['String']['output'];
};


/** A selectable track (spor) of a joint measure. */
export type TrackGatheringsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackGatheringSort>>;
  where?: InputMaybe<TrackGatheringWhere>;
};


/** A selectable track (spor) of a joint measure. */
export type TrackGatheringsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackGatheringsConnectionSort>>;
  where?: InputMaybe<TrackGatheringsConnectionWhere>;
};


/** A selectable track (spor) of a joint measure. */
export type TrackParticipantsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A selectable track (spor) of a joint measure. */
export type TrackParticipantsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackParticipantsConnectionSort>>;
  where?: InputMaybe<TrackParticipantsConnectionWhere>;
};


/** A selectable track (spor) of a joint measure. */
export type TrackPhasesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackPhaseSort>>;
  where?: InputMaybe<TrackPhaseWhere>;
};


/** A selectable track (spor) of a joint measure. */
export type TrackPhasesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackPhasesConnectionSort>>;
  where?: InputMaybe<TrackPhasesConnectionWhere>;
};

export type TrackAggregate = {
  __typename?: 'TrackAggregate';
  count: Count;
  node: TrackAggregateNode;
};

export type TrackAggregateNode = {
  __typename?: 'TrackAggregateNode';
  duration: StringAggregateSelection;
  number: IntAggregateSelection;
  targetGroup: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type TrackConnectInput = {
  gatherings?: InputMaybe<Array<TrackGatheringsConnectFieldInput>>;
  participants?: InputMaybe<Array<TrackParticipantsConnectFieldInput>>;
  phases?: InputMaybe<Array<TrackPhasesConnectFieldInput>>;
};

export type TrackConnectWhere = {
  node: TrackWhere;
};

export type TrackCreateInput = {
  duration?: InputMaybe<Scalars['String']['input']>;
  format: Array<Scalars['String']['input']>;
  gatherings?: InputMaybe<TrackGatheringsFieldInput>;
  goals: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  initiative?: InputMaybe<TrackInitiativeFieldInput>;
  lead?: InputMaybe<TrackLeadFieldInput>;
  number: Scalars['Int']['input'];
  participants?: InputMaybe<TrackParticipantsFieldInput>;
  participationKnown: Scalars['Boolean']['input'];
  phases?: InputMaybe<TrackPhasesFieldInput>;
  sources: Array<Scalars['String']['input']>;
  targetGroup: Scalars['String']['input'];
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  title: Scalars['String']['input'];
};

export type TrackDeleteInput = {
  gatherings?: InputMaybe<Array<TrackGatheringsDeleteFieldInput>>;
  initiative?: InputMaybe<TrackInitiativeDeleteFieldInput>;
  lead?: InputMaybe<TrackLeadDeleteFieldInput>;
  participants?: InputMaybe<Array<TrackParticipantsDeleteFieldInput>>;
  phases?: InputMaybe<Array<TrackPhasesDeleteFieldInput>>;
};

export type TrackDisconnectInput = {
  gatherings?: InputMaybe<Array<TrackGatheringsDisconnectFieldInput>>;
  participants?: InputMaybe<Array<TrackParticipantsDisconnectFieldInput>>;
  phases?: InputMaybe<Array<TrackPhasesDisconnectFieldInput>>;
};

export type TrackEdge = {
  __typename?: 'TrackEdge';
  cursor: Scalars['String']['output'];
  node: Track;
};

/** One of a track's gatherings (samlinger), e.g. spor 3's six. */
export type TrackGathering = {
  __typename?: 'TrackGathering';
  id: Scalars['ID']['output'];
  items: Array<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  /** The phases of the development model this gathering follows up or prepares. */
  phases: Array<TrackPhase>;
  phasesConnection: TrackGatheringPhasesConnection;
  track?: Maybe<Track>;
  trackConnection: TrackGatheringTrackConnection;
};


/** One of a track's gatherings (samlinger), e.g. spor 3's six. */
export type TrackGatheringPhasesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackPhaseSort>>;
  where?: InputMaybe<TrackPhaseWhere>;
};


/** One of a track's gatherings (samlinger), e.g. spor 3's six. */
export type TrackGatheringPhasesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackGatheringPhasesConnectionSort>>;
  where?: InputMaybe<TrackGatheringPhasesConnectionWhere>;
};

export type TrackGatheringAggregate = {
  __typename?: 'TrackGatheringAggregate';
  count: Count;
  node: TrackGatheringAggregateNode;
};

export type TrackGatheringAggregateNode = {
  __typename?: 'TrackGatheringAggregateNode';
  number: IntAggregateSelection;
};

export type TrackGatheringConnectInput = {
  phases?: InputMaybe<Array<TrackGatheringPhasesConnectFieldInput>>;
};

export type TrackGatheringConnectWhere = {
  node: TrackGatheringWhere;
};

export type TrackGatheringCreateInput = {
  id: Scalars['ID']['input'];
  items: Array<Scalars['String']['input']>;
  number: Scalars['Int']['input'];
  phases?: InputMaybe<TrackGatheringPhasesFieldInput>;
  track?: InputMaybe<TrackGatheringTrackFieldInput>;
};

export type TrackGatheringDeleteInput = {
  phases?: InputMaybe<Array<TrackGatheringPhasesDeleteFieldInput>>;
  track?: InputMaybe<TrackGatheringTrackDeleteFieldInput>;
};

export type TrackGatheringDisconnectInput = {
  phases?: InputMaybe<Array<TrackGatheringPhasesDisconnectFieldInput>>;
};

export type TrackGatheringEdge = {
  __typename?: 'TrackGatheringEdge';
  cursor: Scalars['String']['output'];
  node: TrackGathering;
};

export type TrackGatheringPhasesConnectFieldInput = {
  connect?: InputMaybe<Array<TrackPhaseConnectInput>>;
  where?: InputMaybe<TrackPhaseConnectWhere>;
};

export type TrackGatheringPhasesConnection = {
  __typename?: 'TrackGatheringPhasesConnection';
  aggregate: TrackGatheringTrackPhasePhasesAggregateSelection;
  edges: Array<TrackGatheringPhasesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrackGatheringPhasesConnectionAggregateInput = {
  AND?: InputMaybe<Array<TrackGatheringPhasesConnectionAggregateInput>>;
  NOT?: InputMaybe<TrackGatheringPhasesConnectionAggregateInput>;
  OR?: InputMaybe<Array<TrackGatheringPhasesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<TrackGatheringPhasesNodeAggregationWhereInput>;
};

export type TrackGatheringPhasesConnectionFilters = {
  /** Filter TrackGatherings by aggregating results on related TrackGatheringPhasesConnections */
  aggregate?: InputMaybe<TrackGatheringPhasesConnectionAggregateInput>;
  /** Return TrackGatherings where all of the related TrackGatheringPhasesConnections match this filter */
  all?: InputMaybe<TrackGatheringPhasesConnectionWhere>;
  /** Return TrackGatherings where none of the related TrackGatheringPhasesConnections match this filter */
  none?: InputMaybe<TrackGatheringPhasesConnectionWhere>;
  /** Return TrackGatherings where one of the related TrackGatheringPhasesConnections match this filter */
  single?: InputMaybe<TrackGatheringPhasesConnectionWhere>;
  /** Return TrackGatherings where some of the related TrackGatheringPhasesConnections match this filter */
  some?: InputMaybe<TrackGatheringPhasesConnectionWhere>;
};

export type TrackGatheringPhasesConnectionSort = {
  node?: InputMaybe<TrackPhaseSort>;
};

export type TrackGatheringPhasesConnectionWhere = {
  AND?: InputMaybe<Array<TrackGatheringPhasesConnectionWhere>>;
  NOT?: InputMaybe<TrackGatheringPhasesConnectionWhere>;
  OR?: InputMaybe<Array<TrackGatheringPhasesConnectionWhere>>;
  node?: InputMaybe<TrackPhaseWhere>;
};

export type TrackGatheringPhasesCreateFieldInput = {
  node: TrackPhaseCreateInput;
};

export type TrackGatheringPhasesDeleteFieldInput = {
  delete?: InputMaybe<TrackPhaseDeleteInput>;
  where?: InputMaybe<TrackGatheringPhasesConnectionWhere>;
};

export type TrackGatheringPhasesDisconnectFieldInput = {
  disconnect?: InputMaybe<TrackPhaseDisconnectInput>;
  where?: InputMaybe<TrackGatheringPhasesConnectionWhere>;
};

export type TrackGatheringPhasesFieldInput = {
  connect?: InputMaybe<Array<TrackGatheringPhasesConnectFieldInput>>;
  create?: InputMaybe<Array<TrackGatheringPhasesCreateFieldInput>>;
};

export type TrackGatheringPhasesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TrackGatheringPhasesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TrackGatheringPhasesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TrackGatheringPhasesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
};

export type TrackGatheringPhasesRelationship = {
  __typename?: 'TrackGatheringPhasesRelationship';
  cursor: Scalars['String']['output'];
  node: TrackPhase;
};

export type TrackGatheringPhasesUpdateConnectionInput = {
  node?: InputMaybe<TrackPhaseUpdateInput>;
  where?: InputMaybe<TrackGatheringPhasesConnectionWhere>;
};

export type TrackGatheringPhasesUpdateFieldInput = {
  connect?: InputMaybe<Array<TrackGatheringPhasesConnectFieldInput>>;
  create?: InputMaybe<Array<TrackGatheringPhasesCreateFieldInput>>;
  delete?: InputMaybe<Array<TrackGatheringPhasesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<TrackGatheringPhasesDisconnectFieldInput>>;
  update?: InputMaybe<TrackGatheringPhasesUpdateConnectionInput>;
};

export type TrackGatheringRelationshipFilters = {
  /** Filter type where all of the related TrackGatherings match this filter */
  all?: InputMaybe<TrackGatheringWhere>;
  /** Filter type where none of the related TrackGatherings match this filter */
  none?: InputMaybe<TrackGatheringWhere>;
  /** Filter type where one of the related TrackGatherings match this filter */
  single?: InputMaybe<TrackGatheringWhere>;
  /** Filter type where some of the related TrackGatherings match this filter */
  some?: InputMaybe<TrackGatheringWhere>;
};

/** Fields to sort TrackGatherings by. The order in which sorts are applied is not guaranteed when specifying many fields in one TrackGatheringSort object. */
export type TrackGatheringSort = {
  id?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
};

export type TrackGatheringTrackConnection = {
  __typename?: 'TrackGatheringTrackConnection';
  edges: Array<TrackGatheringTrackRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrackGatheringTrackConnectionWhere = {
  AND?: InputMaybe<Array<TrackGatheringTrackConnectionWhere>>;
  NOT?: InputMaybe<TrackGatheringTrackConnectionWhere>;
  OR?: InputMaybe<Array<TrackGatheringTrackConnectionWhere>>;
  node?: InputMaybe<TrackWhere>;
};

export type TrackGatheringTrackCreateFieldInput = {
  node: TrackCreateInput;
};

export type TrackGatheringTrackDeleteFieldInput = {
  delete?: InputMaybe<TrackDeleteInput>;
  where?: InputMaybe<TrackGatheringTrackConnectionWhere>;
};

export type TrackGatheringTrackFieldInput = {
  create?: InputMaybe<TrackGatheringTrackCreateFieldInput>;
};

export type TrackGatheringTrackPhasePhasesAggregateSelection = {
  __typename?: 'TrackGatheringTrackPhasePhasesAggregateSelection';
  count: CountConnection;
  node?: Maybe<TrackGatheringTrackPhasePhasesNodeAggregateSelection>;
};

export type TrackGatheringTrackPhasePhasesNodeAggregateSelection = {
  __typename?: 'TrackGatheringTrackPhasePhasesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
};

export type TrackGatheringTrackRelationship = {
  __typename?: 'TrackGatheringTrackRelationship';
  cursor: Scalars['String']['output'];
  node: Track;
};

export type TrackGatheringUpdateInput = {
  id?: InputMaybe<IdScalarMutations>;
  items?: InputMaybe<ListStringMutations>;
  number?: InputMaybe<IntScalarMutations>;
  phases?: InputMaybe<Array<TrackGatheringPhasesUpdateFieldInput>>;
};

export type TrackGatheringWhere = {
  AND?: InputMaybe<Array<TrackGatheringWhere>>;
  NOT?: InputMaybe<TrackGatheringWhere>;
  OR?: InputMaybe<Array<TrackGatheringWhere>>;
  id?: InputMaybe<IdScalarFilters>;
  items?: InputMaybe<StringListFilters>;
  number?: InputMaybe<IntScalarFilters>;
  phases?: InputMaybe<TrackPhaseRelationshipFilters>;
  phasesConnection?: InputMaybe<TrackGatheringPhasesConnectionFilters>;
  track?: InputMaybe<TrackWhere>;
  trackConnection?: InputMaybe<TrackGatheringTrackConnectionWhere>;
};

export type TrackGatheringsConnectFieldInput = {
  connect?: InputMaybe<Array<TrackGatheringConnectInput>>;
  where?: InputMaybe<TrackGatheringConnectWhere>;
};

export type TrackGatheringsConnection = {
  __typename?: 'TrackGatheringsConnection';
  aggregate: TrackTrackGatheringGatheringsAggregateSelection;
  edges: Array<TrackGatheringsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrackGatheringsConnectionAggregateInput = {
  AND?: InputMaybe<Array<TrackGatheringsConnectionAggregateInput>>;
  NOT?: InputMaybe<TrackGatheringsConnectionAggregateInput>;
  OR?: InputMaybe<Array<TrackGatheringsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<TrackGatheringsNodeAggregationWhereInput>;
};

export type TrackGatheringsConnectionFilters = {
  /** Filter Tracks by aggregating results on related TrackGatheringsConnections */
  aggregate?: InputMaybe<TrackGatheringsConnectionAggregateInput>;
  /** Return Tracks where all of the related TrackGatheringsConnections match this filter */
  all?: InputMaybe<TrackGatheringsConnectionWhere>;
  /** Return Tracks where none of the related TrackGatheringsConnections match this filter */
  none?: InputMaybe<TrackGatheringsConnectionWhere>;
  /** Return Tracks where one of the related TrackGatheringsConnections match this filter */
  single?: InputMaybe<TrackGatheringsConnectionWhere>;
  /** Return Tracks where some of the related TrackGatheringsConnections match this filter */
  some?: InputMaybe<TrackGatheringsConnectionWhere>;
};

export type TrackGatheringsConnectionSort = {
  node?: InputMaybe<TrackGatheringSort>;
};

export type TrackGatheringsConnectionWhere = {
  AND?: InputMaybe<Array<TrackGatheringsConnectionWhere>>;
  NOT?: InputMaybe<TrackGatheringsConnectionWhere>;
  OR?: InputMaybe<Array<TrackGatheringsConnectionWhere>>;
  node?: InputMaybe<TrackGatheringWhere>;
};

export type TrackGatheringsCreateFieldInput = {
  node: TrackGatheringCreateInput;
};

export type TrackGatheringsDeleteFieldInput = {
  delete?: InputMaybe<TrackGatheringDeleteInput>;
  where?: InputMaybe<TrackGatheringsConnectionWhere>;
};

export type TrackGatheringsDisconnectFieldInput = {
  disconnect?: InputMaybe<TrackGatheringDisconnectInput>;
  where?: InputMaybe<TrackGatheringsConnectionWhere>;
};

export type TrackGatheringsFieldInput = {
  connect?: InputMaybe<Array<TrackGatheringsConnectFieldInput>>;
  create?: InputMaybe<Array<TrackGatheringsCreateFieldInput>>;
};

export type TrackGatheringsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TrackGatheringsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TrackGatheringsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TrackGatheringsNodeAggregationWhereInput>>;
  number?: InputMaybe<IntScalarAggregationFilters>;
};

export type TrackGatheringsRelationship = {
  __typename?: 'TrackGatheringsRelationship';
  cursor: Scalars['String']['output'];
  node: TrackGathering;
};

export type TrackGatheringsUpdateConnectionInput = {
  node?: InputMaybe<TrackGatheringUpdateInput>;
  where?: InputMaybe<TrackGatheringsConnectionWhere>;
};

export type TrackGatheringsUpdateFieldInput = {
  connect?: InputMaybe<Array<TrackGatheringsConnectFieldInput>>;
  create?: InputMaybe<Array<TrackGatheringsCreateFieldInput>>;
  delete?: InputMaybe<Array<TrackGatheringsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<TrackGatheringsDisconnectFieldInput>>;
  update?: InputMaybe<TrackGatheringsUpdateConnectionInput>;
};

export type TrackInitiativeConnection = {
  __typename?: 'TrackInitiativeConnection';
  edges: Array<TrackInitiativeRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrackInitiativeConnectionWhere = {
  AND?: InputMaybe<Array<TrackInitiativeConnectionWhere>>;
  NOT?: InputMaybe<TrackInitiativeConnectionWhere>;
  OR?: InputMaybe<Array<TrackInitiativeConnectionWhere>>;
  node?: InputMaybe<InitiativeWhere>;
};

export type TrackInitiativeCreateFieldInput = {
  node: InitiativeCreateInput;
};

export type TrackInitiativeDeleteFieldInput = {
  delete?: InputMaybe<InitiativeDeleteInput>;
  where?: InputMaybe<TrackInitiativeConnectionWhere>;
};

export type TrackInitiativeFieldInput = {
  create?: InputMaybe<TrackInitiativeCreateFieldInput>;
};

export type TrackInitiativeRelationship = {
  __typename?: 'TrackInitiativeRelationship';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type TrackLeadConnection = {
  __typename?: 'TrackLeadConnection';
  edges: Array<TrackLeadRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrackLeadConnectionWhere = {
  AND?: InputMaybe<Array<TrackLeadConnectionWhere>>;
  NOT?: InputMaybe<TrackLeadConnectionWhere>;
  OR?: InputMaybe<Array<TrackLeadConnectionWhere>>;
  node?: InputMaybe<InstitutionWhere>;
};

export type TrackLeadCreateFieldInput = {
  node: InstitutionCreateInput;
};

export type TrackLeadDeleteFieldInput = {
  delete?: InputMaybe<InstitutionDeleteInput>;
  where?: InputMaybe<TrackLeadConnectionWhere>;
};

export type TrackLeadFieldInput = {
  create?: InputMaybe<TrackLeadCreateFieldInput>;
};

export type TrackLeadRelationship = {
  __typename?: 'TrackLeadRelationship';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type TrackNetworkParticipantsAggregateSelection = {
  __typename?: 'TrackNetworkParticipantsAggregateSelection';
  count: CountConnection;
  node?: Maybe<TrackNetworkParticipantsNodeAggregateSelection>;
};

export type TrackNetworkParticipantsNodeAggregateSelection = {
  __typename?: 'TrackNetworkParticipantsNodeAggregateSelection';
  county: StringAggregateSelection;
  membershipSource: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type TrackParticipantsConnectFieldInput = {
  connect?: InputMaybe<Array<NetworkConnectInput>>;
  where?: InputMaybe<NetworkConnectWhere>;
};

export type TrackParticipantsConnection = {
  __typename?: 'TrackParticipantsConnection';
  aggregate: TrackNetworkParticipantsAggregateSelection;
  edges: Array<TrackParticipantsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrackParticipantsConnectionAggregateInput = {
  AND?: InputMaybe<Array<TrackParticipantsConnectionAggregateInput>>;
  NOT?: InputMaybe<TrackParticipantsConnectionAggregateInput>;
  OR?: InputMaybe<Array<TrackParticipantsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<TrackParticipantsNodeAggregationWhereInput>;
};

export type TrackParticipantsConnectionFilters = {
  /** Filter Tracks by aggregating results on related TrackParticipantsConnections */
  aggregate?: InputMaybe<TrackParticipantsConnectionAggregateInput>;
  /** Return Tracks where all of the related TrackParticipantsConnections match this filter */
  all?: InputMaybe<TrackParticipantsConnectionWhere>;
  /** Return Tracks where none of the related TrackParticipantsConnections match this filter */
  none?: InputMaybe<TrackParticipantsConnectionWhere>;
  /** Return Tracks where one of the related TrackParticipantsConnections match this filter */
  single?: InputMaybe<TrackParticipantsConnectionWhere>;
  /** Return Tracks where some of the related TrackParticipantsConnections match this filter */
  some?: InputMaybe<TrackParticipantsConnectionWhere>;
};

export type TrackParticipantsConnectionSort = {
  node?: InputMaybe<NetworkSort>;
};

export type TrackParticipantsConnectionWhere = {
  AND?: InputMaybe<Array<TrackParticipantsConnectionWhere>>;
  NOT?: InputMaybe<TrackParticipantsConnectionWhere>;
  OR?: InputMaybe<Array<TrackParticipantsConnectionWhere>>;
  node?: InputMaybe<NetworkWhere>;
};

export type TrackParticipantsCreateFieldInput = {
  node: NetworkCreateInput;
};

export type TrackParticipantsDeleteFieldInput = {
  delete?: InputMaybe<NetworkDeleteInput>;
  where?: InputMaybe<TrackParticipantsConnectionWhere>;
};

export type TrackParticipantsDisconnectFieldInput = {
  disconnect?: InputMaybe<NetworkDisconnectInput>;
  where?: InputMaybe<TrackParticipantsConnectionWhere>;
};

export type TrackParticipantsFieldInput = {
  connect?: InputMaybe<Array<TrackParticipantsConnectFieldInput>>;
  create?: InputMaybe<Array<TrackParticipantsCreateFieldInput>>;
};

export type TrackParticipantsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TrackParticipantsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TrackParticipantsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TrackParticipantsNodeAggregationWhereInput>>;
  county?: InputMaybe<StringScalarAggregationFilters>;
  membershipSource?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type TrackParticipantsRelationship = {
  __typename?: 'TrackParticipantsRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
};

export type TrackParticipantsUpdateConnectionInput = {
  node?: InputMaybe<NetworkUpdateInput>;
  where?: InputMaybe<TrackParticipantsConnectionWhere>;
};

export type TrackParticipantsUpdateFieldInput = {
  connect?: InputMaybe<Array<TrackParticipantsConnectFieldInput>>;
  create?: InputMaybe<Array<TrackParticipantsCreateFieldInput>>;
  delete?: InputMaybe<Array<TrackParticipantsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<TrackParticipantsDisconnectFieldInput>>;
  update?: InputMaybe<TrackParticipantsUpdateConnectionInput>;
};

export type TrackParticipation = {
  __typename?: 'TrackParticipation';
  /** Null when not recorded; an empty list when recorded as none. */
  networks?: Maybe<Array<NetworkSummary>>;
  number: Scalars['Int']['output'];
  /** False when no document records which networks take part. */
  participationRecorded: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  trackId: Scalars['ID']['output'];
};

/** A phase of a track's development model (Spiral of inquiry, for spor 3). */
export type TrackPhase = {
  __typename?: 'TrackPhase';
  description: Scalars['String']['output'];
  gatherings: Array<TrackGathering>;
  gatheringsConnection: TrackPhaseGatheringsConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  track?: Maybe<Track>;
  trackConnection: TrackPhaseTrackConnection;
};


/** A phase of a track's development model (Spiral of inquiry, for spor 3). */
export type TrackPhaseGatheringsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackGatheringSort>>;
  where?: InputMaybe<TrackGatheringWhere>;
};


/** A phase of a track's development model (Spiral of inquiry, for spor 3). */
export type TrackPhaseGatheringsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TrackPhaseGatheringsConnectionSort>>;
  where?: InputMaybe<TrackPhaseGatheringsConnectionWhere>;
};

export type TrackPhaseAggregate = {
  __typename?: 'TrackPhaseAggregate';
  count: Count;
  node: TrackPhaseAggregateNode;
};

export type TrackPhaseAggregateNode = {
  __typename?: 'TrackPhaseAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
};

export type TrackPhaseConnectInput = {
  gatherings?: InputMaybe<Array<TrackPhaseGatheringsConnectFieldInput>>;
};

export type TrackPhaseConnectWhere = {
  node: TrackPhaseWhere;
};

export type TrackPhaseCreateInput = {
  description: Scalars['String']['input'];
  gatherings?: InputMaybe<TrackPhaseGatheringsFieldInput>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  number: Scalars['Int']['input'];
  track?: InputMaybe<TrackPhaseTrackFieldInput>;
};

export type TrackPhaseDeleteInput = {
  gatherings?: InputMaybe<Array<TrackPhaseGatheringsDeleteFieldInput>>;
  track?: InputMaybe<TrackPhaseTrackDeleteFieldInput>;
};

export type TrackPhaseDisconnectInput = {
  gatherings?: InputMaybe<Array<TrackPhaseGatheringsDisconnectFieldInput>>;
};

export type TrackPhaseEdge = {
  __typename?: 'TrackPhaseEdge';
  cursor: Scalars['String']['output'];
  node: TrackPhase;
};

export type TrackPhaseGatheringsConnectFieldInput = {
  connect?: InputMaybe<Array<TrackGatheringConnectInput>>;
  where?: InputMaybe<TrackGatheringConnectWhere>;
};

export type TrackPhaseGatheringsConnection = {
  __typename?: 'TrackPhaseGatheringsConnection';
  aggregate: TrackPhaseTrackGatheringGatheringsAggregateSelection;
  edges: Array<TrackPhaseGatheringsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrackPhaseGatheringsConnectionAggregateInput = {
  AND?: InputMaybe<Array<TrackPhaseGatheringsConnectionAggregateInput>>;
  NOT?: InputMaybe<TrackPhaseGatheringsConnectionAggregateInput>;
  OR?: InputMaybe<Array<TrackPhaseGatheringsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<TrackPhaseGatheringsNodeAggregationWhereInput>;
};

export type TrackPhaseGatheringsConnectionFilters = {
  /** Filter TrackPhases by aggregating results on related TrackPhaseGatheringsConnections */
  aggregate?: InputMaybe<TrackPhaseGatheringsConnectionAggregateInput>;
  /** Return TrackPhases where all of the related TrackPhaseGatheringsConnections match this filter */
  all?: InputMaybe<TrackPhaseGatheringsConnectionWhere>;
  /** Return TrackPhases where none of the related TrackPhaseGatheringsConnections match this filter */
  none?: InputMaybe<TrackPhaseGatheringsConnectionWhere>;
  /** Return TrackPhases where one of the related TrackPhaseGatheringsConnections match this filter */
  single?: InputMaybe<TrackPhaseGatheringsConnectionWhere>;
  /** Return TrackPhases where some of the related TrackPhaseGatheringsConnections match this filter */
  some?: InputMaybe<TrackPhaseGatheringsConnectionWhere>;
};

export type TrackPhaseGatheringsConnectionSort = {
  node?: InputMaybe<TrackGatheringSort>;
};

export type TrackPhaseGatheringsConnectionWhere = {
  AND?: InputMaybe<Array<TrackPhaseGatheringsConnectionWhere>>;
  NOT?: InputMaybe<TrackPhaseGatheringsConnectionWhere>;
  OR?: InputMaybe<Array<TrackPhaseGatheringsConnectionWhere>>;
  node?: InputMaybe<TrackGatheringWhere>;
};

export type TrackPhaseGatheringsCreateFieldInput = {
  node: TrackGatheringCreateInput;
};

export type TrackPhaseGatheringsDeleteFieldInput = {
  delete?: InputMaybe<TrackGatheringDeleteInput>;
  where?: InputMaybe<TrackPhaseGatheringsConnectionWhere>;
};

export type TrackPhaseGatheringsDisconnectFieldInput = {
  disconnect?: InputMaybe<TrackGatheringDisconnectInput>;
  where?: InputMaybe<TrackPhaseGatheringsConnectionWhere>;
};

export type TrackPhaseGatheringsFieldInput = {
  connect?: InputMaybe<Array<TrackPhaseGatheringsConnectFieldInput>>;
  create?: InputMaybe<Array<TrackPhaseGatheringsCreateFieldInput>>;
};

export type TrackPhaseGatheringsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TrackPhaseGatheringsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TrackPhaseGatheringsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TrackPhaseGatheringsNodeAggregationWhereInput>>;
  number?: InputMaybe<IntScalarAggregationFilters>;
};

export type TrackPhaseGatheringsRelationship = {
  __typename?: 'TrackPhaseGatheringsRelationship';
  cursor: Scalars['String']['output'];
  node: TrackGathering;
};

export type TrackPhaseGatheringsUpdateConnectionInput = {
  node?: InputMaybe<TrackGatheringUpdateInput>;
  where?: InputMaybe<TrackPhaseGatheringsConnectionWhere>;
};

export type TrackPhaseGatheringsUpdateFieldInput = {
  connect?: InputMaybe<Array<TrackPhaseGatheringsConnectFieldInput>>;
  create?: InputMaybe<Array<TrackPhaseGatheringsCreateFieldInput>>;
  delete?: InputMaybe<Array<TrackPhaseGatheringsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<TrackPhaseGatheringsDisconnectFieldInput>>;
  update?: InputMaybe<TrackPhaseGatheringsUpdateConnectionInput>;
};

export type TrackPhaseRelationshipFilters = {
  /** Filter type where all of the related TrackPhases match this filter */
  all?: InputMaybe<TrackPhaseWhere>;
  /** Filter type where none of the related TrackPhases match this filter */
  none?: InputMaybe<TrackPhaseWhere>;
  /** Filter type where one of the related TrackPhases match this filter */
  single?: InputMaybe<TrackPhaseWhere>;
  /** Filter type where some of the related TrackPhases match this filter */
  some?: InputMaybe<TrackPhaseWhere>;
};

/** Fields to sort TrackPhases by. The order in which sorts are applied is not guaranteed when specifying many fields in one TrackPhaseSort object. */
export type TrackPhaseSort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
};

export type TrackPhaseTrackConnection = {
  __typename?: 'TrackPhaseTrackConnection';
  edges: Array<TrackPhaseTrackRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrackPhaseTrackConnectionWhere = {
  AND?: InputMaybe<Array<TrackPhaseTrackConnectionWhere>>;
  NOT?: InputMaybe<TrackPhaseTrackConnectionWhere>;
  OR?: InputMaybe<Array<TrackPhaseTrackConnectionWhere>>;
  node?: InputMaybe<TrackWhere>;
};

export type TrackPhaseTrackCreateFieldInput = {
  node: TrackCreateInput;
};

export type TrackPhaseTrackDeleteFieldInput = {
  delete?: InputMaybe<TrackDeleteInput>;
  where?: InputMaybe<TrackPhaseTrackConnectionWhere>;
};

export type TrackPhaseTrackFieldInput = {
  create?: InputMaybe<TrackPhaseTrackCreateFieldInput>;
};

export type TrackPhaseTrackGatheringGatheringsAggregateSelection = {
  __typename?: 'TrackPhaseTrackGatheringGatheringsAggregateSelection';
  count: CountConnection;
  node?: Maybe<TrackPhaseTrackGatheringGatheringsNodeAggregateSelection>;
};

export type TrackPhaseTrackGatheringGatheringsNodeAggregateSelection = {
  __typename?: 'TrackPhaseTrackGatheringGatheringsNodeAggregateSelection';
  number: IntAggregateSelection;
};

export type TrackPhaseTrackRelationship = {
  __typename?: 'TrackPhaseTrackRelationship';
  cursor: Scalars['String']['output'];
  node: Track;
};

export type TrackPhaseUpdateInput = {
  description?: InputMaybe<StringScalarMutations>;
  gatherings?: InputMaybe<Array<TrackPhaseGatheringsUpdateFieldInput>>;
  id?: InputMaybe<IdScalarMutations>;
  name?: InputMaybe<StringScalarMutations>;
  number?: InputMaybe<IntScalarMutations>;
};

export type TrackPhaseWhere = {
  AND?: InputMaybe<Array<TrackPhaseWhere>>;
  NOT?: InputMaybe<TrackPhaseWhere>;
  OR?: InputMaybe<Array<TrackPhaseWhere>>;
  description?: InputMaybe<StringScalarFilters>;
  gatherings?: InputMaybe<TrackGatheringRelationshipFilters>;
  gatheringsConnection?: InputMaybe<TrackPhaseGatheringsConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  number?: InputMaybe<IntScalarFilters>;
  track?: InputMaybe<TrackWhere>;
  trackConnection?: InputMaybe<TrackPhaseTrackConnectionWhere>;
};

export type TrackPhasesConnectFieldInput = {
  connect?: InputMaybe<Array<TrackPhaseConnectInput>>;
  where?: InputMaybe<TrackPhaseConnectWhere>;
};

export type TrackPhasesConnection = {
  __typename?: 'TrackPhasesConnection';
  aggregate: TrackTrackPhasePhasesAggregateSelection;
  edges: Array<TrackPhasesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrackPhasesConnectionAggregateInput = {
  AND?: InputMaybe<Array<TrackPhasesConnectionAggregateInput>>;
  NOT?: InputMaybe<TrackPhasesConnectionAggregateInput>;
  OR?: InputMaybe<Array<TrackPhasesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<TrackPhasesNodeAggregationWhereInput>;
};

export type TrackPhasesConnectionFilters = {
  /** Filter Tracks by aggregating results on related TrackPhasesConnections */
  aggregate?: InputMaybe<TrackPhasesConnectionAggregateInput>;
  /** Return Tracks where all of the related TrackPhasesConnections match this filter */
  all?: InputMaybe<TrackPhasesConnectionWhere>;
  /** Return Tracks where none of the related TrackPhasesConnections match this filter */
  none?: InputMaybe<TrackPhasesConnectionWhere>;
  /** Return Tracks where one of the related TrackPhasesConnections match this filter */
  single?: InputMaybe<TrackPhasesConnectionWhere>;
  /** Return Tracks where some of the related TrackPhasesConnections match this filter */
  some?: InputMaybe<TrackPhasesConnectionWhere>;
};

export type TrackPhasesConnectionSort = {
  node?: InputMaybe<TrackPhaseSort>;
};

export type TrackPhasesConnectionWhere = {
  AND?: InputMaybe<Array<TrackPhasesConnectionWhere>>;
  NOT?: InputMaybe<TrackPhasesConnectionWhere>;
  OR?: InputMaybe<Array<TrackPhasesConnectionWhere>>;
  node?: InputMaybe<TrackPhaseWhere>;
};

export type TrackPhasesCreateFieldInput = {
  node: TrackPhaseCreateInput;
};

export type TrackPhasesDeleteFieldInput = {
  delete?: InputMaybe<TrackPhaseDeleteInput>;
  where?: InputMaybe<TrackPhasesConnectionWhere>;
};

export type TrackPhasesDisconnectFieldInput = {
  disconnect?: InputMaybe<TrackPhaseDisconnectInput>;
  where?: InputMaybe<TrackPhasesConnectionWhere>;
};

export type TrackPhasesFieldInput = {
  connect?: InputMaybe<Array<TrackPhasesConnectFieldInput>>;
  create?: InputMaybe<Array<TrackPhasesCreateFieldInput>>;
};

export type TrackPhasesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TrackPhasesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TrackPhasesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TrackPhasesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
};

export type TrackPhasesRelationship = {
  __typename?: 'TrackPhasesRelationship';
  cursor: Scalars['String']['output'];
  node: TrackPhase;
};

export type TrackPhasesUpdateConnectionInput = {
  node?: InputMaybe<TrackPhaseUpdateInput>;
  where?: InputMaybe<TrackPhasesConnectionWhere>;
};

export type TrackPhasesUpdateFieldInput = {
  connect?: InputMaybe<Array<TrackPhasesConnectFieldInput>>;
  create?: InputMaybe<Array<TrackPhasesCreateFieldInput>>;
  delete?: InputMaybe<Array<TrackPhasesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<TrackPhasesDisconnectFieldInput>>;
  update?: InputMaybe<TrackPhasesUpdateConnectionInput>;
};

export type TrackRelationshipFilters = {
  /** Filter type where all of the related Tracks match this filter */
  all?: InputMaybe<TrackWhere>;
  /** Filter type where none of the related Tracks match this filter */
  none?: InputMaybe<TrackWhere>;
  /** Filter type where one of the related Tracks match this filter */
  single?: InputMaybe<TrackWhere>;
  /** Filter type where some of the related Tracks match this filter */
  some?: InputMaybe<TrackWhere>;
};

/** Fields to sort Tracks by. The order in which sorts are applied is not guaranteed when specifying many fields in one TrackSort object. */
export type TrackSort = {
  duration?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
  participationKnown?: InputMaybe<SortDirection>;
  targetGroup?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
};

export type TrackTrackGatheringGatheringsAggregateSelection = {
  __typename?: 'TrackTrackGatheringGatheringsAggregateSelection';
  count: CountConnection;
  node?: Maybe<TrackTrackGatheringGatheringsNodeAggregateSelection>;
};

export type TrackTrackGatheringGatheringsNodeAggregateSelection = {
  __typename?: 'TrackTrackGatheringGatheringsNodeAggregateSelection';
  number: IntAggregateSelection;
};

export type TrackTrackPhasePhasesAggregateSelection = {
  __typename?: 'TrackTrackPhasePhasesAggregateSelection';
  count: CountConnection;
  node?: Maybe<TrackTrackPhasePhasesNodeAggregateSelection>;
};

export type TrackTrackPhasePhasesNodeAggregateSelection = {
  __typename?: 'TrackTrackPhasePhasesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
};

export type TrackUpdateInput = {
  duration?: InputMaybe<StringScalarMutations>;
  format?: InputMaybe<ListStringMutations>;
  gatherings?: InputMaybe<Array<TrackGatheringsUpdateFieldInput>>;
  goals?: InputMaybe<ListStringMutations>;
  id?: InputMaybe<IdScalarMutations>;
  number?: InputMaybe<IntScalarMutations>;
  participants?: InputMaybe<Array<TrackParticipantsUpdateFieldInput>>;
  participationKnown?: InputMaybe<BooleanScalarMutations>;
  phases?: InputMaybe<Array<TrackPhasesUpdateFieldInput>>;
  sources?: InputMaybe<ListStringMutations>;
  targetGroup?: InputMaybe<StringScalarMutations>;
  targetGroups?: InputMaybe<TargetGroupListEnumScalarMutations>;
  title?: InputMaybe<StringScalarMutations>;
};

export type TrackWhere = {
  AND?: InputMaybe<Array<TrackWhere>>;
  NOT?: InputMaybe<TrackWhere>;
  OR?: InputMaybe<Array<TrackWhere>>;
  duration?: InputMaybe<StringScalarFilters>;
  format?: InputMaybe<StringListFilters>;
  gatherings?: InputMaybe<TrackGatheringRelationshipFilters>;
  gatheringsConnection?: InputMaybe<TrackGatheringsConnectionFilters>;
  goals?: InputMaybe<StringListFilters>;
  id?: InputMaybe<IdScalarFilters>;
  initiative?: InputMaybe<InitiativeWhere>;
  initiativeConnection?: InputMaybe<TrackInitiativeConnectionWhere>;
  lead?: InputMaybe<InstitutionWhere>;
  leadConnection?: InputMaybe<TrackLeadConnectionWhere>;
  number?: InputMaybe<IntScalarFilters>;
  participants?: InputMaybe<NetworkRelationshipFilters>;
  participantsConnection?: InputMaybe<TrackParticipantsConnectionFilters>;
  participationKnown?: InputMaybe<BooleanScalarFilters>;
  phases?: InputMaybe<TrackPhaseRelationshipFilters>;
  phasesConnection?: InputMaybe<TrackPhasesConnectionFilters>;
  sources?: InputMaybe<StringListFilters>;
  targetGroup?: InputMaybe<StringScalarFilters>;
  targetGroups?: InputMaybe<TargetGroupListEnumScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
};

export type TracksConnection = {
  __typename?: 'TracksConnection';
  aggregate: TrackAggregate;
  edges: Array<TrackEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UncoveredMunicipalities = {
  __typename?: 'UncoveredMunicipalities';
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
  __typename?: 'UpcomingDeadline';
  date: Scalars['Date']['output'];
  deadlineId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  recipient?: Maybe<Scalars['String']['output']>;
  sender: Scalars['String']['output'];
  /** The date is a recommendation; the deadline is set locally. */
  setLocally: Scalars['Boolean']['output'];
  step: Scalars['String']['output'];
};

export type UpdateAllocationsMutationResponse = {
  __typename?: 'UpdateAllocationsMutationResponse';
  allocations: Array<Allocation>;
  info: UpdateInfo;
};

export type UpdateCountiesMutationResponse = {
  __typename?: 'UpdateCountiesMutationResponse';
  counties: Array<County>;
  info: UpdateInfo;
};

export type UpdateDataQualityNotesMutationResponse = {
  __typename?: 'UpdateDataQualityNotesMutationResponse';
  dataQualityNotes: Array<DataQualityNote>;
  info: UpdateInfo;
};

export type UpdateDeadlinesMutationResponse = {
  __typename?: 'UpdateDeadlinesMutationResponse';
  deadlines: Array<Deadline>;
  info: UpdateInfo;
};

export type UpdateForumActivitiesMutationResponse = {
  __typename?: 'UpdateForumActivitiesMutationResponse';
  forumActivities: Array<ForumActivity>;
  info: UpdateInfo;
};

export type UpdateForumsMutationResponse = {
  __typename?: 'UpdateForumsMutationResponse';
  forums: Array<Forum>;
  info: UpdateInfo;
};

/** Information about the number of nodes and relationships created and deleted during an update mutation */
export type UpdateInfo = {
  __typename?: 'UpdateInfo';
  nodesCreated: Scalars['Int']['output'];
  nodesDeleted: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

export type UpdateInitiativesMutationResponse = {
  __typename?: 'UpdateInitiativesMutationResponse';
  info: UpdateInfo;
  initiatives: Array<Initiative>;
};

export type UpdateInstitutionsMutationResponse = {
  __typename?: 'UpdateInstitutionsMutationResponse';
  info: UpdateInfo;
  institutions: Array<Institution>;
};

export type UpdateMeetingsMutationResponse = {
  __typename?: 'UpdateMeetingsMutationResponse';
  info: UpdateInfo;
  meetings: Array<Meeting>;
};

export type UpdateMunicipalitiesMutationResponse = {
  __typename?: 'UpdateMunicipalitiesMutationResponse';
  info: UpdateInfo;
  municipalities: Array<Municipality>;
};

export type UpdateNetworksMutationResponse = {
  __typename?: 'UpdateNetworksMutationResponse';
  info: UpdateInfo;
  networks: Array<Network>;
};

export type UpdatePeopleMutationResponse = {
  __typename?: 'UpdatePeopleMutationResponse';
  info: UpdateInfo;
  people: Array<Person>;
};

export type UpdateSchemesMutationResponse = {
  __typename?: 'UpdateSchemesMutationResponse';
  info: UpdateInfo;
  schemes: Array<Scheme>;
};

export type UpdateTrackGatheringsMutationResponse = {
  __typename?: 'UpdateTrackGatheringsMutationResponse';
  info: UpdateInfo;
  trackGatherings: Array<TrackGathering>;
};

export type UpdateTrackPhasesMutationResponse = {
  __typename?: 'UpdateTrackPhasesMutationResponse';
  info: UpdateInfo;
  trackPhases: Array<TrackPhase>;
};

export type UpdateTracksMutationResponse = {
  __typename?: 'UpdateTracksMutationResponse';
  info: UpdateInfo;
  tracks: Array<Track>;
};

export type UpdateWorkingGroupsMutationResponse = {
  __typename?: 'UpdateWorkingGroupsMutationResponse';
  info: UpdateInfo;
  workingGroups: Array<WorkingGroup>;
};

/** A working group, e.g. the one developing the joint measure Inkluderende praksis. */
export type WorkingGroup = {
  __typename?: 'WorkingGroup';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  initiative?: Maybe<Initiative>;
  initiativeConnection: WorkingGroupInitiativeConnection;
  members: Array<Person>;
  membersConnection: WorkingGroupMembersConnection;
  name: Scalars['String']['output'];
  sources: Array<Scalars['String']['output']>;
};


/** A working group, e.g. the one developing the joint measure Inkluderende praksis. */
export type WorkingGroupMembersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A working group, e.g. the one developing the joint measure Inkluderende praksis. */
export type WorkingGroupMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<WorkingGroupMembersConnectionSort>>;
  where?: InputMaybe<WorkingGroupMembersConnectionWhere>;
};

export type WorkingGroupAggregate = {
  __typename?: 'WorkingGroupAggregate';
  count: Count;
  node: WorkingGroupAggregateNode;
};

export type WorkingGroupAggregateNode = {
  __typename?: 'WorkingGroupAggregateNode';
  name: StringAggregateSelection;
};

export type WorkingGroupConnectInput = {
  members?: InputMaybe<Array<WorkingGroupMembersConnectFieldInput>>;
};

export type WorkingGroupConnectWhere = {
  node: WorkingGroupWhere;
};

export type WorkingGroupCreateInput = {
  aliases: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  initiative?: InputMaybe<WorkingGroupInitiativeFieldInput>;
  members?: InputMaybe<WorkingGroupMembersFieldInput>;
  name: Scalars['String']['input'];
  sources: Array<Scalars['String']['input']>;
};

export type WorkingGroupDeleteInput = {
  initiative?: InputMaybe<WorkingGroupInitiativeDeleteFieldInput>;
  members?: InputMaybe<Array<WorkingGroupMembersDeleteFieldInput>>;
};

export type WorkingGroupDisconnectInput = {
  members?: InputMaybe<Array<WorkingGroupMembersDisconnectFieldInput>>;
};

export type WorkingGroupEdge = {
  __typename?: 'WorkingGroupEdge';
  cursor: Scalars['String']['output'];
  node: WorkingGroup;
};

export type WorkingGroupInitiativeConnection = {
  __typename?: 'WorkingGroupInitiativeConnection';
  edges: Array<WorkingGroupInitiativeRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkingGroupInitiativeConnectionWhere = {
  AND?: InputMaybe<Array<WorkingGroupInitiativeConnectionWhere>>;
  NOT?: InputMaybe<WorkingGroupInitiativeConnectionWhere>;
  OR?: InputMaybe<Array<WorkingGroupInitiativeConnectionWhere>>;
  node?: InputMaybe<InitiativeWhere>;
};

export type WorkingGroupInitiativeCreateFieldInput = {
  node: InitiativeCreateInput;
};

export type WorkingGroupInitiativeDeleteFieldInput = {
  delete?: InputMaybe<InitiativeDeleteInput>;
  where?: InputMaybe<WorkingGroupInitiativeConnectionWhere>;
};

export type WorkingGroupInitiativeFieldInput = {
  create?: InputMaybe<WorkingGroupInitiativeCreateFieldInput>;
};

export type WorkingGroupInitiativeRelationship = {
  __typename?: 'WorkingGroupInitiativeRelationship';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type WorkingGroupMembersConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  edge: MembershipCreateInput;
  where?: InputMaybe<PersonConnectWhere>;
};

export type WorkingGroupMembersConnection = {
  __typename?: 'WorkingGroupMembersConnection';
  aggregate: WorkingGroupPersonMembersAggregateSelection;
  edges: Array<WorkingGroupMembersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkingGroupMembersConnectionAggregateInput = {
  AND?: InputMaybe<Array<WorkingGroupMembersConnectionAggregateInput>>;
  NOT?: InputMaybe<WorkingGroupMembersConnectionAggregateInput>;
  OR?: InputMaybe<Array<WorkingGroupMembersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<MembershipAggregationWhereInput>;
  node?: InputMaybe<WorkingGroupMembersNodeAggregationWhereInput>;
};

export type WorkingGroupMembersConnectionFilters = {
  /** Filter WorkingGroups by aggregating results on related WorkingGroupMembersConnections */
  aggregate?: InputMaybe<WorkingGroupMembersConnectionAggregateInput>;
  /** Return WorkingGroups where all of the related WorkingGroupMembersConnections match this filter */
  all?: InputMaybe<WorkingGroupMembersConnectionWhere>;
  /** Return WorkingGroups where none of the related WorkingGroupMembersConnections match this filter */
  none?: InputMaybe<WorkingGroupMembersConnectionWhere>;
  /** Return WorkingGroups where one of the related WorkingGroupMembersConnections match this filter */
  single?: InputMaybe<WorkingGroupMembersConnectionWhere>;
  /** Return WorkingGroups where some of the related WorkingGroupMembersConnections match this filter */
  some?: InputMaybe<WorkingGroupMembersConnectionWhere>;
};

export type WorkingGroupMembersConnectionSort = {
  edge?: InputMaybe<MembershipSort>;
  node?: InputMaybe<PersonSort>;
};

export type WorkingGroupMembersConnectionWhere = {
  AND?: InputMaybe<Array<WorkingGroupMembersConnectionWhere>>;
  NOT?: InputMaybe<WorkingGroupMembersConnectionWhere>;
  OR?: InputMaybe<Array<WorkingGroupMembersConnectionWhere>>;
  edge?: InputMaybe<MembershipWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type WorkingGroupMembersCreateFieldInput = {
  edge: MembershipCreateInput;
  node: PersonCreateInput;
};

export type WorkingGroupMembersDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<WorkingGroupMembersConnectionWhere>;
};

export type WorkingGroupMembersDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<WorkingGroupMembersConnectionWhere>;
};

export type WorkingGroupMembersFieldInput = {
  connect?: InputMaybe<Array<WorkingGroupMembersConnectFieldInput>>;
  create?: InputMaybe<Array<WorkingGroupMembersCreateFieldInput>>;
};

export type WorkingGroupMembersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<WorkingGroupMembersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<WorkingGroupMembersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<WorkingGroupMembersNodeAggregationWhereInput>>;
  affiliationText?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type WorkingGroupMembersRelationship = {
  __typename?: 'WorkingGroupMembersRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: Membership;
};

export type WorkingGroupMembersUpdateConnectionInput = {
  edge?: InputMaybe<MembershipUpdateInput>;
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<WorkingGroupMembersConnectionWhere>;
};

export type WorkingGroupMembersUpdateFieldInput = {
  connect?: InputMaybe<Array<WorkingGroupMembersConnectFieldInput>>;
  create?: InputMaybe<Array<WorkingGroupMembersCreateFieldInput>>;
  delete?: InputMaybe<Array<WorkingGroupMembersDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<WorkingGroupMembersDisconnectFieldInput>>;
  update?: InputMaybe<WorkingGroupMembersUpdateConnectionInput>;
};

export type WorkingGroupPersonMembersAggregateSelection = {
  __typename?: 'WorkingGroupPersonMembersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<WorkingGroupPersonMembersEdgeAggregateSelection>;
  node?: Maybe<WorkingGroupPersonMembersNodeAggregateSelection>;
};

export type WorkingGroupPersonMembersEdgeAggregateSelection = {
  __typename?: 'WorkingGroupPersonMembersEdgeAggregateSelection';
  representing: StringAggregateSelection;
};

export type WorkingGroupPersonMembersNodeAggregateSelection = {
  __typename?: 'WorkingGroupPersonMembersNodeAggregateSelection';
  affiliationText: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type WorkingGroupRelationshipFilters = {
  /** Filter type where all of the related WorkingGroups match this filter */
  all?: InputMaybe<WorkingGroupWhere>;
  /** Filter type where none of the related WorkingGroups match this filter */
  none?: InputMaybe<WorkingGroupWhere>;
  /** Filter type where one of the related WorkingGroups match this filter */
  single?: InputMaybe<WorkingGroupWhere>;
  /** Filter type where some of the related WorkingGroups match this filter */
  some?: InputMaybe<WorkingGroupWhere>;
};

/** Fields to sort WorkingGroups by. The order in which sorts are applied is not guaranteed when specifying many fields in one WorkingGroupSort object. */
export type WorkingGroupSort = {
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type WorkingGroupUpdateInput = {
  aliases?: InputMaybe<ListStringMutations>;
  id?: InputMaybe<IdScalarMutations>;
  members?: InputMaybe<Array<WorkingGroupMembersUpdateFieldInput>>;
  name?: InputMaybe<StringScalarMutations>;
  sources?: InputMaybe<ListStringMutations>;
};

export type WorkingGroupWhere = {
  AND?: InputMaybe<Array<WorkingGroupWhere>>;
  NOT?: InputMaybe<WorkingGroupWhere>;
  OR?: InputMaybe<Array<WorkingGroupWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  id?: InputMaybe<IdScalarFilters>;
  initiative?: InputMaybe<InitiativeWhere>;
  initiativeConnection?: InputMaybe<WorkingGroupInitiativeConnectionWhere>;
  members?: InputMaybe<PersonRelationshipFilters>;
  membersConnection?: InputMaybe<WorkingGroupMembersConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<StringListFilters>;
};

export type WorkingGroupsConnection = {
  __typename?: 'WorkingGroupsConnection';
  aggregate: WorkingGroupAggregate;
  edges: Array<WorkingGroupEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};
