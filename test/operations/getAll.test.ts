import { useEmulator } from '../harness/emulatorRun';

const { emulator, run } = useEmulator({ contacts: 0, companies: 3 });

function listed(count: number, companyId?: number) {
	emulator.addContacts(count, (index) => ({
		name: `Listed ${String(index).padStart(5, '0')}`,
		email: `listed${index}@example.com`,
		active: true,
		...(companyId ? { company_id: companyId } : {}),
	}));
}

describe('Get Many', () => {
	test.each([
		[1, 1],
		[100, 1],
		[101, 2],
		[200, 2],
		[250, 3],
	])('Return All over %i contacts sends exactly %i requests of 100 and returns every contact once', async (count, pages) => {
		listed(count);

		const { items, error, requests } = await run({ operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requests).toHaveLength(pages);
		requests.forEach((request, index) => {
			expect(request.method).toBe('GET');
			expect(request.path).toBe('/api/v2/contacts');
			expect(request.query).toEqual({ per_page: '100', page: String(index + 1) });
		});
		const ids = items.map((item) => item.json.id);
		expect(ids).toHaveLength(count);
		expect(new Set(ids).size).toBe(count);
	});

	test('keeps the filters on every page', async () => {
		const [company] = [48000000001];
		listed(150, company);
		listed(20);

		const { items, requests } = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { companyId: company, state: 'verified' },
		});

		expect(requests.map((request) => request.rawQuery)).toEqual([
			'company_id=48000000001&state=verified&per_page=100&page=1',
			'company_id=48000000001&state=verified&per_page=100&page=2',
		]);
		expect(items).toHaveLength(150);
		expect(items.every((item) => item.json.company_id === company)).toBe(true);
	});

	test.each([
		[5, 250, 1, 5],
		[100, 250, 1, 100],
		[130, 250, 2, 130],
		[400, 250, 3, 250],
	])('a limit of %i over %i contacts sends %i request(s) and returns %i items', async (limit, count, pages, returned) => {
		listed(count);

		const { items, requests } = await run({ operation: 'getAll', returnAll: false, limit });

		expect(requests).toHaveLength(pages);
		expect(requests[0].query.per_page).toBe(String(Math.min(limit, 100)));
		expect(items).toHaveLength(returned);
		expect(items[0].json.name).toBe('Listed 00000');
	});

	test('sends Updated Since as _updated_since in UTC, the name the live API accepts', async () => {
		listed(3);

		const { error, requests } = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { updatedSince: '2026-01-31T08:15:00' },
		});

		expect(error).toBeUndefined();
		expect(requests[0].query._updated_since).toBe('2026-01-31T08:15:00Z');
		expect(requests[0].query).not.toHaveProperty('updated_since');
	});

	test('converts an Updated Since with an offset to UTC', async () => {
		const { requests } = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { updatedSince: '2026-01-31T10:00:00+02:00' },
		});

		expect(requests[0].query._updated_since).toBe('2026-01-31T08:00:00Z');
	});

	test('refuses an Updated Since that is not a date before sending anything', async () => {
		const { error, requests } = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { updatedSince: 'last tuesday' },
		});

		expect(requests).toHaveLength(0);
		expect(error?.message).toBe('Updated Since is not a date and time: "last tuesday"');
	});

	test('lists deleted contacts only when the state filter asks for them', async () => {
		listed(2);
		emulator.addContact({ name: 'Gone Contact', email: 'gone@example.com', deleted: true });

		const active = await run({ operation: 'getAll', returnAll: true });
		const deleted = await run({ operation: 'getAll', returnAll: true, filters: { state: 'deleted' } });

		expect(active.items.map((item) => item.json.name)).toEqual(['Listed 00000', 'Listed 00001']);
		expect(deleted.items.map((item) => item.json.name)).toEqual(['Gone Contact']);
		expect(deleted.requests[0].query.state).toBe('deleted');
	});
});
