import type { INodeProperties } from 'n8n-workflow';

import { validateContactId } from './inputs';

const ID_PATTERN = '^\\s*[1-9][0-9]{0,15}\\s*$';
const CONTACT_URL_PATTERN = '(?:https?://)?[^/]+/(?:a/)?contacts/([0-9]+)';

/** A contact picked from a searchable list, typed as an ID, or pasted as its Freshdesk URL. */
export function contactLocator(
	overrides: Partial<INodeProperties> & Pick<INodeProperties, 'name' | 'displayName'>,
): INodeProperties {
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchContacts', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 13000000042',
				validation: [
					{
						type: 'regex',
						properties: { regex: ID_PATTERN, errorMessage: 'A contact ID is a positive whole number' },
					},
				],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'e.g. https://acme.freshdesk.com/a/contacts/42',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: CONTACT_URL_PATTERN,
							errorMessage: 'Paste the address of a contact page in Freshdesk',
						},
					},
				],
				extractValue: { type: 'regex', regex: CONTACT_URL_PATTERN },
			},
		],
		...overrides,
	};
}

/** The contact an operation acts on; the request URL is built from its ID. */
export function contactIdField(url: string, description: string): INodeProperties {
	return contactLocator({
		displayName: 'Contact',
		name: 'contactId',
		description,
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
