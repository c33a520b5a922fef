import type { RawRecord } from "@/lib/contracts/goals";
import type { Target } from "@/lib/goals/model";
import type { Formatters } from "@/lib/goals/formatters";
import { humanize } from "@/lib/goals/labels";

interface Props {
  record: RawRecord;
  /** Null when HubSpot's dates for the record could not be read. */
  target: Target | null;
  /** Who created the record, by name once the directory is in; null when HubSpot did not say. */
  createdBy: string | null;
  fmt: Formatters;
}

/**
 * What a manager asks of a target beyond its figures, each fact once and readable: times in the
 * portal's zone, types in words. HubSpot's raw properties are in their own collapsed section.
 */
export function TargetFacts({ record, target, createdBy, fmt }: Props) {
  type Fact = [key: string, label: string, value: string];
  const kind: Fact[] = target
    ? [
        ["type", "Goal type", humanize(target.goalType)],
        ["cadence", "Period length", humanize(target.cadence)],
      ]
    : [];
  const facts: Fact[] = [
    ...kind,
    ["created", "Created", `${fmt.dateTime(record.createdAt)}${createdBy ? ` by ${createdBy}` : ""}`],
    ["modified", "Last modified", fmt.dateTime(record.updatedAt)],
    ["id", "Record id", record.id],
  ];
  return (
    <dl className="flex flex-wrap gap-x-10 gap-y-3 rounded-xl border border-line bg-surface p-4 text-sm" data-testid="target-facts">
      {facts.map(([key, label, value]) => (
        <div key={key} data-testid="fact" data-name={key}>
          <dt className="text-fg-subtle">{label}</dt>
          <dd className="font-medium text-fg tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
