import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  agreements, directions, organizations, persons, portfolios, programs, projectAgreements, projectBudgetLines, projectControlPoints,
  projectDirections, projectEcosystems, projectParticipants, projectReports, projectResults, projectRisks, projectStageGates, projects, userRoles, users,
} from '../../db/schema/index';
import type { ProjectReadScope, ProjectSide } from './portfolio.policy';

/** The condition "the caller may read this project", on `projects`. */
export function readableProjects(scope: ProjectReadScope): SQL | undefined {
  if (scope.all) return undefined;
  const conditions: SQL[] = [];
  if (scope.ecosystemIds.length > 0) {
    conditions.push(sql`exists (select 1 from ${projectEcosystems} pe where pe.project_id = ${projects.id} and pe.ecosystem_id in ${scope.ecosystemIds})`);
  }
  if (scope.organizationIds.length > 0) {
    conditions.push(sql`exists (select 1 from ${projectParticipants} pp where pp.project_id = ${projects.id} and pp.organization_id in ${scope.organizationIds})`);
  }
  if (scope.userId) conditions.push(or(eq(projects.managerUserId, scope.userId), eq(projects.curatorUserId, scope.userId))!);
  return conditions.length > 0 ? or(...conditions) : sql`false`;
}

/**
 * The RAG status of a project's latest approved report (null before the first): the latest year,
 * then the latest month (a quarter counts as its last month), a quarter before a month of the same end.
 */
export const latestApprovedRag = (projectId: SQL) => sql<string | null>`(
  select r.rag from ${projectReports} r where r.project_id = ${projectId} and r.status = 'approved'
  order by r.year desc, (case r.period_kind when 'quarter' then r.period_index * 3 else r.period_index end) desc, r.period_kind = 'quarter' desc limit 1
)`;

/** The health of a project: the status of its latest approved report, 'none' before the first. */
export const healthOf = sql<string>`coalesce(${latestApprovedRag(sql`${projects.id}`)}, 'none')`;

export async function findProject(db: Executor, id: string) {
  const [row] = await db.select({ project: projects, health: healthOf }).from(projects).where(eq(projects.id, id));
  return row ?? null;
}

export async function sideOf(db: Executor, project: typeof projects.$inferSelect): Promise<ProjectSide> {
  const [ecosystems, participants] = await Promise.all([
    db.select({ id: projectEcosystems.ecosystemId }).from(projectEcosystems).where(eq(projectEcosystems.projectId, project.id)),
    db.select({ id: projectParticipants.organizationId }).from(projectParticipants).where(eq(projectParticipants.projectId, project.id)),
  ]);
  return {
    ecosystemIds: ecosystems.map((e) => e.id),
    participantOrganizationIds: [...new Set(participants.map((p) => p.id))],
    managerUserId: project.managerUserId,
    curatorUserId: project.curatorUserId,
  };
}

/** Every section of the passport, as stored. */
export async function passportRows(db: Executor, project: typeof projects.$inferSelect) {
  const id = project.id;
  const userIds = [project.curatorUserId, project.managerUserId].filter((v): v is string => !!v);
  const [portfolio, program, projectUsers, administrator, directionRows, ecosystemRows, agreementRows, participants, gates, results, controlPoints, budget, risks] = await Promise.all([
    db.select().from(portfolios).where(eq(portfolios.id, project.portfolioId)).then((r) => r[0]!),
    project.programId ? db.select().from(programs).where(eq(programs.id, project.programId)).then((r) => r[0] ?? null) : null,
    userIds.length ? db.select({ id: users.id, fullName: users.fullName, email: users.email }).from(users).where(inArray(users.id, userIds)) : [],
    project.administratorPersonId ? db.select().from(persons).where(eq(persons.id, project.administratorPersonId)).then((r) => r[0] ?? null) : null,
    db.select({ id: directions.id, code: directions.code }).from(projectDirections).innerJoin(directions, eq(directions.id, projectDirections.directionId)).where(eq(projectDirections.projectId, id)),
    db.select({ id: organizations.id, nameRu: organizations.nameRu, nameEn: organizations.nameEn, nameZh: organizations.nameZh }).from(projectEcosystems).innerJoin(organizations, eq(organizations.id, projectEcosystems.ecosystemId)).where(eq(projectEcosystems.projectId, id)),
    db.select({ id: agreements.id, number: agreements.number, titleRu: agreements.titleRu, titleEn: agreements.titleEn, titleZh: agreements.titleZh }).from(projectAgreements).innerJoin(agreements, eq(agreements.id, projectAgreements.agreementId)).where(eq(projectAgreements.projectId, id)),
    db.select({ participant: projectParticipants, nameRu: organizations.nameRu, nameEn: organizations.nameEn, nameZh: organizations.nameZh }).from(projectParticipants).innerJoin(organizations, eq(organizations.id, projectParticipants.organizationId)).where(eq(projectParticipants.projectId, id)).orderBy(asc(projectParticipants.role)),
    db.select().from(projectStageGates).where(eq(projectStageGates.projectId, id)).orderBy(asc(projectStageGates.approvedAt)),
    db.select().from(projectResults).where(eq(projectResults.projectId, id)).orderBy(asc(projectResults.dueOn), asc(projectResults.key)),
    db.select().from(projectControlPoints).where(eq(projectControlPoints.projectId, id)).orderBy(asc(projectControlPoints.dueOn), asc(projectControlPoints.key)),
    db.select().from(projectBudgetLines).where(eq(projectBudgetLines.projectId, id)).orderBy(asc(projectBudgetLines.year), asc(projectBudgetLines.source)),
    db.select().from(projectRisks).where(eq(projectRisks.projectId, id)).orderBy(asc(projectRisks.description)),
  ]);
  return { portfolio, program, projectUsers, administrator, directionRows, ecosystemRows, agreementRows, participants, gates, results, controlPoints, budget, risks };
}

export type PassportRows = Awaited<ReturnType<typeof passportRows>>;

export async function listPortfolios(db: Executor) {
  const [portfolioRows, programRows, curatorRows] = await Promise.all([
    db.select().from(portfolios).orderBy(asc(portfolios.code)),
    db.select().from(programs).orderBy(asc(programs.code)),
    // Through the curator index: the few people who curate, not a pass over every project.
    db.select({ id: users.id, fullName: users.fullName }).from(users)
      .where(sql`exists (select 1 from ${projects} p where p.curator_user_id = ${users.id})`).orderBy(asc(users.fullName)),
  ]);
  return { portfolioRows, programRows, curatorRows };
}

/** Ids among `ids` that do not exist in `table`'s id column, for clear errors on bad references. */
export async function missingIds(db: Executor, table: typeof organizations | typeof directions | typeof agreements | typeof users | typeof persons | typeof programs, ids: string[]) {
  if (ids.length === 0) return [];
  const found = await db.select({ id: table.id }).from(table).where(inArray(table.id, ids));
  const present = new Set(found.map((r) => r.id));
  return ids.filter((id) => !present.has(id));
}

export async function isMemberOfAny(db: Executor, userId: string, organizationIds: string[]) {
  if (organizationIds.length === 0) return false;
  const rows = await db.select({ id: userRoles.id }).from(userRoles)
    .where(and(eq(userRoles.userId, userId), eq(userRoles.role, 'member'), inArray(userRoles.scopeOrganizationId, organizationIds))).limit(1);
  return rows.length > 0;
}
