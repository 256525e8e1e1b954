import type { Language } from '../languages';
import { agreementsErrorMessages } from './agreements';
import { commonErrorMessages } from './common';
import { eventsErrorMessages } from './events';
import { identityErrorMessages } from './identity';
import { indicatorsErrorMessages } from './indicators';
import { infrastructureErrorMessages } from './infrastructure';
import { portfolioErrorMessages } from './portfolio';
import { partneringErrorMessages } from './partnering';
import { registryErrorMessages } from './registry';

/**
 * Every error the API can answer with, one file per area. The server sends the code and
 * parameters; the messages are shared so that the server's `message` and the web's text agree.
 */
export const errorMessages = {
  ...commonErrorMessages,
  ...identityErrorMessages,
  ...registryErrorMessages,
  ...indicatorsErrorMessages,
  ...agreementsErrorMessages,
  ...infrastructureErrorMessages,
  ...portfolioErrorMessages,
  ...eventsErrorMessages,
  ...partneringErrorMessages,
};

export type ErrorCode = keyof typeof errorMessages;
export const errorCodes = Object.keys(errorMessages) as ErrorCode[];

/** Field-level validation messages, keyed by the issue kind the server reports. */
export const fieldIssueMessages = {
  required: { en: 'Required.', ru: 'Обязательное поле.', zh: '必填。' },
  invalid_type: { en: 'Wrong type.', ru: 'Неверный тип.', zh: '类型错误。' },
  too_small: { en: 'Too short or too small.', ru: 'Слишком коротко или мало.', zh: '过短或过小。' },
  too_big: { en: 'Too long or too large.', ru: 'Слишком длинно или много.', zh: '过长或过大。' },
  invalid_format: { en: 'Wrong format.', ru: 'Неверный формат.', zh: '格式错误。' },
  invalid_value: { en: 'Not an allowed value.', ru: 'Недопустимое значение.', zh: '不允许的值。' },
  unrecognized_keys: { en: 'Unknown field.', ru: 'Неизвестное поле.', zh: '未知字段。' },
  custom: { en: 'Not valid.', ru: 'Неверное значение.', zh: '无效。' },
  invalid_identifier: {
    en: 'The identifier does not pass its checksum.',
    ru: 'Идентификатор не проходит проверку контрольной суммы.',
    zh: '标识符未通过校验。',
  },
  name_required: {
    en: 'Give the name in at least one language.',
    ru: 'Укажите название хотя бы на одном языке.',
    zh: '请至少用一种语言填写名称。',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type FieldIssueKind = keyof typeof fieldIssueMessages;

export function errorMessage(code: ErrorCode, language: Language): string {
  return errorMessages[code][language];
}
