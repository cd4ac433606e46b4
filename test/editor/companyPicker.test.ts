import { FIRST_COMPANY_ID } from '../emulator';
import { useLookups } from '../harness/loadOptions';

describe('Company picker (searchCompanies)', () => {
	const { emulator, listSearch } = useLookups({ contacts: 0, companies: 230 });

	test('without a filter lists companies 100 a page, with their Freshdesk URL', async () => {
		const { result, requests, error } = await listSearch('searchCompanies');

		expect(error).toBeUndefined();
		expect(requests.map((request) => `${request.method} ${request.path}?${request.rawQuery}`)).toEqual([
			'GET /api/v2/companies?per_page=100&page=1',
		]);
		expect(result?.results).toHaveLength(100);
		expect(result?.results[0]).toEqual({
			name: 'Northwind Traders',
			value: String(FIRST_COMPANY_ID),
			url: `${emulator.baseUrl}/a/companies/${FIRST_COMPANY_ID}`,
		});
		expect(result?.paginationToken).toBe('2');
	});

	test('following the Link header token walks all pages to the last company', async () => {
		const seen: string[] = [];
		const tokens: Array<string | undefined> = [];
		let token: string | undefined;
		do {
			const { result } = await listSearch('searchCompanies', '', token);
			seen.push(...(result?.results ?? []).map((item) => item.value as string));
			token = result?.paginationToken as string | undefined;
			tokens.push(token);
		} while (token && tokens.length < 10);

		expect(tokens).toEqual(['2', '3', undefined]);
		expect(seen).toHaveLength(230);
		expect(seen[229]).toBe(String(FIRST_COMPANY_ID + 229));
	});

	test('a filter uses company autocomplete on the start of any word of the name', async () => {
		const { result, requests } = await listSearch('searchCompanies', 'robot');

		expect(requests.map((request) => `${request.path}?${request.rawQuery}`)).toEqual([
			'/api/v2/companies/autocomplete?name=robot',
		]);
		const names = result?.results.map((item) => item.name) ?? [];
		expect(names.length).toBeGreaterThan(1);
		expect(names.every((name) => /Robotics/.test(name))).toBe(true);
		expect(result?.results[0].url).toMatch(new RegExp(`/a/companies/${result?.results[0].value}$`));
	});

	test('a filter that matches nothing gives an empty list', async () => {
		const { result, error } = await listSearch('searchCompanies', 'zzz');

		expect(error).toBeUndefined();
		expect(result?.results).toEqual([]);
	});

	test('digits find the company with that ID; an unknown one gives an empty list', async () => {
		const found = await listSearch('searchCompanies', String(FIRST_COMPANY_ID + 2));
		const missing = await listSearch('searchCompanies', '12345');

		expect(found.requests.map((request) => request.path)).toEqual([
			`/api/v2/companies/${FIRST_COMPANY_ID + 2}`,
		]);
		expect(found.result?.results.map((item) => item.name)).toEqual(['Initech Software']);
		expect(missing.error).toBeUndefined();
		expect(missing.result?.results).toEqual([]);
	});
});

describe('Company picker on an account with fewer companies than a page', () => {
	const { listSearch } = useLookups({ contacts: 0, companies: 3 });

	test('returns them all with no pagination token', async () => {
		const { result } = await listSearch('searchCompanies');

		expect(result?.results.map((item) => item.name)).toEqual([
			'Northwind Traders',
			'Globex Logistics',
			'Initech Software',
		]);
		expect(result?.paginationToken).toBeUndefined();
	});
});
