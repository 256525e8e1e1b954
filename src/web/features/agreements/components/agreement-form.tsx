import { ActionIcon, Alert, Anchor, Button, Checkbox, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createAgreementInput, updateAgreementInput, type Agreement } from '../../../../shared/contracts/agreements';
import { agreementKinds, partyRoles } from '../../../../shared/domain';
import { fieldIssueMessages } from '../../../../shared/errors';
import type { Language } from '../../../../shared/languages';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCreateAgreement } from '../api/create-agreement';
import { useUpdateAgreement } from '../api/update-agreement';
import { useDirections } from '../api/list-directions';
import { OrganizationSelect } from '../../../components/domain/organization-select';
import { SignatorySelect } from './signatory-select';

type Party = { key: number; organizationId: string | null; name: string; role: (typeof partyRoles)[number]; signatoryId: string | null };
type Item = { key: number; text: string; dueOn: string; responsibleOrganizationId: string | null };

let nextKey = 1;
const newParty = (): Party => ({ key: nextKey++, organizationId: null, name: '', role: 'party', signatoryId: null });
const newItem = (): Item => ({ key: nextKey++, text: '', dueOn: '', responsibleOrganizationId: null });
type Localized = { ru: string | null; en: string | null; zh: string | null };
const noText: Localized = { ru: null, en: null, zh: null };
/** The text in the interface language, keeping what the other languages already had. */
const inLanguage = (language: Language, text: string, kept: Localized = noText) => ({ ...kept, [language]: text || null });

/**
 * Registering an agreement in one pass, the way it reads after an official visit: what was signed,
 * by whom (parties from the registry and their signatories), about what (directions), and what
 * comes next (the roadmap). The shared contract checks the form; the server checks the rest.
 */
export function AgreementForm({ agreement }: { agreement?: Agreement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const navigate = useNavigate();
  const create = useCreateAgreement();
  const update = useUpdateAgreement(agreement?.id ?? '');
  const saving = agreement ? update : create;
  const directions = useDirections();
  const [title, setTitle] = useState({ ru: agreement?.title.ru ?? '', en: agreement?.title.en ?? '', zh: agreement?.title.zh ?? '' });
  const [fields, setFields] = useState({
    number: agreement?.number ?? '', kind: agreement?.kind ?? 'cooperation_agreement', status: 'signed', signedOn: agreement?.signedOn ?? '',
    place: agreement?.place[language] ?? '', occasion: agreement?.occasion[language] ?? '', summary: agreement?.summary[language] ?? '', goals: agreement?.goals[language] ?? '',
    validFrom: agreement?.validFrom ?? '', validTo: agreement?.validTo ?? '',
  });
  const [flags, setFlags] = useState({ autoRenewal: agreement?.autoRenewal ?? false, confidential: agreement?.confidential ?? false });
  const [parties, setParties] = useState<Party[]>(() => agreement
    ? agreement.parties.map((p) => ({
      key: nextKey++, organizationId: p.organization.id, name: localized(p.organization.shortName) || localized(p.organization.name), role: p.role,
      signatoryId: agreement.signatories.find((s) => s.partyOrganizationId === p.organization.id)?.personId ?? null,
    }))
    : [newParty(), newParty()]);
  const [directionIds, setDirectionIds] = useState<string[]>(agreement?.directions.map((d) => d.id) ?? []);
  const [items, setItems] = useState<Item[]>([newItem()]);
  const [problems, setProblems] = useState<string[]>([]);
  const set = (key: keyof typeof fields) => (event: { currentTarget: { value: string } }) => setFields({ ...fields, [key]: event.currentTarget.value });
  const chosenParties = parties.filter((p) => p.organizationId);

  function submit() {
    const common = {
      number: fields.number || null,
      kind: fields.kind,
      title: { ru: title.ru || null, en: title.en || null, zh: title.zh || null },
      signedOn: fields.signedOn || null,
      place: inLanguage(language, fields.place, agreement?.place),
      occasion: inLanguage(language, fields.occasion, agreement?.occasion),
      summary: inLanguage(language, fields.summary, agreement?.summary),
      goals: inLanguage(language, fields.goals, agreement?.goals),
      validFrom: fields.validFrom || null,
      validTo: fields.validTo || null,
      ...flags,
      parties: chosenParties.map((p) => ({ organizationId: p.organizationId!, role: p.role })),
      signatories: chosenParties.filter((p) => p.signatoryId).map((p) => ({ personId: p.signatoryId!, partyOrganizationId: p.organizationId! })),
      directionIds,
    };
    // Editing leaves the status to the lifecycle actions and the roadmap to its own section.
    const input = agreement ? common : {
      ...common,
      status: fields.status,
      obligations: items.filter((i) => i.text.trim() || i.dueOn).map((i) => ({ text: inLanguage(language, i.text.trim()), dueOn: i.dueOn, responsibleOrganizationId: i.responsibleOrganizationId })),
    };
    const parsed = (agreement ? updateAgreementInput : createAgreementInput).safeParse(input);
    if (!parsed.success) {
      const found = new Set<string>();
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'parties') found.add(t('agreements.form.needParty'));
        else if (issue.path[0] === 'title') found.add(t('agreements.form.needTitle'));
        else {
          const kind = (issue.code in fieldIssueMessages ? issue.code : 'custom') as keyof typeof fieldIssueMessages;
          found.add(`${issue.path.join('.')}: ${fieldIssueMessages[kind][language]}`);
        }
      }
      setProblems([...found]);
      return;
    }
    setProblems([]);
    const done = (saved: Agreement) => {
      notify(t(agreement ? 'agreements.form.saved' : 'agreements.form.created'));
      void navigate(`/agreements/${saved.id}`);
    };
    if (agreement) update.mutate(input as Parameters<typeof update.mutate>[0], { onSuccess: done });
    else create.mutate(input as Parameters<typeof create.mutate>[0], { onSuccess: done });
  }

  return (
    <form onSubmit={(event) => { event.preventDefault(); submit(); }} noValidate>
      <Stack gap="lg" maw={960}>
        <Fieldset legend={t('agreements.form.basics')}>
          <Stack gap="sm">
            <TextInput label={t('agreements.form.titleRu')} value={title.ru} onChange={(e) => setTitle({ ...title, ru: e.currentTarget.value })} />
            <TextInput label={t('agreements.form.titleEn')} value={title.en} onChange={(e) => setTitle({ ...title, en: e.currentTarget.value })} />
            <TextInput label={t('agreements.form.titleZh')} value={title.zh} onChange={(e) => setTitle({ ...title, zh: e.currentTarget.value })} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('agreements.form.number')} value={fields.number} onChange={set('number')} />
              <Select label={t('agreements.form.kind')} data={agreementKinds.map((k) => ({ value: k, label: t(`enums.agreementKind.${k}`) }))} value={fields.kind} onChange={(v) => v && setFields({ ...fields, kind: v })} allowDeselect={false} />
              {!agreement && <Select label={t('agreements.form.status')} data={(['draft', 'signed', 'active'] as const).map((s) => ({ value: s, label: t(`enums.agreementStatus.${s}`) }))} value={fields.status} onChange={(v) => v && setFields({ ...fields, status: v })} allowDeselect={false} />}
              <TextInput type="date" label={t('agreements.form.signedOn')} value={fields.signedOn} onChange={set('signedOn')} />
              <TextInput type="date" label={t('agreements.form.validFrom')} value={fields.validFrom} onChange={set('validFrom')} />
              <TextInput type="date" label={t('agreements.form.validTo')} value={fields.validTo} onChange={set('validTo')} />
            </SimpleGrid>
            <TextInput label={t('agreements.form.placeRu')} value={fields.place} onChange={set('place')} />
            <TextInput label={t('agreements.form.occasionRu')} value={fields.occasion} onChange={set('occasion')} />
            <Textarea label={t('agreements.form.summaryRu')} value={fields.summary} onChange={set('summary')} autosize minRows={2} />
            <Textarea label={t('agreements.form.goalsRu')} value={fields.goals} onChange={set('goals')} autosize minRows={2} />
            <Group gap="lg">
              <Checkbox label={t('agreements.form.autoRenewal')} checked={flags.autoRenewal} onChange={(e) => setFlags({ ...flags, autoRenewal: e.currentTarget.checked })} />
              <Checkbox label={t('agreements.form.confidential')} checked={flags.confidential} onChange={(e) => setFlags({ ...flags, confidential: e.currentTarget.checked })} />
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('agreements.form.parties')}>
          <Stack gap="sm">
            {parties.map((party, index) => (
              <Group key={party.key} align="flex-end" gap="sm" wrap="wrap">
                <div style={{ flex: '1 1 280px' }}>
                  <OrganizationSelect label={`${t('agreements.form.party')} ${index + 1}`} value={party.organizationId}
                    onChange={(id, name) => setParties(parties.map((p) => (p.key === party.key ? { ...p, organizationId: id, name, signatoryId: null } : p)))} />
                </div>
                <Select label={t('agreements.form.partyRole')} w={160} data={partyRoles.map((r) => ({ value: r, label: t(`enums.partyRole.${r}`) }))} value={party.role}
                  onChange={(v) => v && setParties(parties.map((p) => (p.key === party.key ? { ...p, role: v as Party['role'] } : p)))} allowDeselect={false} />
                {party.organizationId && (
                  <div style={{ flex: '1 1 260px' }}>
                    <SignatorySelect organizationId={party.organizationId} organizationName={party.name} value={party.signatoryId}
                      onChange={(personId) => setParties(parties.map((p) => (p.key === party.key ? { ...p, signatoryId: personId } : p)))} />
                  </div>
                )}
                <ActionIcon variant="subtle" color="red.9" size="lg" aria-label={t('agreements.form.removeParty', { name: party.name || index + 1 })} onClick={() => setParties(parties.filter((p) => p.key !== party.key))}>
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group gap="md" wrap="wrap">
              <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setParties([...parties, newParty()])} w="fit-content">{t('agreements.form.addParty')}</Button>
              <Anchor href="/organizations/new" target="_blank" rel="noopener" size="sm">{t('agreements.form.newOrganization')}</Anchor>
            </Group>
            <Text size="xs" c="dimmed">{t('agreements.form.signatoryHint')}</Text>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('agreements.form.directions')}>
          <MultiSelect aria-label={t('agreements.form.directions')} data={(directions.data?.items ?? []).map((d) => ({ value: d.id, label: localized(d.label) }))}
            value={directionIds} onChange={setDirectionIds} searchable clearable hidePickedOptions comboboxProps={{ withinPortal: true }} />
        </Fieldset>

        {!agreement && <Fieldset legend={t('agreements.form.roadmap')}>
          <Stack gap="sm">
            {items.map((item, index) => (
              <Group key={item.key} align="flex-end" gap="sm" wrap="wrap">
                <TextInput style={{ flex: '2 1 300px' }} label={`${t('agreements.form.obligationText')} ${index + 1}`} value={item.text}
                  onChange={(e) => { const text = e.currentTarget.value; setItems(items.map((i) => (i.key === item.key ? { ...i, text } : i))); }} />
                <TextInput type="date" w={170} label={t('agreements.form.obligationDue')} value={item.dueOn}
                  onChange={(e) => { const dueOn = e.currentTarget.value; setItems(items.map((i) => (i.key === item.key ? { ...i, dueOn } : i))); }} />
                <Select w={220} label={t('agreements.form.obligationResponsible')} clearable data={chosenParties.map((p) => ({ value: p.organizationId!, label: p.name }))} value={item.responsibleOrganizationId}
                  onChange={(v) => setItems(items.map((i) => (i.key === item.key ? { ...i, responsibleOrganizationId: v } : i)))} comboboxProps={{ withinPortal: true }} />
                <ActionIcon variant="subtle" color="red.9" size="lg" aria-label={t('agreements.form.removeObligation', { number: index + 1 })} onClick={() => setItems(items.filter((i) => i.key !== item.key))}>
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setItems([...items, newItem()])} w="fit-content">{t('agreements.form.addObligation')}</Button>
          </Stack>
        </Fieldset>}

        {problems.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {problems.map((problem) => <div key={problem}>{problem}</div>)}
          </Alert>
        )}
        {saving.isError && <ErrorAlert error={saving.error} />}
        <Group><Button type="submit" loading={saving.isPending}>{t(agreement ? 'agreements.form.save' : 'agreements.form.submit')}</Button></Group>
      </Stack>
    </form>
  );
}
