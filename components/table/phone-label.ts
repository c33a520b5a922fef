/**
 * Below `md`, where a table's rows become compact cards with no header row, a cell shows its
 * column's name (its `data-label`) in small type above its value.
 */
export const PHONE_LABEL = "max-md:before:block max-md:before:text-xs max-md:before:font-normal max-md:before:text-fg-subtle max-md:before:content-[attr(data-label)]";
