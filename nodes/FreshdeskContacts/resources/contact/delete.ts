import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactIdField } from '../../shared/descriptions';

const showOnlyForDelete = { operation: ['delete'], resource: ['contact'] };

const properties: INodeProperties[] = [
	contactIdField(
		"=/contacts/{{$value}}{{ $parameter.permanent ? '/hard_delete' : '' }}",
		'The contact to delete',
	),
	{
		displayName: 'Delete Permanently',
		name: 'permanent',
		type: 'boolean',
		default: false,
		description:
			'Whether to erase the contact and their tickets for good (GDPR). Off: the contact is moved to Deleted and can be restored.',
		routing: {
			send: { type: 'query', property: 'force', value: '={{ $value ? true : undefined }}' },
		},
	},
];

export const contactDeleteDescription = updateDisplayOptions({ show: showOnlyForDelete }, properties);
