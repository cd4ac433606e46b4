import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { useEmulator } from '../harness/emulatorRun';
import { isNodeError, offRoute } from './support';

const { emulator, run } = useEmulator({ contacts: 0, companies: 3 });

const fromItem = { __rl: true, mode: 'id', value: '={{ $json.value }}' };
const ID_OPERATIONS = ['get', 'update', 'delete', 'restore', 'makeAgent', 'sendInvite'];

/** Runs one item whose `value` feeds the parameters, with On Error set to continue. */
async function runWithValue(
	parameters: INodeParameters,
	value: unknown,
	extra: IDataObject[] = [],
) {
	const items = [{ value } as IDataObject, ...extra];
	return await run(parameters, { items, continueOnFail: true });
}

async function expectRefused(
	parameters: INodeParameters,
	value: unknown,
	message: string | RegExp,
) {
	const { items, error, requests } = await runWithValue(parameters, value);

	expect(error).toBeUndefined();
	expect(requests).toEqual([]);
	expect(items).toHaveLength(1);
	expect(isNodeError(items[0].error)).toBe(true);
	if (typeof message === 'string') expect(items[0].error?.message).toBe(message);
	else expect(items[0].error?.message).toMatch(message);
}

// Each value arrives through `={{ $json.value }}`, in the JSON type the previous node produced.
const BAD_CONTACT_IDS: unknown[] = [
	'abc',
	'-1',
	-7,
	0,
	'0',
	1.5,
	'1.5',
	'12345678901234567890',
	2 ** 53 + 2,
	'5/../agents',
	'5/restore',
	'5?force=true',
	'5#x',
	'%35',
	'٤٢',
	'',
	{ id: 5 },
	[5, 6],
	[],
	null,
	true,
	false,
];

describe('contact IDs of the wrong type or shape, from an expression', () => {
	describe.each(ID_OPERATIONS)('%s', (operation) => {
		test.each(BAD_CONTACT_IDS.map((value) => [JSON.stringify(value), value]))(
			'fails the item on %s and sends nothing',
			async (_shown, value) => {
				await expectRefused(
					{ operation, contactId: fromItem, updateFields: { name: 'X' } },
					value,
					/^Contact ID must be a positive whole number, got .+/,
				);
			},
		);
	});

	test('a bad ID fails its own item while the next item is fetched', async () => {
		const contact = emulator.addContact({ name: 'Good One', email: 'good@example.com' });

		const { items, requests } = await runWithValue(
			{ operation: 'get', contactId: fromItem },
			'5/../agents',
			[{ value: contact.id }],
		);

		expect(requests.map((request) => request.path)).toEqual([`/api/v2/contacts/${contact.id}`]);
		expect(items[0].error?.message).toBe('Contact ID must be a positive whole number, got "5/../agents"');
		expect(items[1].json.name).toBe('Good One');
	});

	test.each([
		['padded with spaces', (id: number) => ` ${id} `],
		['with leading zeros', (id: number) => `00${id}`],
		['as a number', (id: number) => id],
		['as a one-element array', (id: number) => [id]],
	])('an ID %s reaches the contact\'s own path', async (_label, shape) => {
		const contact = emulator.addContact({ name: 'Shaped', email: 'shaped@example.com' });

		const { items, requests } = await runWithValue(
			{ operation: 'update', contactId: fromItem, updateFields: { jobTitle: 'Ok' } },
			shape(contact.id),
		);

		expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`PUT /api/v2/contacts/${contact.id}`,
		]);
		expect(items[0].json.job_title).toBe('Ok');
	});
});

describe('IDs inside lists (merge, agent groups)', () => {
	test.each([
		['5/../agents'],
		[[{ id: 1 }]],
		[[[1, 2]]],
		['1, two, 3'],
		[-4],
	])('merge with contacts to merge %j fails the item before sending', async (value) => {
		await expectRefused(
			{
				operation: 'merge',
				primaryContactId: { __rl: true, mode: 'id', value: '13000000001' },
				secondaryContactIds: '={{ $json.value }}',
			},
			value,
			/^Contact to merge ID must be a positive whole number, got .+/,
		);
	});

	test.each([['7,x'], [{ a: 1 }], [true]])(
		'convert to agent with group IDs %j fails the item before sending',
		async (value) => {
		await expectRefused(
			{
				operation: 'makeAgent',
				contactId: { __rl: true, mode: 'id', value: '13000000001' },
				agentOptions: { groupIds: '={{ $json.value }}' },
			},
			value,
				/^Group ID must be a positive whole number, got .+/,
			);
		},
	);
});

describe('search queries', () => {
	test.each([
		['', 'The search query is empty'],
		['   ', 'The search query is empty'],
		[null, 'The search query is empty'],
		["name:'Jane", 'The search query has an unclosed single quote'],
		["name:'Jane' OR email:'x", 'The search query has an unclosed single quote'],
		['name:"Jane"', 'The search query contains a double quote'],
		['"name:\'Jane\'', 'The search query contains a double quote'],
		[`email:'${'x'.repeat(600)}'`, 'The search query has 610 characters with its quotes; Freshdesk allows at most 512'],
		[42, 'The search query must be text, got "42"'],
		[true, 'The search query must be text, got "true"'],
		[{ email: 'a@b.co' }, 'The search query must be text, got "{"email":"a@b.co"}"'],
		[['active:true'], 'The search query must be text, got "["active:true"]"'],
	])('the query %j fails the item before sending', async (value, message) => {
		await expectRefused({ operation: 'search', query: '={{ $json.value }}', returnAll: true }, value, message);
	});

	test('a query Freshdesk cannot parse reaches the search path and fails with its reason', async () => {
		const { items, requests } = await runWithValue(
			{ operation: 'search', query: '={{ $json.value }}', returnAll: true },
			"name:'Jane' AND",
		);

		expect(requests.map((request) => request.path)).toEqual(['/api/v2/search/contacts']);
		expect(items[0].error?.message).toMatch(/^Freshdesk rejected/);
	});
});

describe('limits', () => {
	test.each([[0], [-5], [2.5], ['abc'], [''], [{}], [true]])(
		'a limit of %j fails the item instead of returning everything',
		async (value) => {
			await expectRefused(
				{ operation: 'getAll', returnAll: false, limit: '={{ $json.value }}' },
				value,
				/^Limit must be a positive whole number, got .+/,
			);
		},
	);

	test.each([['search'], ['getAll']])('%s takes a numeric text limit as a number', async (operation) => {
		emulator.addContacts(40, (index) => ({ name: `Limited ${index}`, company_id: 48000000001 }));

		const { items, error } = await runWithValue(
			{ operation, query: 'company_id:48000000001', returnAll: false, limit: '={{ $json.value }}' },
			'7',
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(7);
	});
});

describe('contact attributes', () => {
	const create = (additionalFields: IDataObject): INodeParameters => ({
		operation: 'create',
		name: 'Checked',
		additionalFields: { email: 'checked@example.com', ...additionalFields },
	});

	test.each([
		['not-an-email', 'Email is not a valid email address: "not-an-email"'],
		['a@b', 'Email is not a valid email address: "a@b"'],
		['two words@example.com', 'Email is not a valid email address: "two words@example.com"'],
		['a@example.com,b@example.com', 'Email is not a valid email address: "a@example.com,b@example.com"'],
		['<a@example.com>', 'Email is not a valid email address: "<a@example.com>"'],
		[42, 'Email is not a valid email address: "42"'],
		[{ address: 'a@example.com' }, 'Email is not a valid email address: "{"address":"a@example.com"}"'],
	])('the email %j fails the item before sending', async (value, message) => {
		await expectRefused(create({ email: '={{ $json.value }}' }), value, message);
	});

	test.each([
		[['vip,gold'], 'Tag "vip,gold" contains a comma, which Freshdesk does not allow'],
		['x'.repeat(33), `Tag "${'x'.repeat(33)}" has 33 characters; Freshdesk allows at most 32`],
		[['ok', 'y'.repeat(40)], `Tag "${'y'.repeat(40)}" has 40 characters; Freshdesk allows at most 32`],
		[[{ tag: 'vip' }], 'Tags must be text, got "{"tag":"vip"}"'],
		[[['vip']], 'Tags must be text, got "["vip"]"'],
	])('the tags %j fail the item before sending', async (value, message) => {
		await expectRefused(create({ tags: '={{ $json.value }}' }), value, message);
	});

	test.each([
		['vip, gold', ['vip', 'gold']],
		[['vip', 'gold'], ['vip', 'gold']],
		[['vip', null, ''], ['vip']],
		[42, ['42']],
		['x'.repeat(32), ['x'.repeat(32)]],
	])('the tags %j are sent as %j', async (value, tags) => {
		const { items, requests } = await runWithValue(create({ tags: '={{ $json.value }}' }), value);

		expect(requests.map((request) => [request.path, (request.body as IDataObject).tags])).toEqual([
			['/api/v2/contacts', tags],
		]);
		expect(items[0].json.tags).toEqual(tags);
	});

	test.each([
		['name', { id: 1 }, 'Name must be text, got "{"id":1}"'],
		['jobTitle', ['Boss'], 'Job Title must be text, got "["Boss"]"'],
		['phone', true, 'Phone must be text, got "true"'],
		['address', 'a'.repeat(256), 'Address has 256 characters; Freshdesk allows at most 255'],
	])('the %s %j fails the item before sending', async (field, value, message) => {
		const parameters =
			field === 'name'
				? { operation: 'create', name: '={{ $json.value }}', additionalFields: { email: 'n@example.com' } }
				: create({ [field]: '={{ $json.value }}' });
		await expectRefused(parameters, value, message);
	});

	// Freshdesk documents no length limit for the description, so the node leaves it to Freshdesk.
	test('a description longer than 255 characters is not refused by the node', async () => {
		const description = 'd'.repeat(1000);

		const { requests } = await runWithValue(create({ description: '={{ $json.value }}' }), description);

		expect(requests.map((request) => (request.body as IDataObject).description)).toEqual([description]);
	});

	test('a phone number given as a number is sent as text', async () => {
		const { items, requests } = await runWithValue(create({ phone: '={{ $json.value }}' }), 5551234);

		expect((requests[0].body as IDataObject).phone).toBe('5551234');
		expect(items[0].json.phone).toBe('5551234');
	});

	test('a custom field the account does not have reaches Freshdesk and fails with its name', async () => {
		const { items, requests } = await runWithValue(
			create({ customFields: { field: [{ name: '={{ $json.value }}', textValue: 'x' }] } }),
			'no_such_field',
		);

		expect(requests.map((request) => request.path)).toEqual(['/api/v2/contacts']);
		expect((requests[0].body as IDataObject).custom_fields).toEqual({ no_such_field: 'x' });
		expect(items[0].error?.message).toContain('no_such_field');
		expect(emulator.getContact(13000000001)).toBeUndefined();
	});

	test.each([['cf-bad name'], ['../x'], ['a.b']])(
		'the custom field name %j fails the item before sending',
		async (value) => {
			await expectRefused(
				create({ customFields: { field: [{ name: '={{ $json.value }}', textValue: 'x' }] } }),
				value,
				`"${value}" is not a Freshdesk custom field name`,
			);
		},
	);

	const WRONG_DATES: unknown[][] = [
		['2026-02-30'],
		['2026/01/05'],
		['05-01-2026'],
		['yesterday'],
		[1767225600000],
		[{ date: '2026-01-05' }],
	];
	test.each(WRONG_DATES)(
		'the custom date %j fails the item before sending',
		async (value) => {
			await expectRefused(
				create({ customFields: { field: [{ name: 'renewal_date|date', dateValue: '={{ $json.value }}' }] } }),
				value,
				/^Custom field "renewal_date" needs a date \(YYYY-MM-DD\), got .+/,
			);
		},
	);
});

describe('dates', () => {
	const WRONG_DATE_TIMES: unknown[][] = [
		['2026-02-30'],
		['2026-13-01'],
		['31/12/2026'],
		['2026-1-5'],
		['yesterday'],
		[{ at: '2026-01-01' }],
		[true],
	];
	test.each(WRONG_DATE_TIMES)(
		'Updated Since %j fails the item before sending',
		async (value) => {
			await expectRefused(
				{ operation: 'getAll', returnAll: true, filters: { updatedSince: '={{ $json.value }}' } },
				value,
				/^Updated Since is not a date and time: .+/,
			);
		},
	);

	test.each([
		['2026-02-28', '2026-02-28T00:00:00Z'],
		['2026-02-28T23:30:00-01:00', '2026-03-01T00:30:00Z'],
		['2024-02-29T10:00', '2024-02-29T10:00:00Z'],
	])('Updated Since %j is sent as %j', async (value, sent) => {
		const { error, requests } = await runWithValue(
			{ operation: 'getAll', returnAll: true, filters: { updatedSince: '={{ $json.value }}' } },
			value,
		);

		expect(error).toBeUndefined();
		expect(requests.map((request) => request.query._updated_since)).toEqual([sent]);
	});
});

describe('export settings', () => {
	test.each([
		['pollInterval', -1, 'Poll Interval must be zero or more seconds, got "-1"'],
		['pollInterval', 'soon', 'Poll Interval must be zero or more seconds, got "soon"'],
		['maxWait', 0, 'Max Wait must be a positive number of seconds, got "0"'],
		['maxWait', { s: 1 }, 'Max Wait must be a positive number of seconds, got "{"s":1}"'],
	])('%s %j fails the item before starting an export', async (option, value, message) => {
		const parameters = { operation: 'export', exportOptions: { [option]: '={{ $json.value }}' } };
		await expectRefused(parameters, value, message);
	});
});

describe('no bad input leaves its operation\'s path', () => {
	test('every request of this file\'s runs went to its operation\'s route', async () => {
		const contact = emulator.addContact({ name: 'Route', email: 'route@example.com' });
		const checks: Array<[string, INodeParameters, unknown]> = [
			['get', { operation: 'get', contactId: fromItem }, ` ${contact.id}`],
			[
				'delete',
				{ operation: 'delete', contactId: fromItem, permanent: '={{ $json.value === 1 }}' },
				`${contact.id} `,
			],
			['search', { operation: 'search', query: '={{ $json.value }}', returnAll: true }, "name:'a/../b'"],
			['getAll', { operation: 'getAll', returnAll: true, filters: { email: '={{ $json.value }}' } }, '../agents'],
		];

		for (const [operation, parameters, value] of checks) {
			const { requests } = await runWithValue(parameters, value);
			expect(requests.length).toBeGreaterThan(0);
			expect(offRoute(operation, requests)).toEqual([]);
		}
	});
});
