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
				description: 'Turn a contact into a full-time or occasional agent',
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
				description: 'Create a new contact',
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
				description: 'Soft-delete a contact, or erase it permanently',
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
				description: 'Start a CSV export of all contacts and get its download URL',
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
				description: 'Retrieve a contact by ID',
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
				description: 'List the default and custom contact fields of the account',
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
				description: 'List contacts, optionally filtered',
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
				description: 'Merge duplicate contacts into a primary contact',
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
				description: 'Bring back a soft-deleted contact',
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
				description: 'Find contacts with a Freshdesk query',
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
				description: 'Email the contact an invitation to activate their portal account',
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
				description: 'Change fields of a contact',
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
