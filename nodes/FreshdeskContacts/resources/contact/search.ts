import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { limitField, returnAllField, simplifyField } from '../../shared/descriptions';
import { prepareSearchQuery } from '../../shared/inputs';

const showOnlyForSearch = { operation: ['search'], resource: ['contact'] };

const properties: INodeProperties[] = [
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		required: true,
		default: '',
		placeholder: "e.g. email:'jane@example.com' OR (company_id:42 AND created_at:>'2026-01-01')",
		description:
			"Freshdesk query: field:value joined by AND / OR (with spaces), grouped with parentheses. Strings in single quotes (tag:'vip'), numbers and true/false bare (company_id:42, active:true), dates as 'YYYY-MM-DD' with :> (on or after) and :< (on or before), null for empty (mobile:null). Fields: active, company_id, email, phone, mobile, twitter_id, tag, language, time_zone, created_at, updated_at and custom fields by name. The node adds the outer double quotes Freshdesk needs.",
		hint: 'Search skips deleted contacts and may miss changes from the last few minutes',
		routing: { send: { preSend: [prepareSearchQuery] } },
	},
	returnAllField,
	limitField(300),
	simplifyField,
];

export const contactSearchDescription = updateDisplayOptions({ show: showOnlyForSearch }, properties);
