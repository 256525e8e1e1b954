import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, Obligation } from '../../../../shared/contracts/agreements';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useUpdateObligation } from '../api/update-obligation';

type Props = { agreement: Agreement; obligation: Obligation | null; onClose: () => void };

/** The coordinators' edit of a roadmap step: its wording, dates, responsible party, and status short of done. */
export function EditObligationModal({ agreement, obligation, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={obligation !== null} onClose={onClose} title={t('agreements.roadmap.edit')}>
      {obligation && <EditObligationForm key={obligation.id} agreement={agreement} obligation={obligation} onClose={onClose} />}
    </AppModal>
  );
}

function EditObligationForm({ agreement, obligation, onClose }: { agreement: Agreement; obligation: Obligation; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const update = useUpdateObligation(agreement.id);
  const [text, setText] = useState(obligation.text[language] ?? localized(obligation.text));
  const [startsOn, setStartsOn] = useState(obligation.startsOn ?? '');
  const [dueOn, setDueOn] = useState(obligation.dueOn);
  const [responsible, setResponsible] = useState<string | null>(obligation.responsibleOrganization?.id ?? null);
  const [status, setStatus] = useState<string>(obligation.storedStatus);
  const statuses = obligation.storedStatus === 'done' ? ['done', 'planned', 'in_progress', 'cancelled'] : ['planned', 'in_progress', 'cancelled'];
  return (
    <form onSubmit={(event) => {
      event.preventDefault();
      update.mutate(
        { obligationId: obligation.id, input: { text: { ...obligation.text, [language]: text.trim() }, startsOn: startsOn || null, dueOn, responsibleOrganizationId: responsible, status: status as Obligation['storedStatus'] } },
        { onSuccess: () => { notify(t('agreements.roadmap.saved')); onClose(); } },
      );
    }}>
      <Stack gap="sm">
        <TextInput label={t('agreements.roadmap.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} required />
        <Group grow>
          <TextInput type="date" label={t('agreements.roadmap.startsOn')} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} />
          <TextInput type="date" label={t('agreements.roadmap.due')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} required />
        </Group>
        <Select label={t('agreements.roadmap.responsible')} clearable value={responsible} onChange={setResponsible} comboboxProps={{ withinPortal: true }}
          data={agreement.parties.map((p) => ({ value: p.organization.id, label: localized(p.organization.shortName) || localized(p.organization.name) }))} />
        <Select label={t('agreements.roadmap.status')} value={status} onChange={(v) => v && setStatus(v)} allowDeselect={false} comboboxProps={{ withinPortal: true }}
          data={statuses.map((s) => ({ value: s, label: t(`agreements.obligationStatus.${s as Obligation['storedStatus']}`) }))} />
        {update.isError && <ErrorAlert error={update.error} />}
        <Group justify="flex-end"><Button type="submit" loading={update.isPending}>{t('agreements.form.save')}</Button></Group>
      </Stack>
    </form>
  );
}
