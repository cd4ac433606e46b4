import type { Fault } from '../emulator';
import { byId, useEmulator } from '../harness/emulatorRun';
import { isNodeError, nodeTypeAsLoadedByN8n } from './support';

const { emulator, run } = useEmulator({ contacts: 0, companies: 3 });

function listed(count: number, state: 'verified' | 'unverified' = 'verified') {
	emulator.addContacts(count, (index) => ({
		name: `${state} ${String(index).padStart(5, '0')}`,
		email: `${state}${index}@example.com`,
		active: state === 'verified',
	}));
}

const onPage = (page: number) => (request: { path: string; query: Record<string, string> }) =>
	request.query.page === String(page);

const MID_PAGINATION_FAULTS: Array<[string, Fault, string]> = [
	['a 500', { kind: 'status', status: 500 }, 'Freshdesk failed with status 500'],
	['a 503', { kind: 'status', status: 503 }, 'Freshdesk failed with status 503'],
	['a dropped connection', { kind: 'drop' }, 'The connection to Freshdesk was closed before it answered'],
];

describe('a fault in the middle of Return All', () => {
	test.each(MID_PAGINATION_FAULTS)(
		'%s on page 3 fails the item with no partial list',
		async (_label, fault, message) => {
			listed(250);
			emulator.injectFault({ ...fault, match: onPage(3) } as Fault);

			const { items, error, requests } = await run({ operation: 'getAll', returnAll: true });

			expect(items).toEqual([]);
			expect(isNodeError(error)).toBe(true);
			expect(error?.message).toBe(message);
			expect(error?.description).toContain('This happened on page 3 of the contact list.');
			expect(error?.description).toContain('The 200 contacts read before it were not returned');
			expect(requests.map((request) => request.query.page)).toEqual(['1', '2', '3']);
		},
	);

	test.each(MID_PAGINATION_FAULTS)(
		'%s in a search walk fails the item the same way',
		async (_label, fault, message) => {
			emulator.addContacts(95, (index) => ({ name: `Match ${index}`, company_id: 48000000002 }));
			emulator.injectFault({ ...fault, match: onPage(2) } as Fault);

			const { items, error } = await run({
				operation: 'search',
				query: 'company_id:48000000002',
				returnAll: true,
			});

			expect(items).toEqual([]);
			expect(error?.message).toBe(message);
			expect(error?.description).toContain('This happened on page 2 of the search results.');
			expect(error?.description).toContain('The 30 contacts read before it were not returned');
		},
	);

	test('a response slower than the Timeout request option fails the item instead of hanging', async () => {
		listed(150);
		emulator.injectFault({ kind: 'delay', ms: 30_000, match: onPage(2) });

		const { items, error, requests } = await run(
			{ operation: 'getAll', returnAll: true, requestOptions: { timeout: 250 } },
			{ nodeType: nodeTypeAsLoadedByN8n() },
		);

		expect(items).toEqual([]);
		expect(error?.message).toBe('Freshdesk did not answer within 0.25 s');
		expect(error?.description).toContain('raise "Timeout"');
		expect(error?.description).toContain('This happened on page 2 of the contact list.');
		expect(requests.map((request) => request.query.page)).toEqual(['1', '2']);
	});

	test.each(MID_PAGINATION_FAULTS)(
		'with On Error set to continue, %s fails only its own item and the others still run',
		async (_label, fault, message) => {
			listed(150, 'verified');
			listed(120, 'unverified');
			emulator.injectFault({
				...fault,
				match: (request) => request.query.state === 'verified' && request.query.page === '2',
			} as Fault);

			const { items, error } = await run(
				{ operation: 'getAll', returnAll: true, filters: { state: '={{ $json.state }}' } },
				{ items: [{ state: 'verified' }, { state: 'unverified' }], continueOnFail: true },
			);

			expect(error).toBeUndefined();
			expect(items[0].json).toEqual({});
			expect(items[0].error?.message).toBe(message);
			const others = items.slice(1);
			expect(others).toHaveLength(120);
			expect(others.every((item) => !item.error && item.json.active === false)).toBe(true);
		},
	);
});

describe('a list that changes during Return All', () => {
	test('a contact created between two pages shifts them, and no contact is returned twice', async () => {
		listed(150);
		const before = await run({ operation: 'getAll', returnAll: true });
		const originals = new Set(before.items.map((item) => item.json.id));
		// The emulator calls a fault's matcher for each request: here it creates a contact that
		// sorts first just before page 2 is served, and never injects anything.
		emulator.injectFault({
			kind: 'drop',
			match: (request) => {
				if (request.query.page === '2' && !emulator.getContact(13000000151)) {
					emulator.addContact({
						name: 'AAA Created Meanwhile',
						email: 'meanwhile@example.com',
						active: true,
					});
				}
				return false;
			},
		});

		const { items, error, requests } = await run({ operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(emulator.getContact(13000000151)?.name).toBe('AAA Created Meanwhile');
		expect(requests.map((request) => request.query.page)).toEqual(['1', '2']);
		const ids = items.map((item) => item.json.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(new Set(ids)).toEqual(originals);
	});
});

describe('a fault on a single request', () => {
	test('a dropped connection on Create says the contact may exist, so it is not created twice', async () => {
		emulator.injectFault({ kind: 'drop' });

		const { error, requests } = await run({
			operation: 'create',
			name: 'Maybe Created',
			additionalFields: { email: 'maybe@example.com' },
		});

		expect(requests).toHaveLength(1);
		expect(error?.message).toBe('The connection to Freshdesk was closed before it answered');
		expect(error?.description).toContain('Freshdesk may have made the change');
	});

	test('a dropped connection on Get says nothing about a change', async () => {
		const contact = emulator.addContact({ name: 'Read Only', email: 'read@example.com' });
		emulator.injectFault({ kind: 'drop' });

		const { error } = await run({ operation: 'get', contactId: byId(contact.id) });

		expect(error?.message).toBe('The connection to Freshdesk was closed before it answered');
		expect(error?.description).not.toContain('may have made the change');
	});

	test('a 502 on one of three updates fails that item only', async () => {
		const contacts = [1, 2, 3].map((n) =>
			emulator.addContact({ name: `Person ${n}`, email: `person${n}@example.com` }),
		);
		emulator.injectFault({
			kind: 'status',
			status: 502,
			match: (request) => request.path.endsWith(String(contacts[1].id)),
		});

		const { items, error } = await run(
			{
				operation: 'update',
				contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				updateFields: { jobTitle: 'Updated' },
			},
			{ items: contacts.map((contact) => ({ id: contact.id })), continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(items.map((item) => item.error?.message ?? item.json.job_title)).toEqual([
			'Updated',
			'Freshdesk failed with status 502',
			'Updated',
		]);
		expect(emulator.getContact(contacts[1].id)?.job_title).toBeNull();
	});

});

describe('an export that never finishes', () => {
	const slow = useEmulator({ contacts: 2, companies: 1, exportPollsUntilDone: 1_000_000 });

	test('fails after Max Wait instead of polling forever', async () => {
		const { error, requests } = await slow.run({
			operation: 'export',
			exportOptions: { pollInterval: 0.1, maxWait: 0.5 },
		});

		expect(error?.message).toMatch(/^Freshdesk export [0-9a-f]{40} was not ready within 0.5 seconds$/);
		expect(requests.length).toBeGreaterThan(1);
		expect(requests.slice(1).every((request) => request.method === 'GET')).toBe(true);
	});
});
