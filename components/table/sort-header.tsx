"use client";

interface Props<K extends string> {
  label: string;
  sortKey: K;
  current: K;
  direction: "asc" | "desc";
  onSort: (key: K, direction: "asc" | "desc") => void;
  className?: string;
}

/** A column header that sorts on click or Enter, and tells assistive tech how it is sorted. */
export function SortHeader<K extends string>({ label, sortKey, current, direction, onSort, className = "" }: Props<K>) {
  const active = current === sortKey;
  const next = active && direction === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : "none"} className={`px-2 py-2 font-semibold ${className}`}>
      <button type="button" onClick={() => onSort(sortKey, next)} className="inline-flex min-h-11 min-w-11 items-center gap-1 uppercase hover:text-link md:min-h-0">
        {label}
        <span aria-hidden="true" className={active ? "text-link" : "text-fg-subtle"}>
          {active ? (direction === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}
