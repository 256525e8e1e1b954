/**
 * What the portfolio gives out: the passport as XLSX and DOCX (both from one section model), the
 * register of projects as XLSX, and calendar feeds of control points. Every output shows what its
 * reader may read, no more.
 */
import type { Language } from '../../../shared/languages';
import type { Database } from '../../db/client';
import type { Actor, RequestContext } from '../../lib/actor';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { toXlsx } from '../../lib/spreadsheet';
import { createControlPointFeeds } from './control-point-feeds';
import { passportDocx, passportWorkbook } from './passport-export';
import { passportIndicators } from './passport-indicators.repo';
import { passportSections } from './passport-sections';
import { passportWords } from './passport-words';
import { registerRows, registerTable, type RegisterFilter } from './portfolio-register';
import { projectReadScope } from './portfolio.policy';
import type { PortfolioService } from './portfolio.service';

export type OutputFile = { content: Buffer; contentType: string; fileName: string };

const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

type Dependencies = { db: Database; clock: Clock; portfolio: PortfolioService; actorOfUser: (userId: string) => Promise<Actor> };

export function createPortfolioOutputs({ db, clock, portfolio, actorOfUser }: Dependencies) {
  const feeds = createControlPointFeeds({ db, clock, actorOfUser });
  const today = () => clock.now().toISOString().slice(0, 10);

  return {
    /** The passport as its reader sees it (404 for one they may not read), in their language. */
    async passport(id: string, format: 'xlsx' | 'docx', language: Language, context: RequestContext): Promise<OutputFile> {
      const project = await portfolio.get(id, context);
      const influenced = [...new Set(project.results.flatMap((r) => r.influence.map((i) => i.indicatorId)))];
      const model = passportSections(project, await passportIndicators(db, project.id, influenced), language);
      const content = format === 'xlsx' ? await passportWorkbook(model) : passportDocx(model);
      return { content, contentType: contentTypes[format], fileName: `passport-${project.code}.${format}` };
    },

    async register(filter: RegisterFilter, language: Language, context: RequestContext): Promise<OutputFile> {
      authorize(context.actor, context.actor.kind === 'user');
      const rows = await registerRows(db, projectReadScope(context.actor), filter, today());
      const content = await toXlsx(registerTable(rows, language), passportWords[language].register.sheet);
      return { content, contentType: contentTypes.xlsx, fileName: `portfolio-register-${today()}.xlsx` };
    },

    listFeeds: feeds.list,
    createFeed: feeds.create,
    revokeFeed: feeds.revoke,
    renderFeed: feeds.render,
  };
}

export type PortfolioOutputs = ReturnType<typeof createPortfolioOutputs>;
