import type { Company, Contact, CustomFieldValue } from './types';
import { DEFAULT_LANGUAGE, DEFAULT_TIME_ZONE } from './valueLists';

// Above 2^31 on purpose: real Freshdesk ids do not fit in an int32.
export const FIRST_CONTACT_ID = 13000000001;
export const FIRST_COMPANY_ID = 48000000001;

const FIRST_NAMES = [
	'Amelia', 'Bruno', 'Chiara', 'Dmitri', 'Élodie', 'Farah', 'Gustavo', 'Hana', 'Ingrid', 'Jonas',
	'Kavya', 'Liam', 'Mei', 'Nikolai', 'Olivia', 'Priya', 'Quentin', 'Rosa', 'Søren', 'Tomás',
	'Umar', 'Valentina', 'Wei', 'Ximena', 'Yusuf', 'Zoë', 'Aarav', 'Beatriz', 'Carlos', 'Divya',
];

const LAST_NAMES = [
	'Okafor', 'Schmidt', 'Rossi', 'Ivanov', 'Dubois', 'Haddad', 'Pereira', 'Tanaka', 'Larsen',
	'Weber', 'Iyer', "O'Brien", 'Chen', 'Petrov', 'Walsh', 'Nair', 'Lefèvre', 'García', 'Nielsen',
	'Moreno', 'Khan', 'Bianchi', 'Zhang', 'Hernández', 'Demir', 'Müller', 'Sharma', 'Costa',
	'Lopez', 'Reddy',
];

const COMPANY_NAMES: Array<[string, string, string]> = [
	['Northwind Traders', 'northwind.example', 'Retail'],
	['Globex Logistics', 'globex.example', 'Logistics'],
	['Initech Software', 'initech.example', 'Software'],
	['Umbrella Health', 'umbrella-health.example', 'Healthcare'],
	['Stark Renewables', 'stark-energy.example', 'Energy'],
	['Wayne Hospitality', 'wayne-hotels.example', 'Hospitality'],
	['Acme Manufacturing', 'acme.example', 'Manufacturing'],
	['Soylent Foods', 'soylent.example', 'Food & Beverage'],
	['Tyrell Biotech', 'tyrell.example', 'Biotechnology'],
	['Cyberdyne Robotics', 'cyberdyne.example', 'Robotics'],
];

const JOB_TITLES = [
	'Operations Manager', 'Support Lead', 'CTO', 'Buyer', 'Office Manager', 'Account Executive',
	'Head of IT', 'Procurement Specialist', null, null,
];
const DEPARTMENTS = ['Operations', 'Finance', 'IT', 'Sales', 'Legal', null];
const TAGS = ['vip', 'newsletter', 'beta', 'renewal', 'churn-risk', 'partner', 'onboarding'];
const TIERS = ['Gold', 'Silver', 'Bronze', null];
const LANGUAGES = ['en', 'en', 'en', 'fr', 'de', 'es', 'pt-BR', 'ja-JP'];
const TIME_ZONES = [
	DEFAULT_TIME_ZONE,
	'Pacific Time (US & Canada)',
	'London',
	'Berlin',
	'Chennai',
	'Tokyo',
	'Sydney',
];

const SEED_START = Date.UTC(2025, 0, 1);
const SEED_END = Date.UTC(2026, 10, 30);
const DAY_MS = 86_400_000;

/** mulberry32: small, fast and deterministic, so the same options give the same data. */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function formatTimestamp(milliseconds: number): string {
	return new Date(milliseconds).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function asciiSlug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ø/g, 'o')
		.replace(/[^A-Za-z]/g, '')
		.toLowerCase();
}

export function seedCompanies(count: number): Company[] {
	const random = createRandom(7);
	return Array.from({ length: count }, (_, index) => {
		const [baseName, baseDomain, industry] = COMPANY_NAMES[index % COMPANY_NAMES.length];
		const round = Math.floor(index / COMPANY_NAMES.length);
		const name = round === 0 ? baseName : `${baseName} ${round + 1}`;
		const domain = round === 0 ? baseDomain : `${round + 1}.${baseDomain}`;
		const createdAt = SEED_START + Math.floor(random() * 200) * DAY_MS;
		return {
			id: FIRST_COMPANY_ID + index,
			name,
			description: `${industry} customer since ${new Date(createdAt).getUTCFullYear()}`,
			note: null,
			domains: [domain],
			health_score: index % 3 === 0 ? 'At risk' : 'Happy',
			account_tier: ['Premium', 'Standard', 'Basic'][index % 3],
			renewal_date: null,
			industry,
			custom_fields: {},
			created_at: formatTimestamp(createdAt),
			updated_at: formatTimestamp(createdAt + Math.floor(random() * 300) * DAY_MS),
		};
	});
}

function pick<T>(random: () => number, values: T[]): T {
	return values[Math.floor(random() * values.length)];
}

function seedCustomFields(random: () => number, index: number): Record<string, CustomFieldValue> {
	const renewal = SEED_START + Math.floor(random() * 700) * DAY_MS;
	return {
		department: pick(random, DEPARTMENTS),
		seat_count: index % 4 === 2 ? null : 5 + Math.floor(random() * 500),
		vip: index % 5 === 0,
		tier: pick(random, TIERS),
		renewal_date: index % 3 === 1 ? formatTimestamp(renewal).slice(0, 10) : null,
		notes: index % 7 === 0 ? 'Prefers phone calls in the morning.' : null,
	};
}

export function blankContact(id: number, name: string, timestamp: string): Contact {
	return {
		id,
		name,
		email: null,
		other_emails: [],
		phone: null,
		mobile: null,
		twitter_id: null,
		facebook_id: null,
		unique_external_id: null,
		address: null,
		description: null,
		job_title: null,
		language: DEFAULT_LANGUAGE,
		time_zone: DEFAULT_TIME_ZONE,
		company_id: null,
		view_all_tickets: false,
		other_companies: [],
		active: false,
		deleted: false,
		blocked: false,
		parent_id: null,
		tags: [],
		custom_fields: {},
		avatar: null,
		csat_rating: null,
		preferred_source: null,
		created_at: timestamp,
		updated_at: timestamp,
		agent: null,
	};
}

/**
 * States follow the index so every seed of 40 or more has deleted, blocked, company-less,
 * email-less and multi-email contacts in known places.
 */
export function seedContacts(count: number, companies: Company[]): Contact[] {
	const random = createRandom(42);
	const usedEmails = new Set<string>();
	const contacts: Contact[] = [];
	for (let index = 0; index < count; index++) {
		const firstName = FIRST_NAMES[index % FIRST_NAMES.length];
		const lastName =
			LAST_NAMES[(index * 7 + Math.floor(index / FIRST_NAMES.length)) % LAST_NAMES.length];
		const company =
			companies.length > 0 && index % 4 !== 3 ? companies[index % companies.length] : null;
		const createdAt = SEED_START + Math.floor(random() * 480 * DAY_MS);
		const updatedAt = createdAt + Math.floor(random() * (SEED_END - createdAt));
		const contact = blankContact(
			FIRST_CONTACT_ID + index,
			`${firstName} ${lastName}`,
			formatTimestamp(createdAt),
		);
		contact.updated_at = formatTimestamp(updatedAt);

		const domain = company ? company.domains[0] : 'mail.example';
		let email = `${asciiSlug(firstName)}.${asciiSlug(lastName)}@${domain}`;
		if (usedEmails.has(email)) email = email.replace('@', `${index}@`);
		if (index % 11 !== 6) {
			contact.email = email;
			usedEmails.add(email);
		}
		if (index % 6 === 2 && contact.email) {
			contact.other_emails = [email.replace('@', '.home@').replace(domain, 'mail.example')];
		}
		if (index % 2 === 0 || contact.email === null) {
			contact.phone = `+1 415 555 ${String(1000 + index).slice(-4)}`;
		}
		if (index % 3 === 1) contact.mobile = `+44 7700 900${String(100 + index).slice(-3)}`;
		if (index % 8 === 5) contact.twitter_id = String(1_400_000_000_000_000_000n + BigInt(index));
		if (index % 5 === 1) contact.unique_external_id = `crm-${10000 + index}`;

		contact.job_title = pick(random, JOB_TITLES);
		contact.language = pick(random, LANGUAGES);
		contact.time_zone = pick(random, TIME_ZONES);
		contact.active = index % 3 !== 0;
		contact.deleted = index % 10 === 7;
		contact.blocked = !contact.deleted && index % 13 === 11;
		contact.csat_rating = index % 4 === 0 ? 103 : null;
		contact.preferred_source = index % 4 === 0 ? 'portal' : index % 4 === 1 ? 'email' : null;
		if (company) {
			contact.company_id = company.id;
			contact.view_all_tickets = index % 5 === 0;
			if (index % 9 === 4 && companies.length > 1) {
				const other = companies[(index + 1) % companies.length];
				contact.other_companies = [{ company_id: other.id, view_all_tickets: false }];
			}
		}
		if (index % 3 === 0) contact.address = `${100 + index} Market Street, San Francisco`;
		contact.tags = TAGS.filter(() => random() < 0.2);
		contact.custom_fields = seedCustomFields(random, index);
		contacts.push(contact);
	}
	return contacts;
}
