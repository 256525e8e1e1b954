import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createMembershipInput, updateMembershipInput, type Member } from '../../../../shared/contracts/ecosystems';
import { membershipStatuses } from '../../../../shared/domain';
import { errorMessages, fieldIssueMessages } from '../../../../shared/errors';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { localizeError } from '../../../lib/api-errors';
import { validateForm } from '../../../lib/form-errors';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCreateMembership } from '../api/create-membership';
import { useDeleteMembership } from '../api/delete-membership';
import { useUpdateMembership } from '../api/update-membership';
import { OrganizationSelect } from '../../../components/domain/organization-select';
import { useResidentTypeOptions } from './resident-type';
import { notify } from '../../../components/ui/notify';

type MembershipFormModalProps = { ecosystemId: string; member?: Member; onClose: () => void };

const today = () => new Date().toISOString().slice(0, 10);
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Adds an organization to the register, or edits an entry when `member` is given. */
export function MembershipFormModal({ ecosystemId, member, onClose }: MembershipFormModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const residentTypeOptions = useResidentTypeOptions();
  const createMembership = useCreateMembership();
  const updateMembership = useUpdateMembership();
  const deleteMembership = useDeleteMembership();
  const mutation = member ? updateMembership : createMembership;
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [status, setStatus] = useState<string>(member?.status ?? 'applicant');
  const [dateFrom, setDateFrom] = useState(member?.dateFrom ?? today());
  const [dateTo, setDateTo] = useState(member?.dateTo ?? '');
  const [residentType, setResidentType] = useState<string | null>(member?.residentType ?? null);
  const [registrationNumber, setRegistrationNumber] = useState(member?.registrationNumber ?? '');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = mutation.error ? localizeError(mutation.error, language, '').fields : {};
  const errors = { ...serverErrors, ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { status, dateFrom, dateTo: orNull(dateTo), residentType, registrationNumber: orNull(registrationNumber) };
    const checked = member
      ? validateForm(updateMembershipInput, fields, language)
      : validateForm(createMembershipInput, { ...fields, organizationId: organizationId ?? '' }, language);
    const problems = { ...(checked.fields ?? {}) };
    if (!member && !organizationId) problems.organizationId = fieldIssueMessages.required[language];
    // The server's own rule, said before sending: a former resident has an end date.
    if (status === 'former' && !fields.dateTo) problems.dateTo = errorMessages.MEMBERSHIP_END_DATE_REQUIRED[language];
    setClientErrors(problems);
    if (!checked.data || Object.keys(problems).length > 0) return;
    const done = (message: string) => () => {
      notify(message, 'green');
      onClose();
    };
    if (member) updateMembership.mutate({ id: member.id, input: checked.data }, { onSuccess: done(t('common.saved')) });
    else createMembership.mutate({ ecosystemId, input: checked.data as never }, { onSuccess: done(t('ecosystems.added')) });
  }

  const title = member ? t('ecosystems.editFor', { name: localized(member.organization.name) }) : t('ecosystems.addMember');
  return (
    <AppModal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          {!member && <OrganizationSelect
              label={t('ecosystems.organizationPicker')}
              required
              value={organizationId}
              onChange={(id) => {
                setOrganizationId(id);
                // A choice answers the earlier complaint; it should not stay red until the next try.
                setClientErrors(({ organizationId: _answered, ...rest }) => rest);
              }}
              error={errors.organizationId}
            />}
          <Select
            label={t('ecosystems.status')}
            required
            data={membershipStatuses.map((value) => ({ value, label: t(`enums.membershipStatus.${value}`) }))}
            value={status}
            onChange={(value) => setStatus(value ?? 'applicant')}
            allowDeselect={false}
            error={errors.status}
            comboboxProps={{ withinPortal: true }}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput type="date" label={t('ecosystems.dateFromLabel')} required value={dateFrom} onChange={(e) => setDateFrom(e.currentTarget.value)} error={errors.dateFrom} miw={160} />
            <TextInput
              type="date"
              label={t('ecosystems.dateToLabel')}
              description={t('ecosystems.dateToHint')}
              value={dateTo}
              onChange={(e) => setDateTo(e.currentTarget.value)}
              error={errors.dateTo}
              miw={160}
            />
          </Group>
          <Select
            label={t('ecosystems.residentType')}
            placeholder={t('common.none')}
            clearable
            data={residentTypeOptions}
            value={residentType}
            onChange={setResidentType}
            error={errors.residentType}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput label={t('ecosystems.registrationNumberLabel')} value={registrationNumber} onChange={(e) => setRegistrationNumber(e.currentTarget.value)} error={errors.registrationNumber} />
          {member && confirmingDelete && (
            <Alert color="red" variant="light" role="alert">
              <Stack gap="xs">
                <Text size="sm" c="red.9">
                  {t('ecosystems.deleteConfirm')}
                </Text>
                {deleteMembership.isError && <ErrorAlert error={deleteMembership.error} />}
                <Group>
                  <Button color="red.9" size="xs" loading={deleteMembership.isPending} onClick={() => deleteMembership.mutate(member.id, { onSuccess: () => { notify(t('ecosystems.deleted'), 'green'); onClose(); } })}>
                    {t('ecosystems.deleteEntry')}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setConfirmingDelete(false)}>
                    {t('common.cancel')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <Group justify="space-between">
            {member && !confirmingDelete ? (
              <Button variant="subtle" color="red.9" onClick={() => setConfirmingDelete(true)}>
                {t('ecosystems.deleteEntry')}
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {member ? t('common.save') : t('common.create')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
