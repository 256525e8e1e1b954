import { Badge, Card, Checkbox, Divider, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementDraft } from '../../../../shared/contracts/agreement-drafts';
import { agreementKinds } from '../../../../shared/domain';
import { useLocalized } from '../../../lib/use-language';
import { newOrganization, type ReviewedDraft } from './reviewed-draft';

type Props = { number: number; draft: AgreementDraft; review: ReviewedDraft; onChange: (review: ReviewedDraft) => void };

const statusColor = { matched: 'teal.9', ambiguous: 'orange.9', new: 'gray.8' } as const;

/** One draft, every field editable; registry matches switchable to another candidate or a new organization. */
export function DraftEditor({ number, draft, review, onChange }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const set = (patch: Partial<ReviewedDraft>) => onChange({ ...review, ...patch });
  const partyLabel = (index: number) => {
    const party = review.parties[index]!;
    if (party.choice === newOrganization) return party.newName;
    const candidate = draft.parties[index]!.match.candidates.find((c) => c.id === party.choice);
    return candidate ? localized(candidate.name) : party.newName;
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`draft-${number}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4" id={`draft-${number}`}>{t('pressRelease.draft', { number })}</Title>
          <Checkbox label={t('pressRelease.include')} checked={review.include} onChange={(e) => set({ include: e.currentTarget.checked })} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('pressRelease.kind')} data={agreementKinds.map((k) => ({ value: k, label: t(`enums.agreementKind.${k}`) }))} value={review.kind} allowDeselect={false} onChange={(kind) => kind && set({ kind: kind as ReviewedDraft['kind'] })} />
          <TextInput type="date" label={t('pressRelease.signedOn')} value={review.signedOn} onChange={(e) => set({ signedOn: e.currentTarget.value })} />
        </SimpleGrid>
        <TextInput label={t('pressRelease.agreementTitle')} value={review.title} onChange={(e) => set({ title: e.currentTarget.value })} required />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('pressRelease.place')} value={review.place} onChange={(e) => set({ place: e.currentTarget.value })} />
          <Textarea label={t('pressRelease.occasion')} value={review.occasion} autosize minRows={1} onChange={(e) => set({ occasion: e.currentTarget.value })} />
        </SimpleGrid>

        <Divider label={t('pressRelease.parties')} labelPosition="left" />
        {draft.parties.map((party, index) => {
          const reviewed = review.parties[index]!;
          const setParty = (patch: Partial<typeof reviewed>) => set({ parties: review.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
          return (
            <Stack key={index} gap={4}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={500}>{t('pressRelease.party', { number: index + 1, asWritten: party.asWritten })}</Text>
                <Badge variant="filled" color={statusColor[party.match.status]} tt="none">{t(`pressRelease.matchStatus.${party.match.status}`)}</Badge>
              </Group>
              <Select
                aria-label={t('pressRelease.party', { number: index + 1, asWritten: party.asWritten })}
                data={[
                  ...party.match.candidates.map((c) => ({ value: c.id, label: `${localized(c.name)} · ${Math.round(c.score * 100)} %` })),
                  { value: newOrganization, label: t('pressRelease.createNew', { name: reviewed.newName }) },
                ]}
                value={reviewed.choice}
                allowDeselect={false}
                onChange={(choice) => choice && setParty({ choice })}
              />
              {reviewed.choice === newOrganization && (
                <TextInput label={t('pressRelease.newName')} value={reviewed.newName} onChange={(e) => setParty({ newName: e.currentTarget.value })} />
              )}
            </Stack>
          );
        })}

        {draft.signatories.length > 0 && <Divider label={t('pressRelease.signatories')} labelPosition="left" />}
        {draft.signatories.map((signatory, index) => {
          const reviewed = review.signatories[index]!;
          const setSignatory = (patch: Partial<typeof reviewed>) => set({ signatories: review.signatories.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
          return (
            <Stack key={index} gap={4}>
              <Group gap="xs">
                <Checkbox aria-label={t('pressRelease.includeSignatory', { name: reviewed.fullName })} checked={reviewed.include} onChange={(e) => setSignatory({ include: e.currentTarget.checked })} />
                {signatory.personId && <Badge variant="filled" color="teal.9" tt="none">{t('pressRelease.existingPerson')}</Badge>}
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label={t('pressRelease.fullName')} value={reviewed.fullName} onChange={(e) => setSignatory({ fullName: e.currentTarget.value })} />
                <TextInput label={t('pressRelease.position')} value={reviewed.position} onChange={(e) => setSignatory({ position: e.currentTarget.value })} />
                <Select
                  label={t('pressRelease.signatoryParty')}
                  data={review.parties.map((_, i) => ({ value: String(i), label: partyLabel(i) }))}
                  value={reviewed.partyIndex}
                  onChange={(partyIndex) => setSignatory({ partyIndex, include: partyIndex !== null && reviewed.include })}
                />
              </SimpleGrid>
            </Stack>
          );
        })}

        {draft.directions.length > 0 && <Divider label={t('pressRelease.directions')} labelPosition="left" />}
        <Group gap="md" wrap="wrap">
          {draft.directions.map((direction, index) => (direction.directionId && direction.label ? (
            <Checkbox
              key={index}
              label={`${localized(direction.label)} («${direction.asWritten}»)`}
              checked={review.directionIds.includes(direction.directionId)}
              onChange={(e) => {
                const id = direction.directionId!;
                set({ directionIds: e.currentTarget.checked ? [...review.directionIds, id] : review.directionIds.filter((d) => d !== id) });
              }}
            />
          ) : (
            <Text key={index} size="sm" c="dimmed">«{direction.asWritten}» — {t('pressRelease.notInTaxonomy')}</Text>
          )))}
        </Group>
      </Stack>
    </Card>
  );
}
