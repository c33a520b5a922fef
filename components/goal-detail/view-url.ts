import { goalPageState, type GoalPageState } from "@/lib/goals/views/goal-page-state";
import { stateToRaw } from "@/lib/goals/views/state";

/** A goal page link with its view preselected, written as the page reads its view (goalPageState). */
export function goalViewUrl(path: string, view: Partial<GoalPageState>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(stateToRaw(goalPageState, view))) if (value !== null) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
