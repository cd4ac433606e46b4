import type { RecordedRequest } from '../emulator';
import { byId, useEmulator } from '../harness/emulatorRun';
import { MAX_RATE_LIMIT_RETRIES } from '../../nodes/FreshdeskContacts/shared/requests';

const { emulator, run } = useEmulator({ contacts: 0, companies: 3 });

function listed(count: number) {
	emulator.addContacts(count, (index) => ({
		name: `Listed ${String(index).padStart(5, '0')}`,
		email: `listed${index}@example.com`,
	}));
}

/** Each page asked until it succeeded, in order, none skipped, none asked again after success. */
function expectEveryPageOnceAfterRetries(requests: RecordedRequest[], pages: number) {
	const walk = requests.map((request) => [Number(request.query.page), request.status]);
	expect(walk.every(([, status]) => status === 200 || status === 429)).toBe(true);
	walk.forEach(([page, status], index) => {
		if (status === 429) expect(walk[index + 1]?.[0]).toBe(page);
	});
	expect(walk.filter(([, status]) => status === 200).map(([page]) => page)).toEqual(
		Array.from({ length: pages }, (_, index) => index + 1),
	);
}

describe('rate limits', () => {
	test('Return All over 1,000 contacts at 3 requests per second returns every contact exactly once', async () => {
		listed(1000);
		emulator.setRateLimit(3, 1000);

		const { items, error, requests } = await run({ operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requests.filter((request) => request.status === 429).length).toBeGreaterThan(0);
		expectEveryPageOnceAfterRetries(requests, 10);
		expect(requests.every((request) => request.query.per_page === '100')).toBe(true);
		const ids = items.map((item) => item.json.id as number);
		expect(ids).toHaveLength(1000);
		expect(new Set(ids).size).toBe(1000);
		expect(ids.every((id) => emulator.getContact(id)?.name.startsWith('Listed '))).toBe(true);
	});

	test('a search walk hit by the rate limit resumes on the page that was refused', async () => {
		emulator.addContacts(95, (index) => ({ name: `Match ${index}`, company_id: 48000000002 }));
		emulator.injectFault({ kind: 'status', status: 429, match: (request) => request.query.page === '2' });

		const { items, error, requests } = await run({
			operation: 'search',
			query: 'company_id:48000000002',
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(requests.map((request) => `${request.query.page} ${request.status}`)).toEqual([
			'1 200',
			'2 429',
			'2 200',
			'3 200',
			'4 200',
		]);
		expect(new Set(items.map((item) => item.json.id)).size).toBe(95);
		expect(items).toHaveLength(95);
	});

	test('a create refused with 429 is sent again and creates the contact once', async () => {
		emulator.forceRateLimit(2, 0);

		const { items, error, requests } = await run({
			operation: 'create',
			name: 'Only Once',
			additionalFields: { email: 'only.once@example.com' },
		});

		expect(error).toBeUndefined();
		expect(requests.map((request) => request.status)).toEqual([429, 429, 201]);
		expect(new Set(requests.map((request) => request.bodyText)).size).toBe(1);
		const listedByEmail = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { email: 'only.once@example.com' },
		});
		expect(listedByEmail.items.map((item) => item.json.id)).toEqual([items[0].json.id]);
	});

	test('100 updates in one run under a 20-per-second limit all succeed, each sent until it succeeded', async () => {
		listed(100);
		const { items: contacts } = await run({ operation: 'getAll', returnAll: true });
		emulator.setRateLimit(20, 1000);

		const { items, error, requests } = await run(
			{
				operation: 'update',
				contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				updateFields: { jobTitle: '={{ "Title " + $json.id }}' },
			},
			{ items: contacts.map((contact) => ({ id: contact.json.id })), continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(items.filter((item) => item.error).map((item) => item.error?.message)).toEqual([]);
		expect(items.map((item) => item.json.job_title)).toEqual(
			contacts.map((contact) => `Title ${contact.json.id}`),
		);
		expect(requests.some((request) => request.status === 429)).toBe(true);
		const succeeded = requests.filter((request) => request.status === 200).map((request) => request.path);
		expect(succeeded).toHaveLength(100);
		expect(new Set(succeeded).size).toBe(100);
	}, 20_000);

	test('an export whose status poll is rate limited still returns the download URL', async () => {
		emulator.injectFault({
			kind: 'status',
			status: 429,
			match: (request) => request.path.startsWith('/api/v2/contacts/export/'),
		});

		const { items, error, requests } = await run({
			operation: 'export',
			exportOptions: { pollInterval: 0 },
		});

		expect(error).toBeUndefined();
		expect(requests.map((request) => `${request.method} ${request.status}`)).toEqual([
			'POST 200',
			'GET 429',
			'GET 200',
			'GET 200',
		]);
		expect(new Set(requests.slice(1).map((request) => request.path)).size).toBe(1);
		expect(items[0].json.status).toBe('completed');
	});

	test(`past ${MAX_RATE_LIMIT_RETRIES} retries on a page the item fails, naming the limit and the wait`, async () => {
		listed(250);
		emulator.injectFault({
			kind: 'status',
			status: 429,
			times: MAX_RATE_LIMIT_RETRIES + 1,
			match: (request) => request.query.page === '3',
		});

		const { items, error, requests } = await run({ operation: 'getAll', returnAll: true });

		expect(items).toEqual([]);
		expect(error?.message).toBe(
			`Freshdesk's rate limit was still reached after ${MAX_RATE_LIMIT_RETRIES} retries; it asked to wait 1 s`,
		);
		expect(error?.httpCode).toBe('429');
		expect(error?.description).toContain('This happened on page 3 of the contact list.');
		expect(error?.description).toContain('The 200 contacts read before it were not returned');
		expect(requests.map((request) => request.query.page)).toEqual(['1', '2', '3', '3', '3', '3']);
	});

	test('a Retry-After longer than the node waits fails at once instead of hanging', async () => {
		emulator.forceRateLimit(1, 3600);

		const { error, requests } = await run({ operation: 'get', contactId: byId(13000000001) });

		expect(requests).toHaveLength(1);
		expect(error?.message).toBe(
			"Freshdesk's rate limit was reached and it asked to wait 3600 s, longer than the 120 s this node waits",
		);
	});
});
