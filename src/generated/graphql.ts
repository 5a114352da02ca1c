export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  schemes: Array<Scheme>;
  schemesConnection: SchemesConnection;
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

/**
 * A grant scheme (tilskuddsordning) for local competence development: Rekom
 * (kindergartens), Dekom (schools) or Kompetanseløftet (special needs and inclusion).
 */
export type Scheme = {
  __typename?: 'Scheme';
  /** The full name where a document gives it. */
  fullName?: Maybe<Scalars['String']['output']>;
  /** Stable slug, e.g. kompetanseloftet. */
  id: Scalars['ID']['output'];
  /** Name as the documents write it, e.g. Kompetanseløftet. */
  name: Scalars['String']['output'];
  /** Which sector the scheme serves: kindergarten, school or special-needs-and-inclusion. */
  sector?: Maybe<Scalars['String']['output']>;
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
  sector: StringAggregateSelection;
};

export type SchemeEdge = {
  __typename?: 'SchemeEdge';
  cursor: Scalars['String']['output'];
  node: Scheme;
};

/** Fields to sort Schemes by. The order in which sorts are applied is not guaranteed when specifying many fields in one SchemeSort object. */
export type SchemeSort = {
  fullName?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  sector?: InputMaybe<SortDirection>;
};

export type SchemeWhere = {
  AND?: InputMaybe<Array<SchemeWhere>>;
  NOT?: InputMaybe<SchemeWhere>;
  OR?: InputMaybe<Array<SchemeWhere>>;
  fullName?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter fullName: { contains: ... } */
  fullName_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter fullName: { endsWith: ... } */
  fullName_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter fullName: { eq: ... } */
  fullName_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter fullName: { in: ... } */
  fullName_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter fullName: { startsWith: ... } */
  fullName_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter sector: { contains: ... } */
  sector_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sector: { endsWith: ... } */
  sector_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sector: { eq: ... } */
  sector_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sector: { in: ... } */
  sector_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter sector: { startsWith: ... } */
  sector_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type SchemesConnection = {
  __typename?: 'SchemesConnection';
  aggregate: SchemeAggregate;
  edges: Array<SchemeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};
