/**
 * Passport versions: every write to the passport (basics, a section, a stage gate, an approved
 * change request) keeps the passport as it was and raises the version, so that versions can be
 * compared side by side and a change request made against an older one is refused.
 */
import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { projectPassportVersions, projects } from '../../db/schema/index';
import { passportRows } from './portfolio.repo';
import { passportSnapshot, toProject } from './project-passport';

const noRights = { edit: false, approveStage: false, submitReport: false, reviewReport: false };

/** Keeps the passport of `projectId` as its current version and raises the version by one. Call before the write, in its transaction. */
export async function keepPassportVersion(tx: Executor, projectId: string, today: string): Promise<number> {
  const [project] = await tx.select().from(projects).where(eq(projects.id, projectId)).for('update');
  const snapshot = passportSnapshot(toProject(project!, 'none', await passportRows(tx, project!), today, noRights));
  await tx.insert(projectPassportVersions).values({ projectId, version: project!.version, passport: snapshot });
  await tx.update(projects).set({ version: project!.version + 1 }).where(eq(projects.id, projectId));
  return project!.version + 1;
}

export async function listPassportVersions(db: Executor, projectId: string) {
  return db.select().from(projectPassportVersions).where(eq(projectPassportVersions.projectId, projectId)).orderBy(desc(projectPassportVersions.version));
}
