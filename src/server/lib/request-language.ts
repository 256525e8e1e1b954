import type { FastifyRequest } from 'fastify';
import { isLanguage, languageFromAcceptHeader, type Language } from '../../shared/languages';

/** The user's chosen language when signed in, else the browser's Accept-Language. */
export function requestLanguage(request: FastifyRequest): Language {
  const chosen = request.actor?.kind === 'user' ? request.actor.language : undefined;
  if (isLanguage(chosen)) return chosen;
  return languageFromAcceptHeader(request.headers['accept-language']);
}
