/** The subset of HubSpot's search request Goalboard sends. Built only from validated input. */
export interface HubSpotFilter {
  propertyName: string;
  operator: string;
  value?: string;
  highValue?: string;
  values?: string[];
}

export interface HubSpotSearchBody {
  filterGroups: { filters: HubSpotFilter[] }[];
  sorts?: { propertyName: string; direction: "ASCENDING" | "DESCENDING" }[];
  query?: string;
  properties: string[];
  limit: number;
  after?: string;
}

/** HubSpot's documented search ceilings. */
export const SEARCH_LIMITS = {
  groups: 5,
  filtersPerGroup: 6,
  filtersTotal: 18,
  pageSize: 200,
  maxResults: 10_000,
  queryLength: 3000,
} as const;
