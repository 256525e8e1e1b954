/**
 * The demo world's events: the official visit to Minsk during which both agreements of the brief
 * were signed (its delegation, hosts, agenda, the agreements as outcomes and follow-up tasks), a
 * forum in Yakutsk a few weeks ahead, and the forum's brokerage session of "Great Stone",
 * Hi-Tech Park and Yakutia's residents with its meeting requests and a published schedule made by
 * the scheduler. Deterministic: its own seeded stream, dates from the world's clock.
 */
import type { Executor } from '../db/client';
import {
  brokerageMeetings, brokerageMeetingSeats, brokerageSessions, eventAgendaItems, eventAgreements, eventFollowUps, eventParticipants, events, meetingRequests,
} from '../db/schema/index';
import { scheduleMeetings } from '../features/events/brokerage-scheduler';
import { availableSlots, buildSlots } from '../features/events/brokerage-slots';
import { agreementKeys, officialVisitDate } from './demo-agreements';
import { personKeys } from './demo-persons';
import { orgKeys, type MembershipSeed } from './demo-world-types';
import { createRandom } from '../lib/seeded-random';

type Resolve = (key: string) => string;
export type DemoEventLinks = { newId: () => string; org: Resolve; person: Resolve; agreement: Resolve; memberships: readonly MembershipSeed[]; now: Date; seed: number };

const day = (now: Date, offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset)).toISOString().slice(0, 10);
/** A Minsk (UTC+3) or Yakutsk (UTC+9) wall-clock time as an instant. */
const at = (date: string, time: string, offset: '+03:00' | '+09:00') => new Date(`${date}T${time}:00${offset}`);

export const demoEventTitles = { visit: 'Official visit of the delegation of the Republic of Sakha (Yakutia) to the Republic of Belarus', brokerage: 'Brokerage session “Great Stone — Hi-Tech Park — Yakutia”' };

export async function insertDemoEvents(tx: Executor, links: DemoEventLinks) {
  const { newId, org, person, agreement, now } = links;
  const random = createRandom(links.seed);

  // ---- the official visit to Minsk ----
  const visitId = newId();
  const visitStart = day(new Date(`${officialVisitDate}T00:00:00Z`), -1);
  const visitEnd = day(new Date(`${officialVisitDate}T00:00:00Z`), 1);
  await tx.insert(events).values({
    id: visitId, kind: 'official_visit', isPublic: true, organizerOrganizationId: org(orgKeys.governmentOfYakutia),
    titleRu: 'Официальный визит делегации Республики Саха (Якутия) в Республику Беларусь',
    titleEn: demoEventTitles.visit,
    titleZh: '萨哈（雅库特）共和国代表团对白俄罗斯共和国的正式访问',
    descriptionRu: 'Делегация во главе с Главой Республики Айсеном Николаевым посетила Китайско-Белорусский индустриальный парк «Великий камень» и Парк высоких технологий. Подписаны соглашения о сотрудничестве в биотехнологиях, новых материалах, медицине, высоких технологиях и креативных индустриях.',
    descriptionEn: 'The delegation led by the Head of the Republic Aisen Nikolaev visited the China–Belarus Industrial Park “Great Stone” and the Hi-Tech Park. Cooperation agreements were signed in biotechnology, new materials, medicine, high technology and the creative industries.',
    descriptionZh: '由共和国首脑艾森·尼古拉耶夫率领的代表团访问了中白工业园“巨石”和高科技园，签署了生物技术、新材料、医学、高新技术和创意产业领域的合作协议。',
    placeRu: 'Минск', placeEn: 'Minsk', placeZh: '明斯克',
    startsAt: at(visitStart, '09:00', '+03:00'), endsAt: at(visitEnd, '18:00', '+03:00'), createdAt: now, updatedAt: now,
  });
  await tx.insert(eventParticipants).values([
    { organizationKey: orgKeys.governmentOfYakutia, personKey: personKeys.nikolaev, role: 'head_of_delegation' },
    { organizationKey: orgKeys.projectManagementCenter, personKey: personKeys.kolganov, role: 'member' },
    { organizationKey: orgKeys.ministryOfInnovation, personKey: null, role: 'member' },
    { organizationKey: orgKeys.researchCenterSever, personKey: null, role: 'member' },
    { organizationKey: orgKeys.technoparkYakutia, personKey: null, role: 'member' },
    { organizationKey: orgKeys.greatStone, personKey: personKeys.yaroshenko, role: 'host' },
    { organizationKey: orgKeys.hiTechPark, personKey: personKeys.hiTechParkHead, role: 'host' },
  ].map((p) => ({ id: newId(), eventId: visitId, organizationId: org(p.organizationKey), personId: p.personKey ? person(p.personKey) : null, role: p.role, createdAt: now })));
  const agenda: [string, string, string, string, string, string][] = [
    [visitStart, '10:00', '12:00', 'Прибытие делегации, встреча в Правительстве Республики Беларусь', 'Arrival of the delegation, meeting at the Government of the Republic of Belarus', '代表团抵达，在白俄罗斯共和国政府会见'],
    [officialVisitDate, '10:00', '13:00', 'Посещение индустриального парка «Великий камень», знакомство с резидентами', 'Visit to the “Great Stone” industrial park, meeting its residents', '参观“巨石”工业园，会见入园企业'],
    [officialVisitDate, '15:00', '16:00', 'Подписание соглашений о сотрудничестве', 'Signing of the cooperation agreements', '签署合作协议'],
    [visitEnd, '10:00', '13:00', 'Посещение Парка высоких технологий, переговоры о креативных индустриях', 'Visit to the Hi-Tech Park, talks on the creative industries', '参观高科技园，就创意产业进行会谈'],
  ];
  await tx.insert(eventAgendaItems).values(agenda.map(([date, from, to, ru, en, zh], position) => ({
    id: newId(), eventId: visitId, position, startsAt: at(date, from, '+03:00'), endsAt: at(date, to, '+03:00'), titleRu: ru, titleEn: en, titleZh: zh,
  })));
  await tx.insert(eventAgreements).values([agreementKeys.greatStone, agreementKeys.hiTechPark].map((key) => ({ eventId: visitId, agreementId: agreement(key) })));
  const followUps: [string, string | null, string, string, string, string, 'open' | 'done'][] = [
    [orgKeys.projectManagementCenter, personKeys.kolganov, day(new Date(`${officialVisitDate}T00:00:00Z`), 60), 'Согласовать дорожную карту совместных проектов с «Великим камнем»', 'Agree the roadmap of joint projects with “Great Stone”', '与“巨石”商定联合项目路线图', 'done'],
    [orgKeys.greatStone, personKeys.yaroshenko, day(now, -20), 'Направить перечень площадок для якутских резидентов', 'Send the list of sites available to Yakutia’s residents', '提供可供雅库特入园企业使用的场地清单', 'open'],
    [orgKeys.hiTechPark, null, day(now, 21), 'Провести биржу контактов ИТ-компаний Якутии и резидентов ПВТ', 'Hold a brokerage session of Yakutia’s IT companies and Hi-Tech Park residents', '举办雅库特IT企业与高科技园入园企业对接会', 'open'],
    [orgKeys.ministryOfInnovation, null, day(now, 75), 'Подготовить программу ответного визита в Якутск', 'Prepare the programme of the return visit to Yakutsk', '准备回访雅库茨克的日程', 'open'],
  ];
  await tx.insert(eventFollowUps).values(followUps.map(([owner, ownerPerson, dueOn, ru, en, zh, status]) => ({
    id: newId(), eventId: visitId, ownerOrganizationId: org(owner), ownerPersonId: ownerPerson ? person(ownerPerson) : null, dueOn, status, textRu: ru, textEn: en, textZh: zh, createdAt: now, updatedAt: now,
  })));

  // ---- the forum in Yakutsk and its brokerage session ----
  const forumDate = day(now, 20);
  const forumId = newId();
  await tx.insert(events).values({
    id: forumId, kind: 'forum', isPublic: true, organizerOrganizationId: org(orgKeys.technoparkYakutia),
    titleRu: 'Форум «Инновации Севера»', titleEn: 'Innovations of the North forum', titleZh: '“北方创新”论坛',
    descriptionRu: 'Технологическое предпринимательство в Арктике: резиденты технопарков Якутии, «Великого камня» и Парка высоких технологий.',
    descriptionEn: 'Technology entrepreneurship in the Arctic: residents of Yakutia’s technoparks, “Great Stone” and the Hi-Tech Park.',
    descriptionZh: '北极科技创业：雅库特科技园、“巨石”和高科技园的入园企业。',
    placeRu: 'Якутск, Технопарк «Якутия»', placeEn: 'Yakutsk, Technopark Yakutia', placeZh: '雅库茨克，“雅库特”科技园',
    startsAt: at(forumDate, '10:00', '+09:00'), endsAt: at(day(now, 21), '18:00', '+09:00'), createdAt: now, updatedAt: now,
  });
  await tx.insert(eventParticipants).values([orgKeys.technoparkYakutia, orgKeys.itPark, orgKeys.greatStone, orgKeys.hiTechPark, orgKeys.nefu, orgKeys.projectManagementCenter].map((key, i) => ({
    id: newId(), eventId: forumId, organizationId: org(key), role: i === 0 ? 'host' : 'member', createdAt: now,
  })));
  await tx.insert(eventAgendaItems).values([
    ['10:00', '12:00', 'Пленарное заседание', 'Plenary session', '全体会议'],
    ['13:00', '16:00', 'Сессии по биотехнологиям и креативным индустриям', 'Sessions on biotechnology and the creative industries', '生物技术与创意产业分会'],
  ].map(([from, to, ru, en, zh], position) => ({ id: newId(), eventId: forumId, position, startsAt: at(forumDate, from!, '+09:00'), endsAt: at(forumDate, to!, '+09:00'), titleRu: ru, titleEn: en, titleZh: zh })));

  const sessionDate = day(now, 21);
  const brokerageId = newId();
  const sessionStart = at(sessionDate, '10:00', '+09:00');
  const sessionEnd = at(sessionDate, '16:00', '+09:00');
  await tx.insert(events).values({
    id: brokerageId, kind: 'brokerage', isPublic: true, organizerOrganizationId: org(orgKeys.greatStone),
    titleRu: 'Биржа контактов «Великий камень — ПВТ — Якутия»', titleEn: demoEventTitles.brokerage, titleZh: '“巨石—高科技园—雅库特”对接会',
    descriptionRu: 'Встречи один на один по 20 минут: резиденты ищут партнёров, заказчиков и площадки.',
    descriptionEn: 'Twenty-minute one-to-one meetings: residents look for partners, customers and sites.',
    descriptionZh: '每场20分钟的一对一会谈：入园企业寻找合作伙伴、客户和场地。',
    placeRu: 'Якутск, Технопарк «Якутия», зал B', placeEn: 'Yakutsk, Technopark Yakutia, hall B', placeZh: '雅库茨克，“雅库特”科技园B厅',
    startsAt: sessionStart, endsAt: sessionEnd, createdAt: now, updatedAt: now,
  });
  const lunch = { from: at(sessionDate, '13:00', '+09:00').toISOString(), to: at(sessionDate, '14:00', '+09:00').toISOString() };
  await tx.insert(brokerageSessions).values({ eventId: brokerageId, startsAt: sessionStart, endsAt: sessionEnd, slotMinutes: 20, tables: 8, defaultMeetingLimit: 6, breaks: [lunch], scheduledAt: now, publishedAt: now, updatedAt: now });

  const residentsOf = (ecosystem: string, n: number) => links.memberships.filter((m) => m.ecosystemKey === ecosystem && m.status === 'resident' && m.organizationKey !== orgKeys.demoMemberCompany).slice(0, n).map((m) => m.organizationKey);
  const companies = [orgKeys.demoMemberCompany, ...residentsOf(orgKeys.greatStone, 10), ...residentsOf(orgKeys.hiTechPark, 10), ...residentsOf(orgKeys.technoparkYakutia, 6), ...residentsOf(orgKeys.itPark, 6)];
  const morningOnly = { from: sessionStart.toISOString(), to: lunch.from };
  const participants = [...new Set(companies)].map((key, i) => ({
    id: newId(), eventId: brokerageId, organizationId: org(key), role: 'member', brokerage: true,
    meetingLimit: i === 0 ? null : random.pick([null, 4, 5]), availability: i > 0 && random.chance(0.2) ? [morningOnly] : null, createdAt: now,
  }));
  await tx.insert(eventParticipants).values(participants);

  // Requests: the demo member's company asks three and is asked by three (two of them still waiting).
  const pairs = new Set<string>();
  const requests: (typeof meetingRequests.$inferInsert)[] = [];
  const addRequest = (a: number, b: number, status: 'pending' | 'accepted' | 'declined') => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || pairs.has(key)) return;
    pairs.add(key);
    requests.push({ id: newId(), eventId: brokerageId, requesterId: participants[a]!.id, requestedId: participants[b]!.id, status, createdAt: now, respondedAt: status === 'pending' ? null : now });
  };
  [1, 11, 21].forEach((other) => addRequest(0, other, 'accepted'));
  addRequest(12, 0, 'accepted');
  addRequest(22, 0, 'pending');
  addRequest(27, 0, 'pending');
  while (requests.length < 90) addRequest(random.int(1, participants.length - 1), random.int(1, participants.length - 1), random.weighted([['accepted', 8], ['pending', 1], ['declined', 1]] as const));
  await tx.insert(meetingRequests).values(requests);

  const slots = buildSlots({ startsAt: sessionStart, endsAt: sessionEnd, slotMinutes: 20, breaks: [lunch] });
  const accepted = requests.filter((r) => r.status === 'accepted');
  const schedule = scheduleMeetings({
    slots: slots.length, tables: 8,
    participants: participants.map((p) => ({ id: p.id, limit: p.meetingLimit ?? 6, available: availableSlots(slots, p.availability) })),
    requests: accepted.map((r) => ({ id: r.id!, requesterId: r.requesterId, requestedId: r.requestedId })),
  });
  const byId = new Map(accepted.map((r) => [r.id!, r]));
  const meetings = schedule.assignments.map((a) => ({ id: newId(), eventId: brokerageId, requestId: a.requestId, slot: a.slot, tableNumber: a.table, startsAt: slots[a.slot]!.startsAt, endsAt: slots[a.slot]!.endsAt }));
  await tx.insert(brokerageMeetings).values(meetings);
  await tx.insert(brokerageMeetingSeats).values(meetings.flatMap((m) => {
    const r = byId.get(m.requestId)!;
    return [r.requesterId, r.requestedId].map((participantId) => ({ meetingId: m.id, eventId: brokerageId, participantId, slot: m.slot }));
  }));
  return { events: 3, meetings: meetings.length };
}
