import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactIdField, simplifyField } from '../../shared/descriptions';

const showOnlyForGet = { operation: ['get'], resource: ['contact'] };

const properties: INodeProperties[] = [
	contactIdField(
		'=/contacts/{{$value}}',
		'The contact to retrieve. Deleted contacts are returned too, with "deleted": true.',
	),
	simplifyField,
];

export const contactGetDescription = updateDisplayOptions({ show: showOnlyForGet }, properties);
