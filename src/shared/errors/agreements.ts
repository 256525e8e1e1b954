import type { Language } from '../languages';

/** Errors of agreements, their documents and drafts read from press texts. */
export const agreementsErrorMessages = {
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
