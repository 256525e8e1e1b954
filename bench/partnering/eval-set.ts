import type { ProfileType } from '../../src/shared/partnering';
import { topicsLifeSciences } from './eval-topics-1';
import { topicsDigital } from './eval-topics-2';
import { topicsIndustry } from './eval-topics-3';
import { sameLanguageExtras } from './eval-topics-same-language';

/**
 * The labelled evaluation set of the matcher: topics, each of three profiles written for this
 * purpose in three different languages — an offer, a request and a third profile (another offer or
 * request), and for some topics a fourth in the language of one of the others (same-language pairs
 * the baseline can find). Within a topic every complementary pair is judged relevant; across topics nothing is,
 * even when the direction is shared (several topics live in one branch of the taxonomy, so the
 * directions alone cannot tell them apart). TRL and partnership types are left out on purpose:
 * the same for every profile, they would neither help nor leak the labels.
 */
export type EvalProfileText = [language: 'ru' | 'en' | 'zh', direction: string, title: string, summary: string];
export type EvalTopic = { kind: 'technology' | 'business' | 'investment'; third: 'offer' | 'request'; profiles: [EvalProfileText, EvalProfileText, EvalProfileText] };

export type EvalProfile = { key: string; topic: number; type: ProfileType; language: 'ru' | 'en' | 'zh'; direction: string; title: string; summary: string };

export const evalTopics: EvalTopic[] = [...topicsLifeSciences, ...topicsDigital, ...topicsIndustry];

const typeOf = (kind: EvalTopic['kind'], side: 'offer' | 'request'): ProfileType => `${kind}_${side}` as ProfileType;

export function evalProfiles(): EvalProfile[] {
  const written = evalTopics.flatMap((topic, index) => topic.profiles.map(([language, direction, title, summary], position) => ({
    key: `${index}.${position}`,
    topic: index,
    type: typeOf(topic.kind, position === 0 ? 'offer' : position === 1 ? 'request' : topic.third),
    language, direction, title, summary,
  })));
  const extras = sameLanguageExtras.map(({ topic, side, profile: [language, direction, title, summary] }) => ({
    key: `${topic}.3`, topic, type: typeOf(evalTopics[topic]!.kind, side), language, direction, title, summary,
  }));
  return [...written, ...extras];
}
