import { matchesNamePrefix } from './contactQueries';
import type { RequestContext } from './context';
import { type ApiResponse, fieldError, messages, notFound, validationFailed } from './errors';
import { nextPageLink, readPagination, slicePage } from './pagination';
import { presentCompany } from './presenters';
import type { FieldError } from './types';
import { unknownParameterErrors } from './validation';

export function listCompanies({ query, state }: RequestContext): ApiResponse {
	const unknown = unknownParameterErrors(query, ['page', 'per_page']);
	if (unknown.length > 0) return validationFailed(unknown);
	const errors: FieldError[] = [];
	const page = readPagination(errors, query);
	if (errors.length > 0) return validationFailed(errors);

	const companies = state.store.companies;
	const body = slicePage(companies, page).map(presentCompany);
	const url = `${state.apiBaseUrl}/api/v2/companies`;
	const headers = nextPageLink(url, query, page, companies.length);
	return { status: 200, body, headers };
}

export function autocompleteCompanies({ query, state }: RequestContext): ApiResponse {
	const unknown = unknownParameterErrors(query, ['name']);
	if (unknown.length > 0) return validationFailed(unknown);
	const term = query.name?.trim().toLowerCase();
	if (!term) return validationFailed([fieldError('name', messages.missingField, 'missing_field')]);

	const companies = state.store.companies
		.filter((company) => matchesNamePrefix(company.name, term))
		.map((company) => ({ id: company.id, name: company.name }));
	return { status: 200, body: { companies } };
}

export function viewCompany({ id, state }: RequestContext): ApiResponse {
	const company = state.store.getCompany(id);
	return company ? { status: 200, body: presentCompany(company) } : notFound();
}

export function listContactFields({ query, state }: RequestContext): ApiResponse {
	const unknown = unknownParameterErrors(query, []);
	if (unknown.length > 0) return validationFailed(unknown);
	return { status: 200, body: state.store.contactFields };
}

export function viewContactField({ id, state }: RequestContext): ApiResponse {
	const field = state.store.contactFields.find((candidate) => candidate.id === id);
	return field ? { status: 200, body: field } : notFound();
}
