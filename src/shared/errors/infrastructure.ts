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
  TOO_MANY_PHOTOS: {
    en: 'An object has at most 12 photos.',
    ru: 'У объекта может быть не больше 12 фотографий.',
    zh: '每个设施最多 12 张照片。',
  },
} as const satisfies Record<string, Record<Language, string>>;
