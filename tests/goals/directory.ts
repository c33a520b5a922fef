import { indexDirectory } from "@/lib/goals/assignees";
import type { Directory, Target } from "@/lib/goals/model";
import type { PortalData } from "@/lib/goals/views/portal";

/** A small portal: Ada (owner 100, user 26748728), Lin (settings user only), two teams. */
export const directory: Directory = {
  owners: [{ id: "100", userId: "26748728", email: "ada@example.com", name: "Ada Lovelace", teamIds: ["t1"], archived: false }],
  users: [
    { id: "26748728", email: "ada@example.com", name: "Ada", primaryTeamId: "t1", secondaryTeamIds: [] },
    { id: "777", email: "lin@example.com", name: "Lin Chen", primaryTeamId: "t3", secondaryTeamIds: [] },
  ],
  teams: [
    { id: "t1", name: "EMEA Sales", userIds: ["26748728"] },
    { id: "t2", name: "Enterprise", userIds: [] },
    { id: "t3", name: "Support", userIds: ["777"] },
  ],
};

export const directoryIndex = indexDirectory(directory);

/** A UTC portal of the small directory holding `targets`, as the server holds one. */
export function portalData(targets: Target[]): PortalData {
  return {
    portalId: 7,
    account: { portalId: 7, timeZone: "UTC", currency: "USD", utcOffset: "+00:00", uiDomain: null },
    directory,
    missingScopes: [],
    targets,
    skipped: 0,
    fetchedAt: "2026-03-16T12:00:00Z",
  };
}
