export { FreshdeskEmulator } from './server';
export { AGENT_GROUP_IDS, AGENT_ROLE_IDS, AGENT_SKILL_IDS } from './agentConversion';
export { FIRST_COMPANY_ID, FIRST_CONTACT_ID } from './seed';
export type { Fault } from './faults';
export type {
	Agent,
	Company,
	Contact,
	ContactField,
	EmulatorFeatures,
	EmulatorOptions,
	FieldError,
	OtherCompany,
	RecordedRequest,
} from './types';
