import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	companyLocator,
	limitField,
	returnAllField,
	simplifyField,
} from '../../shared/descriptions';
import { companyIdPreSend, normalizeUpdatedSince } from '../../shared/inputs';

const showOnlyForGetAll = { operation: ['getAll'], resource: ['contact'] };

const properties: INodeProperties[] = [
	returnAllField,
	limitField(100_000),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Conditions the listed contacts must all meet; for other criteria use Search',
		options: [
			companyLocator({
				displayName: 'Company',
				name: 'companyId',
				description:
					'Only contacts whose primary company is this one: pick it from the list, or give its numeric ID',
				routing: {
					send: { type: 'query', property: 'company_id', preSend: [companyIdPreSend('qs')] },
				},
			}),
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Only the contact with this primary or other email',
				routing: { send: { type: 'query', property: 'email' } },
			},
			{
				displayName: 'Mobile',
				name: 'mobile',
				type: 'string',
				default: '',
				description: 'Only contacts with exactly this mobile number',
				routing: { send: { type: 'query', property: 'mobile' } },
			},
			{
				displayName: 'Phone',
				name: 'phone',
				type: 'string',
				default: '',
				description: 'Only contacts with exactly this phone number',
				routing: { send: { type: 'query', property: 'phone' } },
			},
			{
				displayName: 'State',
				name: 'state',
				type: 'options',
				default: 'verified',
				description:
					'Deleted and blocked contacts are only listed when asked for here',
				options: [
					{ name: 'Blocked', value: 'blocked' },
					{ name: 'Deleted', value: 'deleted' },
					{ name: 'Unverified', value: 'unverified' },
					{ name: 'Verified', value: 'verified' },
				],
				routing: { send: { type: 'query', property: 'state' } },
			},
			{
				displayName: 'Updated Since',
				name: 'updatedSince',
				type: 'dateTime',
				default: '',
				description:
					'Only contacts changed at or after this time. A time without a zone is taken as UTC, as Freshdesk does.',
				// The live API rejects `updated_since` as an unknown field although the docs show it;
				// it filters only under `_updated_since`.
				routing: {
					send: { type: 'query', property: '_updated_since', preSend: [normalizeUpdatedSince] },
				},
			},
		],
	},
	simplifyField,
];

export const contactGetAllDescription = updateDisplayOptions({ show: showOnlyForGetAll }, properties);
