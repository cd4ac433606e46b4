import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { limitField, returnAllField, simplifyField } from '../../shared/descriptions';
import { prepareSearchQuery } from '../../shared/inputs';

const showOnlyForSearch = { operation: ['search'], resource: ['contact'] };

/** Shown to people and AI agents; the tests run each one against the emulator's query parser. */
export const SEARCH_QUERY_EXAMPLES = [
	"email:'jane@example.com'",
	'company_id:42 AND active:true',
	"tag:'vip' OR tag:'partner'",
	"created_at:>'2026-01-01' AND created_at:<'2026-01-31'",
	"mobile:null AND (language:'fr' OR language:'de')",
	"department:'Sales'",
];

const properties: INodeProperties[] = [
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		required: true,
		default: '',
		placeholder: "e.g. email:'jane@example.com' OR (company_id:42 AND created_at:>'2026-01-01')",
		description: `Freshdesk's query language. Join field:value conditions with AND or OR, with a space on each side, and group them with parentheses. Strings go in single quotes, numbers and true/false without quotes, dates as 'YYYY-MM-DD' in UTC; :> means on or after and :< on or before (dates and numbers only); null matches an empty field. Examples: ${SEARCH_QUERY_EXAMPLES.join(' · ')} (a custom field by its name, without cf_). Searchable: active, company_id, email, phone, mobile, twitter_id, tag, language, time_zone, created_at, updated_at, and custom text, number, checkbox, dropdown and date fields. The node adds the outer double quotes; at most 512 characters.`,
		hint: 'Search returns at most 300 contacts, skips deleted contacts and may miss changes from the last few minutes',
		routing: { send: { preSend: [prepareSearchQuery] } },
	},
	returnAllField,
	limitField(300),
	simplifyField,
];

export const contactSearchDescription = updateDisplayOptions({ show: showOnlyForSearch }, properties);
