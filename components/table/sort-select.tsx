"use client";

import { CONTROL } from "@/components/goals/control-style";

interface Props<K extends string> {
  /** The columns a table would sort by, in its order. */
  options: readonly { key: K; label: string }[];
  current: K;
  direction: "asc" | "desc";
  onSort: (key: K, direction: "asc" | "desc") => void;
  className?: string;
}

/** Sorting where there are no column headers to click (the cards on a phone): a column and a direction. */
export function SortSelect<K extends string>({ options, current, direction, onSort, className = "" }: Props<K>) {
  return (
    <div className={`flex items-end gap-2 ${className}`}>
      <div className="flex min-w-0 flex-1 flex-col">
        <label htmlFor="sort-by" className="text-xs font-medium text-fg-muted">
          Sort by
        </label>
        <select
          id="sort-by"
          value={current}
          onChange={(event) => onSort(event.target.value as K, direction)}
          className={`${CONTROL} px-2`}
        >
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        onClick={() => onSort(current, direction === "asc" ? "desc" : "asc")}
        className={`${CONTROL} min-w-11 px-3 hover:bg-surface-subtle`}
        title={direction === "asc" ? "Sort the other way: descending" : "Sort the other way: ascending"}
      >
        <span aria-hidden="true">{direction === "asc" ? "▲" : "▼"}</span> {direction === "asc" ? "Ascending" : "Descending"}
      </button>
    </div>
  );
}
