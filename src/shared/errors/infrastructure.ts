import type { Language } from '../languages';

/** Errors of the infrastructure catalog and of investors' requests (a park that is no ecosystem: NOT_AN_ECOSYSTEM of the registry). */
export const infrastructureErrorMessages = {
  PRICE_INCOMPLETE: {
    en: 'A price needs its currency, its unit and its period.',
    ru: 'Для цены укажите валюту, единицу и период.',
    zh: '价格须注明币种、计价单位和期限。',
  },
  AREA_RANGE_REVERSED: {
    en: 'The smallest area is larger than the largest.',
    ru: 'Минимальная площадь больше максимальной.',
    zh: '最小面积大于最大面积。',
  },
  PROPOSED_OBJECT_OF_ANOTHER_PARK: {
    en: 'Only objects of the park the request was sent to can be proposed.',
    ru: 'Предлагать можно только объекты того парка, которому адресована заявка.',
    zh: '只能推荐申请所指向园区的设施。',
  },
  INVESTOR_REQUEST_CLOSED: {
    en: 'The request is closed: its outcome is recorded.',
    ru: 'Заявка закрыта: её итог уже записан.',
    zh: '该申请已关闭，结果已记录。',
  },
  DECLINE_REASON_REQUIRED: {
    en: 'Give the reason for declining the request.',
    ru: 'Укажите причину отказа.',
    zh: '请填写拒绝原因。',
  },
  PHOTO_NOT_AN_IMAGE: {
    en: 'A photo must be a PNG, JPEG or WebP image.',
    ru: 'Фотография должна быть изображением PNG, JPEG или WebP.',
    zh: '照片必须是 PNG、JPEG 或 WebP 图像。',
  },
  PHOTO_TOO_LARGE: {
    en: 'A photo is at most 2 MB.',
    ru: 'Фотография должна быть не больше 2 МБ.',
    zh: '每张照片不得超过 2 MB。',
  },
  TOO_MANY_PHOTOS: {
    en: 'An object has at most 12 photos.',
    ru: 'У объекта может быть не больше 12 фотографий.',
    zh: '每个设施最多 12 张照片。',
  },
  PHOTO_ORDER_MISMATCH: {
    en: 'The new order must list every photo of the object once.',
    ru: 'В новом порядке каждая фотография объекта должна быть указана ровно один раз.',
    zh: '新顺序须将该设施的每张照片列出且仅列出一次。',
  },
  RESIDENT_ORGANIZATION_REQUIRED: {
    en: 'Choose the organization registered as the resident, or create it.',
    ru: 'Выберите организацию, зарегистрированную резидентом, или создайте её.',
    zh: '请选择登记为入驻企业的组织，或新建该组织。',
  },
  RESIDENT_ORGANIZATION_TWICE: {
    en: 'Either choose an organization from the registry or create a new one, not both.',
    ru: 'Выберите организацию из реестра или создайте новую — что-то одно.',
    zh: '请从名录中选择组织或新建组织，二者只能选其一。',
  },
  INVESTOR_CONSENT_WITHDRAWN: {
    en: 'The investor has withdrawn their consent: their contact details are erased.',
    ru: 'Инвестор отозвал согласие: его контактные данные удалены.',
    zh: '投资者已撤回同意，其联系信息已删除。',
  },
  WITHDRAWAL_LINK_UNKNOWN: {
    en: 'This link is not valid, or the consent has already been withdrawn with it.',
    ru: 'Ссылка недействительна или согласие по ней уже отозвано.',
    zh: '该链接无效，或已通过该链接撤回同意。',
  },
} as const satisfies Record<string, Record<Language, string>>;
