/** Whom an editor of a passport may name in its roles: the choices of the basics form. */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { ProjectPeopleOptions } from '../../../shared/contracts/portfolio';
import type { Executor } from '../../db/client';
import { persons, projectParticipants, users } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { authorize } from '../../lib/authorization';
import { canEditProject } from './portfolio.policy';
import { requireReadableProject } from './project-access';

export async function projectPeopleOptions(db: Executor, id: string, context: RequestContext): Promise<ProjectPeopleOptions> {
  const { side } = await requireReadableProject(db, context, id);
  authorize(context.actor, canEditProject(context.actor, side));
  const userRows = await db.select({ id: users.id, fullName: users.fullName }).from(users).where(eq(users.active, true)).orderBy(asc(users.fullName)).limit(1000);
  const participants = db.select({ id: projectParticipants.organizationId }).from(projectParticipants).where(eq(projectParticipants.projectId, id));
  const contactRows = await db.select().from(persons)
    .where(and(inArray(persons.organizationId, participants), isNull(persons.erasedAt)))
    .orderBy(asc(persons.fullNameRu), asc(persons.fullNameEn)).limit(1000);
  return {
    users: userRows,
    contacts: contactRows.map((p) => ({
      id: p.id, organizationId: p.organizationId!,
      fullName: { ru: p.fullNameRu, en: p.fullNameEn, zh: p.fullNameZh }, position: { ru: p.positionRu, en: p.positionEn, zh: p.positionZh },
    })),
  };
}
