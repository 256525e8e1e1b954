import type { Language } from '../languages';

/** Errors of events, their outcomes and brokerage sessions. */
export const eventsErrorMessages = {
  EVENT_ENDS_BEFORE_START: {
    en: 'The end comes before the start.',
    ru: 'Окончание раньше начала.',
    zh: '结束时间早于开始时间。',
  },
  PERIODS_OVERLAP: {
    en: 'Two periods overlap: breaks, availability or agenda items must not cross each other.',
    ru: 'Два периода пересекаются: перерывы, периоды доступности и пункты программы не должны накладываться.',
    zh: '两个时段重叠：休息、可用时段或议程项目不得相互交叉。',
  },
  PERIOD_OUTSIDE_EVENT: {
    en: 'A period lies outside the event or its brokerage session.',
    ru: 'Период выходит за рамки мероприятия или его биржи контактов.',
    zh: '时段超出了活动或其对接会的时间范围。',
  },
  PARTICIPANT_TWICE: {
    en: 'This organization or person already takes part in the event.',
    ru: 'Эта организация или этот человек уже участвует в мероприятии.',
    zh: '该组织或人员已是活动参与方。',
  },
  PERSON_NOT_OF_ORGANIZATION: {
    en: 'The person does not belong to the organization given.',
    ru: 'Человек не относится к указанной организации.',
    zh: '该人员不属于所填组织。',
  },
  NO_BROKERAGE_SESSION: {
    en: 'The event has no brokerage session yet.',
    ru: 'У мероприятия ещё нет биржи контактов.',
    zh: '该活动尚未设置对接会。',
  },
  NOT_A_BROKERAGE_PARTICIPANT: {
    en: 'Both sides of a meeting must take part in the brokerage session.',
    ru: 'Обе стороны встречи должны участвовать в бирже контактов.',
    zh: '会谈双方都必须参加对接会。',
  },
  MEETING_WITH_ONESELF: {
    en: 'A meeting needs another participant: a request to oneself is refused.',
    ru: 'Для встречи нужен другой участник: запрос самому себе не принимается.',
    zh: '会谈需要另一位参与方：不能向自己发出请求。',
  },
  MEETING_REQUEST_EXISTS: {
    en: 'These two participants already have a meeting request.',
    ru: 'У этих участников уже есть запрос на встречу.',
    zh: '这两位参与方之间已有会谈请求。',
  },
  MEETING_LIMIT_REACHED: {
    en: 'A participant has reached their meeting limit.',
    ru: 'Участник исчерпал лимит встреч.',
    zh: '参与方已达到会谈次数上限。',
  },
  MEETING_REQUEST_ANSWERED: {
    en: 'The request has already been answered.',
    ru: 'На запрос уже ответили.',
    zh: '该请求已被答复。',
  },
  SCHEDULE_NOT_READY: {
    en: 'Run the scheduler before publishing the schedule.',
    ru: 'Сначала составьте расписание, затем публикуйте.',
    zh: '请先生成日程，再发布。',
  },
} as const satisfies Record<string, Record<Language, string>>;
