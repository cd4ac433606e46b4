import { FreshdeskEmulator } from './index';
import { call, validationBody } from './testClient';

const emulator = new FreshdeskEmulator();

beforeAll(() => emulator.start());
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

type Item = Record<string, unknown>;

async function list(query: string) {
	const response = await call(emulator, 'GET', `/contacts${query}`);
	return { ...response, items: response.json as Item[] };
}

describe('GET /contacts', () => {
	it('returns 30 undeleted, unblocked contacts sorted by name, as reduced items', async () => {
		const { status, items } = await list('');

		expect(status).toBe(200);
		expect(items).toHaveLength(30);
		const names = items.map((item) => String(item.name).toLowerCase());
		expect(names).toEqual([...names].sort());
		for (const item of items) {
			const stored = emulator.getContact(item.id as number);
			expect(stored?.deleted || stored?.blocked).toBe(false);
			expect(item).not.toHaveProperty('avatar');
			expect(item).not.toHaveProperty('tags');
			expect(item).not.toHaveProperty('other_emails');
			expect(item).not.toHaveProperty('view_all_tickets');
			expect(item).not.toHaveProperty('deleted');
			expect(item).toHaveProperty('custom_fields');
			expect(item).toHaveProperty('csat_rating');
		}
	});

	it('links to the next page keeping the other parameters, not from the last page', async () => {
		const first = await list('?per_page=2&state=verified');
		const visible = (await list('?state=verified&per_page=100')).items.length;
		const lastPage = Math.ceil(visible / 2);
		const last = await list(`?per_page=2&state=verified&page=${lastPage}`);
		const beyond = await list(`?per_page=2&state=verified&page=${lastPage + 1}`);

		expect(first.headers.get('link')).toBe(
			`<${emulator.baseUrl}/api/v2/contacts?per_page=2&state=verified&page=2>; rel="next"`,
		);
		expect(last.headers.get('link')).toBeNull();
		expect(last.items.length).toBeGreaterThan(0);
		expect(beyond.items).toEqual([]);
	});

	it('has no Link header when everything fits on one page', async () => {
		const response = await list('?per_page=100');

		expect(response.headers.get('link')).toBeNull();
	});

	it('walks 50,000 contacts in pages of 100 quickly', async () => {
		const started = Date.now();
		emulator.addContacts(50_000);
		expect(Date.now() - started).toBeLessThan(2000);

		const page = await list('?per_page=100&page=500');
		expect(page.items).toHaveLength(100);
		expect(page.headers.get('link')).toContain('page=501');
	});

	it.each([
		['per_page=101', 'per_page', 'It should be a Positive Integer less than or equal to 100'],
		['per_page=0', 'per_page', 'It should be a Positive Integer less than or equal to 100'],
		['page=aaa', 'page', 'It should be a/an Positive Integer'],
	])('rejects %s', async (query, field, message) => {
		const response = await list(`?${query}`);

		expect(response.status).toBe(400);
		expect(response.json).toEqual(validationBody([{ field, message, code: 'datatype_mismatch' }]));
	});

	it('rejects updated_since without the underscore, and any unknown parameter', async () => {
		const response = await list('?updated_since=2026-01-01T00:00:00Z&filter=all');

		expect(response.status).toBe(400);
		expect(response.text).toBe(
			JSON.stringify(
				validationBody([
					{
						field: 'updated_since',
						message: 'Unexpected/invalid field in request',
						code: 'invalid_field',
					},
					{
						field: 'filter',
						message: 'Unexpected/invalid field in request',
						code: 'invalid_field',
					},
				]),
			),
		);
	});

	it('filters on _updated_since and rejects a date that is not ISO-8601', async () => {
		const since = '2026-06-01T00:00:00Z';
		const filtered = await list(`?_updated_since=${since}&per_page=100`);
		const invalid = await list('?_updated_since=yesterday');

		expect(filtered.items.length).toBeGreaterThan(0);
		expect(filtered.items.length).toBeLessThan(30);
		for (const item of filtered.items) {
			expect(Date.parse(item.updated_at as string)).toBeGreaterThanOrEqual(Date.parse(since));
		}
		expect(invalid.json).toEqual(
			validationBody([
				{
					field: '_updated_since',
					message: "It should be a valid date in the 'combined date and time ISO8601' format",
					code: 'invalid_value',
				},
			]),
		);
	});

	it('rejects an offset whose + was not URL-encoded (it arrives as a space)', async () => {
		const raw = await list('?_updated_since=2026-01-01T00:00:00+05:30');
		const encoded = await list('?_updated_since=2026-01-01T00:00:00%2B05:30');

		expect(raw.status).toBe(400);
		expect(encoded.status).toBe(200);
	});

	it('answers an array filter (email[]=…) with a datatype mismatch', async () => {
		const response = await list('?email[]=a%40x.example');

		expect(response.json).toEqual(
			validationBody([
				{
					field: 'email',
					message: 'Value set is of type Array.It should be a/an String',
					code: 'datatype_mismatch',
				},
			]),
		);
	});

	it('matches the email filter against other emails too', async () => {
		const contact = emulator.addContact({
			name: 'Alias Holder',
			email: 'main@x.example',
			other_emails: ['alias+tag@x.example'],
		});

		const { items } = await list('?email=alias%2Btag%40x.example');

		expect(items.map((item) => item.id)).toEqual([contact.id]);
	});

	it('filters on phone, mobile and company_id, and validates company_id', async () => {
		const contact = emulator.addContact({
			name: 'Filter Me',
			phone: '+1 999',
			mobile: '+44 888',
			company_id: 48000000008,
		});

		const byPhone = await list('?phone=%2B1%20999');
		const byMobile = await list('?mobile=%2B44%20888');
		const byCompany = await list('?company_id=48000000008&per_page=100');
		const badCompany = await list('?company_id=a');

		expect(byPhone.items.map((item) => item.id)).toEqual([contact.id]);
		expect(byMobile.items.map((item) => item.id)).toEqual([contact.id]);
		expect(byCompany.items.map((item) => item.id)).toContain(contact.id);
		const linked = (item: Item) =>
			item.company_id === 48000000008 || (item.other_companies as number[]).includes(48000000008);
		expect(byCompany.items.every(linked)).toBe(true);
		expect(badCompany.json).toEqual(
			validationBody([
				{
					field: 'company_id',
					message: 'It should be a/an Positive Integer',
					code: 'datatype_mismatch',
				},
			]),
		);
	});

	it('lists deleted and blocked contacts only through state', async () => {
		const deleted = emulator.addContact({ name: 'Deleted One', phone: '1', deleted: true });
		const blocked = emulator.addContact({ name: 'Blocked One', phone: '2', blocked: true });

		const all = (await list('?per_page=100')).items.map((item) => item.id);
		const deletedList = await list('?state=deleted&per_page=100');
		const blockedList = await list('?state=blocked&per_page=100');
		const invalid = await list('?state=all');

		expect(all).not.toContain(deleted.id);
		expect(all).not.toContain(blocked.id);
		expect(deletedList.items.map((item) => item.id)).toContain(deleted.id);
		expect(deletedList.items.every((item) => item.deleted === true)).toBe(true);
		expect(blockedList.items.map((item) => item.id)).toContain(blocked.id);
		expect(invalid.json).toEqual(
			validationBody([
				{
					field: 'state',
					message: "It should be one of these values: 'verified,unverified,deleted,blocked'",
					code: 'invalid_value',
				},
			]),
		);
	});
});

describe('GET /contacts/autocomplete', () => {
	it('matches name tokens by prefix, case-insensitively', async () => {
		const john = emulator.addContact({ name: 'John Jonz', phone: '1' });

		const secondToken = await call(emulator, 'GET', '/contacts/autocomplete?term=JONZ');
		const middle = await call(emulator, 'GET', '/contacts/autocomplete?term=ohn');
		const missing = await call(emulator, 'GET', '/contacts/autocomplete');

		expect(secondToken.json).toEqual([{ id: john.id, name: 'John Jonz' }]);
		expect(middle.json).toEqual([]);
		expect(missing.json).toEqual(
			validationBody([
				{
					field: 'term',
					message: 'Mandatory attribute missing',
					code: 'missing_field',
				},
			]),
		);
	});
});

describe('companies', () => {
	it('pages companies with a Link header and caps per_page at 100', async () => {
		const first = await call(emulator, 'GET', '/companies?per_page=5');
		const second = await call(emulator, 'GET', '/companies?per_page=5&page=2');
		const tooMany = await call(emulator, 'GET', '/companies?per_page=101');

		expect(first.json).toHaveLength(5);
		expect((first.json as Item[])[0]).toMatchObject({ id: 48000000001, name: 'Northwind Traders' });
		expect(first.headers.get('link')).toBe(
			`<${emulator.baseUrl}/api/v2/companies?per_page=5&page=2>; rel="next"`,
		);
		expect(second.json).toHaveLength(3);
		expect(second.headers.get('link')).toBeNull();
		expect(tooMany.status).toBe(400);
	});

	it('shows one company, and answers 404 with no body for an unknown one', async () => {
		const known = await call(emulator, 'GET', '/companies/48000000003');
		const unknown = await call(emulator, 'GET', '/companies/48000000999');

		expect(known.json).toMatchObject({ id: 48000000003, name: 'Initech Software' });
		expect([unknown.status, unknown.text]).toEqual([404, '']);
	});

	it('autocompletes company names', async () => {
		const response = await call(emulator, 'GET', '/companies/autocomplete?name=glob');

		expect(response.json).toEqual({ companies: [{ id: 48000000002, name: 'Globex Logistics' }] });
	});
});

describe('GET /contact_fields', () => {
	it('shows one field by id', async () => {
		const [first] = emulator.listContactFields();

		const response = await call(emulator, 'GET', `/contact_fields/${first.id}`);

		expect(response.json).toEqual(first);
	});

	it('lists default fields, then the seeded custom fields without cf_', async () => {
		const response = await call(emulator, 'GET', '/contact_fields');
		const fields = response.json as Item[];
		const byName = Object.fromEntries(fields.map((field) => [field.name, field]));

		expect(fields.slice(0, 13).map((field) => field.name)).toEqual([
			'name',
			'job_title',
			'email',
			'phone',
			'mobile',
			'twitter_id',
			'company_name',
			'address',
			'time_zone',
			'language',
			'tag_names',
			'description',
			'unique_external_id',
		]);
		expect(byName.department).toMatchObject({ type: 'custom_text', default: false });
		expect(byName.seat_count).toMatchObject({ type: 'custom_number' });
		expect(byName.vip).toMatchObject({ type: 'custom_checkbox' });
		expect(byName.renewal_date).toMatchObject({ type: 'custom_date' });
		expect((byName.tier.choices as Item[]).map((choice) => choice.value)).toEqual([
			'Gold',
			'Silver',
			'Bronze',
		]);
		expect(byName.time_zone.choices).toMatchObject({
			'Eastern Time (US & Canada)': '(GMT-05:00) Eastern Time (US & Canada)',
			Chennai: '(GMT+05:30) Chennai',
		});
		expect(Object.keys(byName.time_zone.choices as object)).toHaveLength(151);
		expect(Object.keys(byName.language.choices as object)).toHaveLength(44);
	});
});
