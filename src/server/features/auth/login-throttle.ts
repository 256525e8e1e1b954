/**
 * Counts failed logins per key: per account, so that a password cannot be guessed from many
 * addresses; and per client address, so that one address cannot try many accounts. Only failures
 * count: colleagues signing in behind one office address are never held back by each other's
 * successes (the route's own rate limit is only a flood guard). Kept in memory: a restart forgets
 * it, which only gives an attacker one more window.
 */
export type LoginThrottle = {
  retryAfterSeconds: (email: string, now: Date) => number;
  recordFailure: (email: string, now: Date) => void;
  reset: (email: string) => void;
};

export function createLoginThrottle({ maxFailures = 10, windowMs = 15 * 60_000 } = {}): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (email: string, now: Date) =>
    (failures.get(email) ?? []).filter((at) => now.getTime() - at < windowMs);
  return {
    retryAfterSeconds(email, now) {
      const times = recent(email, now);
      if (times.length < maxFailures) return 0;
      return Math.ceil((times[0]! + windowMs - now.getTime()) / 1000);
    },
    recordFailure(email, now) {
      const times = recent(email, now);
      times.push(now.getTime());
      failures.set(email, times);
      if (failures.size > 100_000) failures.delete(failures.keys().next().value!);
    },
    reset(email) {
      failures.delete(email);
    },
  };
}
