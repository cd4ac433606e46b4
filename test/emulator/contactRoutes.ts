import type { RequestContext } from './context';
import {
	type ApiResponse,
	fieldError,
	methodNotAllowed,
	messages,
	noContent,
	notFound,
	requestError,
	typeMismatch,
	validationFailed,
} from './errors';
import { presentContact } from './presenters';
import { now } from './store';
import type { Contact } from './types';
import {
	type ContactChanges,
	duplicateErrors,
	unknownParameterErrors,
	validateContactBody,
} from './validation';

/** Deleted and blocked contacts answer 405 on writes: only GET is left for them. */
function refuseWhenInactive(contact: Contact, method: string): ApiResponse | undefined {
	if (contact.deleted || contact.blocked) return methodNotAllowed(method, ['GET']);
	return undefined;
}

function bodyObject(body: unknown): Record<string, unknown> {
	return (body ?? {}) as Record<string, unknown>;
}

const ENFORCE_MANDATORY_VALUES = ['true', 'false'];

/** enforce_mandatory=false skips required custom fields; none is required here, so only check. */
function writeParameterErrors(query: Record<string, string>): ApiResponse | undefined {
	const unknown = unknownParameterErrors(query, ['enforce_mandatory']);
	if (unknown.length > 0) return validationFailed(unknown);
	const flag = query.enforce_mandatory;
	if (flag === undefined || ENFORCE_MANDATORY_VALUES.includes(flag)) return undefined;
	const message = "It should be either 'true' or 'false'";
	return validationFailed([fieldError('enforce_mandatory', message, 'invalid_value')]);
}

export function createContact({ body, query, state }: RequestContext): ApiResponse {
	const { store, features } = state;
	const refusedQuery = writeParameterErrors(query);
	if (refusedQuery) return refusedQuery;
	const validation = validateContactBody(bodyObject(body), { mode: 'create', store, features });
	if ('errors' in validation) return validationFailed(validation.errors);
	const changes = validation.value;
	const duplicates = duplicateErrors(changes, store);
	if (duplicates.length > 0) return validationFailed(duplicates);

	const contact = store.insert({ ...changes, name: changes.name as string });
	// Freshdesk accepts bounce senders but files them straight into the deleted contacts.
	if (contact.email?.startsWith('mailer-daemon@')) contact.deleted = true;
	return {
		status: 201,
		headers: { Location: `${state.apiBaseUrl}/api/v2/contacts/${contact.id}` },
		body: presentContact(contact, features, true),
	};
}

export function viewContact({ id, state }: RequestContext): ApiResponse {
	const contact = state.store.getContact(id);
	if (!contact) return notFound();
	return { status: 200, body: presentContact(contact, state.features, false) };
}

function applyChanges(contact: Contact, changes: ContactChanges): void {
	const { custom_fields: customFields, ...attributes } = changes;
	Object.assign(contact, attributes);
	if (customFields) contact.custom_fields = { ...contact.custom_fields, ...customFields };
	if (contact.company_id === null) {
		contact.view_all_tickets = false;
		contact.other_companies = [];
	}
	if (contact.email) {
		contact.other_emails = contact.other_emails.filter((email) => email !== contact.email);
	}
	contact.updated_at = now();
}

export function updateContact({ id, body, query, state }: RequestContext): ApiResponse {
	const { store, features } = state;
	const refusedQuery = writeParameterErrors(query);
	if (refusedQuery) return refusedQuery;
	const contact = store.getContact(id);
	if (!contact) return notFound();
	const refusal = refuseWhenInactive(contact, 'PUT');
	if (refusal) return refusal;

	const validation = validateContactBody(bodyObject(body), {
		mode: 'update',
		existing: contact,
		store,
		features,
	});
	if ('errors' in validation) return validationFailed(validation.errors);
	const duplicates = duplicateErrors(validation.value, store, contact.id);
	if (duplicates.length > 0) return validationFailed(duplicates);

	applyChanges(contact, validation.value);
	store.changed();
	return { status: 200, body: presentContact(contact, features, true) };
}

export function deleteContact({ id, state }: RequestContext): ApiResponse {
	const contact = state.store.getContact(id);
	if (!contact) return notFound();
	const refusal = refuseWhenInactive(contact, 'DELETE');
	if (refusal) return refusal;

	contact.deleted = true;
	contact.updated_at = now();
	state.store.changed();
	return noContent();
}

export function hardDeleteContact({ id, query, state }: RequestContext): ApiResponse {
	const unknown = unknownParameterErrors(query, ['force']);
	if (unknown.length > 0) return validationFailed(unknown);
	if (query.force !== undefined && query.force !== 'true' && query.force !== 'false') {
		return validationFailed([
			typeMismatch('force', query.force, 'Boolean'),
		]);
	}
	const contact = state.store.getContact(id);
	if (!contact) return notFound();
	if (!contact.deleted && query.force !== 'true') {
		return requestError(400, 'invalid_value', messages.notSoftDeleted);
	}
	state.store.delete(contact.id);
	return noContent();
}

export function restoreContact({ id, state }: RequestContext): ApiResponse {
	const contact = state.store.getContact(id);
	// Merge secondaries carry parent_id and are gone for good.
	if (!contact || !contact.deleted || contact.parent_id !== null) return notFound();

	contact.deleted = false;
	contact.updated_at = now();
	state.store.changed();
	return noContent();
}

export function sendInvite({ id, state }: RequestContext): ApiResponse {
	const contact = state.store.getContact(id);
	if (!contact) return notFound();
	return refuseWhenInactive(contact, 'PUT') ?? noContent();
}
