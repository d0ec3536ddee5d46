#!/usr/bin/env python3
"""Static checks of the container files (Dockerfile, .dockerignore, compose, Helm chart, k8s, README).

    python3 docker/test/validate.py

Needs python3 with PyYAML. With `helm` on the PATH (or HELM=/path/to/helm) it also lints and
renders the chart and checks that docker/k8s/ is what docker/k8s/generate.sh makes of it; with
kubectl it renders docker/k8s with kustomize. Prints one line per check and
'validate: N passed, N failed'; exits 1 when a check failed.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

DOCKER = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(DOCKER)
CHART = os.path.join(DOCKER, 'helm', 'ainow')
results = {'passed': 0, 'failed': 0}


def check(what, ok, detail=''):
    results['passed' if ok else 'failed'] += 1
    print(f"  {'ok  ' if ok else 'FAIL'} {what}{'' if ok or not detail else ': ' + str(detail)}")


def read(*parts):
    with open(os.path.join(REPO, *parts)) as f:
        return f.read()


def load_all(path):
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


# ---- what the server and its CLI accept ----------------------------------------------------------------
ENV_SCHEMA = read('server', 'src', 'config', 'env.schema.ts')
schema_body = ENV_SCHEMA[ENV_SCHEMA.index('envSchema = z.object({'):]
SERVER_VARS = set(re.findall(r'^\s+([A-Z][A-Z0-9_]+):', schema_body, re.M))
# Variables read outside the schema (engine: the HTTP Request guard) and Node's own.
KNOWN_VARS = SERVER_VARS | {'AINOW_HTTP_ALLOW_PRIVATE_NETWORKS', 'NODE_OPTIONS', 'NODE_ENV', 'NODE_PATH'}
CLI_HELP = read('server', 'src', 'cli', 'main.ts')
CLI_COMMANDS = set(re.findall(r'^\s+ainow (\w+)', CLI_HELP, re.M))
print(f'validate: server variables {len(SERVER_VARS)}, CLI commands {sorted(CLI_COMMANDS)}')
check('found the server variables and CLI commands', len(SERVER_VARS) > 10 and {'start', 'worker', 'migrate'} <= CLI_COMMANDS)


def cli_args_ok(args):
    return isinstance(args, list) and bool(args) and args[0] in CLI_COMMANDS


# ---- every YAML file parses ------------------------------------------------------------------------------
templates = os.path.join(CHART, 'templates')
for path in sorted(glob.glob(os.path.join(DOCKER, '**', '*.y*ml'), recursive=True)):
    if path.startswith(templates + os.sep):
        continue  # Go templates: rendered by helm below
    rel = os.path.relpath(path, REPO)
    try:
        check(f'{rel} parses', len(load_all(path)) > 0, 'empty')
    except yaml.YAMLError as error:
        check(f'{rel} parses', False, error)

# ---- Dockerfile and .dockerignore ------------------------------------------------------------------------
dockerfile = read('Dockerfile').replace('\\\n', ' ')
stages = re.split(r'(?m)^FROM\s', dockerfile)
runtime = stages[-1]
check('Dockerfile: images are node:24-bookworm-slim', re.findall(r'ARG NODE_IMAGE=(\S+)', dockerfile) == ['node:24-bookworm-slim'])
workspaces = json.loads(read('package.json'))['workspaces']
manifests = sorted(
    os.path.relpath(p, REPO) for w in workspaces for p in glob.glob(os.path.join(REPO, w, 'package.json'))
)
copied = set(re.findall(r'(?m)^COPY (\S+/package\.json) ', dockerfile))
check('Dockerfile copies the package.json of every workspace before npm ci', set(manifests) <= copied, sorted(set(manifests) - copied))
user = re.findall(r'(?m)^USER\s+(\S+)', runtime)
check('Dockerfile: the runtime stage runs as a non-root user', bool(user) and user[-1] not in ('root', '0'), user)
check('Dockerfile: NODE_ENV=production and AINOW_DATA_DIR=/data', 'NODE_ENV=production' in runtime and 'AINOW_DATA_DIR=/data' in runtime)
check('Dockerfile: VOLUME /data and EXPOSE 3000', re.search(r'(?m)^VOLUME \["/data"\]', runtime) and re.search(r'(?m)^EXPOSE 3000$', runtime))
entrypoint = json.loads(re.findall(r'(?m)^ENTRYPOINT (.*)$', runtime)[-1])
cmd = json.loads(re.findall(r'(?m)^CMD (.*)$', runtime)[-1])
check('Dockerfile: ENTRYPOINT runs the server CLI', entrypoint[0] == 'node' and entrypoint[-1] == 'server/dist/cli/main.js', entrypoint)
check('Dockerfile: CMD is an ainow command', cli_args_ok(cmd), cmd)
health = re.search(r'(?m)^HEALTHCHECK .*CMD (\[.*\])\s*$', runtime)
check('Dockerfile: HEALTHCHECK asks /healthz with node', bool(health) and json.loads(health.group(1))[0] == 'node' and '/healthz' in health.group(1))
copies = re.findall(r'(?m)^COPY --from=build /app/(\S+) ', runtime)
for needed in ('server/dist', 'migrations/dist', 'editor/dist', 'engine/dist', 'nodes/dist'):
    check(f'Dockerfile: the runtime image gets {needed}', needed in copies)
ignored = [line.strip() for line in read('.dockerignore').splitlines() if line.strip() and not line.startswith('#')]
for pattern in ('**/node_modules', '**/dist', '**/*.tsbuildinfo', '**/.env', '.git'):
    check(f'.dockerignore excludes {pattern}', pattern in ignored)

# ---- compose ------------------------------------------------------------------------------------------------
env_example = dict(
    line.split('=', 1) for line in read('docker', '.env.example').splitlines() if re.match(r'^[A-Z_]+=', line)
)
check('docker/.env.example holds no secret values', all(not env_example[k] for k in ('AINOW_ENCRYPTION_KEY', 'POSTGRES_PASSWORD', 'AINOW_OWNER_PASSWORD')))
ainow_services = {}
for name in ('docker-compose.yml', 'docker-compose.embedded.yml'):
    text = read('docker', name)
    compose = yaml.safe_load(text)
    services = compose['services']
    referenced = set(re.findall(r'\$\{([A-Z_][A-Z0-9_]*)', text))
    check(f'{name}: every ${{VAR}} is in .env.example', referenced <= set(env_example), sorted(referenced - set(env_example)))
    declared = set((compose.get('volumes') or {}).keys())
    for service, spec in services.items():
        for volume in spec.get('volumes', []):
            source = volume.split(':')[0]
            if not source.startswith(('.', '/')):
                check(f'{name}: {service} volume {source} is declared', source in declared)
        for dependency in (spec.get('depends_on') or {}):
            check(f'{name}: {service} depends on an existing service ({dependency})', dependency in services)
        if 'build' not in spec:
            continue
        ainow_services[(name, service)] = spec
        context = os.path.normpath(os.path.join(DOCKER, spec['build']['context']))
        check(f'{name}: {service} builds the repository Dockerfile', os.path.isfile(os.path.join(context, spec['build']['dockerfile'])) and context == REPO)
        check(f'{name}: {service} runs an ainow command', cli_args_ok(spec.get('command')), spec.get('command'))
        unknown = set((spec.get('environment') or {}).keys()) - KNOWN_VARS
        check(f'{name}: {service} sets only variables the server reads', not unknown, sorted(unknown))

scaled = yaml.safe_load(read('docker', 'docker-compose.yml'))['services']
check('scaled: postgres and redis have health checks', all('healthcheck' in scaled[s] for s in ('postgres', 'redis')))
check('scaled: migrate runs once', scaled['migrate']['command'] == ['migrate'] and scaled['migrate']['restart'] == 'no')
for service in ('server', 'worker'):
    deps = scaled[service]['depends_on']
    check(
        f'scaled: {service} waits for healthy stores and a finished migration',
        deps['postgres']['condition'] == 'service_healthy'
        and deps['redis']['condition'] == 'service_healthy'
        and deps['migrate']['condition'] == 'service_completed_successfully',
    )
check('scaled: server runs without a worker', scaled['server']['command'] == ['start', '--no-worker'])
check('scaled: workers have replicas and no HTTP health check', 'replicas' in scaled['worker']['deploy'] and scaled['worker']['healthcheck'] == {'disable': True})
shared = {k: v for k, v in scaled['worker']['environment'].items()}
check('scaled: workers share DATABASE_URL, REDIS_URL and AINOW_ENCRYPTION_KEY with the server', all(scaled['server']['environment'][k] == shared[k] for k in ('DATABASE_URL', 'REDIS_URL', 'AINOW_ENCRYPTION_KEY')))
check('scaled: Redis keeps every key (noeviction)', 'noeviction' in scaled['redis']['command'])
embedded = yaml.safe_load(read('docker', 'docker-compose.embedded.yml'))['services']
check('embedded: one service with a /data volume and no DATABASE_URL/REDIS_URL', len(embedded) == 1 and any(v.endswith(':/data') for v in embedded['ainow']['volumes']) and not {'DATABASE_URL', 'REDIS_URL'} & set(embedded['ainow']['environment']))

# ---- Helm chart (without helm): every .Values path exists ------------------------------------------------------
values = yaml.safe_load(read('docker', 'helm', 'ainow', 'values.yaml'))
for path in sorted(glob.glob(os.path.join(templates, '*'))):
    text = open(path).read()
    missing = []
    for ref in sorted(set(re.findall(r'\.Values\.([A-Za-z0-9_.]+)', text))):
        node = values
        for key in ref.split('.'):
            if not isinstance(node, dict) or key not in node:
                missing.append(ref)
                break
            node = node[key]
    check(f'chart {os.path.basename(path)}: every .Values path is in values.yaml', not missing, missing)
check('chart: server args are an ainow command', cli_args_ok(values['server']['args']))
check('chart: worker grace period is longer than the 30 s the worker takes to stop', values['worker']['terminationGracePeriodSeconds'] > 30)

# ---- README lists every variable ---------------------------------------------------------------------------------
readme = read('docker', 'README.md')
listed = set(re.findall(r'^\| `([A-Z][A-Z0-9_]+)`', readme, re.M)) | set(re.findall(r'`, `([A-Z][A-Z0-9_]+)` \|', readme))
check('README: the variables table lists every server variable', SERVER_VARS <= listed, sorted(SERVER_VARS - listed))

# ---- k8s -------------------------------------------------------------------------------------------------------------
k8s = os.path.join(DOCKER, 'k8s')
kustomization = yaml.safe_load(read('docker', 'k8s', 'kustomization.yaml'))
check('k8s: kustomization resources exist', all(os.path.isfile(os.path.join(k8s, r)) for r in kustomization['resources']))
secret = yaml.safe_load(read('docker', 'k8s', 'secret.example.yaml'))
check('k8s: secret.example.yaml has the required keys', {'DATABASE_URL', 'REDIS_URL', 'AINOW_ENCRYPTION_KEY'} <= set(secret['stringData']))
secret_name = secret['metadata']['name']
for name in ('server.yaml', 'worker.yaml', 'migrate-job.yaml'):
    for doc in load_all(os.path.join(k8s, name)):
        for container in doc['spec'].get('template', {}).get('spec', {}).get('containers', []):
            refs = [e['secretRef']['name'] for e in container.get('envFrom', [])]
            check(f'k8s {name}: {container["name"]} reads the Secret {secret_name} and runs an ainow command', refs == [secret_name] and cli_args_ok(container['args']))


# ---- with helm: lint, render, and docker/k8s matches the chart ------------------------------------------------------------
def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


helm = os.environ.get('HELM') or shutil.which('helm')
if helm:
    KEY = 'ab' * 32
    full = [
        '--set', 'secrets.databaseUrl=postgres://u:p@db:5432/ainow', '--set', 'secrets.redisUrl=redis://r:6379',
        '--set', f'secrets.encryptionKey={KEY}', '--set', 'ingress.enabled=true', '--set', 'worker.autoscaling.enabled=true',
    ]
    lint = run([helm, 'lint', CHART, '--strict', '--set', 'existingSecret=ainow-env'])
    check('helm lint --strict', lint.returncode == 0, lint.stdout[-600:] + lint.stderr[-600:])
    rendered = run([helm, 'template', 'rel', CHART, *full])
    kinds = sorted(d['kind'] for d in yaml.safe_load_all(rendered.stdout) if d) if rendered.returncode == 0 else rendered.stderr
    check('helm template with every option renders all resources', kinds == ['Deployment', 'Deployment', 'HorizontalPodAutoscaler', 'Ingress', 'Job', 'Secret', 'Service'], kinds)
    missing = run([helm, 'template', 'rel', CHART])
    check('helm template without secrets fails with a message naming them', missing.returncode != 0 and 'secrets.databaseUrl' in missing.stderr, missing.stderr[-300:])
    bad_key = run([helm, 'template', 'rel', CHART, *full[:4], '--set', 'secrets.encryptionKey=short'])
    check('helm template rejects a malformed encryption key', bad_key.returncode != 0 and 'encryptionKey' in bad_key.stderr)
    with tempfile.TemporaryDirectory() as out:
        gen = run(['bash', os.path.join(k8s, 'generate.sh'), out], env={**os.environ, 'HELM': helm})
        same = gen.returncode == 0 and all(
            load_all(os.path.join(out, n)) == load_all(os.path.join(k8s, n)) for n in ('server.yaml', 'worker.yaml', 'migrate-job.yaml')
        )
        check('docker/k8s matches the chart (run docker/k8s/generate.sh after editing the chart)', same, gen.stderr[-400:])
else:
    print('  skip helm lint/template and the docker/k8s comparison: no helm on the PATH (set HELM=...)')

kubectl = shutil.which('kubectl')
if kubectl:
    kustomized = run([kubectl, 'kustomize', k8s])
    check('kubectl kustomize docker/k8s', kustomized.returncode == 0 and kustomized.stdout.count('kind: Deployment') == 2, kustomized.stderr[-300:])

print(f"validate: {results['passed']} passed, {results['failed']} failed")
sys.exit(1 if results['failed'] else 0)
