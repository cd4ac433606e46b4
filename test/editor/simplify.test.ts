import { byId, useEmulator } from '../harness/emulatorRun';

const { emulator, run } = useEmulator({ contacts: 0, companies: 2 });

const COMPANY = 48000000001;

function seeded() {
	return emulator.addContact({
		name: 'Simple Sam',
		email: 'sam@example.com',
		phone: '+1 555 0100',
		mobile: '+1 555 0101',
		job_title: 'Buyer',
		company_id: COMPANY,
		tags: ['vip'],
		address: '1 Main St',
		custom_fields: { department: 'IT' },
		active: true,
	});
}

describe('Simplify', () => {
	test('Get returns only the keys people use most, in a stable order', async () => {
		const contact = seeded();

		const { items, error } = await run({ operation: 'get', contactId: byId(contact.id), simplify: true });

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(Object.keys(items[0].json)).toEqual([
			'id',
			'name',
			'email',
			'phone',
			'mobile',
			'company_id',
			'job_title',
			'active',
			'tags',
			'created_at',
			'updated_at',
		]);
		expect(items[0].json).toMatchObject({
			id: contact.id,
			name: 'Simple Sam',
			email: 'sam@example.com',
			company_id: COMPANY,
			tags: ['vip'],
			active: true,
		});
	});

	test('off, Get returns the raw contact', async () => {
		const contact = seeded();

		const { items } = await run({ operation: 'get', contactId: byId(contact.id), simplify: false });

		expect(items[0].json).toMatchObject({ address: '1 Main St', custom_fields: { department: 'IT' } });
	});

	test('Get keeps "deleted" so a deleted contact stays recognisable', async () => {
		const contact = emulator.addContact({ name: 'Gone', email: 'gone@example.com', deleted: true });

		const { items } = await run({ operation: 'get', contactId: byId(contact.id), simplify: true });

		expect(items[0].json).toMatchObject({ id: contact.id, deleted: true });
		expect(items[0].json).not.toHaveProperty('custom_fields');
	});

	test('Get Many simplifies every contact of every page, and list items without tags get none', async () => {
		emulator.addContacts(120, (index) => ({ name: `Listed ${String(index).padStart(3, '0')}`, phone: '1' }));

		const { items, requests } = await run({ operation: 'getAll', returnAll: true, simplify: true });

		expect(requests).toHaveLength(2);
		expect(items).toHaveLength(120);
		for (const item of items) {
			expect(Object.keys(item.json)).toEqual([
				'id',
				'name',
				'email',
				'phone',
				'mobile',
				'company_id',
				'job_title',
				'active',
				'created_at',
				'updated_at',
			]);
		}
	});

	test('Search simplifies each result', async () => {
		seeded();

		const { items } = await run({
			operation: 'search',
			query: `company_id:${COMPANY}`,
			returnAll: true,
			simplify: true,
		});

		expect(items.map((item) => item.json)).toEqual([
			expect.objectContaining({ name: 'Simple Sam', email: 'sam@example.com' }),
		]);
		expect(items[0].json).not.toHaveProperty('custom_fields');
	});

	test('Create and Update return the simplified contact', async () => {
		const created = await run({
			operation: 'create',
			name: 'Fresh',
			additionalFields: { email: 'fresh@example.com', address: 'Somewhere' },
			simplify: true,
		});
		const id = Number(created.items[0].json.id);
		const updated = await run({
			operation: 'update',
			contactId: byId(id),
			updateFields: { jobTitle: 'CTO' },
			simplify: true,
		});

		expect(created.items[0].json).toMatchObject({ name: 'Fresh', email: 'fresh@example.com', tags: [] });
		expect(created.items[0].json).not.toHaveProperty('address');
		expect(updated.items[0].json).toMatchObject({ id, job_title: 'CTO' });
		expect(updated.items[0].json).not.toHaveProperty('address');
	});

	test('a Freshdesk error is still reported, not simplified away', async () => {
		const { error, items } = await run({ operation: 'get', contactId: byId(999), simplify: true });

		expect(items).toHaveLength(0);
		expect(error?.message).toBe('Freshdesk has no contact 999');
	});
});
