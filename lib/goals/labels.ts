/** "sales_quota" → "Sales quota"; HubSpot's enumeration values are readable once un-snaked. */
export function humanize(value: string | null): string {
  if (!value) return "—";
  const words = value.replace(/[_-]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
