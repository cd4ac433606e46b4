import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../shared/descriptions';
import { pickedKind } from '../../shared/customFields';
import {
	bodyListPreSend,
	companyIdPreSend,
	customFieldsPreSend,
	otherCompaniesPreSend,
	validateContactBody,
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
			description: 'Postal address, at most 255 characters',
			routing: bodyField('address'),
		},
		companyLocator({
			displayName: 'Company',
			name: 'companyId',
			description:
				"The contact's primary company: pick it from the list, or give its numeric ID or the address of its page in Freshdesk",
			routing: {
				send: { type: 'body', property: 'company_id', preSend: [companyIdPreSend('body')] },
			},
		}),
		{
			displayName: 'Custom Fields',
			name: 'customFields',
			type: 'fixedCollection',
			placeholder: 'Add Custom Field',
			default: {},
			typeOptions: { multipleValues: true },
			description:
				"Values for the account's own contact fields, each entered in the field's type",
			routing: { send: { preSend: [customFieldsPreSend(collection)] } },
			options: [
				{
					displayName: 'Field',
					name: 'field',
					values: [
						{
							displayName: 'Field Name or ID',
							name: 'name',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getCustomFields' },
							default: '',
							description:
								'Custom contact field of the account. By expression, give its name as listed by Get Fields (e.g. department); the value then goes out in the type the expression returns. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						},
						{
							displayName: 'Value',
							name: 'textValue',
							type: 'string',
							default: '',
							description:
								'Text of the field. For a field named by expression, the value goes out in the type the expression returns (true stays a boolean, 12 a number).',
							displayOptions: {
								hide: {
									name: [
										pickedKind('checkbox'),
										pickedKind('date'),
										pickedKind('dropdown'),
										pickedKind('number'),
									],
								},
							},
						},
						{
							displayName: 'Value',
							name: 'numberValue',
							type: 'number',
							default: 0,
							description: 'Number stored in the field',
							displayOptions: { show: { name: [pickedKind('number')] } },
						},
						{
							displayName: 'Value',
							name: 'booleanValue',
							type: 'boolean',
							default: false,
							description: 'Whether the checkbox is ticked',
							displayOptions: { show: { name: [pickedKind('checkbox')] } },
						},
						{
							displayName: 'Value',
							name: 'dateValue',
							type: 'dateTime',
							default: '',
							description: 'Freshdesk keeps the date only (YYYY-MM-DD); a time is dropped',
							displayOptions: { show: { name: [pickedKind('date')] } },
						},
						{
							displayName: 'Value Name or ID',
							name: 'dropdownValue',
							type: 'options',
							typeOptions: {
								loadOptionsMethod: 'getCustomFieldChoices',
								loadOptionsDependsOn: ['&name'],
							},
							default: '',
							description:
								'One of the choices of the dropdown field; by expression, the value of the choice. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
							displayOptions: { show: { name: [pickedKind('dropdown')] } },
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
			description: 'Free-text notes about the contact (the "About" field in Freshdesk)',
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
			description: 'Job title, at most 255 characters',
			routing: bodyField('job_title'),
		},
		{
			displayName: 'Language Name or ID',
			name: 'language',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getLanguages' },
			default: '',
			description:
				'Language of the contact; needs the multi-language feature. By expression, a Freshdesk language code such as en, fr or pt-BR. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			routing: bodyField('language'),
		},
		{
			displayName: 'Mobile',
			name: 'mobile',
			type: 'string',
			default: '',
			description: 'Mobile number, as written',
			routing: bodyField('mobile'),
		},
		...(collection === 'updateFields'
			? [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string' as const,
						default: '',
						description: 'New full name of the contact',
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
						companyLocator({
							displayName: 'Company',
							name: 'companyId',
							description: 'A further company: from the list, by numeric ID or by URL',
						}),
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
			description: 'Phone number, as written; Freshdesk does not require it to be unique',
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
			displayName: 'Time Zone Name or ID',
			name: 'timeZone',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTimeZones' },
			default: '',
			description:
				'Time zone of the contact; needs the multi-time-zone feature. By expression, a Freshdesk zone name such as Eastern Time (US & Canada) or Berlin. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			routing: bodyField('time_zone'),
		},
		{
			displayName: 'Twitter ID',
			name: 'twitterId',
			type: 'string',
			default: '',
			description: 'Twitter (X) user ID; unique across contacts',
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

/**
 * Runs after the collection's own pre-sends have built the body, so it checks what will really be
 * sent. A property of its own because pre-sends run in the order of the properties.
 */
export const contactBodyCheck: INodeProperties = {
	displayName: 'Check Before Sending',
	name: 'validation',
	type: 'hidden',
	default: '',
	routing: { send: { preSend: [validateContactBody] } },
};
