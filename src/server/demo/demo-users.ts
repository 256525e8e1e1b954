import type { Language } from '../../shared/languages';
import type { Role } from '../../shared/roles';
import { orgKeys } from './demo-world-types';

/**
 * One demo user per role, all with the same published password, so that anyone can try every
 * point of view right after `npm start`. The server prints this list and the README repeats it.
 * The names are invented.
 */
export const DEMO_PASSWORD = 'northbridge-demo';

export type DemoUser = {
  email: string;
  role: Role;
  fullName: string;
  language: Language;
  /** The organization (or ecosystem) a scoped role applies to, by demo key. */
  scopeOrganizationKey: string | null;
  /** What the scope is, for the list printed at start. */
  scopeLabel: string | null;
};

export const demoAdminEmail = 'admin@demo.northbridge.local';

export const demoUsers: readonly DemoUser[] = [
  { email: demoAdminEmail, role: 'admin', fullName: 'Демо Администратор', language: 'ru', scopeOrganizationKey: null, scopeLabel: null },
  {
    email: 'coordinator@demo.northbridge.local',
    role: 'coordinator',
    fullName: 'Сардаана Петрова',
    language: 'ru',
    scopeOrganizationKey: null,
    scopeLabel: null,
  },
  {
    email: 'park.manager@demo.northbridge.local',
    role: 'park_manager',
    fullName: 'Татьяна Ковальчук',
    language: 'ru',
    scopeOrganizationKey: orgKeys.greatStone,
    scopeLabel: 'China–Belarus Industrial Park “Great Stone”',
  },
  {
    email: 'member@demo.northbridge.local',
    role: 'member',
    fullName: '王丽娜',
    language: 'zh',
    scopeOrganizationKey: orgKeys.demoMemberCompany,
    scopeLabel: 'Suzhou Ruichuan Biotechnology Co., Ltd. (a “Great Stone” resident)',
  },
  { email: 'analyst@demo.northbridge.local', role: 'analyst', fullName: 'Николай Степанов', language: 'ru', scopeOrganizationKey: null, scopeLabel: null },
];
