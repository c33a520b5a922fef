import type { Goal } from "../goal";
import type { ChartModel } from "../chart";
import type { Account, Directory, Target } from "../model";
import type { PeriodStatus } from "../periods";
import { RANK_BY } from "../view-choices";
import type { Figures } from "./answer";
import type { Board, BoardHistory, BoardText, HistoryText, Who } from "./leaderboard-state";
import type { ChartText, ProjectionText, RowText, StandingText } from "./standing-text";
import { riskPercent, stateParams, type StateOf } from "./state";

/**
 * The goal page's URL state and the shape of its answer: what the browser needs, apart from the
 * maths that computes it (goal-page.ts).
 */

/** The goal page's view as its URL holds it (`?assignee=owner:1&from=2026-01-01&rank=pace&risk=85`). */
export const goalPageState = {
  /** Assignee key such as "owner:123"; empty: everyone. */
  assignee: stateParams.text,
  from: stateParams.day,
  to: stateParams.day,
  rank: stateParams.oneOf(RANK_BY, "attainment"),
  risk: riskPercent,
};

export type GoalPageState = StateOf<typeof goalPageState>;

/** What the page is computed from: one goal family as the gateway answers it. */
export interface GoalFamilyInput {
  targets: readonly Target[];
  directory: Directory;
  account: Pick<Account, "timeZone" | "currency">;
  pipelines: readonly { id: string; label: string | null }[];
}

/** The goal itself, without its targets. */
export type GoalHead = Omit<Goal, "schedules" | "totalAmount" | "pipelineIds" | "targetCount" | "createdByUserId">;

export interface PeriodRow {
  id: string;
  start: string;
  end: string;
  status: PeriodStatus;
  figures: Figures;
  /** The period's dates and figures as they print. */
  text: RowText & { period: string };
}

export interface AssigneeRows {
  assignee: Who;
  periods: PeriodRow[];
  /** Over all their periods shown: the total row. */
  total: Figures;
  totalText: RowText;
}

export interface GoalSelection {
  figures: Figures;
  chart: ChartModel;
  /** The cards', the projection's and the chart's words (standing-text.ts). */
  text: { standing: StandingText; projection: ProjectionText; chart: ChartText };
  /** Assignees shown with periods in the range. */
  groups: AssigneeRows[];
  /** The one assignee shown, by name, when the view is one person's. */
  single: string | null;
}

export interface GoalPageAnswer {
  portalId: number;
  goalId: string;
  /** The moment (epoch ms) the figures are taken at. */
  at: number;
  account: Pick<Account, "timeZone" | "currency">;
  /** Null when HubSpot returned the goal's targets without usable dates. */
  goal: null | {
    head: GoalHead;
    /** The goal's dates, created and updated, as they print. */
    headText: { span: string; created: string; updated: string };
    creator: string;
    pipelines: { id: string; label: string | null }[];
    /** Everyone on the goal, by name: the assignee menu. */
    assignees: Who[];
    /** The goal's first and last day in the portal's calendar: the date inputs' bounds. */
    days: { first: string; last: string };
    /** The URL named an assignee who is not part of this goal; everyone is shown instead. */
    unknownAssignee: boolean;
    /** The URL's start date is after its end date, so the range is ignored. */
    rangeIgnored: boolean;
    /** A date range narrows the view. */
    ranged: boolean;
    /** Null when no period of the shown assignees falls in the range. */
    selection: GoalSelection | null;
    /** Null with fewer than two to rank and no teams. */
    leaderboard: { people: Board; teams: Board | null; text: { people: BoardText; teams: BoardText | null } } | null;
    history: { noun: string; people: BoardHistory; teams: BoardHistory | null; text: { people: HistoryText; teams: HistoryText | null } };
  };
}
