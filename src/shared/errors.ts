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
  REFERENCE_NOT_FOUND: {
    en: 'Something this refers to does not exist (any more).',
    ru: 'То, на что здесь ссылка, не существует (или уже удалено).',
    zh: '此处引用的对象不存在（或已被删除）。',
  },
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
  NOT_AN_ECOSYSTEM: {
    en: 'This organization is not an ecosystem (a park, cluster or network).',
    ru: 'Эта организация не является экосистемой (парком, кластером или сетью).',
    zh: '该组织不是生态系统（园区、集群或网络）。',
  },
  UNKNOWN_RESIDENT_TYPE: {
    en: 'Unknown resident type. Allowed: resident, anchor resident, start-up resident, virtual resident, participant, partner, co-investor.',
    ru: 'Неизвестный вид резидентства. Допустимы: резидент, якорный резидент, резидент-стартап, резидент без размещения, участник, партнёр, соинвестор.',
    zh: '未知的入驻类型。允许的值：入驻企业、龙头企业、孵化企业、非驻场企业、成员单位、合作伙伴、联合投资方。',
  },
  MEMBERSHIP_OF_ITSELF: {
    en: 'An ecosystem cannot be its own member.',
    ru: 'Экосистема не может быть участником самой себя.',
    zh: '生态系统不能成为自己的成员。',
  },
  MEMBERSHIP_OVERLAP: {
    en: 'This organization already has a membership in the ecosystem over these dates.',
    ru: 'У этой организации уже есть членство в экосистеме на эти даты.',
    zh: '该组织在此期间已是该生态系统的成员。',
  },
  MEMBERSHIP_END_DATE_REQUIRED: {
    en: 'A former resident needs the date the membership ended.',
    ru: 'Для бывшего резидента укажите дату окончания членства.',
    zh: '前入驻企业需要填写成员资格的结束日期。',
  },
  MEMBERSHIP_DATES_REVERSED: {
    en: 'The end date cannot be earlier than the start date.',
    ru: 'Дата окончания не может быть раньше даты начала.',
    zh: '结束日期不能早于开始日期。',
  },
  MEMBERSHIP_ENDED: {
    en: 'This membership has ended; to admit the organization again, add a new membership.',
    ru: 'Это членство завершено; чтобы принять организацию снова, добавьте новое членство.',
    zh: '该成员资格已结束；如需再次接纳该组织，请新增成员资格。',
  },
  REGISTRATION_NUMBER_TAKEN: {
    en: 'A current member of this ecosystem already has this registration number.',
    ru: 'Этот регистрационный номер уже у действующего участника экосистемы.',
    zh: '该生态系统的现有成员已使用此登记号。',
  },
  RATE_LIMITED: {
    en: 'Too many attempts. Try again later.',
    ru: 'Слишком много попыток. Повторите позже.',
    zh: '尝试次数过多，请稍后再试。',
  },
  CONSENT_REQUIRED: {
    en: 'This needs a live consent of the person to the processing of personal data; record it first.',
    ru: 'Для этого нужно действующее согласие лица на обработку персональных данных; сначала зарегистрируйте его.',
    zh: '此操作需要当事人对处理个人数据的有效同意，请先登记同意。',
  },
  CONSENT_ALREADY_GIVEN: {
    en: 'A consent of this kind is already in force.',
    ru: 'Согласие этого вида уже действует.',
    zh: '此类同意已经有效。',
  },
  CONSENT_NOT_GIVEN: {
    en: 'There is no consent of this kind in force to withdraw.',
    ru: 'Действующего согласия этого вида нет — отзывать нечего.',
    zh: '没有可撤回的此类有效同意。',
  },
  CONTACT_ERASED: {
    en: 'The consent was withdrawn and the personal data of this contact erased; it can no longer be changed.',
    ru: 'Согласие отозвано, персональные данные контакта удалены; изменить его больше нельзя.',
    zh: '同意已撤回，该联系人的个人数据已删除，无法再修改。',
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
  IDENTIFIER_TAKEN: {
    en: 'Another organization already has this identifier.',
    ru: 'Этот идентификатор уже есть у другой организации.',
    zh: '另一个组织已使用此标识符。',
  },
  POSSIBLE_DUPLICATE: {
    en: 'Similar organizations already exist. Check them, then confirm that this one is new.',
    ru: 'Похожие организации уже есть. Проверьте их и подтвердите, что это новая.',
    zh: '已存在相似的组织。请核对后确认这是新组织。',
  },
  UNKNOWN_ACTIVITY_CODE: {
    en: 'This code is not in the ОКВЭД2 classifier.',
    ru: 'Такого кода нет в классификаторе ОКВЭД2.',
    zh: '该代码不在 ОКВЭД2 分类中。',
  },
  UNKNOWN_DIRECTION: {
    en: 'This direction is not in the taxonomy.',
    ru: 'Такого направления нет в таксономии.',
    zh: '分类中没有此方向。',
  },
  MERGE_INTO_ITSELF: {
    en: 'An organization cannot be merged into itself.',
    ru: 'Нельзя объединить организацию саму с собой.',
    zh: '组织不能与自身合并。',
  },
  IMPORT_FILE_EMPTY: { en: 'The file is empty.', ru: 'Файл пустой.', zh: '文件为空。' },
  IMPORT_FILE_TOO_LARGE: {
    en: 'The file is too large (at most 20 MB, 200 MB unpacked).',
    ru: 'Файл слишком большой (не более 20 МБ, 200 МБ в распакованном виде).',
    zh: '文件过大（最多 20 MB，解压后 200 MB）。',
  },
  IMPORT_TOO_MANY_ROWS: {
    en: 'The file has too many rows (at most 200,000); split it.',
    ru: 'В файле слишком много строк (не более 200 000); разделите его.',
    zh: '文件行数过多（最多 200,000 行），请拆分。',
  },
  IMPORT_FILE_UNREADABLE: {
    en: 'The file is not a readable CSV or XLSX spreadsheet.',
    ru: 'Файл не читается как таблица CSV или XLSX.',
    zh: '无法将文件读取为 CSV 或 XLSX 表格。',
  },
  IMPORT_DUPLICATE_ROW: {
    en: 'The same organization appears earlier in the file, in row',
    ru: 'Эта организация уже встречается в файле выше, в строке',
    zh: '同一组织已在文件前面出现，见第',
  },
  IMPORT_HAS_ERRORS: {
    en: 'The check found errors; fix the file and check it again.',
    ru: 'Проверка нашла ошибки; исправьте файл и проверьте снова.',
    zh: '检查发现错误；请修改文件后重新检查。',
  },
  IMPORT_NOT_READY: {
    en: 'This import cannot go on from its current state.',
    ru: 'Этот импорт нельзя продолжить из текущего состояния.',
    zh: '该导入无法从当前状态继续。',
  },
  LOGO_NOT_AN_IMAGE: {
    en: 'The logo must be a PNG, JPEG or WebP image.',
    ru: 'Логотип должен быть изображением PNG, JPEG или WebP.',
    zh: '标志必须是 PNG、JPEG 或 WebP 图片。',
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
  INDICATOR_CODE_TAKEN: {
    en: 'An indicator with this code already exists.',
    ru: 'Показатель с таким кодом уже есть.',
    zh: '已存在使用此代码的指标。',
  },
  TARGET_BEFORE_BASE_YEAR: {
    en: 'A target cannot be set for a year before the base year.',
    ru: 'Целевое значение нельзя задать на год раньше базового.',
    zh: '不能为基准年之前的年份设定目标。',
  },
  UNIT_MISMATCH: {
    en: 'The indicators measure different things (their units do not convert); one cannot count towards the other.',
    ru: 'Показатели измеряются в несопоставимых единицах; один не может входить в другой.',
    zh: '指标的计量单位不可换算，不能计入另一个指标。',
  },
  FORMULA_INVALID: {
    en: 'The formula is not valid: use {CODE} of existing indicators, numbers, + - * / and parentheses.',
    ru: 'Формула неверна: используйте {КОД} существующих показателей, числа, + - * / и скобки.',
    zh: '公式无效：请使用现有指标的 {代码}、数字、+ - * / 和括号。',
  },
  FORMULA_CYCLE: {
    en: 'The formula refers back to this indicator through other formulas.',
    ru: 'Формула ссылается на сам показатель через другие формулы (цикл).',
    zh: '公式通过其他公式引用了该指标本身（循环）。',
  },
  CONTRIBUTION_CYCLE: {
    en: 'An indicator cannot contribute to itself or to an indicator that contributes to it.',
    ru: 'Показатель не может входить в себя или в показатель, который входит в него.',
    zh: '指标不能计入自身或计入其下级指标。',
  },
  PERCENT_OUT_OF_RANGE: {
    en: 'A percentage must be between 0 and 100.',
    ru: 'Процент должен быть от 0 до 100.',
    zh: '百分比必须在 0 到 100 之间。',
  },
  ACTUAL_CONFIRMED: {
    en: 'This figure is already confirmed; changing it is a correction and needs a reason.',
    ru: 'Значение уже подтверждено; его изменение — корректировка, укажите причину.',
    zh: '该数值已确认；修改属于更正，需要说明原因。',
  },
  ACTUAL_NOT_SUBMITTED: {
    en: 'Only a submitted figure can be confirmed.',
    ru: 'Подтвердить можно только отправленное значение.',
    zh: '只能确认已提交的数值。',
  },
  DATES_OUT_OF_ORDER: {
    en: 'A date is out of order: an end before its start, or a deadline before the signature.',
    ru: 'Даты идут не по порядку: окончание раньше начала или срок раньше подписания.',
    zh: '日期顺序有误：结束早于开始，或期限早于签署日期。',
  },
  PARTY_TWICE: {
    en: 'An organization is listed as a party more than once.',
    ru: 'Организация указана стороной больше одного раза.',
    zh: '同一组织被多次列为协议方。',
  },
  SIGNATORY_NOT_A_PARTY: {
    en: 'A signatory must be a person of one of the parties, signing for their own organization.',
    ru: 'Подписант должен представлять одну из сторон — свою организацию.',
    zh: '签署人必须是协议某一方的人员，并代表其所在组织签署。',
  },
  RESPONSIBLE_NOT_A_PARTY: {
    en: 'The responsible organization must be a party of the agreement.',
    ru: 'Ответственная организация должна быть стороной соглашения.',
    zh: '负责组织必须是协议的一方。',
  },
  STATUS_TRANSITION_FORBIDDEN: {
    en: 'The agreement cannot move to this status from its current one.',
    ru: 'Соглашение не может перейти в этот статус из текущего.',
    zh: '协议不能从当前状态转为该状态。',
  },
  TERMINATION_REASON_REQUIRED: {
    en: 'Give the reason for the termination.',
    ru: 'Укажите причину расторжения.',
    zh: '请填写终止原因。',
  },
  SIGNED_ON_REQUIRED: {
    en: 'A signed agreement needs its date of signature.',
    ru: 'Для подписанного соглашения нужна дата подписания.',
    zh: '已签署的协议需要填写签署日期。',
  },
  EVIDENCE_REQUIRED: {
    en: 'An obligation is marked done with its evidence: a document, a link or a note.',
    ru: 'Обязательство отмечается выполненным с подтверждением: документом, ссылкой или пояснением.',
    zh: '将义务标记为完成时须提供证明：文件、链接或说明。',
  },
  RELATION_TO_ITSELF: {
    en: 'An agreement cannot be related to itself.',
    ru: 'Соглашение не может ссылаться на само себя.',
    zh: '协议不能与自身关联。',
  },
  DOCUMENT_TYPE_NOT_ALLOWED: {
    en: 'The document must be a PDF, a DOCX file or a PNG, JPEG or WebP image.',
    ru: 'Документ должен быть файлом PDF, DOCX или изображением PNG, JPEG, WebP.',
    zh: '文件必须是 PDF、DOCX 或 PNG、JPEG、WebP 图片。',
  },
  DOCUMENT_TOO_LARGE: {
    en: 'The document is larger than 10 MB.',
    ru: 'Документ больше 10 МБ.',
    zh: '文件超过 10 MB。',
  },
  PRESS_TEXT_EMPTY: {
    en: 'Paste the text of the press release.',
    ru: 'Вставьте текст пресс-релиза.',
    zh: '请粘贴新闻稿的文本。',
  },
  PRESS_TEXT_TOO_LARGE: {
    en: 'The text is longer than 100 KB; paste one press release at a time.',
    ru: 'Текст длиннее 100 КБ: вставляйте по одному пресс-релизу.',
    zh: '文本超过 100 KB，请一次粘贴一篇新闻稿。',
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
