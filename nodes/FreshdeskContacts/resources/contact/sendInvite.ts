import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactIdField } from '../../shared/descriptions';

const showOnlyForSendInvite = { operation: ['sendInvite'], resource: ['contact'] };

const properties: INodeProperties[] = [
	contactIdField(
		'=/contacts/{{$value}}/send_invite',
		'The contact who receives the email inviting them to activate their support portal account',
	),
];

export const contactSendInviteDescription = updateDisplayOptions(
	{ show: showOnlyForSendInvite },
	properties,
);
