/**
 * React Query keys. Each starts with the portal id: a user who signs in to another portal in the
 * same tab can never be shown the previous portal's cached answers.
 */
export const queryKeys = {
  dataset: (portalId: number, archived: boolean) => ["portal", portalId, "goals", { archived }] as const,
  goal: (portalId: number, goalId: string) => ["portal", portalId, "goal", goalId] as const,
  target: (portalId: number, targetId: string) => ["portal", portalId, "target", targetId] as const,
  plan: (portalId: number, goalId: string) => ["portal", portalId, "plan", goalId] as const,
  history: (portalId: number, targetId: string) => ["portal", portalId, "history", targetId] as const,
  wall: (portalId: number, query: string) => ["portal", portalId, "wall", query] as const,
};
