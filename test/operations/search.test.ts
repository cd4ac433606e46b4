import { useEmulator } from '../harness/emulatorRun';

const { emulator, run } = useEmulator({ contacts: 0, companies: 3 });

function matching(count: number) {
	emulator.addContacts(count, (index) => ({
		name: `Match ${String(index).padStart(4, '0')}`,
		email: `match${index}@example.com`,
		company_id: 48000000002,
	}));
}

describe('Search', () => {
	test("wraps the query in the double quotes Freshdesk needs", async () => {
		matching(2);

		const { items, error, requests } = await run({
			operation: 'search',
			query: 'company_id:48000000002',
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].path).toBe('/api/v2/search/contacts');
		expect(requests[0].query).toEqual({ query: '"company_id:48000000002"', page: '1' });
		expect(items).toHaveLength(2);
	});

	test('never doubles quotes the user already wrote', async () => {
		matching(1);

		const { requests, items } = await run({
			operation: 'search',
			query: "\"email:'match0@example.com'\"",
			returnAll: true,
		});

		expect(requests[0].query.query).toBe("\"email:'match0@example.com'\"");
		expect(items.map((item) => item.json.email)).toEqual(['match0@example.com']);
	});

	test('refuses a query over 512 characters with its quotes before sending', async () => {
		const query = `email:'${'a'.repeat(500)}@example.com'`;

		const { error, requests } = await run({ operation: 'search', query, returnAll: true });

		expect(requests).toHaveLength(0);
		expect(error?.message).toMatch(/^The search query has 522 characters with its quotes; Freshdesk allows at most 512$/);
	});

	test('accepts a query of exactly 512 characters with its quotes', async () => {
		const query = `email:'${'a'.repeat(490)}@example.com'`;
		expect(query.length + 2).toBe(512);

		const { error, requests } = await run({ operation: 'search', query, returnAll: true });

		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
	});

	test.each(['', '   ', '""'])('refuses the empty query %j before sending', async (query) => {
		const { error, requests } = await run({ operation: 'search', query, returnAll: true });

		expect(requests).toHaveLength(0);
		expect(error?.message).toBe('The search query is empty');
	});

	test('Return All walks pages until a short page', async () => {
		matching(95);

		const { items, requests } = await run({
			operation: 'search',
			query: 'company_id:48000000002',
			returnAll: true,
		});

		expect(requests.map((request) => request.query.page)).toEqual(['1', '2', '3', '4']);
		expect(requests.every((request) => !('per_page' in request.query))).toBe(true);
		expect(items).toHaveLength(95);
		expect(new Set(items.map((item) => item.json.id)).size).toBe(95);
	});

	test('Return All stops at page 10 when more than 300 match, and says so with the total', async () => {
		matching(420);

		const { items, requests, uiMessages } = await run({
			operation: 'search',
			query: 'company_id:48000000002',
			returnAll: true,
		});

		expect(requests.map((request) => request.query.page)).toEqual(
			['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
		);
		expect(items).toHaveLength(300);
		expect(JSON.stringify(uiMessages)).toContain('Freshdesk found 420 contacts but its search returns at most 300');
	});

	test('exactly 300 matches take 10 requests and no further page', async () => {
		matching(300);

		const { items, requests, uiMessages } = await run({
			operation: 'search',
			query: 'company_id:48000000002',
			returnAll: true,
		});

		expect(requests).toHaveLength(10);
		expect(items).toHaveLength(300);
		expect(uiMessages).toHaveLength(0);
	});

	test.each([
		[10, 1],
		[30, 1],
		[45, 2],
		[300, 10],
	])('a limit of %i returns exactly that many from %i page(s)', async (limit, pages) => {
		matching(320);

		const { items, requests } = await run({
			operation: 'search',
			query: 'company_id:48000000002',
			returnAll: false,
			limit,
		});

		expect(requests).toHaveLength(pages);
		expect(items).toHaveLength(limit);
	});

	test('strings in single quotes, AND/OR and dates reach Freshdesk unchanged', async () => {
		emulator.addContact({ name: 'Tagged', email: 'tagged@example.com', tags: ['vip'], created_at: '2026-03-01T10:00:00Z' });
		emulator.addContact({ name: 'Old', email: 'old@example.com', tags: ['vip'], created_at: '2025-03-01T10:00:00Z' });

		const query = "tag:'vip' AND (created_at:>'2026-01-01' OR email:'nobody@example.com')";
		const { items, requests } = await run({ operation: 'search', query, returnAll: true });

		expect(requests[0].query.query).toBe(`"${query}"`);
		expect(items.map((item) => item.json.name)).toEqual(['Tagged']);
	});
});
