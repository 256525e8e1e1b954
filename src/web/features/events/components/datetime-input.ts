/**
 * The bridge between the browser's date-and-time fields, which hold the reader's local wall-clock
 * time ("2026-05-12T09:30"), and the API, which takes instants with an offset.
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An instant, or null when the field is empty or not a date. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value); // a date-time without offset is read as local time
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** True when both are filled and the end does not come after the start: the server refuses that. */
export function endsNotAfterStart(startsAt: string, endsAt: string): boolean {
  const from = fromLocalInput(startsAt);
  const to = fromLocalInput(endsAt);
  return from !== null && to !== null && Date.parse(to) <= Date.parse(from);
}

/** The reader's time zone, named next to the fields so nobody wonders whose 09:00 it is. */
export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Today as YYYY-MM-DD in the reader's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
