import type { RawRecord } from "@/lib/contracts/goals";

/**
 * Every property HubSpot returned for the record, by name, exactly as sent. Empty values are
 * shown as a dash so "HubSpot sent nothing" is visible rather than a blank gap.
 */
export function PropertyList({ record }: { record: RawRecord }) {
  const rows: [string, string | null][] = [
    ["id", record.id],
    ["createdAt", record.createdAt],
    ["updatedAt", record.updatedAt],
    ["archived", String(record.archived)],
    ...Object.entries(record.properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ];
  return (
    <dl className="divide-y divide-line-subtle border-t border-line text-sm" data-testid="property-list">
      {rows.map(([name, value]) => (
        <div key={name} className="grid grid-cols-1 gap-1 px-4 py-2 sm:grid-cols-[minmax(0,18rem)_1fr] sm:gap-4" data-testid="property" data-name={name}>
          <dt className="break-all font-mono text-xs text-fg-muted">{name}</dt>
          <dd className="break-all font-mono text-xs text-fg" data-testid="property-value">
            {value === null || value === "" ? "—" : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
