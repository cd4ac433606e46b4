import { FreshdeskEmulator } from './index';
import { call, validationBody } from './testClient';

const emulator = new FreshdeskEmulator();

beforeAll(() => emulator.start());
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

describe('POST /contacts', () => {
	it('creates a contact: 201, Location header, full body with deleted:false', async () => {
		const response = await call(emulator, 'POST', '/contacts', {
			body: {
				name: '  Clark Kent ',
				email: ' Clark.Kent@Daily-Planet.example ',
				tags: ['press', 'Press', 'vip'],
				custom_fields: {
					department: 'Newsroom',
					tier: 'Gold',
					vip: true,
					renewal_date: '2026-05-01',
				},
			},
		});

		expect(response.status).toBe(201);
		const body = response.json as Record<string, unknown>;
		expect(response.headers.get('location')).toBe(`${emulator.baseUrl}/api/v2/contacts/${body.id}`);
		expect(body).toMatchObject({
			name: 'Clark Kent',
			email: 'clark.kent@daily-planet.example',
			deleted: false,
			active: false,
			language: 'en',
			time_zone: 'Eastern Time (US & Canada)',
			tags: ['press', 'vip'],
			other_emails: [],
			other_companies: [],
			avatar: null,
			custom_fields: {
				department: 'Newsroom',
				seat_count: null,
				vip: true,
				tier: 'Gold',
				renewal_date: '2026-05-01',
				notes: null,
			},
		});
		expect(body.id).toBeGreaterThan(2 ** 31);
		expect(body.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
		expect(Object.keys(body)).toEqual([
			'active',
			'address',
			'company_id',
			'view_all_tickets',
			'deleted',
			'description',
			'email',
			'id',
			'job_title',
			'language',
			'mobile',
			'name',
			'phone',
			'time_zone',
			'twitter_id',
			'other_emails',
			'other_companies',
			'created_at',
			'updated_at',
			'tags',
			'avatar',
			'custom_fields',
			'facebook_id',
			'csat_rating',
			'preferred_source',
			'unique_external_id',
		]);
	});

	it('requires a name and one identifier, reporting both errors in one body', async () => {
		const response = await call(emulator, 'POST', '/contacts', { body: {} });

		expect(response.status).toBe(400);
		expect(response.text).toBe(
			JSON.stringify(
				validationBody([
					{ field: 'name', message: 'Mandatory attribute missing', code: 'missing_field' },
					{
						field: 'email',
						message:
							'Please fill at least 1 of email, mobile, phone, twitter_id, unique_external_id fields',
						code: 'missing_field',
					},
				]),
			),
		);
	});

	it('leaves unique_external_id out of the identifier list when that feature is off', async () => {
		const plain = new FreshdeskEmulator({ features: { uniqueExternalId: false } });
		await plain.start();
		try {
			const response = await call(plain, 'POST', '/contacts', { body: { name: 'No Identifier' } });
			expect(response.json).toEqual(
				validationBody([
					{
						field: 'email',
						message: 'Please fill at least 1 of email, mobile, phone, twitter_id fields',
						code: 'missing_field',
					},
				]),
			);

			const gated = await call(plain, 'POST', '/contacts', {
				body: { name: 'Gated', phone: '1', unique_external_id: 'x-1' },
			});
			expect(gated.json).toEqual(
				validationBody([
					{
						field: 'unique_external_id',
						message:
							'The unique_contact_identifier feature is required to support unique_external_id attribute in the request',
						code: 'inaccessible_field',
					},
				]),
			);
			const created = await call(plain, 'POST', '/contacts', {
				body: { name: 'Plain', phone: '1' },
			});
			expect(created.json).not.toHaveProperty('unique_external_id');
			const fields = plain.listContactFields().map((field) => field.name);
			expect(fields).toContain('twitter_id');
			expect(fields).not.toContain('unique_external_id');
		} finally {
			await plain.stop();
		}
	});

	it('gates language, time_zone and other_companies behind their plan features', async () => {
		const basic = new FreshdeskEmulator({
			features: { multiLanguage: false, multiTimeZone: false, multipleCompanies: false },
		});
		await basic.start();
		try {
			const response = await call(basic, 'POST', '/contacts', {
				body: {
					name: 'Basic Plan',
					phone: '1',
					company_id: 48000000001,
					language: 'fr',
					time_zone: 'Paris',
					other_companies: [{ company_id: 48000000002, view_all_tickets: false }],
				},
			});
			const created = await call(basic, 'POST', '/contacts', {
				body: { name: 'Plain', phone: '2' },
			});

			expect(response.json).toEqual(
				validationBody([
					{
						field: 'other_companies',
						message:
							'The multiple_user_companies feature is required to support other_companies attribute in the request',
						code: 'inaccessible_field',
					},
					{
						field: 'language',
						message:
							'The multi_language feature is required to support language attribute in the request',
						code: 'inaccessible_field',
					},
					{
						field: 'time_zone',
						message:
							'The multi_timezone feature is required to support time_zone attribute in the request',
						code: 'inaccessible_field',
					},
				]),
			);
			expect(created.json).not.toHaveProperty('other_companies');
		} finally {
			await basic.stop();
		}
	});

	it('accepts Rails time-zone names only, not IANA zones', async () => {
		const rails = await call(emulator, 'POST', '/contacts', {
			body: { name: 'Rails', phone: '1', time_zone: 'Chennai', language: 'pt-BR' },
		});
		const iana = await call(emulator, 'POST', '/contacts', {
			body: { name: 'IANA', phone: '1', time_zone: 'Asia/Kolkata' },
		});

		expect(rails.json).toMatchObject({ time_zone: 'Chennai', language: 'pt-BR' });
		expect(iana.status).toBe(400);
		expect(iana.json).toEqual(
			validationBody([
				{
					field: 'time_zone',
					message: expect.stringMatching(
						new RegExp(
							"^It should be one of these values: 'American Samoa,International Date Line West," +
								".*,Eastern Time \\(US & Canada\\),.*,Tokelau Is\\.'$",
						),
					),
					code: 'invalid_value',
				},
			]),
		);
	});

	it('limits other_emails to 9 valid addresses, dropping duplicates silently', async () => {
		const nine = Array.from({ length: 9 }, (_, index) => `alias${index}@x.example`);
		const ok = await call(emulator, 'POST', '/contacts', {
			body: { name: 'Many', email: 'many@x.example', other_emails: [...nine, 'ALIAS0@x.example'] },
		});
		const ten = await call(emulator, 'POST', '/contacts', {
			body: {
				name: 'Too Many',
				email: 'ten@x.example',
				other_emails: [...nine, 'alias9@x.example'].map((email) => `t${email}`),
			},
		});
		const invalid = await call(emulator, 'POST', '/contacts', {
			body: { name: 'Bad', email: 'bad@x.example', other_emails: ['nope'] },
		});

		expect((ok.json as { other_emails: string[] }).other_emails).toEqual(nine);
		expect(ten.json).toEqual(
			validationBody([
				{
					field: 'other_emails',
					message: 'Has 10 elements, it can have maximum of 9 elements',
					code: 'invalid_value',
				},
			]),
		);
		expect(invalid.json).toEqual(
			validationBody([
				{
					field: 'other_emails',
					message: "It should contain elements that are in the 'valid email address' format",
					code: 'invalid_value',
				},
			]),
		);
	});

	it('files a MAILER-DAEMON sender straight into the deleted contacts', async () => {
		const response = await call(emulator, 'POST', '/contacts', {
			body: { name: 'Mail Delivery System', email: 'MAILER-DAEMON@mx.example' },
		});

		expect(response.status).toBe(201);
		expect(response.json).toMatchObject({ email: 'mailer-daemon@mx.example', deleted: true });
	});

	it('rejects unknown keys with invalid_field before validating values', async () => {
		const response = await call(emulator, 'POST', '/contacts', {
			body: { name: '', phone: 5, nickname: 'Supes', custom_fields: { cf_department: 'x' } },
		});

		expect(response.json).toEqual(
			validationBody([
				{
					field: 'nickname',
					message: 'Unexpected/invalid field in request',
					code: 'invalid_field',
				},
				{
					field: 'cf_department',
					message: 'Unexpected/invalid field in request',
					code: 'invalid_field',
				},
			]),
		);
	});

	it('reports every field error of a body at once, with Freshdesk messages', async () => {
		const response = await call(emulator, 'POST', '/contacts', {
			body: {
				name: 'A'.repeat(300),
				email: 'not-an-email',
				view_all_tickets: 'true',
				tags: 'a,b',
				language: 'klingon',
				company_id: 99,
				custom_fields: {
					vip: 'true',
					seat_count: '12',
					tier: 'Platinum',
					renewal_date: '2026-13-01',
				},
			},
		});

		expect(response.status).toBe(400);
		expect(response.json).toEqual(
			validationBody([
				{
					field: 'name',
					message: 'Has 300 characters, it can have maximum of 255 characters',
					code: 'invalid_value',
				},
				{
					field: 'email',
					message: "It should be in the 'valid email address' format",
					code: 'invalid_value',
				},
				{
					field: 'company_id',
					message: 'There is no company matching the given company_id',
					code: 'invalid_value',
				},
				{
					field: 'view_all_tickets',
					message: 'Value set is of type String.It should be a/an Boolean',
					code: 'datatype_mismatch',
				},
				{
					field: 'language',
					message: expect.stringMatching(/^It should be one of these values: 'ar,bs,bg,.*,uk,vi'$/),
					code: 'invalid_value',
				},
				{
					field: 'tags',
					message: 'Value set is of type String.It should be a/an Array',
					code: 'datatype_mismatch',
				},
				{
					field: 'custom_fields.vip',
					message: 'Value set is of type String.It should be a/an Boolean',
					code: 'datatype_mismatch',
				},
				{
					field: 'custom_fields.seat_count',
					message: 'Value set is of type String.It should be a/an Integer',
					code: 'datatype_mismatch',
				},
				{
					field: 'custom_fields.tier',
					message: "It should be one of these values: 'Gold,Silver,Bronze'",
					code: 'invalid_value',
				},
				{
					field: 'custom_fields.renewal_date',
					message: "It should be a valid date in the 'yyyy-mm-dd' format",
					code: 'invalid_value',
				},
			]),
		);
	});

	it('checks tags element by element: 32 characters, no commas', async () => {
		const tooLong = await call(emulator, 'POST', '/contacts', {
			body: { name: 'T', phone: '1', tags: ['x'.repeat(33)] },
		});
		const comma = await call(emulator, 'POST', '/contacts', {
			body: { name: 'T', phone: '1', tags: ['a,b'] },
		});

		expect(tooLong.json).toEqual(
			validationBody([
				{
					field: 'tags',
					message: 'It should only contain elements that have maximum of 32 characters',
					code: 'invalid_value',
				},
			]),
		);
		expect(comma.json).toEqual(
			validationBody([
				{
					field: 'tags',
					message: "It should not have strings containing the special characters: ','",
					code: 'invalid_value',
				},
			]),
		);
	});

	it('needs company_id for view_all_tickets and other_companies', async () => {
		const viewAll = await call(emulator, 'POST', '/contacts', {
			body: { name: 'V', phone: '1', view_all_tickets: true },
		});
		const others = await call(emulator, 'POST', '/contacts', {
			body: {
				name: 'O',
				phone: '1',
				other_companies: [{ company_id: 48000000002, view_all_tickets: true }],
			},
		});

		expect(viewAll.json).toEqual(
			validationBody([
				{
					field: 'company_id',
					message: 'Company ID is required for a contact to view all tickets',
					code: 'missing_field',
				},
			]),
		);
		expect(others.json).toEqual(
			validationBody([
				{
					field: 'company_id',
					message: "It should not be blank if 'other_companies' is set",
					code: 'invalid_value',
				},
			]),
		);
	});

	it('stores other companies with the Multiple Companies feature', async () => {
		const response = await call(emulator, 'POST', '/contacts', {
			body: {
				name: 'Multi',
				phone: '1',
				company_id: 48000000001,
				other_companies: [{ company_id: 48000000002, view_all_tickets: true }],
			},
		});

		expect(response.status).toBe(201);
		expect(response.json).toMatchObject({
			company_id: 48000000001,
			other_companies: [{ company_id: 48000000002, view_all_tickets: true }],
		});
	});

	it('needs a primary email for other_emails', async () => {
		const response = await call(emulator, 'POST', '/contacts', {
			body: { name: 'P', phone: '1', other_emails: ['p@x.example'] },
		});

		expect(response.json).toEqual(
			validationBody([
				{
					field: 'email',
					message: "It should not be blank if 'other_emails' is set",
					code: 'invalid_value',
				},
			]),
		);
	});

	it('answers 409 with the owner id for an email a soft-deleted contact holds', async () => {
		const owner = emulator.addContact({ name: 'Gone', email: 'taken@x.example', deleted: true });

		const response = await call(emulator, 'POST', '/contacts', {
			body: { name: 'Again', email: 'TAKEN@x.example' },
		});

		expect(response.status).toBe(409);
		expect(response.text).toBe(
			JSON.stringify(
				validationBody([
					{
						field: 'email',
						additional_info: { user_id: owner.id },
						message: 'It should be a unique value',
						code: 'duplicate_value',
					},
				]),
			),
		);
	});

	it('answers 409 for other_emails, twitter_id and unique_external_id of others', async () => {
		const owner = emulator.addContact({
			name: 'Owner',
			email: 'owner@x.example',
			other_emails: ['alias@x.example'],
			twitter_id: '123',
			unique_external_id: 'ext-1',
		});

		const response = await call(emulator, 'POST', '/contacts', {
			body: {
				name: 'Copy',
				email: 'copy@x.example',
				other_emails: ['alias@x.example'],
				twitter_id: '123',
				unique_external_id: 'ext-1',
			},
		});

		expect(response.status).toBe(409);
		expect(response.json).toEqual(
			validationBody([
				{
					field: 'other_emails',
					additional_info: { user_id: owner.id },
					message: 'There are already users present with the emails, alias@x.example',
					code: 'duplicate_value',
				},
				{
					field: 'twitter_id',
					additional_info: { user_id: owner.id },
					message: 'It should be a unique value',
					code: 'duplicate_value',
				},
				{
					field: 'unique_external_id',
					additional_info: { user_id: owner.id },
					message: 'It should be a unique value',
					code: 'duplicate_value',
				},
			]),
		);
	});

	it('takes enforce_mandatory=true|false in the query and nothing else', async () => {
		const body = { name: 'Query', phone: '1' };

		const skipped = await call(emulator, 'POST', '/contacts?enforce_mandatory=false', { body });
		const invalid = await call(emulator, 'POST', '/contacts?enforce_mandatory=no', { body });
		const unknown = await call(emulator, 'POST', '/contacts?notify=true', { body });

		expect(skipped.status).toBe(201);
		expect(invalid.json).toEqual(
			validationBody([
				{
					field: 'enforce_mandatory',
					message: "It should be either 'true' or 'false'",
					code: 'invalid_value',
				},
			]),
		);
		expect(unknown.json).toEqual(
			validationBody([
				{ field: 'notify', message: 'Unexpected/invalid field in request', code: 'invalid_field' },
			]),
		);
	});

	it('accepts only true for active', async () => {
		const response = await call(emulator, 'POST', '/contacts', {
			body: { name: 'A', phone: '1', active: false },
		});

		expect(response.json).toEqual(
			validationBody([
				{ field: 'active', message: 'Active field can only be set to true', code: 'invalid_value' },
			]),
		);
	});
});

describe('GET /contacts/{id}', () => {
	it('returns 404 with an empty body for an unknown id or a non-numeric id', async () => {
		const unknown = await call(emulator, 'GET', '/contacts/99999999999');
		const word = await call(emulator, 'GET', '/contacts/abc');

		expect([unknown.status, unknown.text]).toEqual([404, '']);
		expect([word.status, word.text]).toEqual([404, '']);
	});

	it('returns a soft-deleted contact with deleted:true, and omits deleted otherwise', async () => {
		const live = emulator.addContact({ name: 'Live', phone: '1' });
		const gone = emulator.addContact({ name: 'Gone', phone: '2', deleted: true });

		const liveBody = (await call(emulator, 'GET', `/contacts/${live.id}`)).json;
		const goneBody = (await call(emulator, 'GET', `/contacts/${gone.id}`)).json;

		expect(liveBody).not.toHaveProperty('deleted');
		expect(goneBody).toMatchObject({ id: gone.id, deleted: true });
	});
});

describe('PUT /contacts/{id}', () => {
	it('changes only the keys sent and replaces lists', async () => {
		const contact = emulator.addContact({
			name: 'Lois',
			email: 'lois@x.example',
			other_emails: ['l1@x.example'],
			tags: ['a'],
			job_title: 'Reporter',
		});

		const response = await call(emulator, 'PUT', `/contacts/${contact.id}`, {
			body: { other_emails: [], tags: ['b', ''], custom_fields: { seat_count: 3 } },
		});

		expect(response.status).toBe(200);
		expect(response.json).toMatchObject({
			name: 'Lois',
			job_title: 'Reporter',
			other_emails: [],
			tags: ['b'],
			deleted: false,
			custom_fields: { seat_count: 3, department: null },
		});
	});

	it('blames the first identifier sent when an update would clear them all', async () => {
		const contact = emulator.addContact({ name: 'Only Mobile', mobile: '555' });

		const response = await call(emulator, 'PUT', `/contacts/${contact.id}`, {
			body: { phone: '', mobile: '' },
		});

		expect(response.json).toEqual(
			validationBody([
				{
					field: 'mobile',
					message:
						'Please fill at least 1 of email, mobile, phone, twitter_id, unique_external_id fields',
					code: 'invalid_value',
				},
			]),
		);
	});

	it('refuses a blank name and the primary email among other_emails', async () => {
		const contact = emulator.addContact({ name: 'Jimmy', email: 'jimmy@x.example' });

		const response = await call(emulator, 'PUT', `/contacts/${contact.id}`, {
			body: { name: ' ', other_emails: ['jimmy@x.example'] },
		});

		expect(response.json).toEqual(
			validationBody([
				{
					field: 'name',
					message: 'It should not be blank as this is a mandatory field',
					code: 'invalid_value',
				},
				{
					field: 'other_emails',
					message: 'Cannot add jimmy@x.example to other_emails since it is primary email',
					code: 'invalid_value',
				},
			]),
		);
	});

	it.each([
		['deleted', { deleted: true }],
		['blocked', { blocked: true }],
	])('answers 405 Allow: GET for a %s contact', async (_state, flags) => {
		const contact = emulator.addContact({ name: 'Frozen', phone: '1', ...flags });

		const update = await call(emulator, 'PUT', `/contacts/${contact.id}`, {
			body: { job_title: 'x' },
		});
		const remove = await call(emulator, 'DELETE', `/contacts/${contact.id}`);

		expect(update.status).toBe(405);
		expect(update.headers.get('allow')).toBe('GET');
		expect(update.text).toBe(
			'{"message":"PUT method is not allowed. It should be one of these method(s): GET"}',
		);
		expect(remove.status).toBe(405);
		expect(remove.text).toBe(
			'{"message":"DELETE method is not allowed. It should be one of these method(s): GET"}',
		);
	});
});
