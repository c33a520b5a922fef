"use client";

export function EmptyPortal({ archived }: { archived: boolean }) {
  return (
    <section className="rounded-xl border border-dashed border-line-strong bg-surface p-8 text-center" data-testid="state-empty">
      <h2 className="text-lg font-semibold">{archived ? "No archived goals" : "This portal has no goals yet"}</h2>
      <p className="mt-2 text-fg-muted">
        {archived
          ? "Nothing has been archived in this HubSpot portal."
          : "Goals created in HubSpot (Reports → Goals) appear here as soon as they exist."}
      </p>
    </section>
  );
}

export function NoMatch({ onReset }: { onReset: () => void }) {
  return (
    <section className="rounded-xl border border-dashed border-line-strong bg-surface p-8 text-center" data-testid="state-no-match">
      <h2 className="text-lg font-semibold">No goals match these filters</h2>
      <button type="button" onClick={onReset} className="mt-3 rounded-md bg-accent px-3 py-1.5 text-on-fill hover:bg-accent-hover">
        Clear all filters
      </button>
    </section>
  );
}

export function MissingNamesNote({ missing }: { missing: string[] }) {
  if (missing.length === 0) return null;
  return (
    <p className="rounded-md bg-warning-bg px-3 py-2 text-sm text-warning-fg" role="note">
      Some names show as ids because HubSpot did not grant {missing.map((s) => `“${s}”`).join(", ")}. Sign in again and approve
      {missing.length > 1 ? " these scopes" : " this scope"} to see names.
    </p>
  );
}
