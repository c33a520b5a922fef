/**
 * Where a chart drawn on coming into view will be, at its size so nothing moves when it is drawn.
 * Said in words, not a bare grey box: a full-page capture taken before anyone scrolls there shows it.
 */
export function ChartPlaceholder({ className, figuresAt }: { className: string; figuresAt: string }) {
  return (
    <div className={`flex items-center justify-center rounded-xl border border-dashed border-line p-4 text-center text-sm text-fg-muted ${className}`}>
      The chart is drawn when you scroll to it. {figuresAt}
    </div>
  );
}
