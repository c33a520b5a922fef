/** Grey placeholder rows shaped like the table that is coming, so the page does not jump. */
export function TableSkeleton({ rows = 8, label = "Loading" }: { rows?: number; label?: string }) {
  return (
    <div role="status" aria-label={label} className="animate-pulse space-y-2" data-testid="skeleton">
      <div className="h-9 rounded bg-surface-strong" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-11 rounded bg-surface-muted" />
      ))}
    </div>
  );
}

export function BlockSkeleton({ className = "h-64", label = "Loading" }: { className?: string; label?: string }) {
  return <div role="status" aria-label={label} className={`animate-pulse rounded-xl bg-surface-muted ${className}`} data-testid="skeleton" />;
}
