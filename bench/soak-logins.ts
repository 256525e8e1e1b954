/**
 * Sign-in traffic during the mixed load, from other loopback addresses than the load itself
 * (127.0.0.2 and 127.0.0.3 reach the server as distinct client addresses):
 *   attacker        127.0.0.3, a wrong password for one account every 250 ms → expect 429s
 *   legitimate      127.0.0.2, another user with the right password every 6 s → expect 200s
 *   sameAddress     127.0.0.3, another user with the right password every 20 s, from the attacker's address
 *   attackedAccount 127.0.0.2, the attacked account's owner with the right password every 20 s, from
 *                   the attacker's first 429 on (a success resets the account's count of failures,
 *                   so trying earlier would keep the account limit from ever being reached)
 * The last two show how the two limits are keyed (per address, per account); they are reported, not judged.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from './soak-http';

type Options = { base: string; password: string; users: { role: string; email: string }[] };
const count = (statuses: Record<string, number>, status: number) => (statuses[status] = (statuses[status] ?? 0) + 1);

export function startLoginTraffic(options: Options, attackedEmail: string) {
  const attackerAddress = createClient(options.base, { connections: 4, localAddress: '127.0.0.3' });
  const otherAddress = createClient(options.base, { connections: 4, localAddress: '127.0.0.2' });
  const emailOf = (role: string) => options.users.find((u) => u.role === role)!.email;
  let running = true;
  const stopped = new AbortController();
  const pause = (ms: number) => sleep(ms, undefined, { signal: stopped.signal }).catch(() => undefined);
  const result = {
    attacker: { account: attackedEmail, address: '127.0.0.3', statuses: {} as Record<string, number>, first429AfterAttempts: null as number | null },
    legitimate: { account: emailOf('member'), address: '127.0.0.2', statuses: {} as Record<string, number> },
    sameAddress: { account: emailOf('coordinator'), address: '127.0.0.3', statuses: {} as Record<string, number> },
    attackedAccount: { account: attackedEmail, address: '127.0.0.2', statuses: {} as Record<string, number> },
  };

  async function every(ms: number, attempt: () => Promise<void>) {
    while (running) {
      const started = performance.now();
      await attempt();
      await pause(Math.max(0, ms - (performance.now() - started)));
    }
  }
  let attempts = 0;
  const loops = [
    (async () => {
      const prepared = await attackerAddress.csrf();
      await every(250, async () => {
        const { status } = await attackerAddress.login(attackedEmail, 'not-the-password', prepared);
        attempts += 1;
        if (status === 429 && result.attacker.first429AfterAttempts === null) result.attacker.first429AfterAttempts = attempts;
        count(result.attacker.statuses, status);
      });
    })(),
    every(6000, async () => { count(result.legitimate.statuses, (await otherAddress.login(result.legitimate.account, options.password)).status); }),
    (async () => {
      await pause(10_000); // after the attacker has used up its address's allowance
      await every(20_000, async () => { count(result.sameAddress.statuses, (await attackerAddress.login(result.sameAddress.account, options.password)).status); });
    })(),
    (async () => {
      while (running && result.attacker.first429AfterAttempts === null) await pause(1000);
      await every(20_000, async () => { count(result.attackedAccount.statuses, (await otherAddress.login(attackedEmail, options.password)).status); });
    })(),
  ];

  return {
    async stop() {
      running = false;
      stopped.abort();
      await Promise.all(loops);
      attackerAddress.close();
      otherAddress.close();
      return result;
    },
  };
}
