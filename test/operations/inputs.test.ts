import { byId, useEmulator } from '../harness/emulatorRun';

const { emulator, run } = useEmulator({ contacts: 0, companies: 3 });

const ID_OPERATIONS = ['get', 'update', 'delete', 'restore', 'makeAgent', 'sendInvite'];
const BAD_IDS = ['abc', '0', '-1', '1.5', '5/../agents', '', ' ', '12345678901234567890', '0x1A', '1e3'];

describe('contact IDs', () => {
	describe.each(ID_OPERATIONS)('%s', (operation) => {
		test.each(BAD_IDS)('fails the item on ID %j before any request', async (id) => {
			const { error, requests } = await run({
				operation,
				contactId: byId(id),
				updateFields: { name: 'X' },
			});

			expect(requests).toHaveLength(0);
			expect(error?.message).toMatch(/^Contact ID must be a positive whole number, got /);
		});
	});

	test('with On Error set to continue, a bad ID fails only its own item', async () => {
		const contact = emulator.addContact({ name: 'Good One', email: 'good@example.com' });

		const { items, requests } = await run(
			{ operation: 'get', contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ items: [{ id: 'oops' }, { id: contact.id }], continueOnFail: true },
		);

		expect(requests.map((request) => request.path)).toEqual([`/api/v2/contacts/${contact.id}`]);
		expect(items).toHaveLength(2);
		expect(items[0].json).toEqual({});
		expect(items[0].error?.message).toBe('Contact ID must be a positive whole number, got "oops"');
		expect(items[1].json.name).toBe('Good One');
	});
});

describe('several input items in one run', () => {
	test('each item gets its own request, from its own expressions', async () => {
		const contacts = [1, 2, 3].map((n) =>
			emulator.addContact({ name: `Person ${n}`, email: `person${n}@example.com` }),
		);

		const { items, requests } = await run(
			{
				operation: 'update',
				contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				updateFields: { jobTitle: '={{ $json.title }}' },
			},
			{ items: contacts.map((contact, index) => ({ id: contact.id, title: `Title ${index}` })) },
		);

		expect(
			requests
				.map((request) => [request.path, request.body])
				.sort(([a], [b]) => String(a).localeCompare(String(b))),
		).toEqual(contacts.map((contact, index) => [`/api/v2/contacts/${contact.id}`, { job_title: `Title ${index}` }]));
		expect(items.map((item) => [item.json.id, item.json.job_title])).toEqual(
			contacts.map((contact, index) => [contact.id, `Title ${index}`]),
		);
	});

	test('creates one contact per item', async () => {
		const people = [
			{ name: 'Ann', email: 'ann@example.com' },
			{ name: 'Bob', email: 'bob@example.com' },
		];

		const { items, requests } = await run(
			{ operation: 'create', name: '={{ $json.name }}', additionalFields: { email: '={{ $json.email }}' } },
			{ items: people },
		);

		expect(requests).toHaveLength(2);
		expect(items.map((item) => item.json.email)).toEqual(['ann@example.com', 'bob@example.com']);
	});

	test('searches once per item with each item\'s query', async () => {
		emulator.addContact({ name: 'Ann', email: 'ann@example.com' });
		emulator.addContact({ name: 'Bob', email: 'bob@example.com' });

		const { items, requests } = await run(
			{ operation: 'search', query: "=email:'{{ $json.email }}'", returnAll: true },
			{ items: [{ email: 'ann@example.com' }, { email: 'bob@example.com' }] },
		);

		expect(requests.map((request) => request.query.query).sort()).toEqual([
			"\"email:'ann@example.com'\"",
			"\"email:'bob@example.com'\"",
		]);
		expect(items.map((item) => item.json.name)).toEqual(['Ann', 'Bob']);
	});
});

describe('contact attributes checked before sending', () => {
	test.each([
		[{ email: 'not-an-email' }, 'Email is not a valid email address: "not-an-email"'],
		[{ email: 'a@b.co', tags: 'x'.repeat(33) }, `Tag "${'x'.repeat(33)}" has 33 characters; Freshdesk allows at most 32`],
		[{ email: 'a@b.co', otherEmails: 'ok@example.com, nope' }, 'Other email is not a valid email address: "nope"'],
		[
			{ email: 'a@b.co', customFields: { field: [{ name: 'seat_count|number', numberValue: 'many' }] } },
			'Custom field "seat_count" needs a number, got "many"',
		],
		[
			{ email: 'a@b.co', customFields: { field: [{ name: 'renewal_date|date', dateValue: '31/12/2026' }] } },
			'Custom field "renewal_date" needs a date (YYYY-MM-DD), got "31/12/2026"',
		],
		[
			{ email: 'a@b.co', customFields: { field: [{ name: 'cf-bad name', textValue: 'x' }] } },
			'"cf-bad name" is not a Freshdesk custom field name',
		],
	])('create with %j fails with a clear message and sends nothing', async (additionalFields, message) => {
		const { error, requests } = await run({ operation: 'create', name: 'Checked', additionalFields });

		expect(requests).toHaveLength(0);
		expect(error?.message).toBe(message);
	});
});
