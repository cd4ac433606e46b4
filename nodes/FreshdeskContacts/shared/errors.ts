import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

interface FreshdeskFieldError {
	field?: string;
	message?: string;
	code?: string;
	additional_info?: { user_id?: number };
}

interface FreshdeskErrorBody {
	description?: string;
	errors?: FreshdeskFieldError[];
	code?: string;
	message?: string;
}

interface Explanation {
	message: string;
	description: string;
}

// Freshdesk names fields as the API does; people filled them in under the node's labels.
const FIELD_LABELS: Record<string, string> = {
	name: 'Name',
	email: 'Email',
	phone: 'Phone',
	mobile: 'Mobile',
	address: 'Address',
	description: 'Description',
	job_title: 'Job Title',
	company_id: 'Company',
	view_all_tickets: 'View All Tickets',
	other_emails: 'Other Emails',
	other_companies: 'Other Companies',
	tags: 'Tags',
	time_zone: 'Time Zone',
	language: 'Language',
	twitter_id: 'Twitter ID',
	facebook_id: 'Facebook ID',
	unique_external_id: 'Unique External ID',
	custom_fields: 'Custom Fields',
	_updated_since: 'Updated Since',
	query: 'Query',
	page: 'Page',
	per_page: 'Limit',
	primary_contact_id: 'Primary Contact',
	secondary_contact_ids: 'Contacts to Merge',
	contact: 'Values to Keep',
	occasional: 'Occasional',
	ticket_scope: 'Ticket Scope',
	group_ids: 'Group IDs',
	role_ids: 'Role IDs',
	skill_ids: 'Skill IDs',
	type: 'Agent Type',
	focus_mode: 'Focus Mode',
	signature: 'Signature',
	fields: 'Fields',
};

export function fieldLabel(field: string): string {
	if (field.startsWith('custom_fields.')) return `Custom Field "${field.slice(14)}"`;
	if (field.startsWith('contact.')) return `Merged Value "${fieldLabel(field.slice(8))}"`;
	return FIELD_LABELS[field] ?? (field ? `field "${field}"` : 'a field');
}

function parseBody(body: unknown): FreshdeskErrorBody {
	if (body && typeof body === 'object' && !Buffer.isBuffer(body)) return body as FreshdeskErrorBody;
	if (typeof body === 'string' && body.trim().startsWith('{')) {
		try {
			return JSON.parse(body) as FreshdeskErrorBody;
		} catch {
			return {};
		}
	}
	return {};
}

function header(response: IN8nHttpFullResponse, name: string): string | undefined {
	const value = response.headers?.[name] ?? response.headers?.[name.toLowerCase()];
	return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
}

export function retryAfterSeconds(response: IN8nHttpFullResponse): number | undefined {
	const value = Number(header(response, 'retry-after'));
	return Number.isFinite(value) && value >= 0 ? value : undefined;
}

// How a duplicate reads in a sentence: "Another contact (ID 7) already has this email".
const DUPLICATE_PHRASES: Record<string, string> = {
	email: 'this email',
	other_emails: 'one of these other emails',
	twitter_id: 'this Twitter ID',
	unique_external_id: 'this unique external ID',
};

// Codes whose fix is the same whatever the field; the raw Freshdesk text stays beside it.
const CODE_HINTS: Record<string, string> = {
	inaccessible_field:
		'The Freshdesk plan or account settings do not include this field; remove it from the node.',
	invalid_field:
		'Freshdesk does not know this field; custom fields go by the name shown in Get Fields.',
};

// Merge names the clashing keys under `contact`, the body key of the node's Values to Keep.
const MERGE_HINT =
	'The contacts have different values there; set the one the merged contact keeps under "Values to Keep".';

const QUERY_HINT =
	"Write field:value pairs joined by AND or OR with a space on each side, strings in single quotes (email:'jane@example.com'), numbers and true/false bare (company_id:42), dates as 'YYYY-MM-DD' with :> or :<, and null for empty fields (mobile:null).";

function isAgentLimit(error: FreshdeskFieldError): boolean {
	return /maximum number of agents/i.test(error.message ?? '');
}

const AGENT_LIMIT: Explanation = {
	message: 'Freshdesk has no agent seat left for a full-time agent',
	description:
		'Turn on "Occasional" to convert the contact to an occasional (day pass) agent, or free a seat in Freshdesk (Admin → Agents) first.',
};

function explainDuplicate(error: FreshdeskFieldError): Explanation {
	const owner = error.additional_info?.user_id;
	const phrase = DUPLICATE_PHRASES[error.field ?? ''] ?? `this ${fieldLabel(error.field ?? 'value')}`;
	const detail = error.message && error.message !== 'It should be a unique value' ? ` (${error.message})` : '';
	const fix = owner
		? `Update contact ${owner} instead, or merge the two contacts with the Merge operation.`
		: 'Update or merge the contact that has it.';
	return {
		message: owner
			? `Another contact (ID ${owner}) already has ${phrase}`
			: `Another contact already has ${phrase}`,
		description: `Freshdesk keeps emails, Twitter IDs and unique external IDs unique across contacts, deleted contacts included${detail}. ${fix} A deleted contact frees its email only once it is deleted permanently.`,
	};
}

function explainValidation(errors: FreshdeskFieldError[]): Explanation {
	// With the seats used up, Freshdesk reports a full-time make_agent as a field error on occasional.
	if (errors.some(isAgentLimit)) return AGENT_LIMIT;
	const duplicate = errors.find((error) => error.code === 'duplicate_value');
	if (duplicate) return explainDuplicate(duplicate);

	const fields = errors.map((error) => fieldLabel(error.field ?? '')).filter(Boolean);
	const hints = [
		...new Set(
			errors.map((error) => {
				if (error.field === 'query') return QUERY_HINT;
				if (error.field === 'contact' && error.code === 'missing_field') return MERGE_HINT;
				return CODE_HINTS[error.code ?? ''];
			}),
		),
	].filter(Boolean);
	return {
		message:
			errors.length === 1
				? `Freshdesk rejected ${fields[0]}: ${errors[0].message ?? 'invalid value'}`
				: `Freshdesk rejected ${errors.length} fields: ${fields.join(', ')}`,
		description: [
			'Fix these values and run the node again:',
			...errors.map(describeFieldError),
			...hints,
		].join('\n'),
	};
}

function describeFieldError(error: FreshdeskFieldError): string {
	return `• ${fieldLabel(error.field ?? '')}: ${error.message ?? ''}`;
}

function explainAccess(body: FreshdeskErrorBody): Explanation {
	switch (body.code) {
		case 'max_agents_reached':
			return AGENT_LIMIT;
		case 'require_feature':
			return {
				message: 'This needs a Freshdesk feature your plan does not include',
				description: body.message ?? 'Upgrade the Freshdesk plan or remove the option.',
			};
		case 'account_suspended':
			return {
				message: 'The Freshdesk account is suspended',
				description: 'Reactivate the account in Freshdesk billing before running this workflow again.',
			};
		case 'password_lockout':
			return {
				message: 'The agent who owns this API key is locked out of Freshdesk',
				description:
					"Too many failed sign-ins locked the agent's account. Wait, or ask a Freshdesk admin to unlock it, then run the node again.",
			};
		case 'password_expired':
			return {
				message: 'The password of the agent who owns this API key has expired',
				description:
					'Sign in to Freshdesk as that agent and set a new password; the API key works again afterwards.',
			};
		default:
			return {
				message: 'The agent who owns this API key may not do this in Freshdesk',
				description:
					'Use the API key of an agent whose role allows managing contacts (for delete, restore and merge: the "Delete contact" privilege), or ask a Freshdesk admin to grant it.',
			};
	}
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function explainNotFound(subject: string, operation?: string): Explanation {
	switch (operation) {
		case 'restore':
			return {
				message: `Freshdesk found no deleted ${subject} to restore`,
				description:
					'Restore works only on a contact deleted without "Delete Permanently" and not merged into another contact. If the contact is active there is nothing to restore; otherwise check the ID.',
			};
		case 'makeAgent':
			return {
				message: `Freshdesk cannot convert ${subject} to an agent`,
				description:
					'Freshdesk answers so when the contact does not exist, is deleted or blocked, or already is an agent. Check the ID, restore or unblock the contact, or look for it under Admin → Agents.',
			};
		default:
			return {
				message: `Freshdesk has no ${subject}`,
				description: subject.startsWith('contact ')
					? 'Check the contact ID. A contact removed with "Delete Permanently" or merged into another contact is gone for good.'
					: 'Check the ID and the Freshdesk domain in the credential.',
			};
	}
}

/**
 * Turns a Freshdesk error response into an error that says what happened and what to do.
 * `subject` names what the request was about, e.g. `contact 42`.
 */
export function explainFreshdeskError(
	statusCode: number,
	rawBody: unknown,
	subject: string,
	response?: IN8nHttpFullResponse,
	operation?: string,
): Explanation {
	const body = parseBody(rawBody);

	if (statusCode === 400 && Array.isArray(body.errors) && body.errors.length) {
		return explainValidation(body.errors);
	}
	if (statusCode === 409 && Array.isArray(body.errors) && body.errors.length) {
		return explainValidation(body.errors);
	}

	switch (statusCode) {
		case 400:
			return {
				message: `Freshdesk rejected the request: ${body.message ?? body.description ?? 'bad request'}`,
				description: 'Check the values of this operation against Freshdesk\'s rules.',
			};
		case 401:
			return {
				message: 'Freshdesk did not accept the API key',
				description:
					'Open the Freshdesk Contacts credential and paste the key again: in Freshdesk, click your profile picture → Profile Settings → "Your API Key".',
			};
		case 403:
			return explainAccess(body);
		case 404:
			// Freshdesk answers 404 with no body (Rails `head :not_found`): the operation and the
			// subject are all there is to say what went wrong.
			return explainNotFound(subject, operation);
		case 405:
			return operation === 'delete'
				? {
						message: `${capitalize(subject)} is already deleted, or is blocked`,
						description:
							'A deleted contact needs no second delete; to erase it for good, run Delete with "Delete Permanently" on. A blocked contact must be unblocked in Freshdesk first.',
					}
				: {
						message: `${capitalize(subject)} is deleted or blocked, so Freshdesk does not allow changing it`,
						description:
							'Restore the contact first (operation Restore), or unblock it in Freshdesk, then run the node again.',
					};
		case 406:
		case 415:
			return {
				message: `Freshdesk refused the request format: ${body.message ?? statusCode}`,
				description: 'This is a defect of the node; please report it with the operation used.',
			};
		case 409:
			return body.code === 'inconsistent_state'
				? {
						message: `${capitalize(subject)} has no email, which Freshdesk needs to make it an agent`,
						description:
							'Give the contact a primary email (operation Update), then convert it again.',
					}
				: {
						message: `Freshdesk refused the change: ${body.message ?? 'conflict'}`,
						description: 'Check the contact in Freshdesk, then run the node again.',
					};
		case 429: {
			const wait = response ? retryAfterSeconds(response) : undefined;
			return {
				message: 'Freshdesk\'s rate limit was reached',
				description: `Freshdesk asked to wait ${wait ?? 'a'} second${wait === 1 ? '' : 's'} before the next request. Your plan allows a fixed number of API calls per minute for the whole account; spread the workflow's runs out or lower the number of items processed at once.`,
			};
		}
		default:
			return {
				message: `Freshdesk failed with status ${statusCode}`,
				description:
					statusCode >= 500
						? 'The problem is on Freshdesk\'s side. Run the node again later; nothing was reported as done.'
						: `${body.message ?? 'Unexpected answer from Freshdesk.'}`,
			};
	}
}

function operationOf(context: IExecuteSingleFunctions): string {
	return context.getNodeParameter('operation', '') as string;
}

function subjectOf(context: IExecuteSingleFunctions): string {
	const operation = operationOf(context);
	if (operation === 'search' || operation === 'getAll' || operation === 'getFields') {
		return 'such resource (check the Freshdesk domain in the credential)';
	}
	if (operation === 'export') return 'export job with this ID';
	if (operation === 'merge') return 'contact with one of these IDs';

	let id: unknown;
	try {
		id = context.getNodeParameter('contactId', '', { extractValue: true });
	} catch {
		id = '';
	}
	return id ? `contact ${String(id)}` : 'contact with this ID';
}

export function freshdeskApiError(
	node: INode,
	response: IN8nHttpFullResponse,
	subject: string,
	itemIndex?: number,
	operation?: string,
): NodeApiError {
	const { message, description } = explainFreshdeskError(
		response.statusCode,
		response.body,
		subject,
		response,
		operation,
	);
	const body = parseBody(response.body);
	const error = new NodeApiError(node, body as unknown as JsonObject, {
		message,
		description,
		httpCode: String(response.statusCode),
		itemIndex,
	});
	const retryAfter = retryAfterSeconds(response);
	if (retryAfter !== undefined) (error.context as IDataObject).retryAfterSeconds = retryAfter;
	return error;
}

/** First post-receive step of every operation: Freshdesk errors never reach later steps. */
export async function throwOnFreshdeskError(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode < 400) return items;
	throw freshdeskApiError(
		this.getNode(),
		response,
		subjectOf(this),
		this.getItemIndex(),
		operationOf(this),
	);
}
