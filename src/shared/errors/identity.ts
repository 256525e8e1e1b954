import type { Language } from '../languages';

/** Errors of signing in, accounts and their scopes. */
export const identityErrorMessages = {
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
} as const satisfies Record<string, Record<Language, string>>;
