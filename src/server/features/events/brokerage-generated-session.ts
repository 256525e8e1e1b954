/**
 * Generated brokerage sessions for the scheduler's tests and benchmark: participants with partial
 * availability and limits, and requests drawn with a skew (some participants are asked by many),
 * as at real matchmaking events. Seeded, so every run sees the same session.
 */
import type { SchedulerInput } from './brokerage-scheduler';
import { createRandom } from '../../lib/seeded-random';

export type GeneratedSessionOptions = { participants: number; requests: number; slots: number; tables: number; seed: number };

export function generateBrokerageSession({ participants, requests, slots, tables, seed }: GeneratedSessionOptions): SchedulerInput {
  const { next: random, int } = createRandom(seed);
  const people = Array.from({ length: participants }, (_, i) => {
    const shape = random();
    let from = 0;
    let to = slots;
    if (shape > 0.85) to = Math.ceil(slots / 2); // mornings only
    else if (shape > 0.7) from = Math.floor(slots / 2); // afternoons only
    else if (shape > 0.55) { from = int(0, slots - 4); to = Math.min(slots, from + int(4, slots)); }
    return { id: `p${i}`, limit: int(3, 10), available: Array.from({ length: slots }, (_, s) => s >= from && s < to) };
  });
  // Popularity: a few participants are asked much more often than the rest.
  const weight = people.map((_, i) => 1 / Math.sqrt(1 + ((i * 7919) % participants)));
  const total = weight.reduce((a, b) => a + b, 0);
  const pickWeighted = () => {
    let roll = random() * total;
    for (let i = 0; i < weight.length; i += 1) { roll -= weight[i]!; if (roll <= 0) return i; }
    return weight.length - 1;
  };
  const pairs = new Set<string>();
  const list: SchedulerInput['requests'] = [];
  const maxPairs = (participants * (participants - 1)) / 2;
  while (list.length < Math.min(requests, maxPairs)) {
    const a = int(0, participants - 1);
    const b = pickWeighted();
    if (a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    list.push({ id: `r${list.length}`, requesterId: `p${a}`, requestedId: `p${b}` });
  }
  return { slots, tables, participants: people, requests: list };
}
