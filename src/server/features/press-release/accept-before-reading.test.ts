import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoUsers } from '../../demo/demo-users';
import { createDemoTestApp, TestClient, type TestApp } from '../../test-support/test-app';

// A file of its own: the process must not have read any press text before (as after a restart
// between reading a release and accepting its drafts), so the dictionaries are not loaded yet.
let t: TestApp;
beforeAll(async () => {
  t = await createDemoTestApp();
}, 120_000);
afterAll(async () => t.close());

it('accepts drafts in a process that has read no press text yet', async () => {
  const coordinator = await new TestClient(t.app).login(demoUsers.find((u) => u.role === 'coordinator')!.email, DEMO_PASSWORD);
  const response = await coordinator.post('/api/agreements/drafts/accept', {
    text: 'Технопарк «Якутия» и ООО «Северный код» подписали меморандум.',
    agreements: [{
      kind: 'memorandum', title: 'Меморандум о сотрудничестве', signedOn: null, place: null, occasion: null,
      parties: [{ newOrganization: { name: 'ООО «Северный код»' } }, { newOrganization: { name: 'Технопарк «Якутия»' } }],
      signatories: [], directionIds: [],
    }],
  });
  expect(response.statusCode, response.body).toBe(201);
  expect(response.json().organizationIds).toHaveLength(2);
});
