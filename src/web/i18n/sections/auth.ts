import { defineSection } from '../define-section';

export const auth = defineSection({
  ru: {
    title: 'Вход в Northbridge',
    subtitle: 'Платформа сотрудничества проектного офиса НОЦ «Север» с инновационными экосистемами-партнёрами.',
    email: 'Электронная почта',
    password: 'Пароль',
    submit: 'Войти',
  },
  en: {
    title: 'Sign in to Northbridge',
    subtitle: 'The cooperation platform of the REC “Sever” project office and its partner innovation ecosystems.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
  },
  zh: {
    title: '登录 Northbridge',
    subtitle: '“北方”科教中心项目办公室与合作创新生态系统的协作平台。',
    email: '电子邮件',
    password: '密码',
    submit: '登录',
  },
});
