import { directions } from '../../db/schema/index';
import { adminOnly, everyone, type MatrixRole, type MatrixRow } from '../../test-support/authorization/matrix';
import type { MatrixWorld } from '../../test-support/authorization/matrix-world';

const labels = (name: string) => ({ ru: `Направление ${name}`, en: `Direction ${name}`, zh: `方向 ${name}` });

/** A direction of its own for each role's attempt, so that one role's write does not change the next one's answer. */
async function freshDirection(world: MatrixWorld, role: MatrixRole, purpose: string) {
  const [row] = await world.db
    .insert(directions)
    .values({ code: `matrix_${purpose}_${role}`, labelRu: 'Матрица', labelEn: 'Matrix', labelZh: '矩阵', fordCode: '1.02' })
    .returning();
  return row!;
}

export const taxonomyMatrix: MatrixRow[] = [
  {
    route: 'GET /api/taxonomy',
    cases: [
      { scope: 'any', request: () => ({ method: 'GET', url: '/api/taxonomy' }), expect: everyone(200) },
      { scope: 'any', request: () => ({ method: 'GET', url: '/api/taxonomy?includeInactive=true' }), expect: adminOnly(200) },
    ],
  },
  {
    route: 'GET /api/taxonomy/:id',
    cases: [{ scope: 'any', request: async (w, role) => ({ method: 'GET', url: `/api/taxonomy/${(await freshDirection(w, role, 'read')).id}` }), expect: everyone(200) }],
  },
  {
    route: 'POST /api/taxonomy',
    cases: [{ scope: 'any', request: (_w, role) => ({ method: 'POST', url: '/api/taxonomy', payload: { code: `matrix_created_${role}`, label: labels(role), fordCode: '2.09' } }), expect: adminOnly(201) }],
  },
  {
    route: 'PATCH /api/taxonomy/:id',
    cases: [{ scope: 'any', request: async (w, role) => ({ method: 'PATCH', url: `/api/taxonomy/${(await freshDirection(w, role, 'edit')).id}`, payload: { label: labels('edited'), active: false } }), expect: adminOnly(200) }],
  },
  {
    route: 'DELETE /api/taxonomy/:id',
    cases: [{ scope: 'any', request: async (w, role) => ({ method: 'DELETE', url: `/api/taxonomy/${(await freshDirection(w, role, 'delete')).id}` }), expect: adminOnly(204) }],
  },
];
