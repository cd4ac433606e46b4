import type { RequestContext } from './context';
import { type ApiResponse, fieldError, messages, validationFailed } from './errors';
import { nextPageLink, readPage, readPagination, slicePage } from './pagination';
import { presentContactListItem, presentSearchResult } from './presenters';
import { compileSearchQuery } from './search';
import type { Contact, FieldError } from './types';
import { isValidEmail, unknownParameterErrors } from './validation';

const LIST_PARAMETERS = [
	'email',
	'mobile',
	'phone',
	'company_id',
	'state',
	'_updated_since',
	'unique_external_id',
	'tag',
	'include',
	'page',
	'per_page',
];
const STATES = ['verified', 'unverified', 'deleted', 'blocked'];
const SEARCH_PAGE_SIZE = 30;
const SEARCH_MAX_PAGE = 10;

const ISO_8601 =
	/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Returns epoch milliseconds, or undefined when Freshdesk would reject the value. */
function parseIso8601(text: string): number | undefined {
	const match = ISO_8601.exec(text);
	if (!match) return undefined;
	const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map(Number);
	if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
		return undefined;
	}
	const local = Date.UTC(year, month - 1, day, hour, minute, second);
	const zone = match[7];
	if (!zone || zone === 'Z') return local;
	const sign = zone.startsWith('-') ? -1 : 1;
	const digits = zone.slice(1).replace(':', '');
	const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
	return local - sign * offsetMinutes * 60_000;
}

type ContactFilter = (contact: Contact) => boolean;

function stateFilter(state: string | undefined): ContactFilter {
	switch (state) {
		case 'deleted':
			return (contact) => contact.deleted;
		case 'blocked':
			return (contact) => contact.blocked && !contact.deleted;
		case 'verified':
			return (contact) => contact.active && !contact.deleted && !contact.blocked;
		case 'unverified':
			return (contact) => !contact.active && !contact.deleted && !contact.blocked;
		default:
			return (contact) => !contact.deleted && !contact.blocked;
	}
}

function listFilters(errors: FieldError[], query: Record<string, string>): ContactFilter[] {
	const filters: ContactFilter[] = [];
	if (query.state !== undefined && !STATES.includes(query.state)) {
		errors.push(fieldError('state', messages.notIncluded(STATES), 'invalid_value'));
	}
	filters.push(stateFilter(query.state));
	if (query.email !== undefined) {
		const email = query.email.trim().toLowerCase();
		if (!isValidEmail(email)) {
			errors.push(fieldError('email', messages.emailFormat, 'invalid_value'));
		}
		filters.push((contact) => contact.email === email || contact.other_emails.includes(email));
	}
	for (const attribute of ['mobile', 'phone', 'unique_external_id'] as const) {
		const wanted = query[attribute];
		if (wanted !== undefined) filters.push((contact) => contact[attribute] === wanted);
	}
	if (query.company_id !== undefined) {
		const companyId = /^\d+$/.test(query.company_id) ? Number(query.company_id) : 0;
		if (companyId <= 0) {
			errors.push(fieldError('company_id', messages.positiveInteger, 'datatype_mismatch'));
		}
		filters.push(
			(contact) =>
				contact.company_id === companyId ||
				contact.other_companies.some((other) => other.company_id === companyId),
		);
	}
	if (query._updated_since !== undefined) {
		const since = parseIso8601(query._updated_since);
		if (since === undefined) {
			errors.push(fieldError('_updated_since', messages.iso8601, 'invalid_value'));
		}
		filters.push((contact) => Date.parse(contact.updated_at) >= (since ?? 0));
	}
	if (query.tag !== undefined) {
		const tag = query.tag.toLowerCase();
		filters.push((contact) => contact.tags.some((candidate) => candidate.toLowerCase() === tag));
	}
	if (query.include !== undefined && query.include !== 'company') {
		errors.push(fieldError('include', messages.notIncluded(['company']), 'invalid_value'));
	}
	return filters;
}

export function listContacts({ query, state }: RequestContext): ApiResponse {
	const unknown = unknownParameterErrors(query, LIST_PARAMETERS);
	if (unknown.length > 0) return validationFailed(unknown);

	const errors: FieldError[] = [];
	const filters = listFilters(errors, query);
	const page = readPagination(errors, query);
	if (errors.length > 0) return validationFailed(errors);

	const matching = state.store
		.sortedContacts()
		.filter((contact) => filters.every((filter) => filter(contact)));
	const withCompany = query.include === 'company';
	const body = slicePage(matching, page).map((contact) =>
		presentContactListItem(
			contact,
			state.features,
			withCompany ? state.store.companyOf(contact) : undefined,
		),
	);
	const headers = nextPageLink(`${state.apiBaseUrl}/api/v2/contacts`, query, page, matching.length);
	return { status: 200, body, headers };
}

/** Autocomplete matches a prefix of any word of the name: "jon" finds "John Jonz". */
export function matchesNamePrefix(name: string, term: string): boolean {
	const lowerName = name.toLowerCase();
	const tokens = lowerName.split(/\s+/);
	return lowerName.startsWith(term) || tokens.some((token) => token.startsWith(term));
}

export function autocompleteContacts({ query, state }: RequestContext): ApiResponse {
	const unknown = unknownParameterErrors(query, ['term']);
	if (unknown.length > 0) return validationFailed(unknown);
	const term = query.term?.trim().toLowerCase();
	if (!term) return validationFailed([fieldError('term', messages.missingField, 'missing_field')]);

	const body = state.store
		.sortedContacts()
		.filter((contact) => !contact.deleted && !contact.blocked)
		.filter((contact) => matchesNamePrefix(contact.name, term))
		.map((contact) => ({ id: contact.id, name: contact.name }));
	return { status: 200, body };
}

function readSearchPage(errors: FieldError[], query: Record<string, string>): number {
	const page = readPage(errors, query);
	if (page > SEARCH_MAX_PAGE) {
		errors.push(fieldError('page', messages.perPage(SEARCH_MAX_PAGE), 'datatype_mismatch'));
	}
	return page;
}

/** Search pages are fixed at 30 and stop at page 10; there is no Link header. */
export function searchContacts({ query, state }: RequestContext): ApiResponse {
	const unknown = unknownParameterErrors(query, ['query', 'page']);
	if (unknown.length > 0) return validationFailed(unknown);

	const errors: FieldError[] = [];
	const page = readSearchPage(errors, query);
	if (query.query === undefined) {
		errors.push(fieldError('query', messages.missingField, 'missing_field'));
		return validationFailed(errors);
	}
	const compiled = compileSearchQuery(query.query, state.store.contactFields);
	if ('errors' in compiled) errors.push(...compiled.errors);
	if (errors.length > 0 || 'errors' in compiled) return validationFailed(errors);

	const matching = [...state.store.sortedContacts()]
		.filter((contact) => !contact.deleted && compiled.matches(contact))
		.sort((a, b) => a.id - b.id);
	const results = slicePage(matching, { page, perPage: SEARCH_PAGE_SIZE }).map((contact) =>
		presentSearchResult(
			contact,
			state.features,
			state.store.companyOf(contact),
		),
	);
	return { status: 200, body: { total: matching.length, results } };
}
