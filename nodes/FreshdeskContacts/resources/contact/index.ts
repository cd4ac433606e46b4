import type {
	IN8nRequestOperations,
	INodeProperties,
	INodePropertyRouting,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { throwOnFreshdeskError } from '../../shared/errors';
import { assertFreshdeskDomain, sendNoBody } from '../../shared/inputs';
import { confirmation, confirmMerge, splitIntoItems } from '../../shared/output';
import {
	paginateContactList,
	paginateSearch,
	runContactExport,
	sendWithRateLimitRetry,
} from '../../shared/requests';
import { contactCreateDescription } from './create';
import { contactDeleteDescription } from './delete';
import { contactExportDescription } from './export';
import { contactGetDescription } from './get';
import { contactGetAllDescription } from './getAll';
import { contactGetFieldsDescription } from './getFields';
import { contactMakeAgentDescription } from './makeAgent';
import { contactMergeDescription } from './merge';
import { contactRestoreDescription } from './restore';
import { contactSearchDescription } from './search';
import { contactSendInviteDescription } from './sendInvite';
import { contactUpdateDescription } from './update';

const showOnlyForContacts = { resource: ['contact'] };

interface ContactRoutingOptions {
	pagination?: IN8nRequestOperations['pagination'];
	preSend?: PreSendAction[];
	postReceive?: PostReceiveAction[];
}

/**
 * Every operation "paginates": that is the routing hook through which the node retries a request
 * Freshdesk answered with 429, and through which list and search walk their pages. Every request
 * first checks the credential's domain, and every response is first checked for an error.
 */
function contactRouting(
	request: INodePropertyRouting['request'],
	options: ContactRoutingOptions = {},
): INodePropertyRouting {
	const { pagination = sendWithRateLimitRetry, preSend = [], postReceive = [] } = options;
	return {
		request,
		send: { paginate: true, preSend: [assertFreshdeskDomain, ...preSend] },
		operations: { pagination },
		output: { postReceive: [throwOnFreshdeskError, ...postReceive] },
	};
}

export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForContacts },
		options: [
			{
				name: 'Convert to Agent',
				value: 'makeAgent',
				action: 'Convert a contact to an agent',
				description:
					'Turn a contact that has an email into a full-time or occasional agent; its other emails are removed',
				routing: contactRouting({ method: 'PUT' }),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact',
				description:
					'Create a contact from a name plus at least one of email, phone, mobile or Twitter ID; emails must be unique',
				routing: contactRouting({ method: 'POST', url: '/contacts' }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact',
				description:
					'Move a contact to Deleted (it can be restored), or erase it and its tickets permanently',
				routing: contactRouting({ method: 'DELETE' }, {
					postReceive: [confirmation({ deleted: true })],
				}),
			},
			{
				name: 'Export',
				value: 'export',
				action: 'Export contacts to a CSV file',
				description:
					'Export all contacts with the chosen fields to a CSV file and return its download URL',
				routing: contactRouting({ method: 'POST', url: '/contacts/export' }, {
					pagination: runContactExport,
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				description: 'Get one contact by its numeric ID, deleted contacts included',
				routing: contactRouting({ method: 'GET' }),
			},
			{
				name: 'Get Fields',
				value: 'getFields',
				action: 'Get contact fields',
				description:
					"List the account's contact fields: custom field names, types and dropdown choices to use in Create and Update",
				routing: contactRouting({ method: 'GET', url: '/contact_fields' }, {
					postReceive: [splitIntoItems],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description:
					'List contacts in name order, optionally filtered by email, phone, mobile, company, state or update time',
				routing: contactRouting({ method: 'GET', url: '/contacts' }, {
					pagination: paginateContactList,
					postReceive: [splitIntoItems],
				}),
			},
			{
				name: 'Merge',
				value: 'merge',
				action: 'Merge contacts',
				description:
					'Merge duplicate contacts into one primary contact; the duplicates are removed for good',
				routing: contactRouting({ method: 'POST', url: '/contacts/merge' }, {
					postReceive: [confirmMerge],
				}),
			},
			{
				name: 'Restore',
				value: 'restore',
				action: 'Restore a deleted contact',
				description: 'Bring back a contact that was deleted without Delete Permanently',
				routing: contactRouting({ method: 'PUT' }, {
					preSend: [sendNoBody],
					postReceive: [confirmation({ restored: true })],
				}),
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search contacts',
				description:
					"Find contacts with a Freshdesk query such as email:'jane@example.com' OR company_id:42 (at most 300 results)",
				routing: contactRouting({ method: 'GET', url: '/search/contacts' }, {
					pagination: paginateSearch,
					postReceive: [{ type: 'rootProperty', properties: { property: 'results' } }],
				}),
			},
			{
				name: 'Send Invite',
				value: 'sendInvite',
				action: 'Send a portal invite to a contact',
				description: 'Email the contact an invitation to activate their support portal account',
				routing: contactRouting({ method: 'PUT' }, {
					preSend: [sendNoBody],
					postReceive: [confirmation({ invited: true })],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact',
				description: 'Change the given fields of a contact; fields left out keep their values',
				routing: contactRouting({ method: 'PUT' }),
			},
		],
		default: 'get',
	},
	...contactCreateDescription,
	...contactDeleteDescription,
	...contactExportDescription,
	...contactGetDescription,
	...contactGetAllDescription,
	...contactGetFieldsDescription,
	...contactMakeAgentDescription,
	...contactMergeDescription,
	...contactRestoreDescription,
	...contactSearchDescription,
	...contactSendInviteDescription,
	...contactUpdateDescription,
];
