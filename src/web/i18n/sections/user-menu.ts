import { defineSection } from '../define-section';

export const userMenu = defineSection({
  ru: {
    open: 'Меню пользователя {{name}}',
    account: 'Учётная запись',
    changePassword: 'Сменить пароль',
    apiTokens: 'API-токены',
    logout: 'Выйти',
  },
  en: {
    open: 'User menu of {{name}}',
    account: 'Account',
    changePassword: 'Change password',
    apiTokens: 'API tokens',
    logout: 'Sign out',
  },
  zh: {
    open: '{{name}} 的用户菜单',
    account: '账户',
    changePassword: '修改密码',
    apiTokens: 'API 令牌',
    logout: '退出登录',
  },
});
