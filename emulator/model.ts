/**
 * The emulator's own records. Owners, users and teams are stored in their wire shape because HubSpot
 * returns them unchanged; a goal target property that is absent or null has no value.
 */

export type PropertyValues = Record<string, string | null>;

export interface TargetRecord {
  id: string;
  properties: PropertyValues;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
  /** Earlier values of properties written since seeding, newest first (see goals/history.ts). */
  history?: Record<string, PropertyChange[]>;
}

/** One value a property held: HubSpot's `propertiesWithHistory` entry. A cleared value is "". */
export interface PropertyChange {
  value: string;
  timestamp: string;
  sourceType: string;
  sourceId?: string;
  sourceLabel?: string;
  updatedByUserId?: number;
}

export interface OwnerTeam {
  id: string;
  name: string;
  primary: boolean;
}

export interface OwnerRecord {
  id: string;
  email: string;
  type: "PERSON" | "QUEUE";
  firstName: string;
  lastName: string;
  userId: number | null;
  userIdIncludingInactive: number | null;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  teams: OwnerTeam[];
}

export interface UserRecord {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  roleIds: string[];
  primaryTeamId?: string;
  secondaryTeamIds: string[];
  superAdmin: boolean;
}

export interface TeamRecord {
  id: string;
  name: string;
  userIds: string[];
  secondaryUserIds: string[];
}

export interface Directory {
  owners: OwnerRecord[];
  users: UserRecord[];
  teams: TeamRecord[];
}

export interface PortalProfile {
  portalId: number;
  name: string;
  timeZone: string;
  currency: string;
  additionalCurrencies: string[];
  accountType: "STANDARD" | "DEVELOPER_TEST" | "SANDBOX" | "APP_DEVELOPER";
  uiDomain: string;
  dataHostingLocation: string;
  /** Reported as `hub_domain` by token introspection. */
  hubDomain: string;
  fiscalYearOffset: number;
  /** Daily API budget shared by the portal's private apps. */
  dailyLimit: number;
}

/** A CRM pipeline in its wire shape (`GET /crm/v3/pipelines/{objectType}`). */
export interface PipelineStage {
  id: string;
  label: string;
  displayOrder: number;
  metadata: Record<string, string>;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface PipelineRecord {
  id: string;
  label: string;
  displayOrder: number;
  stages: PipelineStage[];
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Pipelines by object type: `deals`, `tickets`. */
export type Pipelines = Record<string, PipelineRecord[]>;
