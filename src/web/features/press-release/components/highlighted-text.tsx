import { Mark, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementDraft } from '../../../../shared/contracts/agreement-drafts';

export type SpanKind = 'party' | 'signatory' | 'position' | 'direction' | 'occasion' | 'place' | 'date' | 'kind';
type Highlight = { start: number; end: number; kind: SpanKind; rule: string; confidence: number };

const colors: Record<SpanKind, string> = { party: 'blue.1', signatory: 'green.1', position: 'teal.1', direction: 'yellow.2', occasion: 'grape.1', place: 'orange.1', date: 'orange.1', kind: 'gray.2' };

export function highlightsOf(drafts: AgreementDraft[]): Highlight[] {
  const out: Highlight[] = [];
  const add = (span: [number, number], kind: SpanKind, rule: string, confidence: number) => out.push({ start: span[0], end: span[1], kind, rule, confidence });
  for (const draft of drafts) {
    add(draft.kind.span, 'kind', draft.kind.rule, draft.kind.confidence);
    for (const party of draft.parties) add(party.span, 'party', party.rule, party.confidence);
    for (const signatory of draft.signatories) {
      add(signatory.span, 'signatory', '', signatory.confidence);
      if (signatory.position) add(signatory.position.span, 'position', signatory.position.rule, signatory.position.confidence);
    }
    for (const direction of draft.directions) add(direction.span, 'direction', '', direction.confidence);
    for (const [field, kind] of [['occasion', 'occasion'], ['place', 'place'], ['signedOn', 'date']] as const) {
      const found = draft[field];
      if (found) add(found.span, kind, found.rule, found.confidence);
    }
  }
  // Overlapping spans (a party read again inside a signatory's title) are shown once, the first wins.
  const sorted = out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Highlight[] = [];
  for (const h of sorted) if (!kept.length || h.start >= kept.at(-1)!.end) kept.push(h);
  return kept;
}

/** The text as the server read it, each span it took a field from marked and explained on hover. */
export function HighlightedText({ text, drafts }: { text: string; drafts: AgreementDraft[] }) {
  const { t } = useTranslation();
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [index, h] of highlightsOf(drafts).entries()) {
    if (h.start > at) parts.push(text.slice(at, h.start));
    const explanation = [t(`pressRelease.span.${h.kind}`), h.rule, t('pressRelease.confidence', { percent: Math.round(h.confidence * 100) })].filter(Boolean).join(' · ');
    parts.push(
      <Mark key={index} color={colors[h.kind]} title={explanation} data-kind={h.kind} style={{ borderRadius: 3, padding: '0 2px' }}>
        {text.slice(h.start, h.end)}
      </Mark>,
    );
    at = h.end;
  }
  parts.push(text.slice(at));
  return <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7 }}>{parts}</Text>;
}
