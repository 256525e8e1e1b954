/**
 * From a press text to drafts, without the database: the text normalized, the agreements read,
 * each party matched by a function the caller gives (the registry, or a fixed list in the
 * benchmark), each direction mapped to the taxonomy.
 */
import { extractAgreements } from './agreement-extraction';
import type { ExtractedAgreement } from './draft-types';
import { loadMorphology } from './morphology';
import { mentionForMatching, type OrganizationMatch } from './organization-matching';
import { normalizePressText } from './press-text';

export type MatchParty = (mention: string) => Promise<OrganizationMatch> | OrganizationMatch;
export type ReadDraft = ExtractedAgreement & { partyMatches: OrganizationMatch[] };
export type ReadResult = { text: string; wasHtml: boolean; drafts: ReadDraft[] };

export async function readPressRelease(input: string, publishedOn: string | null, matchParty: MatchParty): Promise<ReadResult> {
  await loadMorphology();
  const { text, wasHtml } = normalizePressText(input);
  const drafts: ReadDraft[] = [];
  for (const agreement of extractAgreements(text, publishedOn)) {
    const partyMatches: OrganizationMatch[] = [];
    for (const party of agreement.parties) partyMatches.push(await matchParty(mentionForMatching(party.name, party.territory)));
    drafts.push({ ...agreement, partyMatches });
  }
  return { text, wasHtml, drafts };
}
