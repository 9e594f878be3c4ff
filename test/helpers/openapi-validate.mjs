// Validates an OpenAPI document (stdin, JSON) against the OpenAPI 3.1 schema with @seriousme/openapi-schema-validator.
// Its own Node process: the validator is ESM-only, which jest's CommonJS runtime cannot import.
// stdout: {"valid": bool, "version": "3.1", "errors": [...]}
import fs from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';

const validator = new Validator();
const result = await validator.validate(JSON.parse(fs.readFileSync(0, 'utf8')));
process.stdout.write(JSON.stringify({ valid: result.valid, version: validator.version, errors: result.errors ?? [] }));
