import type { RequestContext } from './context';
import {
	type ApiResponse,
	fieldError,
	messages,
	notFound,
	requestError,
	typeMismatch,
	validationFailed,
} from './errors';
import { presentAgentConversion } from './presenters';
import { now } from './store';
import type { Agent, FieldError } from './types';
import {
	booleanError,
	isPlainObject,
	positiveIntegerError,
	readIdArray,
	unknownKeyErrors,
} from './validation';

export const AGENT_GROUP_IDS = [14000000001, 14000000002, 14000000003, 14000000004];
export const AGENT_SKILL_IDS = [16000000001, 16000000002, 16000000003];

/** Role ids by agent type: a role must belong to the type of agent being created. */
export const AGENT_ROLE_IDS: Record<string, number[]> = {
	support_agent: [15000000001, 15000000002, 15000000003, 15000000004],
	field_agent: [15000000005],
	collaborator: [15000000006],
};
const ALL_ROLE_IDS = Object.values(AGENT_ROLE_IDS).flat();
const DEFAULT_ROLE: Record<string, number> = {
	support_agent: 15000000004,
	field_agent: 15000000005,
	collaborator: 15000000006,
};

const MAKE_AGENT_KEYS = [
	'occasional',
	'signature',
	'ticket_scope',
	'skill_ids',
	'group_ids',
	'role_ids',
	'type',
	'focus_mode',
];
const AGENT_TYPES = Object.keys(AGENT_ROLE_IDS);
const TICKET_SCOPES = [1, 2, 3];

function readIdList(
	errors: FieldError[],
	field: string,
	value: unknown,
	known: number[],
): number[] | undefined {
	const ids = readIdArray(errors, field, value);
	const unknown = ids?.filter((id) => !known.includes(id)) ?? [];
	if (unknown.length > 0) {
		errors.push(fieldError(field, messages.noRecords(unknown), 'invalid_value'));
		return undefined;
	}
	return ids;
}

type AgentValidation = { errors: FieldError[] } | { agent: Partial<Agent> };

function validateAgentBody(body: Record<string, unknown>): AgentValidation {
	const unknown = unknownKeyErrors(body, MAKE_AGENT_KEYS);
	if (unknown.length > 0) return { errors: unknown };

	const errors: FieldError[] = [];
	const agent: Partial<Agent> = {};
	for (const key of ['occasional', 'focus_mode'] as const) {
		if (!(key in body)) continue;
		const error = booleanError(key, body[key]);
		if (error) errors.push(error);
		else agent[key] = body[key] as boolean;
	}
	if ('signature' in body) {
		if (body.signature === null || typeof body.signature === 'string') {
			agent.signature = body.signature;
		} else {
			errors.push(typeMismatch('signature', body.signature, 'String'));
		}
	}
	if ('ticket_scope' in body) {
		const error = positiveIntegerError('ticket_scope', body.ticket_scope);
		if (error) errors.push(error);
		else if (!TICKET_SCOPES.includes(body.ticket_scope as number)) {
			errors.push(fieldError('ticket_scope', messages.notIncluded(TICKET_SCOPES), 'invalid_value'));
		} else agent.ticket_scope = body.ticket_scope as number;
	}
	if ('type' in body) {
		if (typeof body.type !== 'string') {
			errors.push(typeMismatch('type', body.type, 'String'));
		} else if (!AGENT_TYPES.includes(body.type)) {
			errors.push(fieldError('type', messages.notIncluded(AGENT_TYPES), 'invalid_value'));
		} else agent.type = body.type;
	}
	const type = agent.type ?? 'support_agent';
	if ('group_ids' in body) {
		agent.group_ids = readIdList(errors, 'group_ids', body.group_ids, AGENT_GROUP_IDS);
	}
	if ('skill_ids' in body) {
		agent.skill_ids = readIdList(errors, 'skill_ids', body.skill_ids, AGENT_SKILL_IDS);
	}
	if ('role_ids' in body) {
		const allowed = AGENT_ROLE_IDS[type];
		const roles = readIdList(errors, 'role_ids', body.role_ids, ALL_ROLE_IDS);
		if (roles?.length === 0) errors.push(fieldError('role_ids', messages.blank, 'invalid_value'));
		else if (roles?.some((role) => !allowed.includes(role))) {
			errors.push(fieldError('role_ids', messages.notIncluded(allowed), 'invalid_value'));
		} else if (roles) agent.role_ids = roles;
	}
	if (type === 'field_agent' && agent.occasional === true) {
		errors.push(
			fieldError('occasional', 'A field agent cannot be an occasional agent', 'invalid_value'),
		);
	}
	if (type === 'field_agent' && agent.ticket_scope === 1) {
		errors.push(fieldError('ticket_scope', messages.notIncluded([2, 3]), 'invalid_value'));
	}
	return errors.length > 0 ? { errors } : { agent };
}

export function makeAgent({ id, body, state }: RequestContext): ApiResponse {
	const contact = state.store.getContact(id);
	if (!contact || contact.deleted || contact.blocked) return notFound();
	const requested = isPlainObject(body) ? body : {};

	const validation = validateAgentBody(requested);
	if ('errors' in validation) return validationFailed(validation.errors);
	if (!contact.email) return requestError(409, 'inconsistent_state', messages.noEmailForAgent);

	const { agent: fields } = validation;
	if (state.agentLimitReached && fields.occasional !== true) {
		// Asking for a full-time agent explicitly turns the limit into a field error.
		if (fields.occasional === false) {
			return validationFailed([fieldError('occasional', messages.maxAgents, 'invalid_value')]);
		}
		return requestError(403, 'max_agents_reached', messages.maxAgents);
	}

	const type = fields.type ?? 'support_agent';
	const timestamp = now();
	contact.agent = {
		available_since: null,
		available: true,
		occasional: fields.occasional ?? false,
		signature: fields.signature ?? null,
		group_ids: fields.group_ids ?? [],
		skill_ids: fields.skill_ids ?? [],
		type,
		role_ids: fields.role_ids ?? [DEFAULT_ROLE[type]],
		id: contact.id,
		ticket_scope: fields.ticket_scope ?? (type === 'field_agent' ? 2 : 1),
		created_at: timestamp,
		updated_at: timestamp,
		focus_mode: fields.focus_mode ?? true,
	};
	contact.other_emails = [];
	contact.updated_at = timestamp;
	state.store.changed();
	return { status: 200, body: presentAgentConversion(contact) };
}
