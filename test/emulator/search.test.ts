import { FreshdeskEmulator } from './index';
import { call, validationBody } from './testClient';

const emulator = new FreshdeskEmulator({ contacts: 0 });

beforeAll(() => emulator.start());
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

interface SearchBody {
	total: number;
	results: Array<Record<string, unknown>>;
}

const INVALID_QUERY =
	'Given query is invalid, expected format "keyword:value  OPERATOR keyword:\'string\' ' +
	"OPERATOR keyword:>'yyyy-mm-dd' OPERATOR keyword:<integer\". Space is mandatory between " +
	'key/value pair and operator. Please check the paranthesis if there are any.';

async function search(query: string, extra = '') {
	const response = await call(
		emulator,
		'GET',
		`/search/contacts?query=${encodeURIComponent(query)}${extra}`,
	);
	return { ...response, body: response.json as SearchBody };
}

async function ids(query: string): Promise<number[]> {
	const { status, body, text } = await search(query);
	if (status !== 200) throw new Error(`search ${query} answered ${status}: ${text}`);
	return body.results.map((result) => result.id as number).sort();
}

function invalidQuery() {
	return validationBody([{ field: 'query', message: INVALID_QUERY, code: 'invalid_value' }]);
}

describe('search query language', () => {
	let ann: number;
	let bob: number;
	let cid: number;
	let dee: number;

	beforeEach(() => {
		ann = emulator.addContact({
			name: 'Ann',
			email: 'ann@x.example',
			other_emails: ['ann.alias@x.example'],
			active: true,
			company_id: 48000000001,
			time_zone: 'Chennai',
			tags: ['VIP'],
			created_at: '2025-03-10T08:00:00Z',
			custom_fields: { tier: 'Gold', seat_count: 10, vip: true, renewal_date: '2026-01-15' },
		}).id;
		bob = emulator.addContact({
			name: 'Bob',
			email: 'bob@x.example',
			mobile: '555',
			active: false,
			company_id: 48000000002,
			created_at: '2025-06-01T23:59:59Z',
			custom_fields: { tier: 'Silver', seat_count: 50, department: 'IT' },
		}).id;
		cid = emulator.addContact({
			name: 'Cid',
			phone: '123',
			active: true,
			created_at: '2026-02-01T00:00:00Z',
			custom_fields: { seat_count: 100 },
		}).id;
		dee = emulator.addContact({
			name: 'Dee',
			email: 'dee@x.example',
			active: true,
			deleted: true,
			custom_fields: { tier: 'Gold' },
		}).id;
	});

	it('matches field:value with single-quoted strings, bare booleans and numbers', async () => {
		expect(await ids("\"email:'ann@x.example'\"")).toEqual([ann]);
		expect(await ids("\"email:'ANN.ALIAS@x.example'\"")).toEqual([ann]);
		expect(await ids('"active:false"')).toEqual([bob]);
		expect(await ids('"company_id:48000000002"')).toEqual([bob]);
		expect(await ids("\"tier:'Gold'\"")).toEqual([ann]);
		expect(await ids("\"tag:'vip'\"")).toEqual([ann]);
		expect(await ids("\"time_zone:'Chennai'\"")).toEqual([ann]);
		expect(await ids('"vip:true"')).toEqual([ann]);
	});

	it('never returns deleted contacts', async () => {
		const { body } = await search("\"tier:'Gold'\"");

		expect(body.total).toBe(1);
		expect(body.results.map((result) => result.id)).not.toContain(dee);
	});

	it('treats :> as >= and :< as <= on numbers and dates, whole days included', async () => {
		expect(await ids('"seat_count:>50"')).toEqual([bob, cid]);
		expect(await ids('"seat_count:<50"')).toEqual([ann, bob]);
		expect(await ids("\"created_at:<'2025-06-01'\"")).toEqual([ann, bob]);
		expect(await ids("\"created_at:>'2025-06-02'\"")).toEqual([cid]);
		expect(await ids("\"renewal_date:'2026-01-15'\"")).toEqual([ann]);
	});

	it("runs the reference's own example query", async () => {
		const query =
			"\"time_zone:'Chennai' AND (created_at:>'2025-03-01' AND created_at:<'2025-03-10')\"";

		expect(await ids(query)).toEqual([ann]);
	});

	it('finds empty fields with null', async () => {
		expect(await ids('"mobile:null"')).toEqual([ann, cid]);
		expect(await ids('"email:null"')).toEqual([cid]);
	});

	it('binds AND tighter than OR, and honours parentheses', async () => {
		expect(await ids("\"active:false OR active:true AND tier:'Gold'\"")).toEqual([ann, bob]);
		expect(await ids("\"(active:false OR active:true) AND tier:'Gold'\"")).toEqual([ann]);
		expect(await ids("\"( active:false OR seat_count:100 ) AND mobile:null\"")).toEqual([cid]);
	});

	it('answers {total, results} with reduced results and no Link header', async () => {
		const response = await search("\"email:'ann@x.example'\"");
		const [result] = response.body.results;

		expect(Object.keys(response.body)).toEqual(['total', 'results']);
		expect(response.headers.get('link')).toBeNull();
		expect(result).toMatchObject({ id: ann, other_emails: ['ann.alias@x.example'] });
		expect(result).toHaveProperty('external_id');
		expect(result).toMatchObject({ company: { id: 48000000001, name: 'Northwind Traders' } });
		for (const key of ['avatar', 'tags', 'view_all_tickets', 'csat_rating', 'preferred_source']) {
			expect(result).not.toHaveProperty(key);
		}
	});

	it.each([
		["email:'ann@x.example'", 'no outer double quotes'],
		["\"email:'ann@x.example'AND active:true\"", 'no space before AND'],
		['"email:"ann@x.example""', 'double-quoted string'],
		['"active:true and active:false"', 'lower-case operator'],
		['"(active:true"', 'unbalanced parenthesis'],
		['"email:ann@x.example"', 'unquoted string'],
		["\"email: 'ann@x.example'\"", 'space after the colon'],
		['""', 'empty query'],
		["\"email:>'a@x.example'\"", 'range on a string field'],
	])('rejects %s (%s) with the exact query_format error', async (query) => {
		const response = await search(query);

		expect(response.status).toBe(400);
		expect(response.text).toBe(JSON.stringify(invalidQuery()));
	});

	it('rejects unknown fields, cf_ prefixes and unsearchable paragraph fields', async () => {
		const response = await search("\"cf_tier:'Gold' OR notes:'x' OR name:'Ann'\"");

		expect(response.json).toEqual(
			validationBody([
				{ field: 'cf_tier', message: 'Unexpected/invalid field in request', code: 'invalid_field' },
				{ field: 'notes', message: 'Unexpected/invalid field in request', code: 'invalid_field' },
				{ field: 'name', message: 'Unexpected/invalid field in request', code: 'invalid_field' },
			]),
		);
	});

	it('checks value types against the field', async () => {
		const response = await search(
			"\"active:'yes' OR company_id:'12' OR created_at:>'2025/01/01'\"",
		);

		expect(response.json).toEqual(
			validationBody([
				{
					field: 'active',
					message: 'Value set is of type String.It should be a/an Boolean',
					code: 'datatype_mismatch',
				},
				{
					field: 'company_id',
					message: 'Value set is of type String.It should be a/an Integer',
					code: 'datatype_mismatch',
				},
				{
					field: 'created_at',
					message: "It should be a valid date in the 'yyyy-mm-dd' format",
					code: 'invalid_value',
				},
			]),
		);
	});

	it('limits the quoted query to 512 characters, quotes included', async () => {
		const quoted = (length: number) => `"email:'${'a'.repeat(length - 20)}@x.example'"`;

		const fitting = await search(quoted(512));
		const tooLong = await search(quoted(513));

		expect(fitting.status).toBe(200);
		expect(tooLong.json).toEqual(
			validationBody([
				{
					field: 'query',
					message: 'Has 513 characters, it can have maximum of 512 characters',
					code: 'invalid_value',
				},
			]),
		);
	});

	it('requires the query parameter and refuses per_page', async () => {
		const missing = await call(emulator, 'GET', '/search/contacts');
		const perPage = await search('"active:true"', '&per_page=30');

		expect(missing.json).toEqual(
			validationBody([
				{
					field: 'query',
					message: 'Mandatory attribute missing',
					code: 'missing_field',
				},
			]),
		);
		expect(perPage.json).toEqual(
			validationBody([
				{
					field: 'per_page',
					message: 'Unexpected/invalid field in request',
					code: 'invalid_field',
				},
			]),
		);
	});
});

describe('search paging', () => {
	beforeEach(() => {
		emulator.addContacts(320, (index) => ({ name: `Pager ${index}`, active: true }));
	});

	it('serves 30 results a page, pages 1 to 10, with the full total', async () => {
		const first = await search('"active:true"');
		const tenth = await search('"active:true"', '&page=10');

		expect(first.body.total).toBe(320);
		expect(first.body.results).toHaveLength(30);
		expect(tenth.body.results).toHaveLength(30);
		const seen = new Set<unknown>();
		for (let page = 1; page <= 10; page++) {
			const { body } = await search('"active:true"', `&page=${page}`);
			for (const result of body.results) seen.add(result.id);
		}
		expect(seen.size).toBe(300);
	});

	it('rejects page 11 and page 0', async () => {
		const eleven = await search('"active:true"', '&page=11');
		const zero = await search('"active:true"', '&page=0');

		expect(eleven.status).toBe(400);
		expect(eleven.text).toBe(
			JSON.stringify(
				validationBody([
					{
						field: 'page',
						message: 'It should be a Positive Integer less than or equal to 10',
						code: 'datatype_mismatch',
					},
				]),
			),
		);
		expect(zero.json).toEqual(
			validationBody([
				{
					field: 'page',
					message: 'It should be a/an Positive Integer',
					code: 'datatype_mismatch',
				},
			]),
		);
	});
});
