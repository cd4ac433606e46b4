import type {
	IDataObject,
	ILoadOptionsFunctions,
	JsonObject,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { freshdeskRequest, nextPageNumber } from './shared/transport';

const PAGE_SIZE = 100;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface NamedRecord {
	id: number;
	name: string;
	email?: string | null;
}

function appUrl(baseUrl: string, kind: 'contacts' | 'companies', id: number): string {
	return `${baseUrl.replace(/\/api\/v2$/, '')}/a/${kind}/${id}`;
}

function contactItem(baseUrl: string, contact: NamedRecord): INodeListSearchItems {
	return {
		name: contact.email ? `${contact.name} (${contact.email})` : String(contact.name),
		value: String(contact.id),
		url: appUrl(baseUrl, 'contacts', contact.id),
	};
}

function companyItem(baseUrl: string, company: NamedRecord): INodeListSearchItems {
	return {
		name: company.name,
		value: String(company.id),
		url: appUrl(baseUrl, 'companies', company.id),
	};
}

function isNotFound(error: unknown): boolean {
	return error instanceof NodeApiError && error.httpCode === '404';
}

/** A pasted ID finds its record directly; Freshdesk answers 404 for an unknown one. */
async function findById(
	context: ILoadOptionsFunctions,
	path: string,
): Promise<{ record?: NamedRecord; baseUrl?: string }> {
	try {
		const { body, baseUrl } = await freshdeskRequest.call(context, path);
		return { record: body as NamedRecord, baseUrl };
	} catch (error) {
		if (isNotFound(error)) return {};
		throw new NodeApiError(context.getNode(), error as JsonObject);
	}
}

async function listPage(
	context: ILoadOptionsFunctions,
	path: string,
	paginationToken: string | undefined,
	toItem: (baseUrl: string, record: NamedRecord) => INodeListSearchItems,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1);
	const { body, headers, baseUrl } = await freshdeskRequest.call(context, path, {
		per_page: PAGE_SIZE,
		page,
	});
	const next = nextPageNumber(headers.link);
	return {
		results: (body as NamedRecord[]).map((record) => toItem(baseUrl, record)),
		paginationToken: next !== undefined && next > page ? String(next) : undefined,
	};
}

/**
 * Typing narrows the list the way people look a contact up: an email finds the contact with that
 * primary or other email, digits find the contact with that ID, and anything else matches the
 * start of any word of the name (Freshdesk's autocomplete). Without a filter the list walks all
 * contacts by name, a page at a time.
 */
async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const term = filter?.trim();
	if (!term) return await listPage(this, '/contacts', paginationToken, contactItem);

	if (EMAIL.test(term)) {
		const { body, baseUrl } = await freshdeskRequest.call(this, '/contacts', { email: term });
		return { results: (body as NamedRecord[]).map((contact) => contactItem(baseUrl, contact)) };
	}

	if (/^\d{1,16}$/.test(term)) {
		const { record, baseUrl } = await findById(this, `/contacts/${term}`);
		return { results: record && baseUrl ? [contactItem(baseUrl, record)] : [] };
	}

	const { body, baseUrl } = await freshdeskRequest.call(this, '/contacts/autocomplete', { term });
	return { results: (body as NamedRecord[]).map((contact) => contactItem(baseUrl, contact)) };
}

/**
 * Companies: digits find the company with that ID, other text matches the start of any word of
 * the name (Freshdesk's company autocomplete), and no filter walks every company page by page.
 */
async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const term = filter?.trim();
	if (!term) return await listPage(this, '/companies', paginationToken, companyItem);

	if (/^\d{1,16}$/.test(term)) {
		const { record, baseUrl } = await findById(this, `/companies/${term}`);
		return { results: record && baseUrl ? [companyItem(baseUrl, record)] : [] };
	}

	const { body, baseUrl } = await freshdeskRequest.call(this, '/companies/autocomplete', {
		name: term,
	});
	const companies = ((body as IDataObject)?.companies ?? []) as NamedRecord[];
	return { results: companies.map((company) => companyItem(baseUrl, company)) };
}

export const listSearch = { searchCompanies, searchContacts };
