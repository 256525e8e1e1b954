import type { Language } from '../languages';

/** Errors any endpoint can answer with: the request, the session, the data in general. */
export const commonErrorMessages = {
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
  REFERENCE_NOT_FOUND: {
    en: 'Something this refers to does not exist (any more).',
    ru: 'То, на что здесь ссылка, не существует (или уже удалено).',
    zh: '此处引用的对象不存在（或已被删除）。',
  },
  RATE_LIMITED: {
    en: 'Too many attempts. Try again later.',
    ru: 'Слишком много попыток. Повторите позже.',
    zh: '尝试次数过多，请稍后再试。',
  },
  INVALID_CURSOR: { en: 'The page cursor is not valid.', ru: 'Неверный курсор страницы.', zh: '分页游标无效。' },
  IDEMPOTENCY_KEY_INVALID: {
    en: 'The Idempotency-Key header must be 1 to 200 visible ASCII characters.',
    ru: 'Заголовок Idempotency-Key должен содержать от 1 до 200 видимых символов ASCII.',
    zh: 'Idempotency-Key 请求头必须为 1 到 200 个可见 ASCII 字符。',
  },
  IDEMPOTENCY_KEY_REUSED: {
    en: 'This Idempotency-Key was already used for a different request.',
    ru: 'Этот Idempotency-Key уже использован для другого запроса.',
    zh: '此 Idempotency-Key 已用于另一个请求。',
  },
  IDEMPOTENCY_KEY_IN_PROGRESS: {
    en: 'The first request with this Idempotency-Key is still running; retry in a moment.',
    ru: 'Первый запрос с этим Idempotency-Key ещё выполняется; повторите чуть позже.',
    zh: '使用此 Idempotency-Key 的第一个请求仍在处理中，请稍后重试。',
  },
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
  DATES_OUT_OF_ORDER: {
    en: 'A date is out of order: an end before its start, or a deadline before the signature.',
    ru: 'Даты идут не по порядку: окончание раньше начала или срок раньше подписания.',
    zh: '日期顺序有误：结束早于开始，或期限早于签署日期。',
  },
  STATUS_TRANSITION_FORBIDDEN: {
    en: 'The agreement cannot move to this status from its current one.',
    ru: 'Соглашение не может перейти в этот статус из текущего.',
    zh: '协议不能从当前状态转为该状态。',
  },
} as const satisfies Record<string, Record<Language, string>>;
