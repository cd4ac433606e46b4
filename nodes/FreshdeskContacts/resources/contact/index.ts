import type { INodeProperties } from 'n8n-workflow';

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

// Every operation "paginates": that is the routing hook through which the node retries a
// request Freshdesk answered with 429, and list/search use it to walk their pages.
const single = { pagination: sendWithRateLimitRetry };
const checked = [assertFreshdeskDomain];

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
				routing: {
					request: { method: 'PUT' },
					send: { paginate: true, preSend: checked },
					operations: single,
					output: { postReceive: [throwOnFreshdeskError] },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact',
				description:
					'Create a contact from a name plus at least one of email, phone, mobile or Twitter ID; emails must be unique',
				routing: {
					request: { method: 'POST', url: '/contacts' },
					send: { paginate: true, preSend: checked },
					operations: single,
					output: { postReceive: [throwOnFreshdeskError] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact',
				description:
					'Move a contact to Deleted (it can be restored), or erase it and its tickets permanently',
				routing: {
					request: { method: 'DELETE' },
					send: { paginate: true, preSend: checked },
					operations: single,
					output: {
						postReceive: [throwOnFreshdeskError, confirmation({ deleted: true })],
					},
				},
			},
			{
				name: 'Export',
				value: 'export',
				action: 'Export contacts to a CSV file',
				description:
					'Export all contacts with the chosen fields to a CSV file and return its download URL',
				routing: {
					request: { method: 'POST', url: '/contacts/export' },
					send: { paginate: true, preSend: checked },
					operations: { pagination: runContactExport },
					output: { postReceive: [throwOnFreshdeskError] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				description: 'Get one contact by its numeric ID, deleted contacts included',
				routing: {
					request: { method: 'GET' },
					send: { paginate: true, preSend: checked },
					operations: single,
					output: { postReceive: [throwOnFreshdeskError] },
				},
			},
			{
				name: 'Get Fields',
				value: 'getFields',
				action: 'Get contact fields',
				description:
					"List the account's contact fields: custom field names, types and dropdown choices to use in Create and Update",
				routing: {
					request: { method: 'GET', url: '/contact_fields' },
					send: { paginate: true, preSend: checked },
					operations: single,
					output: { postReceive: [throwOnFreshdeskError, splitIntoItems] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description:
					'List contacts in name order, optionally filtered by email, phone, mobile, company, state or update time',
				routing: {
					request: { method: 'GET', url: '/contacts' },
					send: { paginate: true, preSend: checked },
					operations: { pagination: paginateContactList },
					output: { postReceive: [throwOnFreshdeskError, splitIntoItems] },
				},
			},
			{
				name: 'Merge',
				value: 'merge',
				action: 'Merge contacts',
				description:
					'Merge duplicate contacts into one primary contact; the duplicates are removed for good',
				routing: {
					request: { method: 'POST', url: '/contacts/merge' },
					send: { paginate: true, preSend: checked },
					operations: single,
					output: {
						postReceive: [throwOnFreshdeskError, confirmMerge],
					},
				},
			},
			{
				name: 'Restore',
				value: 'restore',
				action: 'Restore a deleted contact',
				description: 'Bring back a contact that was deleted without Delete Permanently',
				routing: {
					request: { method: 'PUT' },
					send: { paginate: true, preSend: [...checked, sendNoBody] },
					operations: single,
					output: { postReceive: [throwOnFreshdeskError, confirmation({ restored: true })] },
				},
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search contacts',
				description:
					"Find contacts with a Freshdesk query such as email:'jane@example.com' OR company_id:42 (at most 300 results)",
				routing: {
					request: { method: 'GET', url: '/search/contacts' },
					send: { paginate: true, preSend: checked },
					operations: { pagination: paginateSearch },
					output: {
						postReceive: [throwOnFreshdeskError, { type: 'rootProperty', properties: { property: 'results' } }],
					},
				},
			},
			{
				name: 'Send Invite',
				value: 'sendInvite',
				action: 'Send a portal invite to a contact',
				description: 'Email the contact an invitation to activate their support portal account',
				routing: {
					request: { method: 'PUT' },
					send: { paginate: true, preSend: [...checked, sendNoBody] },
					operations: single,
					output: { postReceive: [throwOnFreshdeskError, confirmation({ invited: true })] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact',
				description: 'Change the given fields of a contact; fields left out keep their values',
				routing: {
					request: { method: 'PUT' },
					send: { paginate: true, preSend: checked },
					operations: single,
					output: { postReceive: [throwOnFreshdeskError] },
				},
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
