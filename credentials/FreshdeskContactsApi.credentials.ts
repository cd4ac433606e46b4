import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { FRESHDESK_API_URL_EXPRESSION } from '../nodes/FreshdeskContacts/shared/domain';

export class FreshdeskContactsApi implements ICredentialType {
	name = 'freshdeskContactsApi';

	displayName = 'Freshdesk Contacts API';

	icon: Icon = {
		light: 'file:../nodes/FreshdeskContacts/freshdesk.svg',
		dark: 'file:../nodes/FreshdeskContacts/freshdesk.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-freshdesk-contacts/n8n-nodes-freshdesk-contacts#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'PCID',
			name: 'pcid',
			type: 'string',
			default: '',
			placeholder: 'e.g. freshdesk-support-team',
			description:
				'Connection ID that workflows and AI tools use to name this Freshdesk connection. Optional.',
		},
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'acme',
			description:
				'Your Freshdesk subdomain: "acme", "acme.freshdesk.com" or "https://acme.freshdesk.com" all mean the same account. Other hosts are refused so the API key only goes to Freshdesk.',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'In Freshdesk, click your profile picture, then Profile Settings; the key is under "Your API Key"',
		},
	];

	// Freshdesk's Basic scheme: the API key is the user name and the password is ignored.
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.apiKey}}',
				password: 'X',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: FRESHDESK_API_URL_EXPRESSION,
			url: '/contacts',
			qs: { per_page: 1 },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Freshdesk rejected the API key. Copy it again from Profile Settings.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The API key works but its agent may not view contacts. Use the key of an agent with contact access.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No Freshdesk account answers at this domain. Check the subdomain (the "acme" in acme.freshdesk.com).',
				},
			},
		],
	};
}
