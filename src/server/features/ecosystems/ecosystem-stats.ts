import type { EcosystemStats } from '../../../shared/contracts/ecosystems';

type Status = 'applicant' | 'resident' | 'former';
export type MembershipHistoryRow = { organizationId: string; status: string; dateFrom: string | null; dateTo: string | null; country: string };

/**
 * What one register entry says about a day: a former resident was a resident until its end date;
 * a resident or applicant whose end date has passed has left (an applicant then is nobody).
 * Dates are ISO days, so comparing the strings compares the days.
 */
export function statusOn(row: Pick<MembershipHistoryRow, 'status' | 'dateFrom' | 'dateTo'>, day: string): Status | null {
  if (row.dateFrom && row.dateFrom > day) return null;
  const ended = row.dateTo !== null && row.dateTo <= day;
  if (row.status === 'applicant') return ended ? null : 'applicant';
  if (row.status === 'resident') return ended ? 'former' : 'resident';
  return row.dateTo === null || ended ? 'former' : 'resident';
}

const precedence: Status[] = ['resident', 'applicant', 'former'];

/**
 * Each organization once, by its strongest status that day: a company that left and came back is
 * a resident, not also a former one.
 */
export function organizationStatusesOn(rows: MembershipHistoryRow[], day: string): Map<string, Status> {
  const byOrganization = new Map<string, Status>();
  for (const row of rows) {
    const status = statusOn(row, day);
    if (!status) continue;
    const known = byOrganization.get(row.organizationId);
    if (!known || precedence.indexOf(status) < precedence.indexOf(known)) byOrganization.set(row.organizationId, status);
  }
  return byOrganization;
}

function countStatuses(statuses: Map<string, Status>) {
  const counts = { applicant: 0, resident: 0, former: 0 };
  for (const status of statuses.values()) counts[status] += 1;
  return counts;
}

/** Statuses at the end of every year from the first entry to today (today for the current year). */
export function buildTimeline(rows: MembershipHistoryRow[], today: string): EcosystemStats['timeline'] {
  const firstYear = Math.min(...rows.flatMap((row) => (row.dateFrom ? [Number(row.dateFrom.slice(0, 4))] : [])));
  const currentYear = Number(today.slice(0, 4));
  if (!Number.isFinite(firstYear)) return [];
  const timeline: EcosystemStats['timeline'] = [];
  for (let year = Math.min(firstYear, currentYear); year <= currentYear; year += 1) {
    const day = year === currentYear ? today : `${year}-12-31`;
    timeline.push({ year, ...countStatuses(organizationStatusesOn(rows, day)) });
  }
  return timeline;
}

/** Today's counts by status and the current residents' countries, largest first. */
export function summarizeToday(rows: MembershipHistoryRow[], today: string) {
  const statuses = organizationStatusesOn(rows, today);
  const residentIds = [...statuses].filter(([, status]) => status === 'resident').map(([id]) => id);
  const countryOf = new Map(rows.map((row) => [row.organizationId, row.country]));
  const countries = new Map<string, number>();
  for (const id of residentIds) {
    const country = countryOf.get(id)!;
    countries.set(country, (countries.get(country) ?? 0) + 1);
  }
  const byCountry = [...countries].map(([key, value]) => ({ key, count: value })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return { byStatus: countStatuses(statuses), byCountry, residentIds };
}
