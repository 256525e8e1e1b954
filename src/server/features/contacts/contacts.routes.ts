import { idParams, errorResponse } from '../../../shared/contracts/common';
import { addConsentInput, contact, contactList, createContactInput, updateContactInput, withdrawConsentInput } from '../../../shared/contracts/contacts';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import type { ContactsService } from './contacts.service';

export function registerContactsRoutes(app: App, { contacts }: { contacts: ContactsService }) {
  const tags = ['contacts'];
  // Erased contacts and consents already in force or missing answer 409.
  const writeErrors = { ...errorResponses, 409: errorResponse };

  app.get('/api/organizations/:id/contacts', {
    schema: {
      tags, security: signedInOrAnonymous, operationId: 'listContacts', params: idParams,
      summary: 'Contacts of an organization, each as far as the caller may see it (152-FZ consents decide)',
      response: { 200: contactList, ...errorResponses },
    },
  }, async (request) => contacts.list(request.params.id, contextOf(request)));

  app.post('/api/organizations/:id/contacts', {
    schema: {
      tags, security: signedIn, operationId: 'createContact', params: idParams, body: createContactInput,
      summary: 'Add a contact with its consent to processing (and optionally to dissemination)',
      response: { 201: contact, ...writeErrors },
    },
  }, async (request, reply) => reply.status(201).send(await contacts.create(request.params.id, request.body, contextOf(request))));

  app.patch('/api/contacts/:id', {
    schema: {
      tags, security: signedIn, operationId: 'updateContact', params: idParams, body: updateContactInput,
      summary: 'Change the name, position or contact details of a contact', response: { 200: contact, ...writeErrors },
    },
  }, async (request) => contacts.update(request.params.id, request.body, contextOf(request)));

  app.post('/api/contacts/:id/consents', {
    schema: {
      tags, security: signedIn, operationId: 'addContactConsent', params: idParams, body: addConsentInput,
      summary: 'Record a consent of the person (to dissemination, or to processing where none is in force)', response: { 200: contact, ...writeErrors },
    },
  }, async (request) => contacts.addConsent(request.params.id, request.body, contextOf(request)));

  app.post('/api/contacts/:id/withdraw-consent', {
    schema: {
      tags, security: signedIn, operationId: 'withdrawContactConsent', params: idParams, body: withdrawConsentInput,
      summary: 'Record the withdrawal of a consent; withdrawing processing erases the personal data', response: { 200: contact, ...writeErrors },
    },
  }, async (request) => contacts.withdrawConsent(request.params.id, request.body.kind, contextOf(request)));
}
