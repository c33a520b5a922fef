/**
 * React Query keys. Each starts with the portal id: a user who signs in to another portal in the
 * same tab can never be shown the previous portal's cached answers.
 */
export type ViewKind = "goals" | "targets" | "timeline";

export const queryKeys = {
  /** A list view's answer: its kind, its state as a query string, then which part (a window, a held snapshot). */
  view: (portalId: number, kind: ViewKind, query: string, ...part: (string | number | undefined)[]) => ["portal", portalId, "view", kind, query, ...part] as const,
  /** /leaderboard's answer for its state as a query string. */
  leaderboard: (portalId: number, query: string) => ["portal", portalId, "leaderboard", query] as const,
  /** What the wallboard's setup offers. */
  wallChoices: (portalId: number) => ["portal", portalId, "wall-choices"] as const,
  filterOptions: (portalId: number, archived: boolean) => ["portal", portalId, "filter-options", { archived }] as const,
  goal: (portalId: number, goalId: string) => ["portal", portalId, "goal", goalId] as const,
  /** The goal page's answer for one goal and its view state as a query string. */
  goalPage: (portalId: number, goalId: string, query: string) => ["portal", portalId, "goal-page", goalId, query] as const,
  target: (portalId: number, targetId: string) => ["portal", portalId, "target", targetId] as const,
  plan: (portalId: number, goalId: string) => ["portal", portalId, "plan", goalId] as const,
  history: (portalId: number, targetId: string) => ["portal", portalId, "history", targetId] as const,
  wall: (portalId: number, query: string) => ["portal", portalId, "wall", query] as const,
};
