export interface EmulatorFeatures {
	multiLanguage: boolean;
	multiTimeZone: boolean;
	multipleCompanies: boolean;
	uniqueExternalId: boolean;
}

export interface RateLimitConfig {
	limit: number;
	windowMs: number;
}

export interface EmulatorOptions {
	apiKey?: string;
	restrictedApiKey?: string;
	contacts?: number;
	companies?: number;
	rateLimit?: RateLimitConfig;
	features?: Partial<EmulatorFeatures>;
	exportPollsUntilDone?: number;
	agentLimitReached?: boolean;
}

export interface RecordedRequest {
	method: string;
	path: string;
	rawQuery: string;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	bodyText: string;
	body: unknown;
	status: number;
}

export type CustomFieldValue = string | number | boolean | null;

export interface OtherCompany {
	company_id: number;
	view_all_tickets: boolean;
}

export interface Agent {
	available_since: string | null;
	available: boolean;
	occasional: boolean;
	signature: string | null;
	group_ids: number[];
	skill_ids: number[];
	type: string;
	role_ids: number[];
	id: number;
	ticket_scope: number;
	created_at: string;
	updated_at: string;
	focus_mode: boolean;
}

export interface Contact {
	id: number;
	name: string;
	email: string | null;
	other_emails: string[];
	phone: string | null;
	mobile: string | null;
	twitter_id: string | null;
	facebook_id: string | null;
	unique_external_id: string | null;
	address: string | null;
	description: string | null;
	job_title: string | null;
	language: string;
	time_zone: string;
	company_id: number | null;
	view_all_tickets: boolean;
	other_companies: OtherCompany[];
	active: boolean;
	deleted: boolean;
	blocked: boolean;
	/** Set on the secondaries of a merge: such a contact can never be restored. */
	parent_id: number | null;
	tags: string[];
	custom_fields: Record<string, CustomFieldValue>;
	avatar: null;
	csat_rating: number | null;
	preferred_source: string | null;
	created_at: string;
	updated_at: string;
	/** Set once make_agent converted the contact; agents are no longer contacts. */
	agent: Agent | null;
}

export interface Company {
	id: number;
	name: string;
	description: string | null;
	note: string | null;
	domains: string[];
	health_score: string | null;
	account_tier: string | null;
	renewal_date: string | null;
	industry: string | null;
	custom_fields: Record<string, CustomFieldValue>;
	created_at: string;
	updated_at: string;
}

export interface DropdownChoice {
	id: number;
	label: string;
	value: string;
	position: number;
}

export type ContactFieldType =
	| 'default_name'
	| 'default_job_title'
	| 'default_email'
	| 'default_phone'
	| 'default_mobile'
	| 'default_twitter_id'
	| 'default_company_name'
	| 'default_address'
	| 'default_time_zone'
	| 'default_language'
	| 'default_tag_names'
	| 'default_description'
	| 'default_unique_external_id'
	| 'custom_text'
	| 'custom_paragraph'
	| 'custom_checkbox'
	| 'custom_number'
	| 'custom_dropdown'
	| 'custom_date';

export interface ContactField {
	id: number;
	name: string;
	label: string;
	position: number;
	type: ContactFieldType;
	default: boolean;
	customers_can_edit: boolean;
	label_for_customers: string;
	required_for_customers: boolean;
	displayed_for_customers: boolean;
	required_for_agents: boolean;
	editable_in_signup: boolean;
	created_at: string;
	updated_at: string;
	choices?: Record<string, string> | DropdownChoice[];
}

export interface FieldError {
	field: string;
	additional_info?: { user_id: number };
	message: string;
	code: string;
}
