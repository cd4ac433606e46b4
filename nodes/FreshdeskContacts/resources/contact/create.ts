import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../shared/descriptions';
import { contactAttributeOptions, contactBodyCheck } from './contactFields';

const showOnlyForCreate = { operation: ['create'], resource: ['contact'] };

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Jane Doe',
		description: 'Full name of the contact',
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'Freshdesk needs at least one of Email, Phone, Mobile or Twitter ID to create a contact',
		options: contactAttributeOptions('additionalFields'),
	},
	contactBodyCheck,
	simplifyField,
];

export const contactCreateDescription = updateDisplayOptions({ show: showOnlyForCreate }, properties);
