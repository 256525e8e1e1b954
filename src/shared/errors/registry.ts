import type { Language } from '../languages';

/** Errors of the registry: organizations, memberships, contacts, directions, imports. */
export const registryErrorMessages = {
  NOT_AN_ECOSYSTEM: {
    en: 'This organization is not an ecosystem (a park, cluster or network).',
    ru: 'Эта организация не является экосистемой (парком, кластером или сетью).',
    zh: '该组织不是生态系统（园区、集群或网络）。',
  },
  UNKNOWN_RESIDENT_TYPE: {
    en: 'Unknown resident type. Allowed: regular resident, anchor resident, start-up resident, virtual resident, participant, partner, co-investor.',
    ru: 'Неизвестный вид резидентства. Допустимы: резидент на общих условиях, якорный резидент, резидент-стартап, резидент без размещения, участник, партнёр, соинвестор.',
    zh: '未知的入驻类型。允许的值：一般入驻企业、龙头企业、孵化企业、非驻场企业、成员单位、合作伙伴、联合投资方。',
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
