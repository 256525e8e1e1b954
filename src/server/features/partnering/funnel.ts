import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { funnel, funnelQuery } from '../../../shared/contracts/partnering';
import type { Executor } from '../../db/client';
import { ecosystemMemberships, partneringInterests, partneringMatchViews, partneringProfiles } from '../../db/schema/index';

type Query = z.infer<typeof funnelQuery>;
type Funnel = z.infer<typeof funnel>;

const rowsOf = <Row>(result: unknown) => (result as { rows: Row[] }).rows;

/**
 * The partnering funnel over a period: profiles published, matches viewed, expressions of interest,
 * introductions, meetings, agreements and projects; each step's conversion from the one before and
 * the median days it took. An ecosystem counts what its residents published or exchanged; a direction
 * counts the profiles in it (or below it) and the interests addressed to them.
 */
export async function funnelMetrics(db: Executor, query: Query, today: string): Promise<Funnel> {
  const from = query.from ?? new Date(Date.parse(`${today}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10);
  const to = query.to ?? today;
  const inPeriod = (column: SQL) => sql`${column} >= ${from}::date and ${column} < (${to}::date + 1)`;
  const resident = (organization: SQL) => (query.ecosystemId
    ? sql`and exists (select 1 from ${ecosystemMemberships} m where m.organization_id = ${organization} and m.ecosystem_id = ${query.ecosystemId} and m.status in ('applicant', 'resident'))` : sql``);
  const inDirection = (closure: SQL) => (query.directionId ? sql`and ${closure} @> array[${query.directionId}]::uuid[]` : sql``);

  const [published] = rowsOf<{ count: number }>(await db.execute(sql`
    select count(*)::int as count from ${partneringProfiles} p
    where ${inPeriod(sql`p.published_at`)} ${resident(sql`p.organization_id`)} ${inDirection(sql`p.direction_closure`)}`));
  const [viewed] = rowsOf<{ count: number }>(await db.execute(sql`
    select count(distinct (v.profile_id, v.matched_profile_id))::int as count from ${partneringMatchViews} v join ${partneringProfiles} p on p.id = v.profile_id
    where ${inPeriod(sql`v.viewed_on`)} ${resident(sql`p.organization_id`)} ${inDirection(sql`p.direction_closure`)}`));

  const interestStep = async (at: SQL, since: SQL | null, status: SQL | null) => {
    const [row] = rowsOf<{ count: number; median: number | null }>(await db.execute(sql`
      select count(*)::int as count,
        ${since ? sql`percentile_cont(0.5) within group (order by extract(epoch from (${at} - ${since})) / 86400)` : sql`null`} as median
      from ${partneringInterests} i join ${partneringProfiles} p on p.id = i.to_profile_id
      where ${at} is not null and ${inPeriod(at)} ${status ? sql`and ${status}` : sql``}
        ${query.ecosystemId ? sql`and (true ${resident(sql`i.to_organization_id`)} or true ${resident(sql`i.from_organization_id`)})` : sql``}
        ${inDirection(sql`p.direction_closure`)}`));
    return { count: Number(row?.count ?? 0), median: row?.median === null || row?.median === undefined ? null : Math.round(Number(row.median) * 10) / 10 };
  };
  const interests = await interestStep(sql`i.created_at`, null, null);
  const introductions = await interestStep(sql`i.introduced_at`, sql`i.created_at`, null);
  const meetings = await interestStep(sql`i.meeting_recorded_at`, sql`i.introduced_at`, null);
  const agreements = await interestStep(sql`i.outcome_at`, sql`coalesce(i.meeting_recorded_at, i.introduced_at)`, sql`i.status = 'agreement'`);
  const projects = await interestStep(sql`i.outcome_at`, sql`coalesce(i.meeting_recorded_at, i.introduced_at)`, sql`i.status = 'project'`);

  const counts = [
    { step: 'published', count: Number(published?.count ?? 0), median: null },
    { step: 'viewed', count: Number(viewed?.count ?? 0), median: null },
    { step: 'interests', ...interests },
    { step: 'introductions', ...introductions },
    { step: 'meetings', ...meetings },
    { step: 'agreements', ...agreements },
    { step: 'projects', ...projects },
  ] as const;
  // Agreements and projects both follow meetings: each converts from the meetings step.
  const previousOf = (index: number) => (index >= 6 ? counts[4] : counts[index - 1]);
  return {
    steps: counts.map((c, index) => {
      const previous = index === 0 ? null : previousOf(index)!;
      return { step: c.step, count: c.count, conversion: previous && previous.count > 0 ? Math.round((c.count / previous.count) * 1000) / 1000 : null, medianDaysFromPrevious: c.median };
    }),
  };
}
