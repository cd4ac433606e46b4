import { useLookups } from '../harness/loadOptions';

const { emulator, listSearch } = useLookups({ contacts: 0, companies: 0 });

function people(count: number) {
	emulator.addContacts(count, (index) => ({
		name: `Person ${String(index).padStart(3, '0')}`,
		email: `person${index}@example.com`,
	}));
}

describe('Contact picker (searchContacts)', () => {
	test('without a filter lists contacts by name, 100 a page, with their email and Freshdesk URL', async () => {
		people(150);

		const { result, requests, error } = await listSearch('searchContacts');

		expect(error).toBeUndefined();
		expect(requests.map((request) => `${request.method} ${request.path}?${request.rawQuery}`)).toEqual([
			'GET /api/v2/contacts?per_page=100&page=1',
		]);
		expect(result?.results).toHaveLength(100);
		const first = emulator.getContact(Number(result?.results[0].value));
		expect(result?.results[0]).toEqual({
			name: 'Person 000 (person0@example.com)',
			value: String(first?.id),
			url: `${emulator.baseUrl}/a/contacts/${first?.id}`,
		});
		expect(result?.paginationToken).toBe('2');
	});

	test('following the pagination token reaches every contact once, and the last page has no token', async () => {
		people(250);

		const seen: string[] = [];
		let token: string | undefined;
		let pages = 0;
		do {
			const { result, error } = await listSearch('searchContacts', undefined, token);
			expect(error).toBeUndefined();
			seen.push(...(result?.results ?? []).map((item) => item.value as string));
			token = result?.paginationToken as string | undefined;
			pages++;
		} while (token && pages < 10);

		expect(pages).toBe(3);
		expect(seen).toHaveLength(250);
		expect(new Set(seen).size).toBe(250);
	});

	test('a name filter uses autocomplete, which matches the start of any word of the name', async () => {
		emulator.addContact({ name: 'Jonas Weber', email: 'jonas@example.com' });
		emulator.addContact({ name: 'Anna Jonsson', email: 'anna@example.com' });
		emulator.addContact({ name: 'Bjon Ek', email: 'bjon@example.com' });

		const { result, requests } = await listSearch('searchContacts', ' jon ');

		expect(requests.map((request) => `${request.path}?${request.rawQuery}`)).toEqual([
			'/api/v2/contacts/autocomplete?term=jon',
		]);
		expect(result?.results.map((item) => item.name).sort()).toEqual(['Anna Jonsson', 'Jonas Weber']);
		expect(result?.paginationToken).toBeUndefined();
	});

	test('autocomplete leaves out deleted contacts', async () => {
		emulator.addContact({ name: 'Gone Jones', email: 'gone@example.com', deleted: true });
		const kept = emulator.addContact({ name: 'Kept Jones', email: 'kept@example.com' });

		const { result } = await listSearch('searchContacts', 'jones');

		expect(result?.results.map((item) => item.value)).toEqual([String(kept.id)]);
	});

	test('an email filter finds the contact by primary or other email', async () => {
		const contact = emulator.addContact({
			name: 'Mail Person',
			email: 'main@example.com',
			other_emails: ['alias@example.com'],
		});
		people(3);

		const { result, requests } = await listSearch('searchContacts', 'alias@example.com');

		expect(requests.map((request) => `${request.path}?${request.rawQuery}`)).toEqual([
			'/api/v2/contacts?email=alias%40example.com',
		]);
		expect(result?.results).toEqual([
			{
				name: 'Mail Person (main@example.com)',
				value: String(contact.id),
				url: `${emulator.baseUrl}/a/contacts/${contact.id}`,
			},
		]);
	});

	test('a half-typed email is matched as a name, not sent as an invalid email filter', async () => {
		people(2);

		const { requests, error, result } = await listSearch('searchContacts', 'person0@');

		expect(error).toBeUndefined();
		expect(requests[0].path).toBe('/api/v2/contacts/autocomplete');
		expect(result?.results).toEqual([]);
	});

	test('digits find the contact with that ID', async () => {
		const contact = emulator.addContact({ name: 'By Number', email: 'number@example.com' });

		const { result, requests } = await listSearch('searchContacts', String(contact.id));

		expect(requests.map((request) => request.path)).toEqual([`/api/v2/contacts/${contact.id}`]);
		expect(result?.results.map((item) => item.name)).toEqual(['By Number (number@example.com)']);
	});

	test('an unknown ID gives an empty list, not an error', async () => {
		const { result, error } = await listSearch('searchContacts', '99999999');

		expect(error).toBeUndefined();
		expect(result?.results).toEqual([]);
	});

	test('a refused API key fails with the credential hint and never shows the key', async () => {
		const { error } = await listSearch('searchContacts', undefined, undefined, {
			credentials: { domain: emulator.baseUrl, apiKey: 'wrong-secret-key' },
		});

		expect(error?.message).toBe('Freshdesk did not accept the API key');
		expect(error?.description).toMatch(/credential/);
		expect(`${error?.message} ${error?.description}`).not.toContain('wrong-secret-key');
	});
});
