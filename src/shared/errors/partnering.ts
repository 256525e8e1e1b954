import type { Language } from '../languages';

/** Errors of partnering profiles, their review, matching and expressions of interest. */
export const partneringErrorMessages = {
  PROFILE_NOT_EDITABLE: {
    en: 'Only a draft profile can be edited; withdraw it or wait for the review.',
    ru: 'Редактировать можно только черновик профиля; отзовите его или дождитесь экспертизы.',
    zh: '只有草稿状态的简介可以编辑；请撤回或等待审核完成。',
  },
  PROFILE_TRANSITION_FORBIDDEN: {
    en: 'The profile cannot move to this status from its current one.',
    ru: 'Профиль нельзя перевести в этот статус из текущего.',
    zh: '简介无法从当前状态转为该状态。',
  },
  PROFILE_PRECHECKS_FAILED: {
    en: 'The profile does not pass the automatic checks: complete the sections listed.',
    ru: 'Профиль не прошёл автоматическую проверку: дополните указанные разделы.',
    zh: '简介未通过自动检查：请补充所列部分。',
  },
  CONTACT_DATA_IN_ANONYMOUS_PROFILE: {
    en: 'An anonymous profile must not contain contact data or links in its text.',
    ru: 'Анонимный профиль не должен содержать контактные данные или ссылки в тексте.',
    zh: '匿名简介的文本中不得包含联系方式或链接。',
  },
  EXPIRY_IN_PAST: {
    en: 'The expiry date must be in the future.',
    ru: 'Срок действия должен заканчиваться в будущем.',
    zh: '到期日期必须晚于今天。',
  },
  DEAL_SIZE_ONLY_FOR_INVESTMENT: {
    en: 'A deal size is given for investment profiles only.',
    ru: 'Объём сделки указывается только для инвестиционных профилей.',
    zh: '只有投资类简介可以填写交易规模。',
  },
  UNKNOWN_DIRECTION: {
    en: 'A direction is not in the taxonomy.',
    ru: 'Направление отсутствует в классификаторе.',
    zh: '方向不在分类目录中。',
  },
  UNKNOWN_ECOSYSTEM: {
    en: 'A target ecosystem is not an ecosystem of the registry.',
    ru: 'Целевая экосистема не найдена в реестре.',
    zh: '目标生态系统不在登记册中。',
  },
  REVIEW_SCORE_ZERO_NEEDS_COMMENT: {
    en: 'Explain to the author why a criterion scored 0.',
    ru: 'Объясните автору, почему критерий оценён в 0.',
    zh: '请向作者说明某项标准评为 0 分的原因。',
  },
  REVIEW_OWN_PROFILE: {
    en: 'A profile is reviewed by someone who does not act for its organization.',
    ru: 'Экспертизу профиля проводит тот, кто не представляет его организацию.',
    zh: '简介须由不代表该组织的人员审核。',
  },
  NOT_COMPLEMENTARY: {
    en: 'These profiles do not complement each other: an offer matches a request of the same nature.',
    ru: 'Эти профили не дополняют друг друга: предложение сопоставляется с запросом того же рода.',
    zh: '这两个简介不互补：供给只与同类需求匹配。',
  },
  PROFILE_NOT_PUBLISHED: {
    en: 'The profile is not published.',
    ru: 'Профиль не опубликован.',
    zh: '该简介尚未发布。',
  },
  INTEREST_IN_OWN_PROFILE: {
    en: 'An expression of interest goes to another organization\'s profile.',
    ru: 'Заявка о заинтересованности направляется в профиль другой организации.',
    zh: '合作意向只能发给其他组织的简介。',
  },
  INTEREST_ALREADY_OPEN: {
    en: 'An expression of interest between these profiles is already open.',
    ru: 'Заявка о заинтересованности между этими профилями уже открыта.',
    zh: '这两个简介之间已有未完结的合作意向。',
  },
  INTEREST_STEP_FORBIDDEN: {
    en: 'This step does not follow the current stage of the expression of interest.',
    ru: 'Этот шаг не следует за текущим этапом заявки.',
    zh: '该步骤不符合合作意向的当前阶段。',
  },
  OUTCOME_LINK_REQUIRED: {
    en: 'An agreement outcome needs the agreement, a project the link, a closure its reason.',
    ru: 'Для итога «соглашение» укажите соглашение, для проекта — ссылку, для закрытия — причину.',
    zh: '结果为协议时须指明协议，为项目时须提供链接，关闭时须说明原因。',
  },
  GLOSSARY_CONCEPT_NOT_FOUND: {
    en: 'There is no such concept in the glossary.',
    ru: 'Такого понятия в глоссарии нет.',
    zh: '术语表中没有该概念。',
  },
  GLOSSARY_TERM_EXISTS: {
    en: 'This term is already in the glossary.',
    ru: 'Этот термин уже есть в глоссарии.',
    zh: '术语表中已有该术语。',
  },
  GLOSSARY_TERM_INVALID: {
    en: 'A term is a word or phrase of at least two letters (one Chinese character is enough) in the language of its column.',
    ru: 'Термин — слово или словосочетание не короче двух букв (в китайском достаточно одного иероглифа) на языке своей колонки.',
    zh: '术语须为所在语言的词或词组，至少两个字母（中文一个汉字即可）。',
  },
  GLOSSARY_NEW_CONCEPT_INCOMPLETE: {
    en: 'A new concept needs a term in each of the three languages: Russian, English and Chinese.',
    ru: 'Для нового понятия нужен термин на каждом из трёх языков: русском, английском и китайском.',
    zh: '新概念须提供俄文、英文和中文三种语言的术语。',
  },
  GLOSSARY_NO_TERM: {
    en: 'Give at least one term to add to the concept.',
    ru: 'Укажите хотя бы один термин, который нужно добавить к понятию.',
    zh: '请至少提供一个要添加到该概念的术语。',
  },
} as const satisfies Record<string, Record<Language, string>>;
