/**
 * Occupancy over time from the status history: at the end of each month, every object counts
 * with the status and area of its latest history entry on or before that day.
 */
export type HistoryEntry = { objectId: string; status: string; areaM2: number; changedOn: string };
export type OccupancyPoint = { month: string; available: number; reserved: number; occupied: number };

/** The last `months` months up to the one of `today`, each with the day it is counted on. */
export function monthEnds(today: string, months: number): { month: string; day: string }[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const result: { month: string; day: string }[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    const first = new Date(Date.UTC(year, month - 1 - back, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    result.push({ month: last.slice(0, 7), day: back === 0 ? today : last });
  }
  return result;
}

export function occupancyOver(history: HistoryEntry[], today: string, months: number): OccupancyPoint[] {
  const sorted = [...history].sort((a, b) => a.changedOn.localeCompare(b.changedOn));
  return monthEnds(today, months).map(({ month, day }) => {
    const latest = new Map<string, HistoryEntry>();
    for (const entry of sorted) {
      if (entry.changedOn > day) break;
      latest.set(entry.objectId, entry);
    }
    const point: OccupancyPoint = { month, available: 0, reserved: 0, occupied: 0 };
    for (const entry of latest.values()) {
      if (entry.status === 'available' || entry.status === 'reserved' || entry.status === 'occupied') point[entry.status] += entry.areaM2;
    }
    return point;
  });
}
