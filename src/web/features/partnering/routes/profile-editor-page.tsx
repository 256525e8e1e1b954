import { Alert, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ProfileDto } from '../../../../shared/contracts/partnering';
import { precheckProfile } from '../../../../shared/partnering-prechecks';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useCurrentUser, useProfile } from '../api/partnering';
import { useCreateProfile, useSubmitById, useUpdateProfile } from '../api/profile-editor';
import { emptyValues, fieldsOf, valuesOf, type EditorValues } from '../components/editor-values';
import { PrecheckPanel } from '../components/precheck-panel';
import { ProfileEditorForm } from '../components/profile-editor-form';
import { ReviewResult } from '../components/review-result';

/** Writing an offer or request: saved as a draft, submitted once the pre-checks (shown live) pass. */
function Editor({ existing, defaultOrganizationId }: { existing: ProfileDto | null; defaultOrganizationId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<EditorValues>(() => (existing ? valuesOf(existing) : emptyValues(defaultOrganizationId)));
  const change = (patch: Partial<EditorValues>) => setValues((v) => ({ ...v, ...patch }));
  const create = useCreateProfile();
  const update = useUpdateProfile();
  const submit = useSubmitById();
  const findings = precheckProfile(values);
  const busy = create.isPending || update.isPending || submit.isPending;
  const error = create.error ?? update.error ?? submit.error;

  /** Saves the draft and answers its id. */
  async function save(): Promise<string> {
    if (existing) return (await update.mutateAsync({ id: existing.id, input: fieldsOf(values) })).id;
    return (await create.mutateAsync({ ...fieldsOf(values), organizationId: values.organizationId! })).id;
  }
  async function saveDraft() {
    const id = await save();
    notify(t('partneringWork.editor.saved'));
    if (!existing) await navigate(`/partnering/profiles/${id}/edit`, { replace: true });
  }
  async function saveAndSubmit() {
    const id = await save();
    await submit.mutateAsync(id);
    notify(t('partneringWork.editor.submitted'));
    await navigate(`/partnering/profiles/${id}`);
  }
  const run = (action: () => Promise<void>) => () => void action().catch(() => { /* shown by the error alert */ });

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <ProfileEditorForm values={values} change={change} organizationFixed={!!existing} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">
          {existing?.lastReview && <ReviewResult review={existing.lastReview} />}
          <PrecheckPanel findings={findings} />
          {error && <ErrorAlert error={error} />}
          <Group>
            <Button variant="default" onClick={run(saveDraft)} loading={busy} disabled={!values.title.trim() || !values.organizationId}>{t('partneringWork.editor.saveDraft')}</Button>
            <Button onClick={run(saveAndSubmit)} loading={busy} disabled={findings.length > 0 || !values.organizationId}>{t('partnering.profile.submit')}</Button>
          </Group>
          {findings.length > 0 && <Text size="sm" c="dimmed">{t('partneringWork.editor.submitBlocked')}</Text>}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

export function ProfileEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const user = useCurrentUser();
  const member = user.data?.user?.roles.find((r) => r.role === 'member' && r.scopeOrganizationId);
  if (!id) {
    return (
      <>
        <PageTitle>{t('partneringWork.editor.newTitle')}</PageTitle>
        {user.data && <Editor existing={null} defaultOrganizationId={member?.scopeOrganizationId ?? null} />}
      </>
    );
  }
  return <ExistingProfileEditor id={id} />;
}

function ExistingProfileEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const profile = useProfile(id);
  return (
    <QueryState query={profile}>
      {(p) => (
        <>
          <PageTitle>{t('partneringWork.editor.editTitle')}</PageTitle>
          {p.canEdit && p.status === 'draft'
            ? <Editor key={p.id} existing={p} defaultOrganizationId={null} />
            : <Alert color="gray">{t('partneringWork.editor.notEditable', { status: t(`partnering.statuses.${p.status}`) })}</Alert>}
        </>
      )}
    </QueryState>
  );
}
