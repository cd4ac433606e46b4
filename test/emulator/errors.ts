import type { FieldError } from './types';

export interface ApiResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Sends this text verbatim instead of JSON (CSV downloads, storage errors). */
	rawBody?: { text: string; contentType: string };
}

export const messages = {
	missingField: 'Mandatory attribute missing',
	blank: 'It should not be blank as this is a mandatory field',
	invalidField: 'Unexpected/invalid field in request',
	emailFormat: "It should be in the 'valid email address' format",
	emailArrayFormat: "It should contain elements that are in the 'valid email address' format",
	unique: 'It should be a unique value',
	positiveInteger: 'It should be a/an Positive Integer',
	activeOnlyTrue: 'Active field can only be set to true',
	companyRequiredForViewAll: 'Company ID is required for a contact to view all tickets',
	unknownCompany: 'There is no company matching the given company_id',
	customDate: "It should be a valid date in the 'yyyy-mm-dd' format",
	iso8601: "It should be a valid date in the 'combined date and time ISO8601' format",
	commaInTag: "It should not have strings containing the special characters: ','",
	noContent: 'Content should not be sent in the request',
	invalidJson: 'Request body has invalid json format',
	noEmailForAgent: 'Email should be associated to the contact before converting it to an agent',
	invalidCredentials: 'You have to be logged in to perform this action.',
	accessDenied: 'You are not authorized to perform this action.',
	maxAgents:
		'You have reached the maximum number of agents 1 your subscription allows. You need to ' +
		'delete an existing agent or contact your account administrator to purchase additional agents.',
	internalError: "We're sorry, but something went wrong.",
	invalidQuery:
		'Given query is invalid, expected format "keyword:value  OPERATOR keyword:\'string\' ' +
		"OPERATOR keyword:>'yyyy-mm-dd' OPERATOR keyword:<integer\". Space is mandatory between " +
		'key/value pair and operator. Please check the paranthesis if there are any.',
	notSoftDeleted: 'User invalid (not soft deleted)',
	selectAField: 'Atleast one of the fields is required',
	exportInProgress: 'An export of contacts is already in progress',
	datatype: (expected: string) => `It should be a/an ${expected}`,
	givenType: (given: string, expected: string) =>
		`Value set is of type ${given}.It should be a/an ${expected}`,
	tooLong: (count: number, max: number, unit = 'characters') =>
		`Has ${count} ${unit}, it can have maximum of ${max} ${unit}`,
	elementsTooLong: (max: number) =>
		`It should only contain elements that have maximum of ${max} characters`,
	notIncluded: (list: Array<string | number>) =>
		`It should be one of these values: '${list.join(',')}'`,
	perPage: (max: number) => `It should be a Positive Integer less than or equal to ${max}`,
	fillOneOf: (fields: string[]) => `Please fill at least 1 of ${fields.join(', ')} fields`,
	notBlankIf: (child: string) => `It should not be blank if '${child}' is set`,
	noRecords: (ids: Array<number | string>) =>
		`There are no records matching the ids: '${ids.join(', ')}'`,
	emailsTaken: (emails: string[]) =>
		`There are already users present with the emails, ${emails.join(', ')}`,
	primaryInOthers: (value: string | number, attribute: string, status: string) =>
		`Cannot add ${value} to ${attribute} since it is ${status}`,
	featureRequired: (feature: string, attribute: string) =>
		`The ${feature} feature is required to support ${attribute} attribute in the request`,
	unassociated: (values: string[]) =>
		`Values - '${values.join(', ')}' not found in primary/secondary contacts`,
	mergeLimit: (max: number, field: string) => `Cannot add more than ${max} ${field}`,
	methodNotAllowed: (method: string, allowed: string[]) =>
		`${method} method is not allowed. It should be one of these method(s): ${allowed.join(', ')}`,
	contentType: (given: string) =>
		`Content-Type header is set to ${given}. It should be set to application/json`,
	accept: (given: string) =>
		`Accept header is set to ${given}. It should have application/json or */*`,
};

/** Builds an error in Freshdesk's key order: field, (additional_info), message, code. */
export function fieldError(
	field: string,
	message: string,
	code: string,
	userId?: number,
): FieldError {
	if (userId === undefined) return { field, message, code };
	return { field, additional_info: { user_id: userId }, message, code };
}

/** "Value set is of type String.It should be a/an Boolean": concatenated without a space. */
export function typeMismatch(field: string, value: unknown, expected: string): FieldError {
	return fieldError(field, messages.givenType(jsonTypeName(value), expected), 'datatype_mismatch');
}

export function elementTypeMismatch(field: string, expected: string): FieldError {
	const message = `It should contain elements of type ${expected} only`;
	return fieldError(field, message, 'datatype_mismatch');
}

export function validationFailed(errors: FieldError[]): ApiResponse {
	const status = errors.every((error) => error.code === 'duplicate_value') ? 409 : 400;
	return { status, body: { description: 'Validation failed', errors } };
}

/** Request-level errors use {code, message}, not the validation envelope. */
export function requestError(status: number, code: string, message: string): ApiResponse {
	return { status, body: { code, message } };
}

export function notFound(): ApiResponse {
	return { status: 404 };
}

export function noContent(): ApiResponse {
	return { status: 204 };
}

export function methodNotAllowed(method: string, allowed: string[]): ApiResponse {
	return {
		status: 405,
		headers: { Allow: allowed.join(', ') },
		body: { message: messages.methodNotAllowed(method, allowed) },
	};
}

/** Freshdesk names JSON types after Ruby classes in its datatype messages. */
export function jsonTypeName(value: unknown): string {
	if (value === null || value === undefined) return 'Null';
	if (Array.isArray(value)) return 'Array';
	if (typeof value === 'string') return 'String';
	if (typeof value === 'boolean') return 'Boolean';
	if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float';
	return 'key/value pair';
}
