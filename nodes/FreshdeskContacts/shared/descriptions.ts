import type { INodeProperties } from 'n8n-workflow';

import { validateContactId } from './inputs';
import { COMPANY_URL_PATTERN, CONTACT_URL_PATTERN } from './locators';
import { simplifyContacts } from './output';

const ID_PATTERN = '^\\s*[1-9][0-9]{0,15}\\s*$';

type LocatorOverrides = Partial<INodeProperties> & Pick<INodeProperties, 'name' | 'displayName'>;

function locator(
	record: 'contact' | 'company',
	searchListMethod: string,
	urlPattern: string,
	overrides: LocatorOverrides,
): INodeProperties {
	const plural = record === 'contact' ? 'contacts' : 'companies';
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${record}...`,
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: record === 'contact' ? 'e.g. 13000000042' : 'e.g. 48000000007',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: ID_PATTERN,
							errorMessage: `A ${record} ID is a positive whole number`,
						},
					},
				],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `e.g. https://acme.freshdesk.com/a/${plural}/42`,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: urlPattern,
							errorMessage: `Paste the address of a ${record} page in Freshdesk`,
						},
					},
				],
				extractValue: { type: 'regex', regex: urlPattern },
			},
		],
		...overrides,
	};
}

/** A contact picked from a searchable list, typed as an ID, or pasted as its Freshdesk URL. */
export function contactLocator(overrides: LocatorOverrides): INodeProperties {
	return locator('contact', 'searchContacts', CONTACT_URL_PATTERN, {
		required: true,
		...overrides,
	});
}

/** A company picked from a searchable list, typed as an ID, or pasted as its Freshdesk URL. */
export function companyLocator(overrides: LocatorOverrides): INodeProperties {
	return locator('company', 'searchCompanies', COMPANY_URL_PATTERN, overrides);
}

/** The contact an operation acts on; the request URL is built from its ID. */
export function contactIdField(url: string, description: string): INodeProperties {
	return contactLocator({
		displayName: 'Contact',
		name: 'contactId',
		description: `${description} Pick it from the list, or give its numeric ID (e.g. 13000000042) or the address of its page in Freshdesk.`,
		routing: {
			request: { url },
			send: { preSend: [validateContactId] },
		},
	});
}

export const returnAllField: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

export function limitField(maxValue: number): INodeProperties {
	return {
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1, maxValue },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
		routing: { output: { maxResults: '={{$value}}' } },
	};
}

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description: 'Whether to return a simplified version of the response instead of the raw data',
	routing: { output: { postReceive: [simplifyContacts] } },
};
