import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { freshdeskRequest } from './shared/transport';

const PAGE_SIZE = 100;

function contactUrl(baseUrl: string, id: number): string {
	return `${baseUrl.replace(/\/api\/v2$/, '')}/a/contacts/${id}`;
}

async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const term = filter?.trim();
	if (term) {
		// Autocomplete matches the start of any word of the name, as people type it.
		const { body, baseUrl } = await freshdeskRequest.call(this, '/contacts/autocomplete', { term });
		const results = (body as Array<{ id: number; name: string }>).map(
			(contact): INodeListSearchItems => ({
				name: contact.name,
				value: String(contact.id),
				url: contactUrl(baseUrl, contact.id),
			}),
		);
		return { results };
	}

	const page = Number(paginationToken ?? 1);
	const { body, headers, baseUrl } = await freshdeskRequest.call(this, '/contacts', {
		per_page: PAGE_SIZE,
		page,
	});
	const results = (body as IDataObject[]).map(
		(contact): INodeListSearchItems => ({
			name: contact.email ? `${contact.name} (${contact.email})` : String(contact.name),
			value: String(contact.id),
			url: contactUrl(baseUrl, Number(contact.id)),
		}),
	);
	return { results, paginationToken: headers.link ? String(page + 1) : undefined };
}

export const listSearch = { searchContacts };
