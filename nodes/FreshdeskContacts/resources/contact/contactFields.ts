import type { INodeProperties } from 'n8n-workflow';

import {
	bodyListPreSend,
	customFieldsPreSend,
	otherCompaniesPreSend,
} from '../../shared/inputs';

function bodyField(property: string, value?: string) {
	return { send: { type: 'body' as const, property, ...(value ? { value } : {}) } };
}

/**
 * Optional contact attributes shared by Create (`additionalFields`) and Update (`updateFields`).
 * Option names are the camelCase API fields; the routing sends each under Freshdesk's snake_case.
 */
export function contactAttributeOptions(collection: string): INodeProperties[] {
	return [
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			default: '',
			routing: bodyField('address'),
		},
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'number',
			default: 0,
			description: 'ID of the contact\'s primary company',
			routing: bodyField('company_id'),
		},
		{
			displayName: 'Custom Fields',
			name: 'customFields',
			type: 'fixedCollection',
			placeholder: 'Add Custom Field',
			default: {},
			typeOptions: { multipleValues: true },
			routing: { send: { preSend: [customFieldsPreSend(collection)] } },
			options: [
				{
					displayName: 'Field',
					name: 'field',
					values: [
						{
							displayName: 'Field Name',
							name: 'name',
							type: 'string',
							default: '',
							placeholder: 'e.g. department',
							description: 'Name of the custom contact field, as listed by Get Fields (without "cf_")',
						},
						{
							displayName: 'Field Type',
							name: 'type',
							type: 'options',
							default: 'text',
							options: [
								{ name: 'Checkbox', value: 'checkbox' },
								{ name: 'Date', value: 'date' },
								{ name: 'Number', value: 'number' },
								{ name: 'Text or Dropdown', value: 'text' },
							],
						},
						{
							displayName: 'Value',
							name: 'textValue',
							type: 'string',
							default: '',
							displayOptions: { show: { type: ['text'] } },
						},
						{
							displayName: 'Value',
							name: 'numberValue',
							type: 'number',
							default: 0,
							displayOptions: { show: { type: ['number'] } },
						},
						{
							displayName: 'Value',
							name: 'booleanValue',
							type: 'boolean',
							default: false,
							displayOptions: { show: { type: ['checkbox'] } },
						},
						{
							displayName: 'Value',
							name: 'dateValue',
							type: 'dateTime',
							default: '',
							displayOptions: { show: { type: ['date'] } },
						},
					],
				},
			],
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			routing: bodyField('description'),
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Primary email address; unique across all contacts',
			routing: bodyField('email'),
		},
		{
			displayName: 'Job Title',
			name: 'jobTitle',
			type: 'string',
			default: '',
			routing: bodyField('job_title'),
		},
		{
			displayName: 'Language',
			name: 'language',
			type: 'string',
			default: '',
			placeholder: 'e.g. en, fr, pt-BR',
			description: 'Freshdesk language code; needs the multi-language feature',
			routing: bodyField('language'),
		},
		{
			displayName: 'Mobile',
			name: 'mobile',
			type: 'string',
			default: '',
			routing: bodyField('mobile'),
		},
		...(collection === 'updateFields'
			? [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string' as const,
						default: '',
						routing: bodyField('name'),
					},
				]
			: []),
		{
			displayName: 'Other Companies',
			name: 'otherCompanies',
			type: 'fixedCollection',
			placeholder: 'Add Company',
			default: {},
			typeOptions: { multipleValues: true },
			description: 'Further companies of the contact; needs the multiple-companies feature',
			routing: { send: { preSend: [otherCompaniesPreSend(collection)] } },
			options: [
				{
					displayName: 'Company',
					name: 'company',
					values: [
						{
							displayName: 'Company ID',
							name: 'companyId',
							type: 'number',
							default: 0,
						},
						{
							displayName: 'View All Tickets',
							name: 'viewAllTickets',
							type: 'boolean',
							default: false,
							description: 'Whether the contact can see all tickets of this company',
						},
					],
				},
			],
		},
		{
			displayName: 'Other Emails',
			name: 'otherEmails',
			type: 'string',
			default: '',
			placeholder: 'e.g. jane@work.com, jane@home.com',
			description:
				'Up to 9 further email addresses, comma-separated. On update they replace the existing ones.',
			routing: {
				send: { type: 'body', property: 'other_emails', preSend: [bodyListPreSend('other_emails')] },
			},
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			routing: bodyField('phone'),
		},
		{
			displayName: 'Tags',
			name: 'tags',
			type: 'string',
			default: '',
			placeholder: 'e.g. vip, newsletter',
			description:
				'Comma-separated tags, each at most 32 characters. On update they replace the existing tags.',
			routing: { send: { type: 'body', property: 'tags', preSend: [bodyListPreSend('tags')] } },
		},
		{
			displayName: 'Time Zone',
			name: 'timeZone',
			type: 'string',
			default: '',
			placeholder: 'e.g. Eastern Time (US & Canada)',
			description: 'Freshdesk time zone name; needs the multi-time-zone feature',
			routing: bodyField('time_zone'),
		},
		{
			displayName: 'Twitter ID',
			name: 'twitterId',
			type: 'string',
			default: '',
			routing: bodyField('twitter_id'),
		},
		{
			displayName: 'Unique External ID',
			name: 'uniqueExternalId',
			type: 'string',
			default: '',
			description: 'Your own unique identifier for the contact; needs the unique-contact-identifier feature',
			routing: bodyField('unique_external_id'),
		},
		{
			displayName: 'View All Tickets',
			name: 'viewAllTickets',
			type: 'boolean',
			default: false,
			description: 'Whether the contact can see all tickets of their primary company',
			routing: bodyField('view_all_tickets'),
		},
	];
}
