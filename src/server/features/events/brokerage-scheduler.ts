/**
 * The brokerage scheduler: places accepted one-to-one meeting requests into time slots and tables
 * so that nobody and no table is booked twice in a slot, every meeting falls where both sides are
 * available, and nobody meets more often than their limit — while meeting as many requests as it
 * can. Pure and deterministic (no clock, no randomness): the same session gives the same schedule.
 *
 * Tables are interchangeable, so a slot is a bin of `tables` places and the table numbers are
 * handed out at the end. The method (decision 025): a greedy pass that takes the scarcest requests
 * first and puts each where it blocks the fewest others, then augmenting passes that place each
 * unmet request by moving the meetings in its way (one step, then a chain of two) to other slots,
 * or — when a side has reached its limit — by trading one of its meetings for two (a–c out, a–b
 * and c–d in).
 */

export type SchedulerParticipant = { id: string; limit: number; /** per slot: may meet then */ available: boolean[] };
export type SchedulerRequest = { id: string; requesterId: string; requestedId: string };
export type SchedulerInput = { slots: number; tables: number; participants: SchedulerParticipant[]; requests: SchedulerRequest[] };
export type Assignment = { requestId: string; slot: number; table: number };
export type Schedule = { assignments: Assignment[]; unmetRequestIds: string[] };

type State = {
  slots: number;
  tables: number;
  ends: [number, number][];
  limit: number[];
  available: boolean[][];
  /** busy[p][s]: the request participant p meets in slot s, or -1. */
  busy: Int32Array[];
  load: Int32Array;
  met: Int32Array;
  slotOf: Int32Array;
};

function prepare(input: SchedulerInput): State {
  const index = new Map(input.participants.map((p, i) => [p.id, i]));
  const ends = input.requests.map((r): [number, number] => {
    const a = index.get(r.requesterId);
    const b = index.get(r.requestedId);
    if (a === undefined || b === undefined || a === b) throw new Error(`request ${r.id}: unknown participant or a meeting with oneself`);
    return [a, b];
  });
  return {
    slots: input.slots,
    tables: input.tables,
    ends,
    limit: input.participants.map((p) => p.limit),
    available: input.participants.map((p) => Array.from({ length: input.slots }, (_, s) => p.available[s] === true)),
    busy: input.participants.map(() => new Int32Array(input.slots).fill(-1)),
    load: new Int32Array(input.slots),
    met: new Int32Array(input.participants.length),
    slotOf: new Int32Array(input.requests.length).fill(-1),
  };
}

const bothAvailable = (st: State, r: number, s: number) => st.available[st.ends[r]![0]]![s]! && st.available[st.ends[r]![1]]![s]!;
const bothFree = (st: State, r: number, s: number) => st.busy[st.ends[r]![0]]![s] === -1 && st.busy[st.ends[r]![1]]![s] === -1;
const fits = (st: State, r: number, s: number) => bothAvailable(st, r, s) && bothFree(st, r, s) && st.load[s]! < st.tables;
const underLimit = (st: State, r: number) => st.met[st.ends[r]![0]]! < st.limit[st.ends[r]![0]]! && st.met[st.ends[r]![1]]! < st.limit[st.ends[r]![1]]!;

function place(st: State, r: number, s: number) {
  const [a, b] = st.ends[r]!;
  st.busy[a]![s] = r;
  st.busy[b]![s] = r;
  st.load[s]! += 1;
  st.met[a]! += 1;
  st.met[b]! += 1;
  st.slotOf[r] = s;
}

function unplace(st: State, r: number) {
  const s = st.slotOf[r]!;
  const [a, b] = st.ends[r]!;
  st.busy[a]![s] = -1;
  st.busy[b]![s] = -1;
  st.load[s]! -= 1;
  st.met[a]! -= 1;
  st.met[b]! -= 1;
  st.slotOf[r] = -1;
}

function toSchedule(st: State, input: SchedulerInput): Schedule {
  const nextTable = new Int32Array(st.slots);
  const assignments: Assignment[] = [];
  const unmetRequestIds: string[] = [];
  input.requests.forEach((request, r) => {
    const s = st.slotOf[r]!;
    if (s < 0) unmetRequestIds.push(request.id);
    else assignments.push({ requestId: request.id, slot: s, table: (nextTable[s]! += 1) });
  });
  return { assignments, unmetRequestIds };
}

/** The baseline: requests in the order given, each in the earliest slot that fits. */
export function scheduleFirstFit(input: SchedulerInput): Schedule {
  const st = prepare(input);
  for (let r = 0; r < st.ends.length; r += 1) {
    if (!underLimit(st, r)) continue;
    for (let s = 0; s < st.slots; s += 1) if (fits(st, r, s)) { place(st, r, s); break; }
  }
  return toSchedule(st, input);
}

/** Moves request r out of its slot to another one where it fits; false (and nothing moved) if none. */
function relocate(st: State, r: number, avoid: number): boolean {
  const from = st.slotOf[r]!;
  unplace(st, r);
  for (let s = 0; s < st.slots; s += 1) {
    if (s !== from && s !== avoid && fits(st, r, s)) { place(st, r, s); return true; }
  }
  place(st, r, from);
  return false;
}

/** Moves r elsewhere, allowing one further meeting in the way at the target to be moved on too. */
function relocateDeep(st: State, r: number, avoid: number): boolean {
  if (relocate(st, r, avoid)) return true;
  const from = st.slotOf[r]!;
  const [a, b] = st.ends[r]!;
  for (let s = 0; s < st.slots; s += 1) {
    if (s === from || s === avoid || !bothAvailable(st, r, s) || st.load[s]! >= st.tables) continue;
    const blockerA = st.busy[a]![s]!;
    const blockerB = st.busy[b]![s]!;
    if (blockerA !== -1 && blockerB !== -1) continue;
    const blocker = blockerA !== -1 ? blockerA : blockerB;
    if (blocker === -1) continue;
    if (!relocate(st, blocker, from)) continue;
    unplace(st, r);
    if (fits(st, r, s)) { place(st, r, s); return true; }
    place(st, r, from);
  }
  return false;
}

/** Tries to place unmet request r in slot s by moving the meetings in its way; restores everything on failure. */
function insertByMoving(st: State, r: number, s: number, deep: boolean): boolean {
  const [a, b] = st.ends[r]!;
  const moved: [number, number][] = [];
  const move = (blocker: number) => {
    const from = st.slotOf[blocker]!;
    const ok = deep ? relocateDeep(st, blocker, s) : relocate(st, blocker, s);
    if (ok) moved.push([blocker, from]);
    return ok;
  };
  let ok = true;
  for (const p of [a, b]) {
    const blocker = st.busy[p]![s]!;
    if (blocker !== -1 && !move(blocker)) { ok = false; break; }
  }
  if (ok && st.load[s]! >= st.tables) {
    // The slot is full: move any one of its meetings elsewhere.
    ok = false;
    for (let other = 0; other < st.ends.length && !ok; other += 1) if (st.slotOf[other] === s && move(other)) ok = true;
  }
  if (ok && fits(st, r, s)) { place(st, r, s); return true; }
  // Undo, latest first; a meeting that cannot go back (a deep move filled its place) stays where it went, still valid.
  for (const [blocker, from] of moved.reverse()) {
    const now = st.slotOf[blocker]!;
    unplace(st, blocker);
    place(st, blocker, fits(st, blocker, from) ? from : now);
  }
  return false;
}

function firstFitting(st: State, r: number, preferred: number): number {
  if (preferred >= 0 && fits(st, r, preferred)) return preferred;
  for (let s = 0; s < st.slots; s += 1) if (fits(st, r, s)) return s;
  return -1;
}

/**
 * An augmenting path through a limit: the unmet a–b is blocked because a already meets its limit.
 * Drop one of a's meetings, a–c, for a–b, and let c meet someone else, c–d, whose request waited:
 * one more meeting. Restores everything when no such pair fits.
 */
function augmentThroughLimit(st: State, r: number, requestsOf: number[][]): boolean {
  const [a, b] = st.ends[r]!;
  for (const [full, other] of [[a, b], [b, a]] as const) {
    if (st.met[full]! < st.limit[full]! || st.met[other]! >= st.limit[other]!) continue;
    for (const m of requestsOf[full]!) {
      const from = st.slotOf[m]!;
      if (from === -1) continue;
      const c = st.ends[m]![0] === full ? st.ends[m]![1] : st.ends[m]![0];
      if (c === other) continue;
      for (const r2 of requestsOf[c]!) {
        if (st.slotOf[r2] !== -1) continue;
        const d = st.ends[r2]![0] === c ? st.ends[r2]![1] : st.ends[r2]![0];
        if (d === full || d === other || st.met[d]! >= st.limit[d]!) continue;
        unplace(st, m);
        const s1 = firstFitting(st, r, from);
        if (s1 >= 0) {
          place(st, r, s1);
          const s2 = firstFitting(st, r2, from);
          if (s2 >= 0) { place(st, r2, s2); return true; }
          unplace(st, r);
        }
        place(st, m, from);
      }
    }
  }
  return false;
}

export type ScheduleOptions = { /** augmenting passes at most */ passes?: number };

/** Greedy by scarcity, then augmenting passes. */
export function scheduleMeetings(input: SchedulerInput, options: ScheduleOptions = {}): Schedule {
  const st = prepare(input);
  const count = st.ends.length;
  const feasible = st.ends.map((_, r) => {
    let n = 0;
    for (let s = 0; s < st.slots; s += 1) if (bothAvailable(st, r, s)) n += 1;
    return n;
  });
  const demand = new Int32Array(st.limit.length);
  for (const [a, b] of st.ends) { demand[a]! += 1; demand[b]! += 1; }
  const capacity = st.limit.map((limit, p) => Math.min(limit, st.available[p]!.filter(Boolean).length));
  const pressure = (p: number) => demand[p]! / Math.max(capacity[p]!, 0.5);
  const requestsOf: number[][] = st.limit.map(() => []);
  st.ends.forEach(([a, b], r) => { requestsOf[a]!.push(r); requestsOf[b]!.push(r); });

  // Scarce first: fewest possible slots, then the least contested participants (dropping a request
  // of an over-asked participant costs less than one of a participant with few requests).
  const order = [...Array(count).keys()].sort((x, y) =>
    feasible[x]! - feasible[y]!
    || (pressure(st.ends[x]![0]) + pressure(st.ends[x]![1])) - (pressure(st.ends[y]![0]) + pressure(st.ends[y]![1]))
    || x - y);

  for (const r of order) {
    if (!underLimit(st, r)) continue;
    let best = -1;
    let bestCost = Infinity;
    for (let s = 0; s < st.slots; s += 1) {
      if (!fits(st, r, s)) continue;
      // Cost: how many other waiting requests of the two sides could still use this slot, and how full it is.
      let cost = st.load[s]! / st.tables;
      for (const p of st.ends[r]!) for (const other of requestsOf[p]!) if (other !== r && st.slotOf[other] === -1 && bothAvailable(st, other, s) && bothFree(st, other, s)) cost += 1;
      if (cost < bestCost) { bestCost = cost; best = s; }
    }
    if (best >= 0) place(st, r, best);
  }

  const passes = options.passes ?? 4;
  for (let pass = 0; pass < passes; pass += 1) {
    let improved = false;
    for (const r of order) {
      if (st.slotOf[r] !== -1) continue;
      if (!underLimit(st, r)) {
        if (augmentThroughLimit(st, r, requestsOf)) improved = true;
        continue;
      }
      for (let s = 0; s < st.slots; s += 1) {
        if (!bothAvailable(st, r, s)) continue;
        if (fits(st, r, s)) { place(st, r, s); improved = true; break; }
        if (insertByMoving(st, r, s, pass > 0)) { improved = true; break; }
      }
    }
    if (!improved) break;
  }
  return toSchedule(st, input);
}

/** Every rule a schedule must keep, as a list of broken ones (empty when the schedule is sound). */
export function findScheduleViolations(input: SchedulerInput, schedule: Schedule): string[] {
  const violations: string[] = [];
  const participants = new Map(input.participants.map((p) => [p.id, p]));
  const requests = new Map(input.requests.map((r) => [r.id, r]));
  const seats = new Set<string>();
  const tables = new Set<string>();
  const met = new Map<string, number>();
  const seen = new Set<string>();
  for (const a of schedule.assignments) {
    const request = requests.get(a.requestId);
    if (!request) { violations.push(`unknown request ${a.requestId}`); continue; }
    if (seen.has(a.requestId)) violations.push(`request ${a.requestId} scheduled twice`);
    seen.add(a.requestId);
    if (a.slot < 0 || a.slot >= input.slots) violations.push(`request ${a.requestId}: slot ${a.slot} outside the session`);
    if (a.table < 1 || a.table > input.tables) violations.push(`request ${a.requestId}: table ${a.table} does not exist`);
    const table = `${a.slot}:${a.table}`;
    if (tables.has(table)) violations.push(`table ${a.table} booked twice in slot ${a.slot}`);
    tables.add(table);
    for (const id of [request.requesterId, request.requestedId]) {
      const seat = `${a.slot}:${id}`;
      if (seats.has(seat)) violations.push(`participant ${id} booked twice in slot ${a.slot}`);
      seats.add(seat);
      if (!participants.get(id)?.available[a.slot]) violations.push(`participant ${id} not available in slot ${a.slot}`);
      met.set(id, (met.get(id) ?? 0) + 1);
    }
  }
  for (const [id, count] of met) if (count > (participants.get(id)?.limit ?? 0)) violations.push(`participant ${id} over the limit: ${count}`);
  return violations;
}
