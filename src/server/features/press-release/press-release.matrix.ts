import type { Expected, MatrixRow } from '../../test-support/authorization/matrix';

const centerOnly = (status: number): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: 403, member: 403, analyst: 403 });
const pressText = 'Компания «Альфа» и компания «Бета» подписали соглашение о сотрудничестве в сфере биотехнологий.';

export const pressReleaseMatrix: MatrixRow[] = [
  {
    route: 'POST /api/agreements/drafts/from-text',
    cases: [{ scope: 'any', request: () => ({ method: 'POST', url: '/api/agreements/drafts/from-text', payload: { text: pressText } }), expect: centerOnly(200) }],
  },
  {
    route: 'POST /api/agreements/drafts/accept',
    cases: [{
      scope: 'own',
      request: (w, role) => ({ method: 'POST', url: '/api/agreements/drafts/accept', payload: { text: pressText, agreements: [{ kind: 'cooperation_agreement', title: `Соглашение ${role}`, parties: [{ organizationId: w.ownOrganization.id }] }] } }),
      expect: centerOnly(201),
    }],
  },
];
