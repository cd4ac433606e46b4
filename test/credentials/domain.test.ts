import type { INode, INodeTypes } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import {
	FRESHDESK_API_URL_EXPRESSION,
	resolveFreshdeskApiUrl,
} from '../../nodes/FreshdeskContacts/shared/domain';

const ACCEPTED: Array<[string, string]> = [
	['acme', 'https://acme.freshdesk.com/api/v2'],
	['  Acme  ', 'https://acme.freshdesk.com/api/v2'],
	['acme.freshdesk.com', 'https://acme.freshdesk.com/api/v2'],
	['https://acme.freshdesk.com/', 'https://acme.freshdesk.com/api/v2'],
	['https://acme.freshdesk.com', 'https://acme.freshdesk.com/api/v2'],
	['my-team-2.freshdesk.com', 'https://my-team-2.freshdesk.com/api/v2'],
	['http://127.0.0.1:5679', 'http://127.0.0.1:5679/api/v2'],
	['http://localhost:5679/', 'http://localhost:5679/api/v2'],
];

const REFUSED = [
	'',
	'evil.com',
	'https://evil.com',
	'acme.freshdesk.com.evil.com',
	'https://acme.freshdesk.com@evil.com',
	'http://acme.freshdesk.com',
	'acme.freshdesk.com/api/v2/../../evil',
	'http://127.0.0.2:5679',
	'http://127.0.0.1.nip.io:5679',
	'https://127.0.0.1:5679',
	'http://169.254.169.254',
	'-acme',
	'acme_team',
];

function evaluateExpression(domain: string): unknown {
	const nodeTypes = {
		getByName: () => ({ description: { properties: [] } }),
		getByNameAndVersion: () => ({ description: { properties: [] } }),
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const node: INode = {
		id: '1',
		name: 'Node',
		type: 'test',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getParameterValue(
		FRESHDESK_API_URL_EXPRESSION,
		null,
		0,
		0,
		node.name,
		[],
		'internal',
		{ $credentials: { domain } },
	);
}

describe('credential domain', () => {
	test.each(ACCEPTED)('"%s" resolves to %s, in code and in the n8n expression', (domain, url) => {
		expect(resolveFreshdeskApiUrl(domain)).toBe(url);
		expect(evaluateExpression(domain)).toBe(url);
	});

	test.each(REFUSED)('"%s" is refused, in code and in the n8n expression', (domain) => {
		expect(resolveFreshdeskApiUrl(domain)).toBeUndefined();
		expect(evaluateExpression(domain)).toBeUndefined();
	});
});
