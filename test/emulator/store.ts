import { buildContactFields } from './contactFields';
import {
	blankContact,
	FIRST_CONTACT_ID,
	formatTimestamp,
	seedCompanies,
	seedContacts,
} from './seed';
import type { Company, Contact, ContactField } from './types';

type UniqueAttribute = 'twitter_id' | 'unique_external_id';

export class ContactStore {
	readonly contactFields: ContactField[];

	private readonly blankCustomFields: Record<string, null>;

	companies: Company[] = [];

	private contacts = new Map<number, Contact>();

	private nextContactId = FIRST_CONTACT_ID;

	private sortedCache: { version: number; size: number; contacts: Contact[] } | undefined;

	private version = 0;

	constructor(
		private readonly seedContactCount: number,
		private readonly seedCompanyCount: number,
		uniqueExternalId: boolean,
	) {
		this.contactFields = buildContactFields(uniqueExternalId);
		this.blankCustomFields = Object.fromEntries(
			this.contactFields.filter((field) => !field.default).map((field) => [field.name, null]),
		);
		this.reset();
	}

	reset(): void {
		this.companies = seedCompanies(this.seedCompanyCount);
		this.contacts.clear();
		for (const contact of seedContacts(this.seedContactCount, this.companies)) {
			this.contacts.set(contact.id, contact);
		}
		this.nextContactId = FIRST_CONTACT_ID + this.seedContactCount;
		this.changed();
	}

	/** Every mutation goes through here so the name-sorted view is rebuilt lazily. */
	changed(): void {
		this.version++;
	}

	get(id: number): Contact | undefined {
		return this.contacts.get(id);
	}

	/** Agents live in the same user table but are not contacts any more. */
	getContact(id: number): Contact | undefined {
		const contact = this.contacts.get(id);
		return contact && !contact.agent ? contact : undefined;
	}

	getCompany(id: number): Company | undefined {
		return this.companies.find((company) => company.id === id);
	}

	companyOf(contact: Contact): Company | undefined {
		return contact.company_id === null ? undefined : this.getCompany(contact.company_id);
	}

	insert(fields: Partial<Contact> & { name: string }, timestamp = now()): Contact {
		const id = fields.id ?? this.nextContactId;
		this.nextContactId = Math.max(this.nextContactId, id + 1);
		const contact = blankContact(id, fields.name, timestamp);
		const target = contact as unknown as Record<string, unknown>;
		// Keys given as undefined must not blank out the defaults (null, [], false).
		for (const [key, value] of Object.entries(fields)) {
			if (value !== undefined && key !== 'id') target[key] = value;
		}
		contact.custom_fields = { ...this.blankCustomFields, ...fields.custom_fields };
		this.contacts.set(id, contact);
		this.changed();
		return contact;
	}

	delete(id: number): void {
		this.contacts.delete(id);
		this.changed();
	}

	/** All contacts (not agents), sorted by name the way MySQL's case-insensitive collation does. */
	sortedContacts(): Contact[] {
		const cache = this.sortedCache;
		if (cache && cache.version === this.version && cache.size === this.contacts.size) {
			return cache.contacts;
		}
		const contacts = [...this.contacts.values()]
			.filter((contact) => !contact.agent)
			.map((contact) => ({ contact, key: contact.name.toLowerCase() }))
			.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.contact.id - b.contact.id))
			.map(({ contact }) => contact);
		this.sortedCache = { version: this.version, size: this.contacts.size, contacts };
		return contacts;
	}

	/** Uniqueness spans every user, soft-deleted contacts and agents included. */
	findEmailOwner(email: string, exceptId?: number): Contact | undefined {
		const wanted = email.toLowerCase();
		for (const contact of this.contacts.values()) {
			if (contact.id === exceptId) continue;
			if (contact.email === wanted || contact.other_emails.includes(wanted)) return contact;
		}
		return undefined;
	}

	findOwner(attribute: UniqueAttribute, value: string, exceptId?: number): Contact | undefined {
		for (const contact of this.contacts.values()) {
			if (contact.id !== exceptId && contact[attribute] === value) return contact;
		}
		return undefined;
	}
}

export function now(): string {
	return formatTimestamp(Date.now());
}
