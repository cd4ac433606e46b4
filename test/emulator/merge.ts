import type { RequestContext } from './context';
import {
	type ApiResponse,
	fieldError,
	messages,
	noContent,
	typeMismatch,
	validationFailed,
} from './errors';
import { now } from './store';
import type { Contact, FieldError } from './types';
import {
	isPlainObject,
	isValidEmail,
	positiveIntegerError,
	readEmailList,
	readIdArray,
	unknownKeyErrors,
} from './validation';

const MERGE_KEYS = ['primary_contact_id', 'secondary_contact_ids', 'contact'];
const MERGED_CONTACT_KEYS = [
	'email',
	'phone',
	'mobile',
	'twitter_id',
	'unique_external_id',
	'other_emails',
	'company_ids',
];
// A merged contact may hold one value of each of these; Freshdesk makes the caller choose.
const SINGLE_VALUED = ['phone', 'mobile', 'twitter_id', 'unique_external_id'] as const;
const MAX_EMAILS = 10;

interface MergedValues {
	email?: string;
	phone?: string;
	mobile?: string;
	twitter_id?: string;
	unique_external_id?: string;
	other_emails?: string[];
	company_ids?: number[];
}

interface MergeRequest {
	primaryId: number;
	secondaryIds: number[];
	values: MergedValues;
}

function readMergedValues(errors: FieldError[], raw: Record<string, unknown>): MergedValues {
	const values: MergedValues = {};
	if ('email' in raw) {
		if (typeof raw.email !== 'string') {
			errors.push(typeMismatch('email', raw.email, 'String'));
		} else if (!isValidEmail(raw.email.trim())) {
			errors.push(fieldError('email', messages.emailFormat, 'invalid_value'));
		} else values.email = raw.email.trim().toLowerCase();
	}
	for (const key of SINGLE_VALUED) {
		if (!(key in raw)) continue;
		if (typeof raw[key] === 'string') values[key] = (raw[key] as string).trim();
		else errors.push(typeMismatch(key, raw[key], 'String'));
	}
	if ('other_emails' in raw) {
		values.other_emails = readEmailList(errors, 'other_emails', raw.other_emails, MAX_EMAILS - 1);
	}
	if ('company_ids' in raw) {
		values.company_ids = readIdArray(errors, 'company_ids', raw.company_ids);
	}
	return values;
}

function readMergeRequest(body: Record<string, unknown>): { errors: FieldError[] } | MergeRequest {
	const unknown = unknownKeyErrors(body, MERGE_KEYS);
	if (isPlainObject(body.contact)) {
		unknown.push(...unknownKeyErrors(body.contact, MERGED_CONTACT_KEYS));
	}
	if (unknown.length > 0) return { errors: unknown };

	const errors: FieldError[] = [];
	if (body.primary_contact_id === undefined) {
		errors.push(fieldError('primary_contact_id', messages.missingField, 'missing_field'));
	} else {
		const error = positiveIntegerError('primary_contact_id', body.primary_contact_id);
		if (error) errors.push(error);
	}
	let secondaryIds: number[] | undefined;
	if (body.secondary_contact_ids === undefined) {
		errors.push(fieldError('secondary_contact_ids', messages.missingField, 'missing_field'));
	} else {
		secondaryIds = readIdArray(errors, 'secondary_contact_ids', body.secondary_contact_ids);
		if (secondaryIds?.length === 0) {
			errors.push(fieldError('secondary_contact_ids', messages.blank, 'invalid_value'));
		}
	}
	let values: MergedValues = {};
	if ('contact' in body) {
		if (isPlainObject(body.contact)) values = readMergedValues(errors, body.contact);
		else errors.push(typeMismatch('contact', body.contact, 'key/value pair'));
	}
	if (errors.length > 0) return { errors };
	return {
		primaryId: body.primary_contact_id as number,
		secondaryIds: secondaryIds as number[],
		values,
	};
}

function emailsOf(contacts: Contact[]): string[] {
	const emails = contacts.flatMap((contact) => [contact.email, ...contact.other_emails]);
	return [...new Set(emails)].filter((email): email is string => email !== null);
}

function companiesOf(contacts: Contact[]): number[] {
	return [
		...new Set(
			contacts.flatMap((contact) => [
				contact.company_id,
				...contact.other_companies.map((other) => other.company_id),
			]),
		),
	].filter((id): id is number => id !== null);
}

/** Checks the "mandatory if present in both" rule and that chosen values come from the contacts. */
function mergeConsistencyErrors(contacts: Contact[], values: MergedValues): FieldError[] {
	const errors: FieldError[] = [];
	const undecided = SINGLE_VALUED.filter((key) => {
		const distinct = new Set(contacts.map((contact) => contact[key]).filter((value) => value));
		return distinct.size > 1 && values[key] === undefined;
	});
	if (undecided.length > 0) {
		errors.push(fieldError('contact', messages.fillOneOf([...undecided]), 'missing_field'));
	}

	const emails = emailsOf(contacts);
	const companies = companiesOf(contacts);
	const unassociated = [
		...[values.email, ...(values.other_emails ?? [])].filter(
			(email): email is string => email !== undefined && !emails.includes(email),
		),
		...SINGLE_VALUED.flatMap((key) => {
			const value = values[key];
			if (value === undefined) return [];
			return contacts.some((contact) => contact[key] === value) ? [] : [value];
		}),
		...(values.company_ids ?? []).filter((id) => !companies.includes(id)).map(String),
	];
	if (unassociated.length > 0) {
		errors.push(fieldError('contact', messages.unassociated(unassociated), 'invalid_value'));
	}
	const keepsEveryEmail = values.email === undefined && values.other_emails === undefined;
	if (keepsEveryEmail && emails.length > MAX_EMAILS) {
		errors.push(fieldError('contact', messages.mergeLimit(MAX_EMAILS, 'emails'), 'invalid_value'));
	}
	return errors;
}

function mergeInto(
	primary: Contact,
	secondaries: Contact[],
	values: MergedValues,
	multipleCompanies: boolean,
): void {
	const everyone = [primary, ...secondaries];
	const emails = emailsOf(everyone);
	const timestamp = now();

	primary.email = values.email ?? primary.email ?? emails[0] ?? null;
	primary.other_emails = (values.other_emails ?? emails).filter((email) => email !== primary.email);
	for (const key of SINGLE_VALUED) {
		const firstKnown = everyone.map((contact) => contact[key]).find((value) => value);
		primary[key] = values[key] ?? firstKnown ?? null;
	}
	const companyIds = values.company_ids ?? companiesOf(everyone);
	primary.company_id = companyIds[0] ?? null;
	primary.other_companies = multipleCompanies
		? companyIds.slice(1).map((companyId) => ({ company_id: companyId, view_all_tickets: false }))
		: [];
	primary.tags = [...new Set(everyone.flatMap((contact) => contact.tags))];
	primary.updated_at = timestamp;

	for (const secondary of secondaries) {
		Object.assign(secondary, {
			deleted: true,
			parent_id: primary.id,
			email: null,
			other_emails: [],
			twitter_id: null,
			unique_external_id: null,
			updated_at: timestamp,
		});
	}
}

export function mergeContacts({ body, state }: RequestContext): ApiResponse {
	const request = readMergeRequest(isPlainObject(body) ? body : {});
	if ('errors' in request) return validationFailed(request.errors);

	const { store } = state;
	const findActive = (contactId: number) => {
		const contact = store.getContact(contactId);
		return contact && !contact.deleted ? contact : undefined;
	};
	const primary = findActive(request.primaryId);
	const secondaryIds = request.secondaryIds.filter((contactId) => contactId !== request.primaryId);
	const missing = secondaryIds.filter((contactId) => !findActive(contactId));
	const errors: FieldError[] = [];
	if (!primary) {
		const message = messages.noRecords([request.primaryId]);
		errors.push(fieldError('primary_contact_id', message, 'invalid_value'));
	}
	if (missing.length > 0 || secondaryIds.length === 0) {
		const invalid = secondaryIds.length === 0 ? [request.primaryId] : missing;
		errors.push(fieldError('secondary_contact_ids', messages.noRecords(invalid), 'invalid_value'));
	}
	if (errors.length > 0 || !primary) return validationFailed(errors);

	const secondaries = secondaryIds.map((contactId) => findActive(contactId) as Contact);
	const consistency = mergeConsistencyErrors([primary, ...secondaries], request.values);
	if (consistency.length > 0) return validationFailed(consistency);

	mergeInto(primary, secondaries, request.values, state.features.multipleCompanies);
	store.changed();
	return noContent();
}
