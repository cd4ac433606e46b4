import type { Company, Contact, EmulatorFeatures } from './types';

type Json = Record<string, unknown>;

/** Full contact as view, create and update return it (key order from Freshdesk's samples). */
export function presentContact(
	contact: Contact,
	features: EmulatorFeatures,
	alwaysShowDeleted: boolean,
): Json {
	const { active, address, company_id: companyId, ...summary } = presentSummary(contact);
	const body: Json = {
		active,
		address,
		company_id: companyId,
		view_all_tickets: contact.view_all_tickets,
	};
	// Create and update always carry `deleted`; view only when the contact is deleted.
	if (alwaysShowDeleted || contact.deleted) body.deleted = contact.deleted;
	Object.assign(body, summary, { other_emails: [...contact.other_emails] });
	if (features.multipleCompanies) {
		body.other_companies = contact.other_companies.map((other) => ({ ...other }));
	}
	Object.assign(body, {
		created_at: contact.created_at,
		updated_at: contact.updated_at,
		tags: [...contact.tags],
		avatar: contact.avatar,
		custom_fields: { ...contact.custom_fields },
		facebook_id: contact.facebook_id,
		csat_rating: contact.csat_rating,
		preferred_source: contact.preferred_source,
	});
	if (features.uniqueExternalId) body.unique_external_id = contact.unique_external_id;
	return body;
}

/** The keys list items and search results both start with. */
function presentSummary(contact: Contact): Json {
	return {
		active: contact.active,
		address: contact.address,
		company_id: contact.company_id,
		description: contact.description,
		email: contact.email,
		id: contact.id,
		job_title: contact.job_title,
		language: contact.language,
		mobile: contact.mobile,
		name: contact.name,
		phone: contact.phone,
		time_zone: contact.time_zone,
		twitter_id: contact.twitter_id,
	};
}

/** List items drop avatar, tags, other_emails and view_all_tickets; `deleted` only when true. */
export function presentContactListItem(
	contact: Contact,
	features: EmulatorFeatures,
	company?: Company,
): Json {
	const body = presentSummary(contact);
	// The documented list sample gives other companies as bare ids, unlike view and create.
	if (features.multipleCompanies) {
		body.other_companies = contact.other_companies.map((other) => other.company_id);
	}
	if (contact.deleted) body.deleted = true;
	Object.assign(body, {
		created_at: contact.created_at,
		updated_at: contact.updated_at,
		custom_fields: { ...contact.custom_fields },
		facebook_id: contact.facebook_id,
		csat_rating: contact.csat_rating,
		preferred_source: contact.preferred_source,
	});
	if (features.uniqueExternalId) body.unique_external_id = contact.unique_external_id;
	if (company) body.company = { id: company.id, name: company.name };
	return body;
}

/** Search results: no avatar, tags, view_all_tickets, csat_rating or preferred_source. */
export function presentSearchResult(
	contact: Contact,
	features: EmulatorFeatures,
	company?: Company,
): Json {
	const body: Json = {
		...presentSummary(contact),
		other_emails: [...contact.other_emails],
		facebook_id: contact.facebook_id,
		created_at: contact.created_at,
		updated_at: contact.updated_at,
		custom_fields: { ...contact.custom_fields },
		external_id: contact.unique_external_id,
	};
	if (features.uniqueExternalId) body.unique_external_id = contact.unique_external_id;
	if (features.multipleCompanies) {
		body.other_companies = contact.other_companies.map((other) => ({ ...other }));
	}
	if (company) body.company = { id: company.id, name: company.name };
	return body;
}

export function presentAgentConversion(contact: Contact): Json {
	return {
		active: contact.active,
		email: contact.email,
		job_title: contact.job_title,
		language: contact.language,
		last_login_at: null,
		mobile: contact.mobile,
		name: contact.name,
		phone: contact.phone,
		time_zone: contact.time_zone,
		created_at: contact.created_at,
		updated_at: contact.updated_at,
		agent: contact.agent && {
			available_since: contact.agent.available_since,
			available: contact.agent.available,
			occasional: contact.agent.occasional,
			signature: contact.agent.signature,
			group_ids: [...contact.agent.group_ids],
			skill_ids: [...contact.agent.skill_ids],
			type: contact.agent.type,
			role_ids: [...contact.agent.role_ids],
			id: contact.agent.id,
			ticket_scope: contact.agent.ticket_scope,
			created_at: contact.agent.created_at,
			updated_at: contact.agent.updated_at,
			focus_mode: contact.agent.focus_mode,
		},
	};
}

export function presentCompany(company: Company): Json {
	return {
		id: company.id,
		name: company.name,
		description: company.description,
		note: company.note,
		domains: [...company.domains],
		created_at: company.created_at,
		updated_at: company.updated_at,
		custom_fields: { ...company.custom_fields },
		health_score: company.health_score,
		account_tier: company.account_tier,
		renewal_date: company.renewal_date,
		industry: company.industry,
	};
}
