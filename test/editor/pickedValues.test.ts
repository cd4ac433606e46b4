import { FIRST_COMPANY_ID } from '../emulator';
import { byId, useEmulator } from '../harness/emulatorRun';

const { emulator, run } = useEmulator({ contacts: 0, companies: 3 });

const SECOND_COMPANY = FIRST_COMPANY_ID + 1;
const THIRD_COMPANY = FIRST_COMPANY_ID + 2;

const fromList = (value: string | number) => ({ __rl: true, mode: 'list', value: String(value) });
const fromUrl = (url: string) => ({ __rl: true, mode: 'url', value: url });

describe('Values picked in the editor reach Freshdesk in its types', () => {
	test('a company picked from the list goes out as an integer company_id', async () => {
		const { requests, error, items } = await run({
			operation: 'create',
			name: 'Picked Company',
			additionalFields: { email: 'picked@example.com', companyId: fromList(SECOND_COMPANY) },
		});

		expect(error).toBeUndefined();
		expect(requests[0].body).toEqual({
			name: 'Picked Company',
			email: 'picked@example.com',
			company_id: SECOND_COMPANY,
		});
		expect(items[0].json.company_id).toBe(SECOND_COMPANY);
	});

	test('a pasted company URL is reduced to its ID on update', async () => {
		const contact = emulator.addContact({ name: 'Mover', email: 'mover@example.com' });

		const { requests, error } = await run({
			operation: 'update',
			contactId: byId(contact.id),
			updateFields: { companyId: fromUrl(`https://acme.freshdesk.com/a/companies/${THIRD_COMPANY}`) },
		});

		expect(error).toBeUndefined();
		expect(requests[0].body).toEqual({ company_id: THIRD_COMPANY });
		expect(emulator.getContact(contact.id)?.company_id).toBe(THIRD_COMPANY);
	});

	test('a company ID that is not a number is refused before sending', async () => {
		const { requests, error } = await run({
			operation: 'create',
			name: 'Bad Company',
			additionalFields: { email: 'bad@example.com', companyId: byId('acme') },
		});

		expect(requests).toHaveLength(0);
		expect(error?.message).toBe('Company ID must be a positive whole number, got "acme"');
	});

	test('other companies picked in the list go out as company_id objects', async () => {
		const { requests, error } = await run({
			operation: 'create',
			name: 'Many Companies',
			additionalFields: {
				email: 'many@example.com',
				companyId: fromList(FIRST_COMPANY_ID),
				otherCompanies: {
					company: [
						{ companyId: fromList(SECOND_COMPANY), viewAllTickets: true },
						{ companyId: fromUrl(`https://acme.freshdesk.com/a/companies/${THIRD_COMPANY}`) },
					],
				},
			},
		});

		expect(error).toBeUndefined();
		expect(requests[0].body).toMatchObject({
			company_id: FIRST_COMPANY_ID,
			other_companies: [
				{ company_id: SECOND_COMPANY, view_all_tickets: true },
				{ company_id: THIRD_COMPANY, view_all_tickets: false },
			],
		});
		expect(requests[0].status).toBe(201);
	});

	test('the Get Many company filter sends the picked company', async () => {
		emulator.addContact({ name: 'In Company', email: 'in@example.com', company_id: SECOND_COMPANY });
		emulator.addContact({ name: 'Elsewhere', email: 'out@example.com', company_id: THIRD_COMPANY });

		const { requests, items } = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { companyId: fromList(SECOND_COMPANY) },
		});

		expect(requests[0].query).toMatchObject({ company_id: String(SECOND_COMPANY) });
		expect(items.map((item) => item.json.name)).toEqual(['In Company']);
	});

	test('picked custom fields go out typed: number, boolean, YYYY-MM-DD date, dropdown string', async () => {
		const { requests, error, items } = await run({
			operation: 'create',
			name: 'Typed Fields',
			additionalFields: {
				email: 'typed@example.com',
				customFields: {
					field: [
						{ name: 'seat_count|number', numberValue: 7 },
						{ name: 'vip|checkbox', booleanValue: false },
						{ name: 'renewal_date|date', dateValue: '2027-01-15T13:45:00' },
						{ name: 'tier|dropdown', dropdownValue: 'Silver' },
						{ name: 'notes|text', textValue: 'Call first' },
					],
				},
			},
		});

		expect(error).toBeUndefined();
		expect((requests[0].body as { custom_fields: unknown }).custom_fields).toEqual({
			seat_count: 7,
			vip: false,
			renewal_date: '2027-01-15',
			tier: 'Silver',
			notes: 'Call first',
		});
		expect(items[0].json.custom_fields).toMatchObject({ tier: 'Silver', vip: false });
	});

	test('a custom field named by expression sends the value in the type the expression returned', async () => {
		const { requests, error } = await run(
			{
				operation: 'create',
				name: 'From Expression',
				additionalFields: {
					email: 'expr@example.com',
					customFields: {
						field: [
							{ name: '={{ $json.field }}', textValue: '={{ $json.flag }}' },
							{ name: 'seat_count', textValue: '={{ $json.seats }}' },
						],
					},
				},
			},
			{ items: [{ field: 'vip', flag: true, seats: 12 }] },
		);

		expect(error).toBeUndefined();
		expect((requests[0].body as { custom_fields: unknown }).custom_fields).toEqual({
			vip: true,
			seat_count: 12,
		});
	});

	test('a dropdown row without a choice is refused before sending', async () => {
		const { requests, error } = await run({
			operation: 'create',
			name: 'No Choice',
			additionalFields: {
				email: 'nochoice@example.com',
				customFields: { field: [{ name: 'tier|dropdown' }] },
			},
		});

		expect(requests).toHaveLength(0);
		expect(error?.message).toBe('Custom field "tier" has no choice selected');
	});

	test('time zone and language picked from the lists go out as Freshdesk values', async () => {
		const { requests, error } = await run({
			operation: 'create',
			name: 'Zoned',
			additionalFields: { email: 'zoned@example.com', timeZone: 'Chennai', language: 'pt-BR' },
		});

		expect(error).toBeUndefined();
		expect(requests[0].body).toMatchObject({ time_zone: 'Chennai', language: 'pt-BR' });
	});

	test('export sends the picked default and custom field names', async () => {
		const { requests, error } = await run({
			operation: 'export',
			defaultFields: ['name', 'company_name'],
			customFields: ['tier', 'vip'],
			waitForFile: false,
		});

		expect(error).toBeUndefined();
		expect(requests[0].body).toEqual({
			fields: { default_fields: ['name', 'company_name'], custom_fields: ['tier', 'vip'] },
		});
	});
});

describe('Merge pickers', () => {
	function threeContacts() {
		return [
			emulator.addContact({ name: 'Keeper', email: 'keeper@example.com' }),
			emulator.addContact({ name: 'Dup A', email: 'dup.a@example.com' }),
			emulator.addContact({ name: 'Dup B', email: 'dup.b@example.com' }),
		];
	}

	test('contacts picked in the list are merged', async () => {
		const [primary, first, second] = threeContacts();

		const { requests, items, error } = await run({
			operation: 'merge',
			primaryContactId: fromList(primary.id),
			contactsToMerge: {
				contact: [
					{ contactId: fromList(first.id) },
					{ contactId: fromUrl(`https://acme.freshdesk.com/a/contacts/${second.id}`) },
				],
			},
		});

		expect(error).toBeUndefined();
		expect(requests[0].body).toEqual({
			primary_contact_id: primary.id,
			secondary_contact_ids: [first.id, second.id],
		});
		expect(items.map((item) => item.json)).toEqual([
			{ id: primary.id, merged: true, mergedContactIds: [first.id, second.id] },
		]);
		expect(emulator.getContact(second.id)?.deleted).toBe(true);
	});

	test('picked contacts and IDs from an expression are merged together, each once', async () => {
		const [primary, first, second] = threeContacts();

		const { requests, error } = await run(
			{
				operation: 'merge',
				primaryContactId: byId(primary.id),
				contactsToMerge: { contact: [{ contactId: byId(first.id) }] },
				secondaryContactIds: '={{ $json.duplicates }}',
			},
			{ items: [{ duplicates: [second.id, first.id] }] },
		);

		expect(error).toBeUndefined();
		expect((requests[0].body as { secondary_contact_ids: number[] }).secondary_contact_ids).toEqual([
			first.id,
			second.id,
		]);
	});

	test('with no contact to merge at all, nothing is sent', async () => {
		const [primary] = threeContacts();

		const { requests, error } = await run({
			operation: 'merge',
			primaryContactId: byId(primary.id),
			contactsToMerge: {},
			secondaryContactIds: '',
		});

		expect(requests).toHaveLength(0);
		expect(error?.message).toBe('Add at least one contact to merge into the primary contact');
	});
});

describe('Pickers still take free text from expressions', () => {
	test('a time zone and language from the input item go out as given', async () => {
		const { requests, error } = await run(
			{
				operation: 'create',
				name: '={{ $json.name }}',
				additionalFields: {
					email: '={{ $json.email }}',
					timeZone: '={{ $json.zone }}',
					language: '={{ $json.locale }}',
				},
			},
			{ items: [{ name: 'Expr Zone', email: 'zone@example.com', zone: 'Tokyo', locale: 'ja-JP' }] },
		);

		expect(error).toBeUndefined();
		expect(requests[0].body).toMatchObject({ time_zone: 'Tokyo', language: 'ja-JP' });
		expect(requests[0].status).toBe(201);
	});

	test('a company ID from an expression goes out as an integer', async () => {
		const { requests, error } = await run(
			{
				operation: 'create',
				name: 'Expr Company',
				additionalFields: { email: 'exprco@example.com', companyId: '={{ $json.company }}' },
			},
			{ items: [{ company: String(THIRD_COMPANY) }] },
		);

		expect(error).toBeUndefined();
		expect(requests[0].body).toMatchObject({ company_id: THIRD_COMPANY });
	});
});
