import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseCustomFieldChoice } from './customFields';
import { resolveFreshdeskApiUrl } from './domain';
import { COMPANY_URL_PATTERN, CONTACT_URL_PATTERN, locatorValue } from './locators';

const MAX_TEXT_LENGTH = 255;
const MAX_TAG_LENGTH = 32;
export const MAX_SEARCH_QUERY_LENGTH = 512;
const EMAIL = /^[^\s@",;<>]+@[^\s@",;<>]+\.[^\s@",;<>]+$/;

function fail(context: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, {
		description,
		itemIndex: context.getItemIndex(),
	});
}

/**
 * Freshdesk ids are positive integers (64-bit on the server). Anything else would be turned by
 * URL normalisation into another route: an empty id lists every contact and `5/../agents`
 * becomes `/contacts/agents`. Ids above 2^53 cannot travel as JSON numbers, so they are refused too.
 */
export function parseFreshdeskId(value: unknown): number | undefined {
	const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
	if (!/^\d{1,16}$/.test(text)) return undefined;
	const id = Number(text);
	return id > 0 && Number.isSafeInteger(id) ? id : undefined;
}

function describeValue(value: unknown): string {
	if (value === '' || value === undefined || value === null) return 'nothing';
	const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
	return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

export function requireId(context: IExecuteSingleFunctions, value: unknown, label: string): number {
	const id = parseFreshdeskId(value);
	if (id === undefined) {
		fail(
			context,
			`${label} must be a positive whole number, got ${describeValue(value)}`,
			'Use the numeric ID shown in the contact\'s Freshdesk URL, e.g. 42 in https://acme.freshdesk.com/a/contacts/42.',
		);
	}
	return id;
}

export function parseIdList(context: IExecuteSingleFunctions, value: unknown, label: string): number[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	const ids = parts
		.map((part) => (typeof part === 'string' ? part.trim() : part))
		.filter((part) => part !== '' && part !== undefined && part !== null)
		.map((part) => requireId(context, part, label));
	return [...new Set(ids)];
}

export function listOfStrings(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((part) => String(part ?? '').trim()).filter((part) => part !== '');
}

function fieldLabelForList(property: string): string {
	return { tags: 'Tags', other_emails: 'Other emails' }[property] ?? property;
}

/** Expressions may hand over an array or a comma-separated string; Freshdesk wants an array. */
export function bodyListPreSend(property: string) {
	return async function toList(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body = (requestOptions.body ?? {}) as IDataObject;
		const value = body[property];
		const parts = Array.isArray(value) ? value : [value];
		const nested = parts.find((part) => typeof part === 'object' && part !== null);
		if (nested !== undefined) {
			fail(
				this,
				`${fieldLabelForList(property)} must be text, got ${describeValue(nested)}`,
				'Give a comma-separated text or a list of texts.',
			);
		}
		body[property] = listOfStrings(value);
		requestOptions.body = body;
		return requestOptions;
	};
}

/**
 * The routing built the URL from the raw value, so a pasted " 42 " or "0042" would reach
 * `/contacts/%2042%20` or `/contacts/0042`; the path is rebuilt from the parsed ID.
 */
export async function validateContactId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const value = this.getNodeParameter('contactId', '', { extractValue: true });
	const id = requireId(this, value, 'Contact ID');
	if (typeof requestOptions.url === 'string') {
		requestOptions.url = requestOptions.url.replace(/^\/contacts\/[^/?#]*/, `/contacts/${id}`);
	}
	return requestOptions;
}

/** The request helper cannot see the credential's rule, so every request checks it first. */
export async function assertFreshdeskDomain(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const credentials = await this.getCredentials<{ domain?: string }>('freshdeskContactsApi');
	if (!resolveFreshdeskApiUrl(credentials.domain)) {
		fail(
			this,
			'The Freshdesk domain in the credential is not a Freshdesk account',
			'Enter your Freshdesk subdomain ("acme", "acme.freshdesk.com" or "https://acme.freshdesk.com"). Other hosts are refused so the API key is only sent to Freshdesk.',
		);
	}
	return requestOptions;
}

export async function sendNoBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	// Restore and send_invite answer 400 "Content should not be sent in the request" to any body.
	delete requestOptions.body;
	return requestOptions;
}

function checkText(context: IExecuteSingleFunctions, label: string, value: unknown) {
	if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) {
		fail(context, `${label} has ${value.length} characters; Freshdesk allows at most ${MAX_TEXT_LENGTH}`);
	}
}

function checkEmail(context: IExecuteSingleFunctions, label: string, value: unknown) {
	if (value === undefined || value === null || value === '') return;
	if (typeof value !== 'string' || !EMAIL.test(value.trim())) {
		fail(context, `${label} is not a valid email address: ${describeValue(value)}`);
	}
}

export function toDateOnly(value: unknown): string | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
	const text = String(value ?? '').trim();
	const match = text.match(/^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/);
	if (!match) return undefined;
	const parsed = new Date(`${match[1]}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(match[1]) ? match[1] : undefined;
}

interface CustomFieldEntry {
	name?: string;
	textValue?: unknown;
	numberValue?: unknown;
	booleanValue?: unknown;
	dateValue?: unknown;
	dropdownValue?: unknown;
}

function customFieldValue(
	context: IExecuteSingleFunctions,
	name: string,
	kind: string,
	entry: CustomFieldEntry,
): unknown {
	const label = `Custom field "${name}"`;
	switch (kind) {
		case 'number': {
			const value = entry.numberValue;
			const number = typeof value === 'number' ? value : Number(String(value ?? '').trim());
			if (value === '' || value === null || value === undefined || !Number.isFinite(number)) {
				fail(context, `${label} needs a number, got ${describeValue(value)}`);
			}
			return number;
		}
		case 'checkbox': {
			const value = entry.booleanValue;
			if (typeof value === 'boolean') return value;
			if (value === 'true' || value === 'false') return value === 'true';
			return fail(context, `${label} needs true or false, got ${describeValue(value)}`);
		}
		case 'date': {
			const date = toDateOnly(entry.dateValue);
			if (!date) {
				fail(context, `${label} needs a date (YYYY-MM-DD), got ${describeValue(entry.dateValue)}`);
			}
			return date;
		}
		case 'dropdown': {
			const value = entry.dropdownValue;
			if (value === '' || value === null || value === undefined) {
				fail(context, `${label} has no choice selected`, 'Pick one of the dropdown\'s choices.');
			}
			return String(value);
		}
		default: {
			// A field named by expression has no known type: its value goes out as the
			// expression returned it (a boolean stays a boolean).
			const value = entry.textValue;
			if (value === null || value === undefined) return null;
			if (typeof value === 'number' || typeof value === 'boolean') return value;
			const text = String(value);
			checkText(context, label, text);
			return text;
		}
	}
}

/** Custom fields go out keyed by field name (no `cf_` prefix), each value in its own JSON type. */
export function customFieldsPreSend(collection: string) {
	return async function buildCustomFields(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const entries = this.getNodeParameter(`${collection}.customFields.field`, []) as CustomFieldEntry[];
		const customFields: IDataObject = {};
		for (const entry of entries) {
			const picked = parseCustomFieldChoice(entry.name);
			if (!picked?.name) fail(this, 'A custom field has no name', 'Pick the field, or remove the empty row.');
			const name = picked.name.replace(/^cf_/, '');
			if (!/^[A-Za-z0-9_]+$/.test(name)) {
				fail(
					this,
					`"${picked.name}" is not a Freshdesk custom field name`,
					'Use the field name from Get Fields (letters, digits and underscores, without "cf_").',
				);
			}
			const kind = picked.kind ?? 'text';
			customFields[name] = customFieldValue(this, name, kind, entry) as
				| string
				| number
				| boolean
				| null;
		}
		if (Object.keys(customFields).length) {
			requestOptions.body = { ...(requestOptions.body as IDataObject), custom_fields: customFields };
		}
		return requestOptions;
	};
}

/** The company locator yields a string; Freshdesk wants a positive integer. */
export function companyIdPreSend(target: 'body' | 'qs') {
	return async function toCompanyId(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const values = (requestOptions[target] ?? {}) as IDataObject;
		values.company_id = requireId(
			this,
			locatorValue(values.company_id, COMPANY_URL_PATTERN),
			'Company ID',
		);
		requestOptions[target] = values;
		return requestOptions;
	};
}

export function otherCompaniesPreSend(collection: string) {
	return async function buildOtherCompanies(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const entries = this.getNodeParameter(`${collection}.otherCompanies.company`, []) as IDataObject[];
		const companies = entries.map((entry) => ({
			company_id: requireId(
				this,
				locatorValue(entry.companyId, COMPANY_URL_PATTERN),
				'Other company ID',
			),
			view_all_tickets: entry.viewAllTickets === true,
		}));
		requestOptions.body = { ...(requestOptions.body as IDataObject), other_companies: companies };
		return requestOptions;
	};
}

/**
 * Contacts to merge come from the pickers (`contactsToMerge`) and from `secondaryContactIds`, a
 * comma-separated string or an array that expressions and AI agents fill in; both count.
 */
export function secondaryContactIdValues(context: IExecuteSingleFunctions): unknown[] {
	const picked = context.getNodeParameter('contactsToMerge.contact', []) as IDataObject[];
	const typed = context.getNodeParameter('secondaryContactIds', '');
	return [
		...picked.map((entry) => locatorValue(entry.contactId, CONTACT_URL_PATTERN)),
		...(Array.isArray(typed) ? typed : String(typed ?? '').split(',')),
	];
}

const TEXT_ATTRIBUTE_LABELS: Record<string, string> = {
	name: 'Name',
	phone: 'Phone',
	mobile: 'Mobile',
	address: 'Address',
	description: 'Description',
	job_title: 'Job Title',
	twitter_id: 'Twitter ID',
	unique_external_id: 'Unique External ID',
	time_zone: 'Time Zone',
	language: 'Language',
};
const TEXT_ATTRIBUTES = Object.keys(TEXT_ATTRIBUTE_LABELS);

/** Catches what Freshdesk would refuse anyway, before the request spends an API credit. */
export async function validateContactBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;

	if (requestOptions.method === 'PUT' && Object.keys(body).length === 0) {
		fail(this, 'Nothing to update', 'Add at least one field under "Update Fields".');
	}
	if ('name' in body && String(body.name ?? '').trim() === '') {
		fail(this, 'Name cannot be empty', 'Freshdesk requires every contact to have a name.');
	}
	for (const key of TEXT_ATTRIBUTES) {
		const value = body[key];
		if (typeof value === 'number' && Number.isFinite(value)) body[key] = String(value);
		else if (value !== undefined && value !== null && typeof value !== 'string') {
			fail(this, `${TEXT_ATTRIBUTE_LABELS[key]} must be text, got ${describeValue(value)}`);
		}
		// Description is the one text Freshdesk does not cap at 255 characters.
		if (key !== 'description') checkText(this, TEXT_ATTRIBUTE_LABELS[key], body[key]);
	}
	if (body.view_all_tickets === 'true' || body.view_all_tickets === 'false') {
		body.view_all_tickets = body.view_all_tickets === 'true';
	}
	checkEmail(this, 'Email', body.email);

	const otherEmails = body.other_emails as unknown[] | undefined;
	if (otherEmails) {
		if (otherEmails.length > 9) fail(this, `Freshdesk allows at most 9 other emails, got ${otherEmails.length}`);
		for (const email of otherEmails) checkEmail(this, 'Other email', email);
	}

	const tags = body.tags as unknown[] | undefined;
	for (const tag of tags ?? []) {
		const text = String(tag);
		if (text.includes(',')) fail(this, `Tag ${describeValue(text)} contains a comma, which Freshdesk does not allow`);
		if (text.length > MAX_TAG_LENGTH) {
			fail(this, `Tag ${describeValue(text)} has ${text.length} characters; Freshdesk allows at most ${MAX_TAG_LENGTH}`);
		}
	}

	if (body.view_all_tickets === true && body.company_id === undefined && requestOptions.method === 'POST') {
		fail(this, 'View All Tickets needs a company', 'Set Company, or turn off View All Tickets.');
	}
	return requestOptions;
}

/**
 * Freshdesk wants the whole query inside double quotes and counts those quotes toward its
 * 512-character limit; without them it answers with a generic "query is invalid".
 */
export function quoteSearchQuery(query: string): string {
	const trimmed = query.trim();
	const inner = /^".*"$/s.test(trimmed) && trimmed.length >= 2 ? trimmed.slice(1, -1).trim() : trimmed;
	return `"${inner}"`;
}

export async function prepareSearchQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const raw = this.getNodeParameter('query', '');
	if (raw !== undefined && raw !== null && typeof raw !== 'string') {
		fail(
			this,
			`The search query must be text, got ${describeValue(raw)}`,
			"Write a query such as email:'jane@example.com' or company_id:42; an expression must return text.",
		);
	}
	if (typeof raw !== 'string' || raw.trim() === '' || raw.trim() === '""') {
		fail(this, 'The search query is empty', "Write a query such as email:'jane@example.com' or company_id:42.");
	}
	const quoted = quoteSearchQuery(raw);
	if (quoted.slice(1, -1).includes('"')) {
		fail(
			this,
			'The search query contains a double quote',
			"Freshdesk's query language puts strings in single quotes: name:'Jane Doe'.",
		);
	}
	if ((quoted.slice(1, -1).match(/'/g) ?? []).length % 2 === 1) {
		fail(this, 'The search query has an unclosed single quote', "Close each string value: email:'jane@example.com'.");
	}
	if (quoted.length > MAX_SEARCH_QUERY_LENGTH) {
		fail(
			this,
			`The search query has ${quoted.length} characters with its quotes; Freshdesk allows at most ${MAX_SEARCH_QUERY_LENGTH}`,
			'Split the search into several shorter queries.',
		);
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), query: quoted };
	return requestOptions;
}

/** Freshdesk reads a time without a zone as UTC; it is sent in the form the API documents. */
export async function normalizeUpdatedSince(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	const raw = String(qs._updated_since ?? '').trim();
	const hasZone = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(raw);
	const parsed = /^\d{4}-\d{2}-\d{2}/.test(raw) ? new Date(hasZone || raw.length === 10 ? raw : `${raw}Z`) : new Date(NaN);
	if (Number.isNaN(parsed.getTime()) || !toDateOnly(raw.slice(0, 10))) {
		fail(this, `Updated Since is not a date and time: ${describeValue(raw)}`, 'Use e.g. 2026-01-31T08:00:00Z, or pick a date.');
	}
	qs._updated_since = parsed.toISOString().replace(/\.\d{3}Z$/, 'Z');
	requestOptions.qs = qs;
	return requestOptions;
}

export function agentIdListPreSend(option: string, property: string) {
	return async function buildAgentIdList(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const value = this.getNodeParameter(`agentOptions.${option}`, '');
		requestOptions.body = {
			...(requestOptions.body as IDataObject),
			[property]: parseIdList(this, value, fieldLabelForIds(property)),
		};
		return requestOptions;
	};
}

function fieldLabelForIds(property: string): string {
	return { group_ids: 'Group ID', role_ids: 'Role ID', skill_ids: 'Skill ID' }[property] ?? property;
}

/** Merge sends integer ids; the values to keep go under `contact`, as Freshdesk expects. */
export async function buildMergeBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const primary = requireId(
		this,
		this.getNodeParameter('primaryContactId', '', { extractValue: true }),
		'Primary Contact ID',
	);
	const secondaries = parseIdList(this, secondaryContactIdValues(this), 'Contact to merge ID');
	if (secondaries.length === 0) {
		fail(this, 'Add at least one contact to merge into the primary contact');
	}
	if (secondaries.includes(primary)) {
		fail(this, `Contact ${primary} cannot be merged into itself`, 'Remove the primary contact from "Contacts to Merge".');
	}

	const values = this.getNodeParameter('mergedValues', {}) as IDataObject;
	const contact: IDataObject = {};
	for (const [option, key] of [
		['email', 'email'],
		['phone', 'phone'],
		['mobile', 'mobile'],
		['twitterId', 'twitter_id'],
		['uniqueExternalId', 'unique_external_id'],
	]) {
		if (values[option] !== undefined && values[option] !== '') contact[key] = String(values[option]).trim();
	}
	checkEmail(this, 'Email', contact.email);
	if (values.otherEmails !== undefined && values.otherEmails !== '') {
		contact.other_emails = listOfStrings(values.otherEmails);
		for (const email of contact.other_emails as string[]) checkEmail(this, 'Other email', email);
	}
	if (values.companyIds !== undefined && values.companyIds !== '') {
		contact.company_ids = parseIdList(this, values.companyIds, 'Company ID');
	}

	requestOptions.body = {
		primary_contact_id: primary,
		secondary_contact_ids: secondaries,
		...(Object.keys(contact).length ? { contact } : {}),
	};
	return requestOptions;
}

/** The field lists sit inside a `fields` object; both arrays must be present, even if empty. */
export async function buildExportBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const defaultFields = listOfStrings(this.getNodeParameter('defaultFields', []));
	const customFields = listOfStrings(this.getNodeParameter('customFields', '')).map((name) =>
		name.replace(/^cf_/, ''),
	);
	if (defaultFields.length + customFields.length === 0) {
		fail(this, 'Choose at least one field to export');
	}
	requestOptions.body = { fields: { default_fields: defaultFields, custom_fields: customFields } };
	return requestOptions;
}
