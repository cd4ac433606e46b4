import { FreshdeskEmulator } from './index';

describe('seed data', () => {
	it('is deterministic: the same options give the same contacts', () => {
		const first = new FreshdeskEmulator({ contacts: 60 });
		const second = new FreshdeskEmulator({ contacts: 60 });

		for (let id = 13000000001; id <= 13000000060; id++) {
			expect(first.getContact(id)).toEqual(second.getContact(id));
		}
	});

	it('covers the states tests need: deleted, blocked, no email, other emails, companies', () => {
		const emulator = new FreshdeskEmulator();
		const contacts = Array.from({ length: 40 }, (_, index) =>
			emulator.getContact(13000000001 + index),
		);

		expect(contacts.every(Boolean)).toBe(true);
		expect(emulator.getContact(13000000041)).toBeUndefined();
		const count = (predicate: (contact: NonNullable<(typeof contacts)[number]>) => boolean) =>
			contacts.filter((contact) => contact && predicate(contact)).length;
		expect(count((contact) => contact.deleted)).toBeGreaterThanOrEqual(3);
		expect(count((contact) => contact.blocked)).toBeGreaterThanOrEqual(2);
		expect(count((contact) => contact.email === null)).toBeGreaterThanOrEqual(2);
		expect(count((contact) => contact.other_emails.length > 0)).toBeGreaterThanOrEqual(3);
		expect(count((contact) => contact.company_id !== null)).toBeGreaterThanOrEqual(20);
		expect(count((contact) => contact.tags.length > 0)).toBeGreaterThanOrEqual(5);
		expect(count((contact) => contact.created_at.startsWith('2026'))).toBeGreaterThanOrEqual(3);
		expect(count((contact) => contact.updated_at.startsWith('2025'))).toBeGreaterThanOrEqual(3);
	});

	it('adds 50,000 contacts in well under two seconds, with customisable fields', () => {
		const emulator = new FreshdeskEmulator();
		const started = Date.now();

		emulator.addContacts(50_000, (index) => ({ name: `Load ${index}`, phone: String(index) }));

		expect(Date.now() - started).toBeLessThan(2000);
		expect(emulator.getContact(13000000041)).toMatchObject({ name: 'Load 0', phone: '0' });
		expect(emulator.getContact(13000050040)).toMatchObject({ name: 'Load 49999' });
	});

	it('keeps the defaults for keys given as undefined', () => {
		const emulator = new FreshdeskEmulator({ contacts: 0 });

		const contact = emulator.addContact({ name: 'Sparse', email: undefined, tags: undefined });

		expect(contact).toMatchObject({ email: null, tags: [], deleted: false });
	});
});
