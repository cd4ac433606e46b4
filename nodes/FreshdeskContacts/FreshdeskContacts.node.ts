import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { contactDescription } from './resources/contact';
import { FRESHDESK_API_URL_EXPRESSION } from './shared/domain';
import { listSearch } from './listSearch';
import { loadOptions } from './loadOptions';

export class FreshdeskContacts implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Freshdesk Contacts',
		name: 'freshdeskContacts',
		icon: { light: 'file:freshdesk.svg', dark: 'file:freshdesk.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create, find, update, merge and export Freshdesk contacts',
		defaults: { name: 'Freshdesk Contacts' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'freshdeskContactsApi', required: true }],
		requestDefaults: {
			baseURL: FRESHDESK_API_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// Error bodies must reach the first post-receive step, which explains them.
			ignoreHttpStatusErrors: true,
		},
		hints: [
			{
				message:
					'Freshdesk search returns at most 300 contacts (10 pages of 30). When more match, only the first 300 are here and the total is written to the browser console and the n8n log: narrow the query, for example by created_at ranges, to reach the rest.',
				type: 'info',
				location: 'outputPane',
				whenToDisplay: 'afterExecution',
				displayCondition: '={{ $parameter["operation"] === "search" && $parameter["returnAll"] === true }}',
			},
		],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Contact', value: 'contact' }],
				default: 'contact',
			},
			...contactDescription,
		],
	};

	methods = { listSearch, loadOptions };
}
