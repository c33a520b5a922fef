/** Every control of a filter bar is one height (44 px, a fingertip, on a phone), so they line up. */
export const CONTROL = "h-11 md:h-9 rounded-md border border-line-strong bg-surface text-sm";
