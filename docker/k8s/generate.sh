#!/usr/bin/env bash
# Writes the plain manifests of docker/k8s/ from the Helm chart's defaults, so that both stay the
# same: `helm template` with existingSecret=ainow-env and the name "ainow", minus Helm's own labels
# and hook annotations. Edit the chart, then run this (needs helm, python3 with PyYAML, and the
# repository's prettier):
#
#   docker/k8s/generate.sh [OUT_DIR]      # default OUT_DIR: docker/k8s
set -euo pipefail
K8S="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$K8S}"
HELM="${HELM:-helm}"
mkdir -p "$OUT"
RENDERED="$(mktemp)"
trap 'rm -f "$RENDERED"' EXIT

"$HELM" template ainow "$K8S/../helm/ainow" --set existingSecret=ainow-env --set fullnameOverride=ainow >"$RENDERED"
python3 - "$RENDERED" "$OUT" <<'PY'
import sys
import yaml

rendered, out = sys.argv[1], sys.argv[2]
HELM_LABELS = {'helm.sh/chart', 'app.kubernetes.io/managed-by'}

def clean(meta):
    labels = meta.get('labels') or {}
    for key in HELM_LABELS:
        labels.pop(key, None)
    annotations = {k: v for k, v in (meta.get('annotations') or {}).items() if not k.startswith('helm.sh/')}
    if annotations:
        meta['annotations'] = annotations
    else:
        meta.pop('annotations', None)

files = {
    'server.yaml': ('API, webhooks, schedules and the editor: `ainow start --no-worker` behind a Service.', []),
    'worker.yaml': ('Queue workers: `ainow worker`, any number of replicas.', []),
    'migrate-job.yaml': ('`ainow migrate`: apply before the server and workers, and again before every upgrade\n'
                         '# (delete the finished Job first: a Job cannot be changed).', []),
}
for doc in yaml.safe_load_all(open(rendered)):
    if not doc:
        continue
    clean(doc['metadata'])
    if 'template' in doc.get('spec', {}):
        clean(doc['spec']['template']['metadata'])
    component = doc['metadata']['labels']['app.kubernetes.io/component']
    name = {'server': 'server.yaml', 'worker': 'worker.yaml', 'migrate': 'migrate-job.yaml'}[component]
    files[name][1].append(doc)

for name, (about, docs) in files.items():
    with open(f'{out}/{name}', 'w') as f:
        f.write('# Generated from the Helm chart docker/helm/ainow by docker/k8s/generate.sh: edit the chart.\n')
        f.write(f'# {about}\n')
        f.write('# Environment: the Secret ainow-env (see secret.example.yaml).\n')
        f.write(yaml.safe_dump_all(docs, sort_keys=False, explicit_start=True))
PY

REPO="$K8S/../.."
if [ -x "$REPO/node_modules/.bin/prettier" ]; then
  "$REPO/node_modules/.bin/prettier" --log-level warn --write "$OUT/server.yaml" "$OUT/worker.yaml" "$OUT/migrate-job.yaml"
fi
echo "wrote $OUT/server.yaml, worker.yaml, migrate-job.yaml"
