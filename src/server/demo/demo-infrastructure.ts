import { infrastructureObjects, infrastructureStatusHistory, investorRequestResponses, investorRequests } from '../db/schema/index';
import type { Executor } from '../db/client';
import { squareMetresPer } from '../../shared/infrastructure';
import { investorConsentWording } from '../../shared/contracts/investor-requests';
import { demoInfrastructure, taxRegimeOf } from './demo-infrastructure-objects';
import { orgKeys } from './demo-world-types';

type InvestorRequestSeed = {
  ecosystemKey: string;
  objectKey?: string;
  contactName: string;
  contactEmail: string;
  companyName: string;
  wantedType: string;
  areaMinM2?: number;
  areaMaxM2?: number;
  message: string;
  language: 'ru' | 'en' | 'zh';
  daysAgo: number;
  responses?: { message: string; proposedKeys: string[]; daysAgo: number }[];
  outcome?: { status: 'resident_registered' | 'declined'; reason?: string; daysAgo: number };
};

/** Investors' requests in every state: new, answered with options, a resident registered, declined. Names and mails are invented. */
const demoInvestorRequests: InvestorRequestSeed[] = [
  {
    ecosystemKey: orgKeys.greatStone, objectKey: 'gs-logistics-1', contactName: '张伟', contactEmail: 'zhang.wei@demo-logistics.example.cn', companyName: '中鼎国际物流（演示）',
    wantedType: 'warehouse', areaMinM2: 4000, areaMaxM2: 8000, language: 'zh', daysAgo: 2,
    message: '我们计划在白俄罗斯设立面向欧盟市场的配送中心，需要带铁路专用线的仓库，2027年上半年入驻。',
  },
  {
    ecosystemKey: orgKeys.greatStone, contactName: 'Jonas Berger', contactEmail: 'j.berger@demo-components.example.de', companyName: 'Berger Components GmbH (demo)',
    wantedType: 'production_building', areaMinM2: 3000, areaMaxM2: 6000, language: 'en', daysAgo: 21,
    message: 'We look for a ready production building for an automotive components plant, about 1.2 MW of power and gas.',
    responses: [{ message: 'Building No. 4 fits your needs: 4,800 m², 1.5 MW, gas. We also propose the serviced site in sector E should you prefer to build.', proposedKeys: ['gs-production-building', 'gs-production-site'], daysAgo: 18 }],
  },
  {
    ecosystemKey: orgKeys.greatStone, contactName: 'Андрей Соколов', contactEmail: 'a.sokolov@demo-bio.example.ru', companyName: 'ООО «Северные биотехнологии» (демо)',
    wantedType: 'laboratory', areaMinM2: 200, areaMaxM2: 500, language: 'ru', daysAgo: 160,
    message: 'Нужна лаборатория для пилотного производства кормовых добавок на основе северного сырья.',
    responses: [{ message: 'Предлагаем блок лабораторий научно-технологического центра; приглашаем на осмотр.', proposedKeys: ['gs-lab'], daysAgo: 150 }],
    outcome: { status: 'resident_registered', daysAgo: 90 },
  },
  {
    ecosystemKey: orgKeys.greatStone, contactName: 'Liu Yang', contactEmail: 'liu.yang@demo-solar.example.cn', companyName: 'Sunrise PV (demo)',
    wantedType: 'land_plot', areaMinM2: 400_000, language: 'en', daysAgo: 75,
    message: 'We need at least 40 ha for a solar panel plant with our own substation.',
    responses: [{ message: 'The largest free plot is 25 ha; a second one next to it is being prepared.', proposedKeys: ['gs-land-plot'], daysAgo: 70 }],
    outcome: { status: 'declined', reason: 'No free plot of 40 ha before 2028; the investor will come back when sector H is ready.', daysAgo: 60 },
  },
  {
    ecosystemKey: orgKeys.hiTechPark, contactName: 'Ольга Миронова', contactEmail: 'o.mironova@demo-soft.example.by', companyName: 'Demo Soft',
    wantedType: 'office', areaMinM2: 150, areaMaxM2: 300, language: 'ru', daysAgo: 5,
    message: 'Команда из 25 разработчиков ищет офис рядом с метро.',
  },
  {
    ecosystemKey: orgKeys.itPark, contactName: 'Айаал Никитин', contactEmail: 'a.nikitin@demo-games.example.ru', companyName: 'Demo Games Yakutia',
    wantedType: 'coworking', language: 'ru', daysAgo: 12,
    message: 'Нужно 6 рабочих мест на полгода для команды игровой студии.',
    responses: [{ message: 'Места в коворкинге есть; договор можно подписать на 6 месяцев.', proposedKeys: ['yakutia-it-park-coworking'], daysAgo: 10 }],
  },
];

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
const monthsBefore = (now: Date, months: number) => {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, Math.min(now.getUTCDate(), 28)));
  return day.toISOString().slice(0, 10);
};

/** Writes the offer, its status history and the requests with their answers. */
export async function insertInfrastructure(tx: Executor, uuid: () => string, org: (key: string) => string, now: Date): Promise<number> {
  const objectIds = new Map(demoInfrastructure.map((seed) => [seed.key, uuid()]));
  const objectId = (key: string) => objectIds.get(key) ?? (() => { throw new Error(`No demo object ${key}`); })();
  await tx.insert(infrastructureObjects).values(demoInfrastructure.map(({ key, ecosystemKey, name, address, description, conditions, history, ...seed }) => {
    const tax = taxRegimeOf[ecosystemKey];
    return {
      ...seed, id: objectId(key), ecosystemId: org(ecosystemKey), status: history.at(-1)![0], areaM2: seed.area * squareMetresPer[seed.areaUnit as 'm2' | 'ha'],
      nameRu: name.ru, nameEn: name.en, nameZh: name.zh, addressRu: address.ru, addressEn: address.en, addressZh: address.zh,
      descriptionRu: description?.ru, descriptionEn: description?.en, descriptionZh: description?.zh,
      conditionsRu: conditions?.ru, conditionsEn: conditions?.en, conditionsZh: conditions?.zh,
      taxRegimeRu: tax?.ru, taxRegimeEn: tax?.en, taxRegimeZh: tax?.zh, createdAt: now, updatedAt: now,
    };
  }));
  await tx.insert(infrastructureStatusHistory).values(demoInfrastructure.flatMap((seed) => seed.history.map(([status, monthsAgo]) => ({
    id: uuid(), objectId: objectId(seed.key), ecosystemId: org(seed.ecosystemKey), status, areaM2: seed.area * squareMetresPer[seed.areaUnit as 'm2' | 'ha'], changedOn: monthsBefore(now, monthsAgo), createdAt: now,
  }))));
  for (const seed of demoInvestorRequests) {
    const id = uuid();
    const createdAt = daysBefore(now, seed.daysAgo);
    const status = seed.outcome?.status ?? (seed.responses?.length ? 'in_progress' : 'new');
    await tx.insert(investorRequests).values({
      id, ecosystemId: org(seed.ecosystemKey), objectId: seed.objectKey ? objectId(seed.objectKey) : null, contactName: seed.contactName, contactEmail: seed.contactEmail,
      companyName: seed.companyName, wantedType: seed.wantedType, areaMinM2: seed.areaMinM2 ?? null, areaMaxM2: seed.areaMaxM2 ?? null, message: seed.message,
      consentGivenAt: createdAt, consentWording: investorConsentWording, language: seed.language, status, declineReason: seed.outcome?.reason ?? null,
      closedAt: seed.outcome ? daysBefore(now, seed.outcome.daysAgo) : null, createdAt, updatedAt: now,
    });
    for (const response of seed.responses ?? []) {
      await tx.insert(investorRequestResponses).values({ id: uuid(), requestId: id, message: response.message, proposedObjectIds: response.proposedKeys.map(objectId), createdAt: daysBefore(now, response.daysAgo) });
    }
  }
  return demoInfrastructure.length;
}

export const demoInvestorRequestCount = demoInvestorRequests.length;
