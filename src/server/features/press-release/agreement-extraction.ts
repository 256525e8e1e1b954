/**
 * Reading agreements out of a Russian press item, deterministically and explainably: every value
 * comes with the span it was read from, the rule that read it and a confidence.
 *
 * An agreement is reported by a sentence that names a kind of document or cooperation together
 * with an act ("подписали соглашение", "заключено соглашение", "договорилась о сотрудничестве",
 * "будет сотрудничать"); "созданной на основе межправительственного соглашения" names a document
 * without an act and starts nothing. The following sentences add to it (signatories, directions,
 * occasion, place, date) until the next agreement, background ("Напомним", "Справка") or five
 * sentences later. A sentence that refers back ("Соответствующее соглашение", "Документ") or adds
 * no parties of its own continues the agreement just read.
 */
import { findDate, findOccasion, findPlace } from './circumstances';
import { findDirections } from './directions';
import type { AgreementKind, ExtractedAgreement, Found, PartyMention, SignatoryMention } from './draft-types';
import { acronymsOf } from './organization-matching';
import { findParties } from './parties';
import { lemmasOf } from './phrases';
import { splitSentences, type Sentence } from './sentences';
import { findSignatories } from './signatories';

const kinds: { pattern: RegExp; kind: AgreementKind; confidence: number }[] = [
  { pattern: /меморандум\p{L}*/iu, kind: 'memorandum', confidence: 0.95 },
  { pattern: /дорожн\p{L}+\s+карт\p{L}*/iu, kind: 'roadmap', confidence: 0.95 },
  { pattern: /протокол\p{L}*\s+о\s+намерениях/iu, kind: 'protocol_of_intent', confidence: 0.95 },
  { pattern: /соглашени\p{L}*/iu, kind: 'cooperation_agreement', confidence: 0.9 },
  { pattern: /(?<!\p{L})договор(?!ил|ен)\p{L}*/iu, kind: 'contract', confidence: 0.85 },
  { pattern: /договорил\p{L}*\s+о\s+(?:сотрудничестве|взаимодействии|партн[её]рстве)|(?:будет|будут|намерены|намерена|намерен)\s+сотрудничать/iu, kind: 'cooperation_agreement', confidence: 0.6 },
];
const act = /подписа\p{L}*|заключ\p{L}*|договорил\p{L}*|сотрудничать|парафир\p{L}*|скрепил\p{L}*|оформил\p{L}*|подпис\p{L}*/iu;
const backReference = /^(?:\S+\s)?(?:соответствующ|данн|это|указанн|документ|подписанн|стороны|партн[её]ры)/iu;
/** "Технопарк подписал три соглашения": an announcement of the agreements that follow, not one of them. */
const announcement = /(?:два|две|три|четыре|пять|несколько|ряд)\s+(?:соглашени|меморандум|договор|документ)/iu;
/** A party named only by its kind ("компания", "технопарк") or as "стороны" refers to one already named. */
const referringWords = new Set(['стороны', 'сторона', 'компания', 'технопарк', 'агрохолдинг', 'университет', 'фонд', 'институт', 'парк', 'кластер', 'банк', 'хаб', 'киностудия', 'студия', 'школа', 'центр', 'республика', 'регион', 'организация', 'вуз']);
const background = /^(?:напомним|справка|справочно|ранее\s|кроме того,\s+в\s+республике)/iu;

function kindOf(sentence: string): Found<AgreementKind> | null {
  if (!act.test(sentence)) return null;
  for (const k of kinds) {
    const match = k.pattern.exec(sentence);
    if (match) return { value: k.kind, span: [match.index, match.index + match[0].length], confidence: k.confidence, rule: match[0] };
  }
  return null;
}

const samePartyKey = (a: string) => lemmasOf(a).sort().join(' ');

/** Which party a signatory's organization is: the one sharing most lemmas, or a new party. */
function attachSignatories(agreement: ExtractedAgreement, signatories: SignatoryMention[]) {
  for (const signatory of signatories) {
    if (!signatory.organization) { agreement.signatories.push(signatory); continue; }
    const own = new Set(lemmasOf(signatory.organization.name));
    let best = -1;
    let bestScore = 0;
    agreement.parties.forEach((party, index) => {
      const lemmas = lemmasOf(party.name);
      const shared = lemmas.filter((l) => own.has(l)).length;
      const score = shared / Math.max(1, Math.min(lemmas.length, own.size));
      if (score > bestScore) { bestScore = score; best = index; }
    });
    const unsigned = agreement.parties.findIndex((_, index) => !agreement.signatories.some((s) => s.partyIndex === index));
    const byKind = own.size === 1 && referringWords.has([...own][0]!);
    const abbreviation = /^\p{Lu}{2,}$/u.test(signatory.organization.asWritten.trim()) ? signatory.organization.asWritten.trim().toLowerCase() : null;
    const byInitials = abbreviation ? agreement.parties.findIndex((p) => acronymsOf(p.name).has(abbreviation)) : -1;
    if (best >= 0 && bestScore >= 0.5) {
      signatory.partyIndex = best;
    } else if (byInitials >= 0) {
      // "директор ИПМ": the initials of a party's name.
      signatory.partyIndex = byInitials;
    } else if (byKind && unsigned >= 0) {
      // "генеральный директор компании": the party named only by its kind is the one still without a signatory.
      signatory.partyIndex = unsigned;
    } else {
      agreement.parties.push({ asWritten: signatory.organization.asWritten, name: signatory.organization.name, span: signatory.organization.span, confidence: 0.7, rule: 'организация подписанта', territory: false });
      signatory.partyIndex = agreement.parties.length - 1;
    }
    agreement.signatories.push(signatory);
  }
}

function addParties(agreement: ExtractedAgreement, parties: PartyMention[]) {
  for (const party of parties) {
    if (!agreement.parties.some((p) => samePartyKey(p.name) === samePartyKey(party.name))) agreement.parties.push(party);
  }
}

function resolveReferences(parties: PartyMention[], earlier: PartyMention[]): PartyMention[] {
  const out: PartyMention[] = [];
  for (const party of parties) {
    const words = lemmasOf(party.asWritten);
    if (words.length !== 1 || !referringWords.has(words[0]!) || /[«"„]/u.test(party.asWritten)) { out.push(party); continue; }
    // "Также компания подписала …": the organization of that kind named last, or else the last subject.
    const referred = [...earlier].reverse().find((p) => lemmasOf(p.name).includes(words[0]!) && lemmasOf(p.name).length > 1)
      ?? (words[0] === 'стороны' ? undefined : earlier.findLast((p) => p.rule.startsWith('A [и B]')));
    if (referred) out.push({ ...referred, asWritten: party.asWritten, span: party.span, confidence: Math.min(referred.confidence, 0.7), rule: `«${party.asWritten}» — ${referred.name}` });
  }
  return out;
}

export function extractAgreements(text: string, publishedOn: string | null = null): ExtractedAgreement[] {
  const sentences = splitSentences(text);
  const agreements: ExtractedAgreement[] = [];
  const named: PartyMention[] = [];
  let announced: { parties: PartyMention[]; sentence: Sentence } | null = null;
  let open: { agreement: ExtractedAgreement; last: number; weakKind: boolean } | null = null;
  for (const sentence of sentences) {
    if (background.test(sentence.text)) { open = null; continue; }
    const kind = kindOf(sentence.text);
    let parties = kind ? resolveReferences(findParties(text, sentence), named) : [];
    named.push(...parties);
    if (kind && announcement.test(sentence.text)) {
      announced = { parties, sentence };
      open = null;
      continue;
    }
    if (kind && announced && parties.length < 2) {
      // "Первое соглашение заключено с компанией …": the announcing sentence gave the other party and the circumstances.
      parties = [...announced.parties.filter((p) => !parties.some((q) => samePartyKey(q.name) === samePartyKey(p.name))), ...parties];
    }
    const absolute = (found: Found<AgreementKind>): Found<AgreementKind> => ({ ...found, span: [sentence.start + found.span[0], sentence.start + found.span[1]] });
    if (kind) {
      const continues = open && sentence.index - open.last <= 2 && (backReference.test(sentence.text) || parties.length === 0 || open.agreement.parties.length === 0);
      if (continues && open) {
        if (open.weakKind && kind.confidence > open.agreement.kind.confidence) { open.agreement.kind = absolute(kind); open.weakKind = false; }
        addParties(open.agreement, parties);
      } else {
        const agreement: ExtractedAgreement = { kind: absolute(kind), parties: [], signatories: [], directions: [], occasion: null, place: null, signedOn: null, sentenceSpans: [] };
        addParties(agreement, parties);
        agreements.push(agreement);
        open = { agreement, last: sentence.index, weakKind: kind.confidence < 0.7 };
      }
    }
    if (!open || sentence.index - open.last > 5) { open = null; continue; }
    if (kind && announced && open.agreement.sentenceSpans.length === 0) readDetails(text, announced.sentence, open.agreement, false, publishedOn, announced.parties);
    readDetails(text, sentence, open.agreement, Boolean(kind), publishedOn, parties);
    open.last = kind ? sentence.index : open.last;
  }
  return agreements.filter((a) => a.parties.length > 0 || a.signatories.length > 0);
}

function readDetails(text: string, sentence: Sentence, agreement: ExtractedAgreement, isAgreementSentence: boolean, publishedOn: string | null, parties: PartyMention[]) {
  agreement.sentenceSpans.push([sentence.start, sentence.end]);
  attachSignatories(agreement, findSignatories(text, sentence));
  const directions = findDirections(text, sentence, isAgreementSentence);
  const strength = (list: typeof directions) => Math.max(0, ...list.map((d) => d.confidence));
  if (directions.length && strength(directions) > strength(agreement.directions)) agreement.directions = directions;
  agreement.occasion ??= findOccasion(text, sentence, parties.map((p) => p.span[0]));
  agreement.place ??= findPlace(text, sentence);
  agreement.signedOn ??= findDate(text, sentence, publishedOn);
}
