import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactIdField, simplifyField } from '../../shared/descriptions';
import { contactAttributeOptions, contactBodyCheck } from './contactFields';

const showOnlyForUpdate = { operation: ['update'], resource: ['contact'] };

const properties: INodeProperties[] = [
	contactIdField('=/contacts/{{$value}}', 'The contact to update'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here change; the others keep their values',
		options: contactAttributeOptions('updateFields'),
	},
	contactBodyCheck,
	simplifyField,
];

export const contactUpdateDescription = updateDisplayOptions({ show: showOnlyForUpdate }, properties);
