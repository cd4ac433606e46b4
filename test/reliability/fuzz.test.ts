import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { useEmulator } from '../harness/emulatorRun';
import {
	ALLOWED_API_PATH,
	isNodeError,
	leaksSecret,
	nodeTypeAsLoadedByN8n,
	offRoute,
	SECRET_API_KEY,
	seededRandom,
} from './support';

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 800);

const { emulator, run } = useEmulator({
	apiKey: SECRET_API_KEY,
	contacts: 130,
	companies: 4,
	// Rate limits are injected on purpose below; the account's own limit stays out of the way.
	rateLimit: { limit: 1_000_000_000, windowMs: 60_000 },
});

const random = seededRandom(SEED);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
const chance = (probability: number) => random() < probability;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const OPERATIONS = [
	'create',
	'delete',
	'export',
	'get',
	'getAll',
	'getFields',
	'makeAgent',
	'merge',
	'restore',
	'search',
	'sendInvite',
	'update',
] as const;

const STRINGS = [
	'',
	' ',
	'13000000001',
	' 13000000002 ',
	'0013000000003',
	'48000000001',
	'5/../agents',
	'../../companies',
	'1/hard_delete',
	'1?force=true',
	'1#frag',
	'%2e%2e%2f',
	'..',
	'/',
	'\\',
	'abc',
	'-1',
	'0',
	'1.5',
	'1e3',
	'0x1A',
	'99999999999999999999',
	'٤٢',
	'🙂',
	'null',
	'undefined',
	'true',
	'jane@example.com',
	'not-an-email',
	'a@b',
	'vip, gold',
	'vip,gold',
	"name:'Jane'",
	"name:'Jane",
	'name:"Jane"',
	"email:'x@y.com' OR (company_id:48000000001 AND active:true)",
	'active:true',
	"tag:'vip'",
	"created_at:>'2026-01-01'",
	'2026-01-31',
	'2026-02-30',
	'31/12/2026',
	'2026-01-31T08:00:00+02:00',
	'x'.repeat(33),
	'y'.repeat(300),
	'z'.repeat(600),
	'department',
	'renewal_date|date',
	'seat_count|number',
	'vip|checkbox',
	'cf-bad name',
	'no_such_field',
	'{{ $json }}',
	'={{ 1 }}',
	'<script>',
	'\u0000',
	'line\nbreak',
	'https://acme.freshdesk.com/a/contacts/13000000004',
	'https://evil.example/a/contacts/1',
];

type Value = IDataObject[string];

function randomValue(depth = 0): Value {
	switch (int(0, 11)) {
		case 0:
			return pick(STRINGS);
		case 1:
			return pick(STRINGS);
		case 2:
			return chance(0.5) ? nearValidId() : 13000000000 + int(-2, 40);
		case 3:
			return pick([0, -1, 1.5, 2 ** 53 + 2, Number.MAX_VALUE, -0, 42, 48000000001]);
		case 4:
			return pick([null, true, false]);
		case 5:
			return depth > 1 ? null : { id: randomValue(depth + 1), value: randomValue(depth + 1) };
		case 6:
			return depth > 1 ? [] : Array.from({ length: int(0, 3) }, () => randomValue(depth + 1));
		case 7:
			return pick(['2026-01-31', '2026-02-30', 'yesterday', 1767225600000]);
		case 8:
			return pick(['vip', ['vip', 'gold'], ['a,b'], 'q'.repeat(40), [{ tag: 1 }]]);
		case 9:
			return `${pick(STRINGS)}${pick(STRINGS)}`;
		case 10:
			return pick(['a@example.com', 'B@Example.COM ', 'two words@x.com', 'a@b.co,c@d.co']);
		default:
			return String(int(1, 100));
	}
}

/** A literal, an expression reading the item, or an expression that fails or returns an odd type. */
function parameterValue(): Value {
	const roll = random();
	if (roll < 0.45) return randomValue();
	if (roll < 0.85) return `={{ $json.v${int(0, 5)} }}`;
	return pick([
		'={{ $json.missing.deeper }}',
		'={{ [1, 2] }}',
		'={{ {} }}',
		'={{ 1 / 0 }}',
		'={{ $json.v0 }}/../agents',
		'=13000000001{{ "" }}',
		'={{ undefined }}',
		'={{ null }}',
		'={{ "13000000005" }}',
		'={{ ',
	]);
}

/** IDs one edit away from valid: where a lenient check and a strict URL disagree. */
function nearValidId(): Value {
	const id = 13000000000 + int(1, 32);
	return pick([
		id,
		String(id),
		` ${id} `,
		`\t${id}\n`,
		`00${id}`,
		`${id}/`,
		`${id}/..`,
		`${id}/../../agents`,
		`${id}?force=true`,
		`${id}#`,
		`${id}.0`,
		`+${id}`,
		[id],
		[String(id)],
		`https://acme.freshdesk.com/a/contacts/${id}`,
		`https://acme.freshdesk.com/a/contacts/${id}/../../agents`,
	]);
}

function locator(): Value {
	if (chance(0.15)) return parameterValue();
	const value = chance(0.35) ? nearValidId() : parameterValue();
	return { __rl: true, mode: pick(['id', 'id', 'url', 'list']), value };
}

function maybe(target: IDataObject, key: string, value: () => Value, probability = 0.35) {
	if (chance(probability)) target[key] = value();
}

function contactAttributes(): IDataObject {
	const fields: IDataObject = {};
	maybe(fields, 'email', parameterValue, 0.6);
	maybe(fields, 'phone', parameterValue);
	maybe(fields, 'mobile', parameterValue, 0.2);
	maybe(fields, 'jobTitle', parameterValue, 0.2);
	maybe(fields, 'address', parameterValue, 0.15);
	maybe(fields, 'tags', parameterValue);
	maybe(fields, 'otherEmails', parameterValue, 0.2);
	maybe(fields, 'viewAllTickets', () => pick([true, false, 'true', parameterValue()]), 0.1);
	maybe(fields, 'companyId', locator, 0.2);
	maybe(fields, 'timeZone', () => pick(['Chennai', 'Mars', parameterValue()]), 0.1);
	maybe(fields, 'language', () => pick(['fr', 'xx', parameterValue()]), 0.1);
	maybe(fields, 'customFields', () => ({
		field: Array.from({ length: int(1, 2) }, () => ({
			name: pick(['department', 'renewal_date|date', 'seat_count|number', 'vip|checkbox', parameterValue()]),
			textValue: parameterValue(),
			numberValue: parameterValue(),
			booleanValue: parameterValue(),
			dateValue: parameterValue(),
		})),
	}));
	maybe(fields, 'otherCompanies', () => ({
		company: [{ companyId: locator(), viewAllTickets: pick([true, false]) }],
	}), 0.1);
	return fields;
}

function parametersFor(operation: (typeof OPERATIONS)[number]): INodeParameters {
	const parameters: IDataObject = { resource: 'contact', operation };
	switch (operation) {
		case 'create':
			parameters.name = parameterValue();
			parameters.additionalFields = contactAttributes();
			break;
		case 'update':
			parameters.contactId = locator();
			parameters.updateFields = { ...contactAttributes(), ...(chance(0.4) ? { name: parameterValue() } : {}) };
			break;
		case 'delete':
			parameters.contactId = locator();
			parameters.permanent = pick([true, false, parameterValue()]);
			break;
		case 'get':
		case 'restore':
		case 'sendInvite':
			parameters.contactId = locator();
			break;
		case 'makeAgent': {
			parameters.contactId = locator();
			parameters.occasional = pick([true, false, parameterValue()]);
			const agentOptions: IDataObject = {};
			maybe(agentOptions, 'groupIds', parameterValue);
			maybe(agentOptions, 'roleIds', parameterValue);
			maybe(agentOptions, 'type', () => pick(['support_agent', 'collaborator', 'bogus']));
			parameters.agentOptions = agentOptions;
			break;
		}
		case 'getAll': {
			parameters.returnAll = pick([true, true, false, parameterValue()]);
			parameters.limit = pick([1, 5, 50, 200, parameterValue()]);
			const filters: IDataObject = {};
			parameters.filters = filters;
			// Unfiltered walks can be checked against the full list: complete, or failed.
			if (chance(0.5)) break;
			maybe(filters, 'email', parameterValue, 0.2);
			maybe(filters, 'state', () => pick(['verified', 'deleted', 'blocked', 'unverified', parameterValue()]), 0.2);
			maybe(filters, 'updatedSince', parameterValue, 0.2);
			maybe(filters, 'companyId', locator, 0.15);
			break;
		}
		case 'search':
			parameters.query = parameterValue();
			parameters.returnAll = pick([true, false]);
			parameters.limit = pick([1, 30, 31, parameterValue()]);
			break;
		case 'merge':
			parameters.primaryContactId = locator();
			parameters.secondaryContactIds = parameterValue();
			parameters.mergedValues = chance(0.3) ? { email: parameterValue(), phone: parameterValue() } : {};
			break;
		case 'export':
			parameters.defaultFields = pick([['name', 'email'], [], ['bogus'], parameterValue()]);
			parameters.customFields = pick(['', 'department', 'cf_department, tier', parameterValue()]);
			parameters.waitForFile = pick([true, true, false]);
			parameters.exportOptions = {
				pollInterval: pick([0, 0, -1, parameterValue()]),
				// Short or invalid only: a long Max Wait with a long interval is a legitimate slow run.
				maxWait: pick([0.3, 0.3, 0, -1, 'soon', null, '={{ $json.v0 }}']),
				downloadFile: pick([true, false]),
			};
			break;
		case 'getFields':
			parameters.fieldTypes = pick(['all', 'custom', 'default', parameterValue()]);
			break;
	}
	return parameters as INodeParameters;
}

interface Tally {
	runs: number;
	parameterSets: number;
	faultsInjected: Record<string, number>;
	requests: number;
	requestsByStatus: Record<string, number>;
	succeededItems: number;
	errorsByKind: Record<string, number>;
	thrownRuns: number;
	completeListsChecked: number;
}

const tally: Tally = {
	runs: 0,
	parameterSets: 0,
	faultsInjected: {},
	requests: 0,
	requestsByStatus: {},
	succeededItems: 0,
	errorsByKind: {},
	thrownRuns: 0,
	completeListsChecked: 0,
};
const count = (bucket: Record<string, number>, key: string) => (bucket[key] = (bucket[key] ?? 0) + 1);

/** Arms one fault for the next request; returns the request timeout the run needs, if any. */
function injectFault(): number | undefined {
	const kind = pick(['500', '502', '503', '404', '400', 'drop', 'delay', '429']);
	count(tally.faultsInjected, kind);
	const times = int(1, 3);
	if (kind === 'drop') emulator.injectFault({ kind: 'drop', times });
	else if (kind === 'delay') {
		emulator.injectFault({ kind: 'delay', ms: 400, times: 1 });
		return 60;
	} else if (kind === '429') emulator.forceRateLimit(int(1, 5), 0);
	else emulator.injectFault({ kind: 'status', status: Number(kind), times });
	return undefined;
}

function errorKind(error: unknown): string {
	if (!isNodeError(error)) return `UNEXPECTED ${(error as Error)?.constructor?.name}`;
	return `${error.constructor.name} ${(error as { httpCode?: string | null }).httpCode ?? ''}`.trim();
}

describe('fuzz: generated parameters through the routing engine', () => {
	const unhandled: unknown[] = [];
	const onUnhandled = (reason: unknown) => unhandled.push(reason);
	beforeAll(() => process.on('unhandledRejection', onUnhandled));
	afterAll(() => {
		process.off('unhandledRejection', onUnhandled);
		console.log(`fuzz seed ${SEED}: ${JSON.stringify(tally, null, 1)}`);
	});

	test(`${RUNS} runs raise only node errors and call only contact routes`, async () => {
		const nodeType = nodeTypeAsLoadedByN8n();
		const problems: string[] = [];
		emulator.reset();
		const everyone = (await run({ operation: 'getAll', returnAll: true })).items.map((item) => item.json.id);
		expect(everyone.length).toBeGreaterThan(0);

		for (let index = 0; index < RUNS; index++) {
			emulator.reset();
			const operation = pick(OPERATIONS);
			const parameters = parametersFor(operation);
			const items = Array.from({ length: chance(0.3) ? 1 : int(2, 5) }, () => {
				const json: IDataObject = {};
				for (let slot = 0; slot < 6; slot++) json[`v${slot}`] = randomValue();
				return json;
			});
			const timeout = chance(0.2) ? injectFault() : undefined;
			if (timeout) parameters.requestOptions = { timeout };
			// Several items stop on the first error only with On Error continuing: otherwise n8n-core's
			// RoutingNode throws when a later item's expression fails while earlier items' requests
			// are still running, and their outcome surfaces after the run as an unhandled rejection.
			const continueOnFail = items.length > 1 || chance(0.5);

			const result = await run(parameters, { items, continueOnFail, nodeType });
			emulator.clearFaults();
			emulator.forceRateLimit(0, 0);

			tally.runs++;
			tally.parameterSets += items.length;
			tally.requests += result.requests.length;
			const replay = `run ${index} (${operation}): ${JSON.stringify({ parameters, items, continueOnFail })}`;

			const errors: Error[] = result.error ? [result.error] : [];
			if (result.error) tally.thrownRuns++;
			for (const item of result.items) {
				if (item.error) errors.push(item.error);
				else tally.succeededItems++;
			}
			for (const error of errors) {
				count(tally.errorsByKind, errorKind(error));
				if (!isNodeError(error) || !error.message) {
					problems.push(`${replay}\n  raised ${String(error)}\n${(error as Error).stack}`);
				}
				const leak = leaksSecret(error);
				if (leak) problems.push(`${replay}\n  leaked ${leak}`);
			}
			if (JSON.stringify(result.items.map((item) => item.json)).includes(SECRET_API_KEY)) {
				problems.push(`${replay}\n  key in output`);
			}

			for (const request of result.requests) {
				count(tally.requestsByStatus, String(request.status));
				const download = /^\/downloads\/exports\/[0-9a-f]{40}\.csv$/.test(request.path);
				if (download ? request.headers.authorization !== undefined : !ALLOWED_API_PATH.test(request.path)) {
					problems.push(`${replay}\n  ${request.method} ${request.path} is outside the contact routes`);
				}
			}
			for (const request of offRoute(operation, result.requests)) {
				problems.push(`${replay}\n  ${request.method} ${request.path} is not a ${operation} route`);
			}

			const ids = result.items.filter((item) => !item.error && item.json.id !== undefined);
			if (operation === 'getAll' || operation === 'search') {
				if (items.length === 1 && new Set(ids.map((item) => item.json.id)).size !== ids.length) {
					problems.push(`${replay}\n  returned a contact twice`);
				}
			}
			const unfiltered =
				operation === 'getAll' &&
				parameters.returnAll === true &&
				Object.keys(parameters.filters as IDataObject).length === 0;
			if (unfiltered && !result.error && result.items.every((item) => !item.error)) {
				tally.completeListsChecked++;
				const listed = result.items.map((item) => item.json.id);
				const expected = items.flatMap(() => everyone);
				if (JSON.stringify(listed) !== JSON.stringify(expected)) {
					problems.push(`${replay}\n  listed ${listed.length} of ${expected.length} contacts`);
				}
			}
			if (problems.length > 5) break;
		}

		expect(unhandled).toEqual([]);
		expect(problems).toEqual([]);
		expect(tally.requests).toBeGreaterThan(RUNS / 2);
		expect(tally.succeededItems).toBeGreaterThan(0);
	}, 300_000);
});
