import { useLookups } from '../harness/loadOptions';

const { emulator, loadOptions } = useLookups({ contacts: 0, companies: 0 });

const dropdownRow = (name: string) => ({
	parameters: {
		operation: 'create',
		additionalFields: { customFields: { field: [{ name: 'department|text' }, { name }] } },
	},
	// The editor sends the path from the node's root, `parameters.` included.
	path: 'parameters.additionalFields.customFields.field[1].dropdownValue',
});

describe('Custom field picker (getCustomFields)', () => {
	test("lists only the account's custom fields by label, each value carrying the field's kind", async () => {
		const { result, requests, error } = await loadOptions('getCustomFields');

		expect(error).toBeUndefined();
		expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /api/v2/contact_fields',
		]);
		expect(result).toEqual([
			{ name: 'Department', value: 'department|text', description: 'department: text' },
			{ name: 'Internal notes', value: 'notes|text', description: 'notes: text' },
			{ name: 'Renewal date', value: 'renewal_date|date', description: 'renewal_date: date' },
			{ name: 'Seat count', value: 'seat_count|number', description: 'seat_count: number' },
			{ name: 'Tier', value: 'tier|dropdown', description: 'tier: dropdown' },
			{ name: 'VIP', value: 'vip|checkbox', description: 'vip: checkbox' },
		]);
		const custom = emulator.listContactFields().filter((field) => !field.default);
		expect(result).toHaveLength(custom.length);
	});
});

describe('Dropdown choices (getCustomFieldChoices)', () => {
	test('offers the choices of the dropdown picked in the same row', async () => {
		const { result, error } = await loadOptions('getCustomFieldChoices', dropdownRow('tier|dropdown'));

		expect(error).toBeUndefined();
		expect(result).toEqual([
			{ name: 'Gold', value: 'Gold' },
			{ name: 'Silver', value: 'Silver' },
			{ name: 'Bronze', value: 'Bronze' },
		]);
	});

	test('offers nothing, and asks Freshdesk nothing, for a field that is not a dropdown', async () => {
		const { result, requests } = await loadOptions('getCustomFieldChoices', dropdownRow('vip|checkbox'));

		expect(result).toEqual([]);
		expect(requests).toHaveLength(0);
	});

	test('asks Freshdesk nothing while no field is picked', async () => {
		const { result, requests } = await loadOptions('getCustomFieldChoices', dropdownRow(''));

		expect(result).toEqual([]);
		expect(requests).toHaveLength(0);
	});
});

describe('Time zone and language pickers', () => {
	test("time zones are the account's choices, in Freshdesk's west-to-east order, valued by zone name", async () => {
		const { result } = await loadOptions('getTimeZones');

		const field = emulator.listContactFields().find((candidate) => candidate.name === 'time_zone');
		const choices = field?.choices as Record<string, string>;
		expect(result).toEqual(Object.entries(choices).map(([value, name]) => ({ name, value })));
		expect(result).toContainEqual({ name: '(GMT+01:00) Berlin', value: 'Berlin' });
		expect(result).toContainEqual({
			name: '(GMT-05:00) Eastern Time (US & Canada)',
			value: 'Eastern Time (US & Canada)',
		});
	});

	test('languages are listed by name with their code, valued by code', async () => {
		const { result } = await loadOptions('getLanguages');

		expect(result).toContainEqual({ name: 'English (en)', value: 'en' });
		expect(result).toContainEqual({ name: 'Portuguese (BR) (pt-BR)', value: 'pt-BR' });
		const names = (result ?? []).map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(result).toHaveLength(Object.keys(
			emulator.listContactFields().find((field) => field.name === 'language')?.choices ?? {},
		).length);
	});
});

describe('Export field pickers', () => {
	test('default fields are the default contact fields, valued by their API name', async () => {
		const { result } = await loadOptions('getExportDefaultFields');

		const expected = emulator
			.listContactFields()
			.filter((field) => field.default)
			.map((field) => field.name)
			.sort();
		expect((result ?? []).map((option) => option.value).sort()).toEqual(expected);
		expect(result).toContainEqual({ name: 'Company', value: 'company_name' });
		expect(result).toContainEqual({ name: 'Tags', value: 'tag_names' });
	});

	test('custom fields are the custom contact fields, valued by name without cf_', async () => {
		const { result } = await loadOptions('getExportCustomFields');

		expect(result).toEqual([
			{ name: 'Department', value: 'department' },
			{ name: 'Internal notes', value: 'notes' },
			{ name: 'Renewal date', value: 'renewal_date' },
			{ name: 'Seat count', value: 'seat_count' },
			{ name: 'Tier', value: 'tier' },
			{ name: 'VIP', value: 'vip' },
		]);
	});
});

describe('look-up failures', () => {
	test('a refused key fails the look-up with the credential explanation, without the key', async () => {
		const { error, result } = await loadOptions('getCustomFields', {
			credentials: { domain: emulator.baseUrl, apiKey: 'not-the-key' },
		});

		expect(result).toBeUndefined();
		expect(error?.message).toBe('Freshdesk did not accept the API key');
		expect(`${error?.message} ${error?.description}`).not.toContain('not-the-key');
	});
});
