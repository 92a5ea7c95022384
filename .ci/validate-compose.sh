#!/usr/bin/env bash
# Offline check of docker-compose.yml (no Docker engine needed):
#  1. dclint (https://github.com/zavoloklom/docker-compose-linter): YAML validity, the Compose schema and its
#     best-practice rules. Errors AND warnings fail: the file is clean, keep it so.
#  2. `docker compose config`, when the Compose v2 CLI is installed (it needs no engine);
#  3. consistency with the repository: every `build.dockerfile` exists, and the kafka-init service creates
#     every topic declared in io.newsevents.events.Topics.
# Needs Node >= 20.19 and npm; dclint is installed on first use outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

DCLINT_VERSION=3.1.0
TOOLS_DIR="${DCLINT_TOOLS_DIR:-${TMPDIR:-/tmp}/dclint-tools}"
DCLINT="$TOOLS_DIR/node_modules/.bin/dclint"
COMPOSE_FILE=docker-compose.yml
TOPICS_JAVA=events/src/main/java/io/newsevents/events/Topics.java

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "validate-compose: node and npm are required (Node >= 20.19)" >&2
  exit 1
fi

installed=$(node -p "require('$TOOLS_DIR/node_modules/dclint/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$DCLINT_VERSION" ]; then
  echo "validate-compose: installing dclint@$DCLINT_VERSION into $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$TOOLS_DIR" "dclint@$DCLINT_VERSION"
fi

echo "validate-compose: dclint $("$DCLINT" --version) on $COMPOSE_FILE"
"$DCLINT" --max-warnings 0 "$COMPOSE_FILE"

# Where the Compose v2 CLI exists, let it parse the file too (needs no running engine).
if docker compose version >/dev/null 2>&1; then
  echo "validate-compose: docker compose config"
  docker compose -f "$COMPOSE_FILE" config --quiet
fi

echo "validate-compose: build files and topics"
NODE_PATH="$TOOLS_DIR/node_modules" node - "$COMPOSE_FILE" "$TOPICS_JAVA" <<'JS'
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const [composeFile, topicsJava] = process.argv.slice(2);
const compose = YAML.parse(fs.readFileSync(composeFile, 'utf8'), { merge: true });
const problems = [];

for (const [name, svc] of Object.entries(compose.services)) {
  if (!svc.build) continue;
  const context = typeof svc.build === 'string' ? svc.build : (svc.build.context || '.');
  const dockerfile = path.join(context, (svc.build && svc.build.dockerfile) || 'Dockerfile');
  if (!fs.existsSync(dockerfile)) problems.push(`${name}: build file ${dockerfile} does not exist`);
}

const init = compose.services['kafka-init'];
const script = init ? [].concat(init.command || [], init.entrypoint || []).join('\n') : '';
const created = new Set((script.match(/for topic in ([^;]+);/) || ['', ''])[1].trim().split(/\s+/).filter(Boolean));
// Topics.ALL = List.of(ARTICLES, ...): the names of the String constants that are topics.
const java = fs.readFileSync(topicsJava, 'utf8');
const constants = Object.fromEntries([...java.matchAll(/static final String ([A-Z_]+) = "([^"]+)";/g)]
  .map(m => [m[1], m[2]]));
const all = java.match(/\bALL = List\.of\(([^)]*)\)/);
const declared = all ? all[1].split(',').map(s => s.trim()).filter(Boolean).map(c => constants[c] || `?${c}`) : [];
if (declared.length === 0) problems.push(`could not read Topics.ALL from ${topicsJava}`);
for (const topic of declared) {
  if (!created.has(topic)) problems.push(`kafka-init does not create topic "${topic}" (declared in ${topicsJava})`);
}

if (problems.length) {
  for (const p of problems) console.error(`validate-compose: ${p}`);
  process.exit(1);
}
console.log(`validate-compose: ${Object.keys(compose.services).length} services, topics ${declared.join(', ')}: ok`);
JS
