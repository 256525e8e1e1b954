import type { Language } from './languages';

/**
 * Every error the API can answer with. The server sends the code and parameters;
 * the messages below are shared so that the server's `message` and the web's text agree.
 */
export const errorMessages = {
  VALIDATION_FAILED: {
    en: 'Some fields are not valid.',
    ru: 'Некоторые поля заполнены неверно.',
    zh: '部分字段无效。',
  },
  MALFORMED_JSON: {
    en: 'The request body is not valid JSON.',
    ru: 'Тело запроса — не корректный JSON.',
    zh: '请求正文不是有效的 JSON。',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    en: 'This content type is not accepted.',
    ru: 'Этот тип содержимого не принимается.',
    zh: '不接受此内容类型。',
  },
  PAYLOAD_TOO_LARGE: {
    en: 'The request is too large.',
    ru: 'Запрос слишком большой.',
    zh: '请求过大。',
  },
  INVALID_ID: { en: 'The identifier is not valid.', ru: 'Неверный идентификатор.', zh: '标识符无效。' },
  UNAUTHENTICATED: {
    en: 'Please sign in.',
    ru: 'Войдите в систему.',
    zh: '请登录。',
  },
  INVALID_CREDENTIALS: {
    en: 'Wrong email or password.',
    ru: 'Неверная электронная почта или пароль.',
    zh: '电子邮件或密码错误。',
  },
  ACCOUNT_DEACTIVATED: {
    en: 'This account is deactivated.',
    ru: 'Учётная запись отключена.',
    zh: '该账户已停用。',
  },
  WRONG_CURRENT_PASSWORD: {
    en: 'The current password is wrong.',
    ru: 'Текущий пароль указан неверно.',
    zh: '当前密码错误。',
  },
  CSRF_TOKEN_INVALID: {
    en: 'The page is out of date; reload it and try again.',
    ru: 'Страница устарела; обновите её и повторите.',
    zh: '页面已过期，请刷新后重试。',
  },
  FORBIDDEN: {
    en: 'You are not allowed to do this.',
    ru: 'У вас нет прав на это действие.',
    zh: '您无权执行此操作。',
  },
  NOT_FOUND: { en: 'Not found.', ru: 'Не найдено.', zh: '未找到。' },
  ROUTE_NOT_FOUND: {
    en: 'There is no such API endpoint.',
    ru: 'Такого метода API нет.',
    zh: '没有此 API 端点。',
  },
  METHOD_NOT_ALLOWED: { en: 'Method not allowed.', ru: 'Метод не разрешён.', zh: '不允许的方法。' },
  CONFLICT: { en: 'This conflicts with existing data.', ru: 'Конфликт с существующими данными.', zh: '与现有数据冲突。' },
  EMAIL_TAKEN: {
    en: 'A user with this email already exists.',
    ru: 'Пользователь с такой почтой уже есть.',
    zh: '该电子邮件的用户已存在。',
  },
  SCOPE_REQUIRED: {
    en: 'This role needs at least one organization or ecosystem it applies to.',
    ru: 'Для этой роли укажите хотя бы одну организацию или экосистему.',
    zh: '此角色需要至少一个适用的组织或生态系统。',
  },
  SCOPE_NOT_ECOSYSTEM: {
    en: 'A park manager can only be assigned to an ecosystem.',
    ru: 'Менеджера парка можно назначить только на экосистему.',
    zh: '园区经理只能分配给生态系统。',
  },
  CANNOT_DEACTIVATE_SELF: {
    en: 'You cannot deactivate your own account.',
    ru: 'Нельзя отключить собственную учётную запись.',
    zh: '不能停用自己的账户。',
  },
  RATE_LIMITED: {
    en: 'Too many attempts. Try again later.',
    ru: 'Слишком много попыток. Повторите позже.',
    zh: '尝试次数过多，请稍后再试。',
  },
  INVALID_CURSOR: { en: 'The page cursor is not valid.', ru: 'Неверный курсор страницы.', zh: '分页游标无效。' },
  INTERNAL: {
    en: 'Something went wrong on our side.',
    ru: 'На сервере произошла ошибка.',
    zh: '服务器出错。',
  },
  SERVICE_UNAVAILABLE: {
    en: 'The service is shutting down or not ready.',
    ru: 'Сервис останавливается или ещё не готов.',
    zh: '服务正在关闭或尚未就绪。',
  },
  DIRECTION_CODE_TAKEN: {
    en: 'A direction with this code already exists.',
    ru: 'Направление с таким кодом уже есть.',
    zh: '已存在使用此代码的方向。',
  },
  DIRECTION_CYCLE: {
    en: 'A direction cannot be placed under itself or under one of its own subdirections.',
    ru: 'Нельзя вложить направление в само себя или в его собственное поднаправление.',
    zh: '方向不能放在其自身或其子方向之下。',
  },
  DIRECTION_PARENT_INACTIVE: {
    en: 'The parent direction is deactivated; activate it first.',
    ru: 'Родительское направление отключено; сначала включите его.',
    zh: '上级方向已停用，请先启用它。',
  },
  DIRECTION_IN_USE: {
    en: 'Organizations or agreements use this direction; deactivate it instead of deleting.',
    ru: 'Направление используют организации или соглашения; отключите его вместо удаления.',
    zh: '有组织或协议正在使用此方向，请停用而不是删除。',
  },
  DIRECTION_HAS_CHILDREN: {
    en: 'This direction has subdirections; delete or move them first.',
    ru: 'У направления есть поднаправления; сначала удалите или перенесите их.',
    zh: '此方向下有子方向，请先删除或移动它们。',
  },
  DIRECTION_CURATED: {
    en: 'Directions of the standard taxonomy cannot be deleted, only deactivated.',
    ru: 'Направления стандартного классификатора нельзя удалить, только отключить.',
    zh: '标准分类中的方向不能删除，只能停用。',
  },
} as const satisfies Record<string, Record<Language, string>>;

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
} as const satisfies Record<string, Record<Language, string>>;

export type FieldIssueKind = keyof typeof fieldIssueMessages;

export function errorMessage(code: ErrorCode, language: Language): string {
  return errorMessages[code][language];
}
