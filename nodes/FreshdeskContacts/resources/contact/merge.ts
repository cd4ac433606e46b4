import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactLocator } from '../../shared/descriptions';
import { buildMergeBody } from '../../shared/inputs';

const showOnlyForMerge = { operation: ['merge'], resource: ['contact'] };

const properties: INodeProperties[] = [
	contactLocator({
		displayName: 'Primary Contact',
		name: 'primaryContactId',
		description:
			'The contact that remains; the others are merged into it. Pick it from the list, or give its numeric ID or the address of its page in Freshdesk.',
	}),
	{
		displayName: 'Contacts to Merge',
		name: 'contactsToMerge',
		type: 'fixedCollection',
		placeholder: 'Add Contact to Merge',
		default: {},
		typeOptions: { multipleValues: true },
		description:
			'The duplicates merged into the primary contact. They are removed for good and cannot be restored.',
		options: [
			{
				displayName: 'Contact',
				name: 'contact',
				values: [
					contactLocator({
						displayName: 'Contact',
						name: 'contactId',
						description: 'A duplicate of the primary contact: from the list, by ID or by URL',
					}),
				],
			},
		],
	},
	{
		displayName: 'Contact IDs to Merge',
		name: 'secondaryContactIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 13000000043, 13000000044',
		description:
			'More contacts to merge, by ID: comma-separated, or an array from an expression. Adds to the contacts picked above; at least one contact to merge is needed in total.',
	},
	{
		displayName: 'Values to Keep',
		name: 'mergedValues',
		type: 'collection',
		placeholder: 'Add Value',
		default: {},
		description:
			'When the contacts have different phones, mobiles, Twitter IDs or external IDs, Freshdesk needs to be told which one the merged contact keeps',
		options: [
			{
				displayName: 'Company IDs',
				name: 'companyIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 48000000007, 48000000012',
				description: 'IDs of the companies of the merged contact, comma-separated',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Primary email of the merged contact',
			},
			{
				displayName: 'Mobile',
				name: 'mobile',
				type: 'string',
				default: '',
				description: 'Mobile number the merged contact keeps',
			},
			{
				displayName: 'Other Emails',
				name: 'otherEmails',
				type: 'string',
				default: '',
				description: 'Further emails of the merged contact, comma-separated',
			},
			{
				displayName: 'Phone',
				name: 'phone',
				type: 'string',
				default: '',
				description: 'Phone number the merged contact keeps',
			},
			{
				displayName: 'Twitter ID',
				name: 'twitterId',
				type: 'string',
				default: '',
				description: 'Twitter ID the merged contact keeps',
			},
			{
				displayName: 'Unique External ID',
				name: 'uniqueExternalId',
				type: 'string',
				default: '',
				description: 'Unique external ID the merged contact keeps',
			},
		],
	},
	{
		displayName: 'Build Merge Request',
		name: 'mergeRequest',
		type: 'hidden',
		default: '',
		routing: { send: { preSend: [buildMergeBody] } },
	},
];

export const contactMergeDescription = updateDisplayOptions({ show: showOnlyForMerge }, properties);
