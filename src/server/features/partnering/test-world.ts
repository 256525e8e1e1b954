import { expect } from 'vitest';
import { addMembership, createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { TestClient, type TestApp } from '../../test-support/test-app';

/** Dates relative to the day the tests run. */
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A small partnering world: a Chinese resident of a park in Belarus, a Yakut company, a coordinator,
 * the park's manager, and a member of each company.
 */
export async function buildPartneringWorld(t: TestApp) {
  const db = t.connection.db;
  const park = await createEcosystem(db, { nameEn: 'Great Stone', country: 'BY' });
  const chinese = await createOrganization(db, { nameEn: 'Harbin Bioreactor Co.', nameZh: '哈尔滨生物反应器公司', country: 'CN' });
  const yakut = await createOrganization(db, { nameRu: 'ООО «Якутские биотехнологии»', country: 'RU' });
  const other = await createOrganization(db, { nameEn: 'Minsk Materials', country: 'BY' });
  await addMembership(db, park.id, chinese.id);
  const login = async (roles: Parameters<typeof createUser>[1], language = 'ru') => new TestClient(t.app).login((await createUser(db, roles, { language })).email);
  const coordinator = await login([{ role: 'coordinator' }], 'en');
  const parkManager = await login([{ role: 'park_manager', scopeOrganizationId: park.id }]);
  const chineseMember = await login([{ role: 'member', scopeOrganizationId: chinese.id }], 'zh');
  const yakutMember = await login([{ role: 'member', scopeOrganizationId: yakut.id }]);
  const otherMember = await login([{ role: 'member', scopeOrganizationId: other.id }]);
  const directions = (await coordinator.get('/api/directions')).json().items as { id: string; code: string }[];
  const direction = (code: string) => directions.find((d) => d.code === code)!.id;
  return { park, chinese, yakut, other, coordinator, parkManager, chineseMember, yakutMember, otherMember, anonymous: new TestClient(t.app), direction };
}

export const chineseOffer = (organizationId: string, directionId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  type: 'technology_offer',
  title: '用于细胞治疗的一次性生物反应器',
  summary: '我们提供一次性生物反应器和细胞培养工艺，可用于细胞治疗和疫苗生产，已在中国多家医院试点。',
  description: '公司开发了容积从2升到200升的一次性生物反应器，配套无血清培养基和自动化控制软件。该技术适用于干细胞扩增、细胞治疗产品和疫苗生产，显著降低交叉污染风险和清洗验证成本。我们已完成中试验证，产品获得国家医疗器械注册。我们希望在俄罗斯和白俄罗斯寻找合作伙伴，通过技术许可或合资企业在当地生产，并共同开展临床前研究。我们可以提供技术转让、人员培训和工艺放大支持。',
  directionIds: [directionId],
  keywords: ['生物反应器', '细胞培养', '干细胞'],
  trl: 7,
  ipStatus: 'patent_granted',
  partnershipTypes: ['licence', 'joint_venture'],
  anonymous: true,
  expiresOn: day(180),
  ...overrides,
});

export const russianRequest = (organizationId: string, directionId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  type: 'technology_request',
  title: 'Ищем биореакторы для производства клеточных продуктов',
  summary: 'Якутская биотехнологическая компания ищет технологию культивирования клеток и биореакторы для клеточной терапии.',
  description: 'Мы развиваем производство клеточных продуктов на основе стволовых клеток для клиник Якутии и Дальнего Востока. Нам нужны одноразовые биореакторы, бессывороточные среды и технология культивирования клеток с уровнем готовности не ниже пилотного. Рассматриваем лицензию на технологию или совместное предприятие с локализацией производства в Якутске, готовы участвовать в доклинических исследованиях и обучении персонала.',
  directionIds: [directionId],
  keywords: ['биореактор', 'клеточная терапия'],
  trl: 6,
  partnershipTypes: ['licence', 'joint_venture'],
  expiresOn: day(200),
  ...overrides,
});

/** Writes a profile as `author`, submits it, and has the coordinator publish it with passing scores. */
export async function publishProfile(coordinator: TestClient, author: TestClient, payload: Record<string, unknown>): Promise<string> {
  const created = await author.post('/api/partnering/profiles', payload);
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  expect((await author.post(`/api/partnering/profiles/${id}/submit`)).statusCode).toBe(200);
  const reviewed = await coordinator.post(`/api/partnering/profiles/${id}/review`, { scores: { innovation: 4, clarity: 4, expectations: 4, completeness: 4 } });
  expect(reviewed.json().status).toBe('published');
  return id;
}
