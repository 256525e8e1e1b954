import { describe, expect, it } from 'vitest';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { organizationPage } from '../../shared/contracts/registry';
import { compileContractSerializer } from './compiled-serializer';

const summary = (n: number) => ({
  id: `0193b1c2-1234-7abc-8def-${String(n).padStart(12, '0')}`,
  name: { ru: `Организация «${n}» \\ "кавычки"`, en: `Company ${n}`, zh: null },
  shortName: { ru: null, en: null, zh: '公司' },
  kind: 'company' as const,
  country: 'RU',
  region: null,
  city: { ru: 'Якутск', en: 'Yakutsk', zh: null },
  visibility: 'public' as const,
});
const page = { items: [summary(1), summary(2)], page: 1, pageSize: 25, total: 2, nextCursor: null };
const zodWritten = (data: unknown) => serializerCompiler({ schema: organizationPage, method: 'GET', url: '/api/organizations' })(data);

describe('a serializer compiled from a contract', () => {
  it('writes what the Zod serializer writes', () => {
    const compiled = compileContractSerializer(organizationPage);
    expect(JSON.parse(compiled(page))).toEqual(JSON.parse(zodWritten(page)));
    const withCursor = { ...page, nextCursor: 'WyJhIiwiYiJd' };
    expect(JSON.parse(compiled(withCursor))).toEqual(withCursor);
  });

  it('leaves out every property the contract does not declare, at every depth', () => {
    const compiled = compileContractSerializer(organizationPage);
    const leaky = {
      ...page,
      internalNote: 'not for clients',
      items: page.items.map((item) => ({ ...item, headcount: 31337, revenueRub: 4242, passwordHash: 'secret-hash', name: { ...item.name, privateAlias: 'hidden-alias' } })),
    };
    const written = compiled(leaky);
    for (const secret of ['31337', '4242', 'secret-hash', 'hidden-alias', 'not for clients', 'headcount', 'revenueRub']) expect(written).not.toContain(secret);
    // The same filter as Zod's: both write the page without the undeclared fields.
    expect(JSON.parse(written)).toEqual(JSON.parse(zodWritten(leaky)));
    expect(JSON.parse(written)).toEqual(page);
  });
});
