import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorMessages, fieldIssueMessages } from '../../shared/errors';
import { hasErrorTexts, initI18n } from '../i18n/i18n';
import { apiGet, ApiError } from './api-client';
import { localizeError } from './api-errors';

// The web tests run without a DOM; the texts only set the page's language on it.
beforeAll(async () => {
  vi.stubGlobal('document', { documentElement: {} });
  await initI18n();
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const answerWith = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe('the API error texts, fetched with the first error answer (ADR 042)', () => {
  it('are not among the texts the entry loads', () => {
    expect(i18next.getResource('ru', 'translation', 'common.retry')).toBeTypeOf('string');
    expect(hasErrorTexts('ru')).toBe(false);
  });

  it('are in when an error answer reaches its caller, so it is said in the reader’s language at once', async () => {
    const issues = [{ path: 'body.name', kind: 'required' }];
    vi.stubGlobal('fetch', answerWith(404, { code: 'NOT_FOUND', message: 'Not found', details: { issues } }));
    const error: unknown = await apiGet('/api/organizations/x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(localizeError(error, 'ru', 'network')).toEqual({ message: errorMessages.NOT_FOUND.ru, fields: { name: fieldIssueMessages.required.ru } });
  });

  it('come in the language chosen afterwards too', async () => {
    await i18next.changeLanguage('zh');
    expect(localizeError(new ApiError(403, 'FORBIDDEN', 'Forbidden'), 'zh', 'network').message).toBe(errorMessages.FORBIDDEN.zh);
    await i18next.changeLanguage('ru');
  });
});
