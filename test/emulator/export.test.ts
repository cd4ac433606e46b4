import { FreshdeskEmulator } from './index';
import { call, validationBody } from './testClient';

const emulator = new FreshdeskEmulator({ contacts: 3, exportPollsUntilDone: 2 });

beforeAll(() => emulator.start());
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

type ExportStatus = { id: string; status: string; download_url: string | null };

async function startExport(fields: unknown) {
	return call(emulator, 'POST', '/contacts/export', { body: { fields } });
}

async function startNameExport(): Promise<{ id: string }> {
	const response = await startExport({ default_fields: ['name'], custom_fields: [] });
	return response.json as { id: string };
}

async function poll(id: string): Promise<ExportStatus> {
	return (await call(emulator, 'GET', `/contacts/export/${id}`)).json as ExportStatus;
}

describe('contact export', () => {
	it('reports a job in progress, then completed with a URL on the file host', async () => {
		emulator.addContact({ name: 'Zed "Quoted", Jr', email: 'zed@x.example', tags: ['a', 'b'] });

		const started = await startExport({
			default_fields: ['name', 'email', 'tag_names'],
			custom_fields: ['tier'],
		});
		expect(started.status).toBe(200);
		const { id } = started.json as { id: string };
		expect(id).toMatch(/^[0-9a-f]{40}$/);

		expect(await poll(id)).toEqual({ id, status: 'in_progress', download_url: null });
		expect(await poll(id)).toEqual({ id, status: 'in_progress', download_url: null });
		const done = await poll(id);
		const port = new URL(emulator.baseUrl).port;
		expect(done).toEqual({
			id,
			status: 'completed',
			download_url: `http://localhost:${port}/downloads/exports/${id}.csv`,
		});

		const file = await fetch(done.download_url as string);
		const csv = await file.text();
		expect(file.status).toBe(200);
		expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe('Full name,Email,Tags,Tier');
		expect(lines).toHaveLength(1 + 4);
		expect(lines).toContain('"Zed ""Quoted"", Jr",zed@x.example,"a,b",');
	});

	it('refuses the download when an Authorization header is sent', async () => {
		const { id } = await startNameExport();
		await poll(id);
		await poll(id);
		const { download_url: url } = await poll(id);

		const response = await fetch(url as string, {
			headers: { Authorization: `Basic ${Buffer.from('test-api-key:X').toString('base64')}` },
		});

		expect(response.status).toBe(400);
		expect(await response.text()).toContain('<Code>InvalidArgument</Code>');
	});

	it('answers an injected fault on the file host the way storage would', async () => {
		const { id } = await startNameExport();
		for (let attempt = 0; attempt < 3; attempt++) await poll(id);
		emulator.injectFault({
			kind: 'status',
			status: 403,
			match: (request) => request.path.startsWith('/downloads/'),
		});

		const port = new URL(emulator.baseUrl).port;
		const response = await fetch(`http://localhost:${port}/downloads/exports/${id}.csv`);

		expect(response.status).toBe(403);
		expect(response.headers.get('content-type')).toBe('application/xml');
		expect(await response.text()).toContain('<Code>AccessDenied</Code>');
	});

	it('does not serve files from the API host', async () => {
		const { id } = await startNameExport();
		for (let attempt = 0; attempt < 3; attempt++) await poll(id);

		const response = await fetch(`${emulator.baseUrl}/downloads/exports/${id}.csv`);

		expect(response.status).toBe(404);
	});

	it('runs one export at a time', async () => {
		const first = await startExport({ default_fields: ['name'], custom_fields: [] });
		const second = await startExport({ default_fields: ['email'], custom_fields: [] });
		const { id } = first.json as { id: string };
		for (let attempt = 0; attempt < 3; attempt++) await poll(id);
		const third = await startExport({ default_fields: ['email'], custom_fields: [] });

		expect(second.status).toBe(400);
		expect(third.status).toBe(200);
	});

	it('validates the field selection nested under fields', async () => {
		const flat = await call(emulator, 'POST', '/contacts/export', {
			body: { default_fields: ['name'], custom_fields: [] },
		});
		const missingCustom = await startExport({ default_fields: ['name'] });
		const unknownName = await startExport({ default_fields: ['name'], custom_fields: ['cf_tier'] });
		const empty = await startExport({ default_fields: [], custom_fields: [] });

		expect(flat.json).toEqual(
			validationBody([
				{
					field: 'default_fields',
					message: 'Unexpected/invalid field in request',
					code: 'invalid_field',
				},
				{
					field: 'custom_fields',
					message: 'Unexpected/invalid field in request',
					code: 'invalid_field',
				},
			]),
		);
		expect(missingCustom.json).toEqual(
			validationBody([
				{
					field: 'custom_fields',
					message: 'Mandatory attribute missing',
					code: 'missing_field',
				},
			]),
		);
		expect(unknownName.json).toEqual(
			validationBody([
				{
					field: 'custom_fields',
					message:
						"It should be one of these values: 'department,seat_count,vip,tier,renewal_date,notes'",
					code: 'invalid_value',
				},
			]),
		);
		expect(empty.json).toEqual(
			validationBody([
				{
					field: 'fields',
					message: 'Atleast one of the fields is required',
					code: 'invalid_value',
				},
			]),
		);
	});

	it('answers 404 for an unknown export id', async () => {
		const response = await call(emulator, 'GET', `/contacts/export/${'0'.repeat(40)}`);

		expect([response.status, response.text]).toEqual([404, '']);
	});
});
