import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactIdField } from '../../shared/descriptions';

const showOnlyForRestore = { operation: ['restore'], resource: ['contact'] };

const properties: INodeProperties[] = [
	contactIdField(
		'=/contacts/{{$value}}/restore',
		'The deleted contact to restore. Contacts deleted permanently or merged away cannot be restored.',
	),
];

export const contactRestoreDescription = updateDisplayOptions({ show: showOnlyForRestore }, properties);
